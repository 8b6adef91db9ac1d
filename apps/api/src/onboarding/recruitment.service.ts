import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { decodeCursor, DEFAULT_PAGE_SIZE, PageQueryDto, pageOf } from '../common/pagination';
import {
  CreateRecruitmentRoundDto,
  RecruitmentClosedReason,
  RecruitmentRoundDto,
  RecruitmentRoundPageDto,
  RecruitmentStatusDto,
} from './dto/application.dto';
import { RecruitmentRoundEntity } from './entities/onboarding.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import { recruitmentOn, roundsOverlap } from './onboarding.rules';

/** The privacy notice the form shows now; its text is in the SPA (apps/web/src/features/apply/privacy-notice). */
export const PRIVACY_NOTICE_VERSION = '2026-1';

export interface RecruitmentNow {
  open: boolean;
  reason: 'between_rounds' | 'quota_full' | null;
  roundId: string | null;
  roundName: string | null;
  closesOn: string | null;
  nextOpensOn: string | null;
}

type RoundRow = {
  id: string;
  name: string;
  opens_on: string;
  closes_on: string;
  quota: number | null;
  confirmed: number;
};

/** Recruitment is always open, or open in rounds (dates and a quota) that the coordinators plan. */
@Injectable()
export class RecruitmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private async rounds(where = 'TRUE', params: unknown[] = []): Promise<RoundRow[]> {
    return this.dataSource.query<RoundRow[]>(
      `SELECT r.id, r.name, to_char(r.opens_on, 'YYYY-MM-DD') AS opens_on, to_char(r.closes_on, 'YYYY-MM-DD') AS closes_on,
              r.quota, (SELECT count(*)::int FROM application a WHERE a.round_id = r.id) AS confirmed
         FROM recruitment_round r WHERE ${where}`,
      params,
    );
  }

  async statusOn(today: string): Promise<RecruitmentNow> {
    const rows = await this.rounds('r.closes_on >= $1', [today]);
    const anyRound =
      rows.length > 0 || (await this.dataSource.query(`SELECT 1 FROM recruitment_round LIMIT 1`)).length > 0;
    if (!anyRound)
      return { open: true, reason: null, roundId: null, roundName: null, closesOn: null, nextOpensOn: null };
    const confirmed = new Map(rows.map((r) => [r.id, r.confirmed]));
    const rounds = rows.map((r) => ({
      id: r.id,
      opensOn: r.opens_on,
      closesOn: r.closes_on,
      quota: r.quota,
    }));
    // A county that has used rounds but planned none ahead is between rounds, with nothing to announce.
    const result = rounds.length
      ? recruitmentOn(rounds, today, (id) => confirmed.get(id) ?? 0)
      : ({ open: false, reason: 'between_rounds', nextOpensOn: null } as const);
    if (result.open) {
      const round = rows.find((r) => r.id === result.round?.id) ?? null;
      return {
        open: true,
        reason: null,
        roundId: round?.id ?? null,
        roundName: round?.name ?? null,
        closesOn: round?.closes_on ?? null,
        nextOpensOn: null,
      };
    }
    return {
      open: false,
      reason: result.reason,
      roundId: null,
      roundName: null,
      closesOn: null,
      nextOpensOn: result.nextOpensOn,
    };
  }

  async status(): Promise<RecruitmentStatusDto> {
    const s = await this.statusOn(helsinkiDate(this.clock.now()));
    return {
      open: s.open,
      reason: s.reason as RecruitmentClosedReason | null,
      roundName: s.roundName,
      closesOn: s.closesOn,
      nextOpensOn: s.nextOpensOn,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    };
  }

  /** Newest first. */
  async list(query: PageQueryDto): Promise<RecruitmentRoundPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const rows = after
      ? await this.rounds(
          `(r.opens_on, r.id) < ($1::date, $2::uuid) ORDER BY r.opens_on DESC, r.id DESC LIMIT $3`,
          [after[0], after[1], limit + 1],
        )
      : await this.rounds(`TRUE ORDER BY r.opens_on DESC, r.id DESC LIMIT $1`, [limit + 1]);
    return pageOf(rows, limit, mapRound, (r) => [r.opens_on, r.id]);
  }

  async create(user: UserPrincipal, dto: CreateRecruitmentRoundDto): Promise<RecruitmentRoundDto> {
    if (dto.closesOn < dto.opensOn) {
      throw onboardingProblem(
        OnboardingErrorCode.RoundDates,
        'The round closes before it opens.',
        'closesOn',
      );
    }
    if (dto.closesOn < helsinkiDate(this.clock.now())) {
      throw onboardingProblem(OnboardingErrorCode.RoundDates, 'The round would already be over.', 'closesOn');
    }
    return this.dataSource.transaction(async (manager) => {
      // One round at a time: plan them one after another (a lock keeps two saves from overlapping).
      await manager.query(`LOCK TABLE recruitment_round IN SHARE ROW EXCLUSIVE MODE`);
      const existing = await manager.find(RecruitmentRoundEntity);
      const clash = existing.find((r) =>
        roundsOverlap(
          { id: r.id, opensOn: r.opensOn, closesOn: r.closesOn, quota: r.quota },
          { id: 'new', opensOn: dto.opensOn, closesOn: dto.closesOn, quota: dto.quota ?? null },
        ),
      );
      if (clash) {
        throw onboardingProblem(
          OnboardingErrorCode.RoundOverlap,
          `It overlaps “${clash.name}” (${clash.opensOn} – ${clash.closesOn}).`,
          'opensOn',
        );
      }
      const saved = await manager.save(
        manager.create(RecruitmentRoundEntity, {
          name: dto.name,
          opensOn: dto.opensOn,
          closesOn: dto.closesOn,
          quota: dto.quota ?? null,
          createdBy: user.userId,
        }),
      );
      return {
        id: saved.id,
        name: saved.name,
        opensOn: saved.opensOn,
        closesOn: saved.closesOn,
        quota: saved.quota,
        confirmed: 0,
      };
    });
  }
}

function mapRound(r: RoundRow): RecruitmentRoundDto {
  return {
    id: r.id,
    name: r.name,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    quota: r.quota,
    confirmed: r.confirmed,
  };
}
