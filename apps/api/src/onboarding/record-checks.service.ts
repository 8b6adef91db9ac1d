import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../auth/users.service';
import type { UserPrincipal } from '../common/access/principal';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { RegistryService } from '../registry/registry.service';
import { RecordCheckDto, RecordCheckListDto, RecordRecordCheckDto } from './dto/record-check.dto';
import { RecordCheckEntity } from './entities/agreement.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import { recordCheckProblem, recordCheckValidOn, recordCheckValidUntil } from './onboarding.rules';

/**
 * The criminal-record extract (docs/onboarding.md): a coordinator records that they saw it and its date;
 * no copy is stored. Matching asks `latestFor` before offering a task with minors. Who has (had) a
 * criminal-record check is personal data about offences: every read is audited per person.
 */
@Injectable()
export class RecordChecksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly registry: RegistryService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async record(
    user: UserPrincipal,
    expertId: string,
    dto: RecordRecordCheckDto,
  ): Promise<RecordCheckListDto> {
    await this.expertOrFail(expertId);
    const problem = recordCheckProblem(dto.extractDate, helsinkiDate(this.clock.now()));
    if (problem) throw onboardingProblem(OnboardingErrorCode.RecordCheckDate, problem, 'extractDate');
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(RecordCheckEntity, {
        expertId,
        extractDate: dto.extractDate,
        seenBy: user.userId,
        recordedAt: this.clock.now(),
      });
      await this.audit.record(
        {
          action: 'expert.record_check',
          subjectType: 'expert',
          subjectId: expertId,
          fieldGroup: 'record_check',
        },
        manager,
      );
    });
    return this.list(expertId);
  }

  async list(expertId: string): Promise<RecordCheckListDto> {
    await this.expertOrFail(expertId);
    const rows = await this.dataSource.getRepository(RecordCheckEntity).find({
      where: { expertId },
      order: { extractDate: 'DESC', recordedAt: 'DESC' },
    });
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: expertId,
      fieldGroup: 'record_check',
      purpose: 'registry',
    });
    const names = await this.users.people([...new Set(rows.map((r) => r.seenBy))]);
    const items: RecordCheckDto[] = rows.map((r) => ({
      id: r.id,
      extractDate: r.extractDate,
      validUntil: recordCheckValidUntil(r.extractDate),
      seenByName: names.get(r.seenBy)?.displayName ?? '',
      recordedAt: r.recordedAt.toISOString(),
    }));
    const latest = items[0]?.extractDate ?? null;
    return {
      items,
      validToday: recordCheckValidOn(latest, helsinkiDate(this.clock.now())),
      validUntil: latest ? recordCheckValidUntil(latest) : null,
    };
  }

  /** The date of each person's newest extract (only those who have one), for matching. */
  async latestFor(manager: EntityManager, expertIds: string[] | null): Promise<Map<string, string>> {
    if (expertIds && !expertIds.length) return new Map();
    const rows = await manager.query<Array<{ expert_id: string; d: string }>>(
      `SELECT expert_id, to_char(max(extract_date), 'YYYY-MM-DD') AS d FROM record_check
        ${expertIds ? 'WHERE expert_id = ANY($1::uuid[])' : ''} GROUP BY expert_id`,
      expertIds ? [expertIds] : [],
    );
    return new Map(rows.map((r) => [r.expert_id, r.d]));
  }

  private async expertOrFail(expertId: string): Promise<void> {
    if (!(await this.registry.statusesOf([expertId])).has(expertId))
      throw onboardingProblem(OnboardingErrorCode.ExpertNotFound, undefined, 'id');
  }
}
