import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CreateAbsenceDto } from './dto/expert.dto';
import { AbsenceDto } from './dto/expert-response.dto';
import { mapAbsence } from './dto/expert.mappers';
import { AbsenceEntity } from './entities/expert-details.entities';
import { findExpertOrFail } from './expert.queries';
import { RegistryErrorCode, registryProblem } from './registry.exception';

/**
 * Absences and breaks, recorded by the coordinator or the person. (The weekly availability is part of
 * the profile and is edited with it.)
 */
@Injectable()
export class ExpertAvailabilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async addAbsence(id: string, dto: CreateAbsenceDto): Promise<AbsenceDto> {
    if (dto.startsOn > dto.endsOn)
      throw registryProblem(RegistryErrorCode.InvalidDates, 'The end is before the start.', 'endsOn');
    return this.dataSource.transaction(async (manager) => {
      await findExpertOrFail(manager, id, true);
      const a = await manager.save(
        manager.create(AbsenceEntity, {
          expertId: id,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          kind: dto.kind,
        }),
      );
      await this.audit.record(
        { action: 'expert.absence_add', subjectType: 'expert', subjectId: id },
        manager,
      );
      return mapAbsence(a);
    });
  }

  async removeAbsence(id: string, absenceId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(AbsenceEntity, { id: absenceId, expertId: id });
      if (!result.affected) throw registryProblem(RegistryErrorCode.RecordNotFound);
      await this.audit.record(
        { action: 'expert.absence_remove', subjectType: 'expert', subjectId: id },
        manager,
      );
    });
  }
}
