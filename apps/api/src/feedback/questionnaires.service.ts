import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import {
  CreateQuestionnaireDto,
  ListQuestionnairesQueryDto,
  mapQuestionnaire,
  QuestionnaireDto,
  QuestionnairePageDto,
} from './dto/questionnaire.dto';
import { QuestionnaireEntity } from './entities/questionnaire.entity';
import { FeedbackErrorCode, feedbackProblem, throwIfProblems } from './feedback.exception';
import { itemProblems, Respondent } from './feedback.rules';

/** The instruments the after-task feedback asks (their newest versions). */
export const AFTER_TASK_KEYS: Record<Respondent, string> = {
  [Respondent.Orderer]: 'orderer-after-task',
  [Respondent.Expert]: 'expert-after-task',
};
export const PARTICIPANT_KEY = 'participant';

const COLUMNS = `q.id, q.key, q.version, q.audience, q.title, q.items, q.locked, q.source, q.created_by AS "createdBy",
  q.created_at AS "createdAt"`;

/**
 * The instruments as data: versioned questionnaires in fi/sv/en. A saved version never changes; the admin
 * saves a new one, new requests ask the newest, and every answer keeps the version it answered. A locked
 * instrument (wording under THL's terms) takes no further version.
 */
@Injectable()
export class QuestionnairesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The newest version of each instrument, or every version of one (`key`), the newest first. */
  async list(query: ListQuestionnairesQueryDto): Promise<QuestionnairePageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.key) {
      params.push(query.key);
      where.push(`q.key = $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(q.key, -q.version) > ($${params.length - 1}, $${params.length}::int)`);
    }
    params.push(limit + 1);
    const newest = `q.version = (SELECT max(version) FROM questionnaire n WHERE n.key = q.key)`;
    const rows = await this.dataSource.query<Array<QuestionnaireEntity & { current: boolean }>>(
      `SELECT ${COLUMNS}, ${newest} AS current FROM questionnaire q
        WHERE ${[...(query.key ? [] : [newest]), ...where].join(' AND ') || 'TRUE'}
        ORDER BY q.key, q.version DESC LIMIT $${params.length}`,
      params,
    );
    return pageOf(
      rows,
      limit,
      (r) => mapQuestionnaire(r, r.current),
      (r) => [r.key, -r.version],
    );
  }

  async get(id: string): Promise<QuestionnaireDto> {
    const [row] = await this.dataSource.query<Array<QuestionnaireEntity & { current: boolean }>>(
      `SELECT ${COLUMNS}, q.version = (SELECT max(version) FROM questionnaire n WHERE n.key = q.key) AS current
         FROM questionnaire q WHERE q.id = $1`,
      [id],
    );
    if (!row) throw feedbackProblem(FeedbackErrorCode.QuestionnaireNotFound);
    return mapQuestionnaire(row, row.current);
  }

  /** Saves the next version of an instrument (the first, when the key is new). */
  async create(user: UserPrincipal, dto: CreateQuestionnaireDto): Promise<QuestionnaireDto> {
    const problems = itemProblems(dto.audience, dto.items);
    throwIfProblems(FeedbackErrorCode.QuestionnaireInvalid, problems);
    const id = await this.dataSource.transaction(async (manager) => {
      // one writer per instrument at a time: two admins saving together get versions n+1 and n+2
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('questionnaire:' || $1))`, [dto.key]);
      const [latest] = await manager.query<Array<{ version: number; audience: string; locked: boolean }>>(
        `SELECT version, audience, locked FROM questionnaire WHERE key = $1 ORDER BY version DESC LIMIT 1`,
        [dto.key],
      );
      if (latest?.locked) throw feedbackProblem(FeedbackErrorCode.QuestionnaireLocked, undefined, 'key');
      if (latest && latest.audience !== dto.audience)
        throw feedbackProblem(FeedbackErrorCode.QuestionnaireAudienceChanged, undefined, 'audience');
      const saved = await manager.save(
        manager.create(QuestionnaireEntity, {
          key: dto.key,
          version: (latest?.version ?? 0) + 1,
          audience: dto.audience,
          title: { fi: dto.title.fi, sv: dto.title.sv, en: dto.title.en, selko: dto.title.selko ?? null },
          items: dto.items.map((i) => ({
            id: i.id,
            kind: i.kind,
            theme: i.theme ?? null,
            required: i.required,
            text: { fi: i.text.fi, sv: i.text.sv, en: i.text.en, selko: i.text.selko ?? null },
          })),
          locked: dto.locked ?? false,
          source: dto.source ?? null,
          createdBy: user.userId,
        }),
      );
      await this.audit.record(
        { action: 'questionnaire.version_saved', subjectType: 'questionnaire', subjectId: saved.id },
        manager,
      );
      return saved.id;
    });
    return this.get(id);
  }

  /** The newest version of an instrument, for a new request (inside its transaction). */
  async current(manager: EntityManager, key: string): Promise<QuestionnaireEntity | null> {
    return manager.findOne(QuestionnaireEntity, { where: { key }, order: { version: 'DESC' } });
  }

  /** These versions by id (a request keeps the version it was asked with). */
  async byIds(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, QuestionnaireDto>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<Array<QuestionnaireEntity & { current: boolean }>>(
      `SELECT ${COLUMNS}, q.version = (SELECT max(version) FROM questionnaire n WHERE n.key = q.key) AS current
         FROM questionnaire q WHERE q.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, mapQuestionnaire(r, r.current)]));
  }
}
