import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CatalogService } from '../catalog/catalog.service';
import { FieldCipher } from '../common/field-cipher';
import { ExpertDto } from './dto/expert-response.dto';
import { mapExpert, Viewer } from './dto/expert.mappers';
import {
  AbsenceEntity,
  ConsentEntity,
  ExclusionEntity,
  TrainingRecordEntity,
  WeeklyAvailabilityEntity,
} from './entities/expert-details.entities';
import { ExpertEntity } from './entities/expert.entity';
import { areasOf } from './expert.queries';

/** A person's full record, as the coordinator or the person sees it (callers audit the read). */
@Injectable()
export class ExpertDetailService {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly catalog: CatalogService,
  ) {}

  async detail(manager: EntityManager, e: ExpertEntity, viewer: Viewer): Promise<ExpertDto> {
    const [areas, training, weekly, absences, exclusions, municipality, consents] = await Promise.all([
      areasOf(manager, [e.id]),
      manager.find(TrainingRecordEntity, { where: { expertId: e.id }, order: { completedOn: 'ASC' } }),
      manager.find(WeeklyAvailabilityEntity, {
        where: { expertId: e.id },
        order: { weekday: 'ASC', startsAt: 'ASC' },
      }),
      manager.find(AbsenceEntity, { where: { expertId: e.id }, order: { startsOn: 'ASC' } }),
      manager.find(ExclusionEntity, { where: { expertId: e.id } }),
      this.catalog.municipalityName(e.municipalityCode),
      manager.find(ConsentEntity, { where: { expertId: e.id }, order: { givenAt: 'ASC' } }),
    ]);
    const fresh = await manager.findOneOrFail(ExpertEntity, { where: { id: e.id } });
    return mapExpert(
      fresh,
      {
        areas: areas.get(e.id) ?? [],
        training,
        weekly,
        absences,
        exclusions,
        consents,
        municipality,
        personalIdentityCode: fresh.personalIdEnc ? this.cipher.decrypt(fresh.personalIdEnc) : null,
        iban: fresh.ibanEnc ? this.cipher.decrypt(fresh.ibanEnc) : null,
      },
      viewer,
    );
  }
}
