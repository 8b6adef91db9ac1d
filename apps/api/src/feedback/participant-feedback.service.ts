import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { FieldCipher } from '../common/field-cipher';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { UnitsService } from '../units/units.service';
import type { ItemAnswerDto } from './dto/feedback-request.dto';
import {
  ListScreeningQueryDto,
  ParticipantAnswersDto,
  ParticipantLinkDto,
  ParticipantThanksDto,
  PublicParticipantFormDto,
  ScreenAnswerDto,
  ScreeningItemDto,
  ScreeningPageDto,
} from './dto/participant-feedback.dto';
import { ParticipantAnswerEntity } from './entities/participant-answer.entity';
import {
  FeedbackErrorCode,
  feedbackProblem,
  throwIfProblems,
  tooManyParticipantAnswers,
} from './feedback.exception';
import {
  answerProblems,
  participantLinkState,
  participantToken,
  participantWindow,
  ScreeningDecision,
  ScreeningStatus,
  splitAnswers,
} from './feedback.rules';
import { PARTICIPANT_KEY, QuestionnairesService } from './questionnaires.service';

/** The short link's path in the app (no sign-in, no menu). */
export const PARTICIPANT_PATH = '/p';

interface LinkRow {
  id: string;
  token: string;
  occurrence_id: string;
  questionnaire_id: string;
  order_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  occurrence_status: string;
  answer_count: number;
}

const LINK_SELECT = `SELECT l.id, l.token, l.occurrence_id, l.questionnaire_id, oc.order_id, o.title, oc.starts_at,
       oc.ends_at, oc.status AS occurrence_status,
       (SELECT count(*)::int FROM participant_answer pa WHERE pa.link_id = l.id) AS answer_count
  FROM participant_link l
  JOIN orders.occurrences oc ON oc.id = l.occurrence_id
  JOIN orders.orders o ON o.id = oc.order_id`;

/**
 * The participants' voice (4T *Tieto*): a short link and QR code per task time opens an anonymous form
 * (no sign-in; fi/sv/en and selkokieli; five questions at most) from the start of the time to 14 days
 * after it. Answers are rate limited per network address (kept only as a keyed hash) and per link, and no
 * free text is shown to anyone until a coordinator has screened it for personal data.
 */
@Injectable()
export class ParticipantFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly units: UnitsService,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  /** The link of a task time (made the first time it is asked for): its unit's people, its expert, coordinators. */
  async link(user: UserPrincipal, occurrenceId: string): Promise<ParticipantLinkDto> {
    const [time] = await this.dataSource.query<Array<{ id: string; unit_id: string }>>(
      `SELECT oc.id, o.unit_id FROM orders.occurrences oc JOIN orders.orders o ON o.id = oc.order_id WHERE oc.id = $1`,
      [occurrenceId],
    );
    if (!time) throw feedbackProblem(FeedbackErrorCode.TaskTimeNotFound, undefined, 'occurrenceId');
    if (!(await this.mayMakeLink(user, occurrenceId, time.unit_id)))
      throw feedbackProblem(FeedbackErrorCode.ParticipantLinkNotYours);
    await this.dataSource.transaction(async (manager) => {
      const questionnaire = await this.questionnaires.current(manager, PARTICIPANT_KEY);
      if (!questionnaire) throw new Error('the participants’ questionnaire is missing');
      // two people printing the sheet at once get the same link
      await manager.query(
        `INSERT INTO participant_link (token, occurrence_id, questionnaire_id, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (occurrence_id) DO NOTHING`,
        [participantToken(randomBytes(16)), occurrenceId, questionnaire.id, user.userId],
      );
    });
    const [row] = await this.dataSource.query<LinkRow[]>(`${LINK_SELECT} WHERE l.occurrence_id = $1`, [
      occurrenceId,
    ]);
    return this.mapLink(row);
  }

  /** The public form behind the QR code. */
  async form(token: string): Promise<PublicParticipantFormDto> {
    const link = await this.openLink(token);
    const questionnaire = (await this.questionnaires.byIds([link.questionnaire_id])).get(
      link.questionnaire_id,
    )!;
    return {
      title: link.title,
      startsAt: link.starts_at.toISOString(),
      closesAt: participantWindow(link.starts_at, link.ends_at).closesAt.toISOString(),
      questionnaireTitle: questionnaire.title,
      items: questionnaire.items,
    };
  }

  /** A participant's answer: checked, rate limited, its free text sealed and held for screening. */
  async answer(
    token: string,
    dto: ParticipantAnswersDto,
    address: string | undefined,
  ): Promise<ParticipantThanksDto> {
    const link = await this.openLink(token);
    const questionnaire = (await this.questionnaires.byIds([link.questionnaire_id])).get(
      link.questionnaire_id,
    )!;
    const problems = answerProblems(questionnaire.items, dto.answers);
    throwIfProblems(FeedbackErrorCode.FeedbackAnswersInvalid, problems);
    const { values, texts } = splitAnswers(questionnaire.items, dto.answers);
    const addressHash = this.cipher.hash(`participant:${address ?? 'unknown'}`);
    const hasText = Object.keys(texts).length > 0;
    await this.dataSource.transaction(async (manager) => {
      // one count at a time per link, so that parallel posts cannot all slip under the limit
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('participant-link:' || $1))`, [link.id]);
      const now = this.clock.now();
      const [count] = await manager.query<Array<{ by_address: number; all: number }>>(
        `SELECT count(*) FILTER (WHERE address_hash = $2 AND answered_at > $3)::int AS by_address, count(*)::int AS all
           FROM participant_answer WHERE link_id = $1`,
        [link.id, addressHash, new Date(now.getTime() - 3_600_000)],
      );
      if (count.all >= this.config.PARTICIPANT_FEEDBACK_MAX_PER_LINK)
        throw feedbackProblem(
          FeedbackErrorCode.ParticipantFeedbackClosed,
          'This session has all the answers it can take.',
        );
      if (count.by_address >= this.config.PARTICIPANT_FEEDBACK_MAX_PER_ADDRESS_PER_HOUR)
        throw tooManyParticipantAnswers(3600);
      await manager.insert(ParticipantAnswerEntity, {
        linkId: link.id,
        questionnaireId: link.questionnaire_id,
        locale: dto.locale,
        answers: values,
        textsEnc: hasText ? this.cipher.encrypt(JSON.stringify(texts)) : null,
        screening: hasText ? ScreeningStatus.Pending : null,
        addressHash,
        answeredAt: now,
      });
    });
    return { textHeldForScreening: hasText };
  }

  /** The coordinators' screening queue: participants' free text, the oldest first. */
  async screening(query: ListScreeningQueryDto): Promise<ScreeningPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const params: unknown[] = [query.status ?? ScreeningStatus.Pending];
    let where = `pa.screening = $1`;
    if (after) {
      params.push(after[0], after[1]);
      where += ` AND (pa.answered_at, pa.id) > ($2::timestamptz, $3::uuid)`;
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        order_id: string;
        title: string;
        starts_at: Date;
        locale: ScreeningItemDto['locale'];
        texts_enc: string;
        screening: ScreeningStatus;
        answered_at: Date;
      }>
    >(
      `SELECT pa.id, oc.order_id, o.title, oc.starts_at, pa.locale, pa.texts_enc, pa.screening, pa.answered_at
         FROM participant_answer pa
         JOIN participant_link l ON l.id = pa.link_id
         JOIN orders.occurrences oc ON oc.id = l.occurrence_id
         JOIN orders.orders o ON o.id = oc.order_id
        WHERE ${where} ORDER BY pa.answered_at, pa.id LIMIT $${params.length}`,
      params,
    );
    return pageOf(
      rows,
      limit,
      (r) => ({
        id: r.id,
        orderId: r.order_id,
        title: r.title,
        startsAt: r.starts_at.toISOString(),
        locale: r.locale,
        texts: Object.entries(JSON.parse(this.cipher.decrypt(r.texts_enc)) as Record<string, string>).map(
          ([itemId, text]): ItemAnswerDto => ({ itemId, value: null, text }),
        ),
        screening: r.screening,
        answeredAt: r.answered_at.toISOString(),
      }),
      (r) => [r.answered_at.toISOString(), r.id],
    );
  }

  /** A coordinator approves a text (it may then be shown) or rejects it (it never is); a decision may be changed. */
  async screen(user: UserPrincipal, id: string, dto: ScreenAnswerDto): Promise<void> {
    const updated = await this.dataSource.query<[unknown[], number]>(
      `UPDATE participant_answer SET screening = $2, screened_by = $3, screened_at = $4
        WHERE id = $1 AND screening IS NOT NULL`,
      [
        id,
        dto.decision === ScreeningDecision.Approve ? ScreeningStatus.Approved : ScreeningStatus.Rejected,
        user.userId,
        this.clock.now(),
      ],
    );
    if (updated[1] !== 1) throw feedbackProblem(FeedbackErrorCode.ScreeningNotFound);
  }

  private async openLink(token: string): Promise<LinkRow> {
    const [link] = await this.dataSource.query<LinkRow[]>(`${LINK_SELECT} WHERE l.token = $1`, [token]);
    if (!link) throw feedbackProblem(FeedbackErrorCode.ParticipantLinkNotFound);
    const window = participantWindow(link.starts_at, link.ends_at);
    const state = participantLinkState(window, this.clock.now(), link.occurrence_status === 'cancelled');
    if (state === 'early')
      throw feedbackProblem(FeedbackErrorCode.ParticipantFeedbackNotOpenYet, undefined, undefined, {
        opensAt: window.opensAt.toISOString(),
      });
    if (state === 'closed') throw feedbackProblem(FeedbackErrorCode.ParticipantFeedbackClosed);
    return link;
  }

  private async mayMakeLink(user: UserPrincipal, occurrenceId: string, unitId: string): Promise<boolean> {
    if (user.roles.includes(Role.Coordinator)) return true;
    if (user.roles.includes(Role.Expert)) {
      const [mine] = await this.dataSource.query<unknown[]>(
        `SELECT 1 FROM matching.assignments a JOIN registry.experts e ON e.id = a.expert_id
          WHERE a.occurrence_id = $1 AND e.user_id = $2 AND a.status IN ('accepted', 'confirmed', 'completed')`,
        [occurrenceId, user.userId],
      );
      if (mine) return true;
    }
    if (user.roles.includes(Role.Orderer)) {
      const scope = await this.units.scopeUnitIds(user);
      return scope === undefined || scope.includes(unitId);
    }
    return false;
  }

  private mapLink(r: LinkRow): ParticipantLinkDto {
    const window = participantWindow(r.starts_at, r.ends_at);
    return {
      token: r.token,
      url: `${this.config.PUBLIC_URL.replace(/\/$/, '')}${PARTICIPANT_PATH}/${r.token}`,
      occurrenceId: r.occurrence_id,
      orderId: r.order_id,
      title: r.title,
      startsAt: r.starts_at.toISOString(),
      opensAt: window.opensAt.toISOString(),
      closesAt: window.closesAt.toISOString(),
      answerCount: r.answer_count,
    };
  }
}
