import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { ClaimAccessService } from './claim-access.service';
import { ClaimPricingService } from './claim-pricing.service';
import { CLAIM_SELECT, type ClaimRow } from './claim-row';
import {
  AssigneeListDto,
  ClaimDto,
  ClaimPageDto,
  ClaimTimelineDto,
  ClaimView,
  ListClaimsQueryDto,
  mapClaim,
  mapClaimEvent,
  mapClaimSummary,
  MoneyTotalsDto,
} from './dto/fees.dto';
import {
  FeeClaimEntity,
  FeeClaimEventEntity,
  FeeClaimLineEntity,
  FeeClaimReceiptEntity,
} from './entities/fees.entities';
import {
  allowedClaimCommands,
  ClaimCommand,
  ClaimOwner,
  ClaimStatus,
  earningsCents,
  ownerOf,
} from './fees.rules';

/**
 * Reading claims: the lists and inboxes (mine, to confirm, to approve, all; overdue first), one claim
 * with what the caller may do with it, its timeline, the expert's own totals, and who could take a step.
 */
@Injectable()
export class ClaimQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly access: ClaimAccessService,
    private readonly pricing: ClaimPricingService,
  ) {}

  async list(user: UserPrincipal, query: ListClaimsQueryDto): Promise<ClaimPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    const view = query.view ?? ClaimView.All;
    await this.access.scopeWhere(user, view, where, p);
    if (query.status) where.push(`c.status = ${p(query.status)}`);
    if (query.overdue) where.push(`c.due_at < ${p(this.clock.now())}`);
    if (query.orderId) where.push(`c.order_id = ${p(query.orderId)}`);
    if (query.expertId) where.push(`c.expert_id = ${p(query.expertId)}`);
    // overdue first: by due moment (claims nobody has last), then id
    const cursor = decodeCursor(query.cursor, 2);
    if (cursor) {
      const [due, id] = cursor as [string, string];
      where.push(`(coalesce(c.due_at, 'infinity'), c.id) > (${p(due)}::timestamptz, ${p(id)}::uuid)`);
    }
    const rows = await this.dataSource.query<ClaimRow[]>(
      `${CLAIM_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY coalesce(c.due_at, 'infinity'), c.id LIMIT ${p(limit + 1)}`,
      params,
    );
    const now = this.clock.now().getTime();
    return pageOf(
      rows,
      limit,
      (r) => mapClaimSummary(r, now),
      (r) => [r.due_at ? new Date(r.due_at).toISOString() : 'infinity', r.id],
    );
  }

  async get(user: UserPrincipal, id: string): Promise<ClaimDto> {
    const row = await this.access.visible(this.dataSource.manager, user, id);
    return this.toDto(this.dataSource.manager, user, row);
  }

  async timeline(user: UserPrincipal, id: string): Promise<ClaimTimelineDto> {
    await this.access.visible(this.dataSource.manager, user, id);
    const rows = await this.dataSource
      .getRepository(FeeClaimEventEntity)
      .find({ where: { claimId: id }, order: { at: 'ASC', id: 'ASC' } });
    return { items: rows.map(mapClaimEvent) };
  }

  /** The expert's own money: the month's and the year's totals, and their ceiling. */
  async myTotals(user: UserPrincipal, month?: string): Promise<MoneyTotalsDto> {
    const expertId = await this.access.ownExpertId(user);
    const m = month ?? helsinkiDate(this.clock.now()).slice(0, 7);
    const [row] = await this.dataSource.query<
      Array<{ month_earnings: string; year_paid: string; year_earnings: string; ceiling: number | null }>
    >(
      `SELECT coalesce(sum(c.earnings_cents) FILTER (WHERE to_char(c.task_date, 'YYYY-MM') = $2), 0) AS month_earnings,
              coalesce(sum(c.total_cents) FILTER (WHERE c.status = 'paid' AND to_char(c.task_date, 'YYYY') = substr($2, 1, 4)), 0) AS year_paid,
              coalesce(sum(c.earnings_cents) FILTER (WHERE to_char(c.task_date, 'YYYY') = substr($2, 1, 4)), 0) AS year_earnings,
              (SELECT earnings_ceiling_cents FROM registry.experts WHERE id = $1) AS ceiling
         FROM fee_claim c WHERE c.expert_id = $1 AND c.status NOT IN ('returned', 'cancelled')`,
      [expertId, m],
    );
    return {
      month: m,
      monthEarningsCents: Number(row.month_earnings),
      yearPaidCents: Number(row.year_paid),
      yearEarningsCents: Number(row.year_earnings),
      ceilingCents: row.ceiling,
    };
  }

  /** Who could take the claim's current step (for the coordinator's "give to"): by role and unit, and the coordinators. */
  async assignees(user: UserPrincipal, id: string): Promise<AssigneeListDto> {
    const c = await this.access.visible(this.dataSource.manager, user, id);
    const role =
      c.owner === ClaimOwner.Orderer ? 'orderer' : c.owner === ClaimOwner.Approver ? 'approver' : null;
    const rows = await this.dataSource.query<Array<{ id: string; display_name: string; roles: string[] }>>(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM units.units WHERE id = $1
         UNION SELECT p.id, p.parent_id FROM units.units p JOIN up ON p.id = up.parent_id)
       SELECT DISTINCT u.id, u.display_name, u.roles FROM auth.users u
        WHERE u.active AND ('coordinator' = ANY(u.roles)
           OR ($2::text IS NOT NULL AND $2 = ANY(u.roles) AND EXISTS (SELECT 1 FROM auth.user_units uu JOIN up ON up.id = uu.unit_id WHERE uu.user_id = u.id))
           OR ($3::boolean AND u.id = $4))
        ORDER BY u.display_name, u.id`,
      [c.unit_id, role, c.owner === ClaimOwner.Expert, c.expert_user_id],
    );
    return { items: rows.map((r) => ({ userId: r.id, displayName: r.display_name, roles: r.roles })) };
  }

  /** Gathers what the claim page shows besides the row: live lines, the ceiling, the caller's steps, receipts. */
  private async toDto(manager: EntityManager, user: UserPrincipal, r: ClaimRow): Promise<ClaimDto> {
    const kindOrder = ['fee', 'preparation', 'mileage', 'ticket', 'expense'];
    const lines = (
      await manager
        .getRepository(FeeClaimLineEntity)
        .find({ where: { claimId: r.id }, order: { createdAt: 'ASC', id: 'ASC' } })
    ).sort(
      (a, b) =>
        kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
        a.createdAt.getTime() - b.createdAt.getTime(),
    );
    const isExpert = r.expert_user_id === user.userId;
    const live = lines.filter((l) => l.status !== 'void' && !lines.some((x) => x.replacesLineId === l.id));
    const ceiling =
      isExpert && [ClaimStatus.Draft, ClaimStatus.Returned].includes(r.status)
        ? await this.pricing.ceiling(
            manager,
            { id: r.id, expertId: r.expert_id, taskDate: r.task_date } as FeeClaimEntity,
            earningsCents(live),
          )
        : null;
    const c = {
      id: r.id,
      status: r.status,
      ownerUserId: r.owner_user_id,
      unitId: r.unit_id,
    } as FeeClaimEntity;
    const isCoordinator = this.access.isCoordinator(user);
    const actions: string[] = [];
    for (const command of allowedClaimCommands(r.status)) {
      if (command === ClaimCommand.Submit && (isExpert || isCoordinator)) actions.push(command);
      if (command === ClaimCommand.Confirm && (await this.access.mayConfirm(user, c))) actions.push(command);
      if (command === ClaimCommand.Approve && (await this.access.mayApprove(user, c))) actions.push(command);
      if (
        command === ClaimCommand.Return &&
        (isCoordinator ||
          (r.status === ClaimStatus.Submitted && (await this.access.mayConfirm(user, c))) ||
          (r.status === ClaimStatus.Confirmed && (await this.access.mayApprove(user, c))))
      )
        actions.push(command);
      if ((command === ClaimCommand.Cancel || command === ClaimCommand.Reapprove) && isCoordinator)
        actions.push(command);
    }
    if ([ClaimStatus.Draft, ClaimStatus.Returned].includes(r.status) && (isExpert || isCoordinator))
      actions.push('edit');
    if (isCoordinator && ownerOf(r.status) !== ClaimOwner.Nobody) actions.push('reassign');
    const now = this.clock.now();
    const receipts = await manager
      .getRepository(FeeClaimReceiptEntity)
      .find({ where: { claimId: r.id }, order: { createdAt: 'ASC' } });
    return mapClaim(r, { lines: live, receipts, ceiling, actions, now });
  }
}
