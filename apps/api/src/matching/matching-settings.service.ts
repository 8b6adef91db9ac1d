import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { staleVersion } from '../common/concurrency';
import { mapMatchingSettings, MatchingSettingsDto, UpdateMatchingSettingsDto } from './dto/matching.dto';
import { MatchingSettingsEntity } from './entities/matching.entities';

/** The coordinators' score weights and the offers' answer time (one row). */
@Injectable()
export class MatchingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async current(): Promise<MatchingSettingsDto> {
    const s = await this.dataSource.getRepository(MatchingSettingsEntity).findOneOrFail({ where: { id: 1 } });
    return mapMatchingSettings(s);
  }

  async update(expectedVersion: number, dto: UpdateMatchingSettingsDto): Promise<MatchingSettingsDto> {
    await this.dataSource.transaction(async (manager) => {
      const s = await manager.findOneOrFail(MatchingSettingsEntity, {
        where: { id: 1 },
        lock: { mode: 'pessimistic_write' },
      });
      if (s.version !== expectedVersion) {
        throw staleVersion(s.version);
      }
      await manager.update(
        MatchingSettingsEntity,
        { id: 1 },
        {
          weights: (dto.weights ?? s.weights) as unknown as object,
          offerAnswerBusinessDays: dto.offerAnswerBusinessDays ?? s.offerAnswerBusinessDays,
          version: s.version + 1,
        },
      );
      await this.audit.record(
        { action: 'matching.settings.update', subjectType: 'matching_settings', subjectId: '1' },
        manager,
      );
    });
    return this.current();
  }
}
