import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { addBusinessDays, helsinkiDate, helsinkiInstant } from '../common/business-days';
import { Clock } from '../common/clock';
import { safeFileName } from '../common/stored-file';
import { staleVersion } from '../common/concurrency';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { ReminderStatus } from '../notifications/entities/reminder.entity';
import { Delivery, NotificationsService } from '../notifications/notifications.service';
import { EventBus } from '../events/event-bus';
import { PayEstimates, type PayEstimator } from '../matching/pay-estimate';
import { RemindersService } from '../notifications/reminders.service';
import { UnitsService } from '../units/units.service';
import {
  AssigneeListDto,
  ReceiptDto,
  BulkResultsDto,
  ClaimDto,
  ClaimPageDto,
  ClaimReportDto,
  ClaimTimelineDto,
  ClaimView,
  ListClaimsQueryDto,
  MoneyTotalsDto,
  UpdateClaimDto,
} from './dto/fees.dto';
import {
  FeeClaimEntity,
  FeeClaimEventEntity,
  FeeClaimLineEntity,
  FeeClaimReceiptEntity,
} from './entities/fees.entities';
import { FeesErrorCode, feesProblem } from './fees.exception';
import {
  allowedClaimCommands,
  ceilingCheck,
  ClaimCommand,
  ClaimOwner,
  ClaimStatus,
  claimLines,
  earningsCents,
  FeeRuleError,
  lateCancellationShare,
  MILEAGE_RATE_REMINDER,
  mileageRateFor,
  nextClaimStatus,
  ownerOf,
  PaymentMethod,
  Rate,
  rateFor,
  Report,
  ScheduleRates,
  scheduleInForce,
  stepBusinessDays,
  totalCents,
} from './fees.rules';

const REMINDER_KIND = 'fee_claim';

/** The reminder of a claim's step, in the owner's language. */
const claimReminderTitle = (number: string) => ({
  fi: `Palkkiolomake ${number} odottaa sinua`,
  sv: `Arvodesblanketten ${number} väntar på dig`,
  en: `Fee claim ${number} is waiting for you`,
});

type ClaimTemplate =
  | 'fee.claim_ready'
  | 'fee.claim_to_confirm'
  | 'fee.claim_to_approve'
  | 'fee.claim_returned'
  | 'fee.claim_paid';

interface ClaimRow {
  id: string;
  number: string;
  status: ClaimStatus;
  owner: ClaimOwner;
  owner_user_id: string | null;
  owner_name: string | null;
  due_at: Date | null;
  expert_id: string;
  expert_user_id: string | null;
  expert_name: string;
  earnings_ceiling_cents: number | null;
  order_id: string;
  order_number: string;
  title: string;
  contact_user_id: string | null;
  unit_id: string;
  unit_name: string;
  cost_centre: string;
  task_date: string;
  payment_method: PaymentMethod;
  late_cancellation: boolean;
  as_volunteer: boolean;
  report: Report;
  prefilled_report: Report;
  total_cents: number;
  earnings_cents: number;
  return_reason: string | null;
  schedule_id: string | null;
  tier_code: string | null;
  task_type_code: string | null;
  product_code: string;
  version: number;
}

const CLAIM_SELECT = `SELECT c.id, c.number, c.status, c.owner, c.owner_user_id, ou.display_name AS owner_name, c.due_at,
    c.expert_id, e.user_id AS expert_user_id, e.first_name || ' ' || e.last_name AS expert_name, e.earnings_ceiling_cents,
    c.order_id, o.number AS order_number, o.title, o.contact_user_id, c.unit_id, u.name AS unit_name, c.cost_centre,
    c.task_date::text AS task_date, c.payment_method, c.late_cancellation, c.as_volunteer, c.report, c.prefilled_report,
    c.total_cents, c.earnings_cents, c.return_reason, c.schedule_id, c.tier_code, c.task_type_code, c.product_code, c.version
  FROM fee_claim c JOIN expert e ON e.id = c.expert_id JOIN task_order o ON o.id = c.order_id
  JOIN org_unit u ON u.id = c.unit_id LEFT JOIN user_account ou ON ou.id = c.owner_user_id`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Receipts: a phone's photo or a PDF, at most 10 MB each and 10 a claim. */
export const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;
const MAX_RECEIPTS = 10;

const receiptDto = (r: FeeClaimReceiptEntity): ReceiptDto => ({
  id: r.id,
  fileName: r.fileName,
  contentType: r.contentType,
  sizeBytes: r.sizeBytes,
  createdAt: r.createdAt.toISOString(),
});

/**
 * Fee claims: born from a completed task (or a late cancellation), checked by the expert, confirmed by the
 * orderer, approved by the cost centre's approver, then exported to payroll. Every step has one owner
 * and a due moment in business days; the reminder engine reminds and escalates to the coordinators.
 */
@Injectable()
export class FeesService implements OnModuleInit, PayEstimator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly reminders: RemindersService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly payEstimates: PayEstimates,
  ) {}

  onModuleInit(): void {
    // matching asks what an offer pays through this (it may not import fees)
    this.payEstimates.provide(this);
    // the claim is made in the transaction that completes the task: exactly one claim per task, there
    // the moment the task is completed, whatever the e-mail backlog
    this.bus.react('assignment.completed', async (event, manager) => {
      const id = await this.createClaim(manager, (event.payload as { assignmentId: string }).assignmentId, false);
      if (id) await this.notify(manager, id, 'fee.claim_ready');
    });
    // a late cancellation by the orderer pays by the configured rule (nothing when the rule is "none")
    this.bus.react('assignment.cancelled', async (event, manager) => {
      const { assignmentId, cancelledBy } = event.payload as { assignmentId: string; cancelledBy?: string };
      if (cancelledBy === 'expert') return;
      const [a] = await manager.query<Array<{ late_cancellation: boolean }>>(
        'SELECT late_cancellation FROM assignment WHERE id = $1',
        [assignmentId],
      );
      if (!a?.late_cancellation || this.config.FEE_LATE_CANCEL_RULE === 'none') return;
      const id = await this.createClaim(manager, assignmentId, true);
      if (id) await this.notify(manager, id, 'fee.claim_ready');
    });
    this.notifications.registerPlanner('fee.claim_step', async (event, manager) => {
      const p = event.payload as { claimId: string; template: ClaimTemplate };
      return this.plan(manager, p.claimId, p.template);
    });
  }

  // ------------------------------------------------------------------ birth of a claim

  /** Makes the claim of an assignment (once; a second call returns null). Late cancellations pay by the configured rule. */
  async createClaim(
    manager: EntityManager,
    assignmentId: string,
    lateCancellation: boolean,
  ): Promise<string | null> {
    const [a] = await manager.query<
      Array<{
        id: string;
        expert_id: string;
        order_id: string;
        occurrence_id: string;
        starts_at: Date;
        ends_at: Date;
        unit_id: string;
        cost_centre: string | null;
        product_code: string;
        task_type_code: string | null;
        preparation_minutes: number;
        tier_code: string | null;
        payment_method: PaymentMethod;
        expert_user_id: string | null;
      }>
    >(
      `SELECT a.id, a.expert_id, a.order_id, a.occurrence_id, a.starts_at, a.ends_at, o.unit_id, o.cost_centre, o.product_code,
              p.task_type_code, p.preparation_minutes, e.tier_code, e.payment_method, e.user_id AS expert_user_id
         FROM assignment a JOIN task_order o ON o.id = a.order_id JOIN product p ON p.code = o.product_code
         JOIN expert e ON e.id = a.expert_id WHERE a.id = $1`,
      [assignmentId],
    );
    if (!a) return null;
    const exists = await manager.query<Array<{ id: string }>>(
      'SELECT id FROM fee_claim WHERE assignment_id = $1',
      [assignmentId],
    );
    if (exists.length) return null;
    const taskDate = helsinkiDate(new Date(a.starts_at));
    const report: Report = {
      workedMinutes: Math.round((new Date(a.ends_at).getTime() - new Date(a.starts_at).getTime()) / 60_000),
      preparationMinutes: a.preparation_minutes ?? 0,
      kilometres: 0,
      ticketsCents: 0,
      expenses: [],
    };
    const schedule = await this.scheduleOn(manager, taskDate);
    const claim: Partial<FeeClaimEntity> = {
      number: await this.nextNumber(manager, taskDate),
      assignmentId: a.id,
      expertId: a.expert_id,
      orderId: a.order_id,
      occurrenceId: a.occurrence_id,
      unitId: a.unit_id,
      costCentre: a.cost_centre ?? '',
      taskDate,
      scheduleId: schedule?.id ?? null,
      tierCode: a.tier_code,
      taskTypeCode: a.task_type_code,
      productCode: a.product_code,
      paymentMethod: a.payment_method,
      status: ClaimStatus.Draft,
      lateCancellation,
      report: report,
      prefilledReport: report,
      totalCents: 0,
      earningsCents: 0,
    };
    // the owner: the expert (or the coordinators when the person has no sign-in or the schedule has no rate)
    const computed = await this.computeLines(manager, claim as FeeClaimEntity, report).catch((e: unknown) => {
      if (e instanceof FeeRuleError) return e;
      throw e;
    });
    const lines = computed instanceof FeeRuleError ? [] : computed;
    claim.totalCents = totalCents(lines);
    claim.earningsCents = earningsCents(lines);
    const ownerUserId =
      computed instanceof FeeRuleError
        ? await this.aCoordinator(manager)
        : (a.expert_user_id ?? (await this.aCoordinator(manager)));
    claim.owner =
      computed instanceof FeeRuleError || !a.expert_user_id ? ClaimOwner.Coordinator : ClaimOwner.Expert;
    claim.ownerUserId = ownerUserId;
    claim.dueAt = this.dueFrom(
      claim.owner === ClaimOwner.Coordinator
        ? this.config.FEE_COORDINATOR_BUSINESS_DAYS
        : this.config.FEE_EXPERT_BUSINESS_DAYS,
    );
    const inserted = await manager.insert(FeeClaimEntity, claim);
    const id = inserted.identifiers[0].id as string;
    await this.insertLines(manager, id, a.payment_method, lines);
    await this.event(
      manager,
      id,
      'system',
      null,
      'created',
      null,
      ClaimStatus.Draft,
      computed instanceof FeeRuleError ? computed.message : lateCancellation ? 'late cancellation' : null,
    );
    await this.openReminder(manager, id);
    return id;
  }

  // ------------------------------------------------------------------ reading

  async list(user: UserPrincipal, query: ListClaimsQueryDto): Promise<ClaimPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    const view = query.view ?? ClaimView.All;
    await this.scopeWhere(user, view, where, p);
    if (query.status) where.push(`c.status = ${p(query.status)}`);
    if (query.overdue) where.push(`c.due_at < ${p(this.clock.now())}`);
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
      (r) => ({
        id: r.id,
        number: r.number,
        status: r.status,
        owner: r.owner,
        ownerName: r.owner_name,
        dueAt: iso(r.due_at),
        overdue: !!r.due_at && new Date(r.due_at).getTime() < now,
        expertName: r.expert_name,
        title: r.title,
        orderNumber: r.order_number,
        unitName: r.unit_name,
        costCentre: r.cost_centre,
        taskDate: r.task_date,
        totalCents: r.total_cents,
        returnReason: r.return_reason,
        version: r.version,
      }),
      (r) => [r.due_at ? new Date(r.due_at).toISOString() : 'infinity', r.id],
    );
  }

  async get(user: UserPrincipal, id: string): Promise<ClaimDto> {
    const row = await this.visible(this.dataSource.manager, user, id);
    return this.toDto(this.dataSource.manager, user, row);
  }

  async timeline(user: UserPrincipal, id: string): Promise<ClaimTimelineDto> {
    await this.visible(this.dataSource.manager, user, id);
    const rows = await this.dataSource
      .getRepository(FeeClaimEventEntity)
      .find({ where: { claimId: id }, order: { at: 'ASC', id: 'ASC' } });
    return {
      items: rows.map((e) => ({
        at: e.at.toISOString(),
        actorName: e.actorName,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        note: e.note,
      })),
    };
  }

  /** The expert's own money: the month's and the year's totals, and their ceiling. */
  async myTotals(user: UserPrincipal, month?: string): Promise<MoneyTotalsDto> {
    const expertId = await this.ownExpertId(user);
    const m = month ?? helsinkiDate(this.clock.now()).slice(0, 7);
    const [row] = await this.dataSource.query<
      Array<{ month_earnings: string; year_paid: string; year_earnings: string; ceiling: number | null }>
    >(
      `SELECT coalesce(sum(c.earnings_cents) FILTER (WHERE to_char(c.task_date, 'YYYY-MM') = $2), 0) AS month_earnings,
              coalesce(sum(c.total_cents) FILTER (WHERE c.status = 'paid' AND to_char(c.task_date, 'YYYY') = substr($2, 1, 4)), 0) AS year_paid,
              coalesce(sum(c.earnings_cents) FILTER (WHERE to_char(c.task_date, 'YYYY') = substr($2, 1, 4)), 0) AS year_earnings,
              (SELECT earnings_ceiling_cents FROM expert WHERE id = $1) AS ceiling
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

  /**
   * What an offer would pay the expert (fee and preparation, before tax, by the schedule in force on each
   * time's day) and how the month of the first time would stand against their own ceiling. Null fee when
   * the schedule has no rate; 0 for a volunteer.
   */
  async estimate(
    manager: EntityManager,
    expertId: string,
    productCode: string,
    times: Array<{ startsAt: Date; endsAt: Date }>,
  ): Promise<{ feeCents: number | null; ceiling: ReturnType<typeof ceilingCheck> }> {
    const [e] = await manager.query<
      Array<{
        tier_code: string | null;
        payment_method: PaymentMethod;
        task_type_code: string | null;
        preparation_minutes: number;
      }>
    >(
      `SELECT e.tier_code, e.payment_method, p.task_type_code, p.preparation_minutes FROM expert e, product p WHERE e.id = $1 AND p.code = $2`,
      [expertId, productCode],
    );
    if (!e || !times.length) return { feeCents: null, ceiling: null };
    let fee = 0;
    // a series is many times on few schedules: read them all at once
    const schedules = await this.schedulesOn(
      manager,
      times.map((t) => helsinkiDate(t.startsAt)),
    );
    for (const t of times) {
      const schedule = schedules.get(helsinkiDate(t.startsAt)) ?? null;
      const rate = schedule ? rateFor(schedule, e.tier_code, e.task_type_code, productCode) : null;
      if (!rate && e.payment_method !== PaymentMethod.Volunteer) return { feeCents: null, ceiling: null };
      const lines = claimLines({
        rate,
        paymentMethod: e.payment_method,
        report: {
          workedMinutes: Math.round((t.endsAt.getTime() - t.startsAt.getTime()) / 60_000),
          preparationMinutes: e.preparation_minutes ?? 0,
          kilometres: 0,
          ticketsCents: 0,
          expenses: [],
        },
        mileageCentsPerKm: null,
      });
      fee += earningsCents(lines);
    }
    const probe = {
      id: '00000000-0000-0000-0000-000000000000',
      expertId,
      taskDate: helsinkiDate(times[0].startsAt),
    } as FeeClaimEntity;
    return { feeCents: fee, ceiling: await this.ceiling(manager, probe, fee) };
  }

  // ------------------------------------------------------------------ the expert's step

  async update(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    dto: UpdateClaimDto,
  ): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.lockClaim(manager, user, id, expectedVersion);
      if (![ClaimStatus.Draft, ClaimStatus.Returned].includes(c.status))
        throw feesProblem(FeesErrorCode.Transition, `The claim is ${c.status}.`);
      if (!(await this.isExpertOf(manager, user, c)) && !this.isCoordinator(user))
        throw feesProblem(FeesErrorCode.NotYours);
      const report = dto.report ?? c.report;
      if (dto.asVolunteer !== undefined) c.asVolunteer = dto.asVolunteer;
      const lines = await this.linesOrProblem(manager, c, report);
      await manager.delete(FeeClaimLineEntity, { claimId: id });
      await manager.update(
        FeeClaimEntity,
        { id, version: expectedVersion },
        {
          report: report,
          asVolunteer: c.asVolunteer,
          totalCents: totalCents(lines),
          earningsCents: earningsCents(lines),
        },
      );
      await this.insertLines(manager, id, c.asVolunteer ? PaymentMethod.Volunteer : c.paymentMethod, lines);
      await this.event(manager, id, user.userId, user.displayName, 'updated', null, null, null);
    });
    return this.get(user, id);
  }

  async submit(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    acceptOverCeiling: boolean,
  ): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.lockClaim(manager, user, id, expectedVersion);
      if (!(await this.isExpertOf(manager, user, c)) && !this.isCoordinator(user))
        throw feesProblem(FeesErrorCode.NotYours);
      this.assertStep(c.status, ClaimCommand.Submit);
      const lines = await this.linesOrProblem(manager, c, c.report);
      const check = await this.ceiling(manager, c, earningsCents(lines));
      if (check && check.overByCents > 0 && !acceptOverCeiling) {
        throw feesProblem(
          FeesErrorCode.OverCeiling,
          'Submit anyway, do the task as a volunteer, or talk to the coordinator about moving it.',
          undefined,
          {
            ceiling: check,
          },
        );
      }
      const [o] = await manager.query<Array<{ contact_user_id: string | null }>>(
        'SELECT contact_user_id FROM task_order WHERE id = $1',
        [c.orderId],
      );
      await this.move(manager, user, c, ClaimCommand.Submit, {
        ownerUserId: o?.contact_user_id ?? (await this.aCoordinator(manager)),
        submittedAt: this.clock.now(),
        returnReason: null,
      });
      await this.notify(manager, id, 'fee.claim_to_confirm');
    });
    return this.get(user, id);
  }

  /** The expert (or a coordinator) adds a receipt while the claim is theirs to change. */
  async addReceipt(
    user: UserPrincipal,
    id: string,
    fileName: string,
    contentType: string | undefined,
    body: Buffer,
  ): Promise<ReceiptDto> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!RECEIPT_TYPES.includes(type))
      throw feesProblem(FeesErrorCode.ReceiptType, 'Send a photo (JPEG, PNG) or a PDF.');
    if (body.length === 0) throw feesProblem(FeesErrorCode.ReceiptType, 'The file is empty.');
    if (body.length > MAX_RECEIPT_BYTES)
      throw feesProblem(FeesErrorCode.ReceiptLimit, 'A receipt can be at most 10 MB.');
    return this.dataSource.transaction(async (manager) => {
      const c = await this.lockClaim(manager, user, id, null);
      if (!(await this.isExpertOf(manager, user, c)) && !this.isCoordinator(user))
        throw feesProblem(FeesErrorCode.NotYours);
      if (![ClaimStatus.Draft, ClaimStatus.Returned].includes(c.status))
        throw feesProblem(FeesErrorCode.Transition, `The claim is ${c.status}.`);
      if ((await manager.count(FeeClaimReceiptEntity, { where: { claimId: id } })) >= MAX_RECEIPTS) {
        throw feesProblem(FeesErrorCode.ReceiptLimit, `A claim can have at most ${MAX_RECEIPTS} receipts.`);
      }
      const saved = await manager.save(
        manager.create(FeeClaimReceiptEntity, {
          claimId: id,
          fileName: safeFileName(fileName),
          contentType: type,
          sizeBytes: body.length,
          data: body,
          uploadedBy: user.userId,
        }),
      );
      await this.event(
        manager,
        id,
        user.userId,
        user.displayName,
        'receipt_added',
        null,
        null,
        saved.fileName,
      );
      return receiptDto(saved);
    });
  }

  async receipt(
    user: UserPrincipal,
    id: string,
    receiptId: string,
  ): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    await this.visible(this.dataSource.manager, user, id);
    const r = await this.dataSource
      .getRepository(FeeClaimReceiptEntity)
      .createQueryBuilder('r')
      .addSelect('r.data')
      .where('r.id = :receiptId AND r.claim_id = :id', { receiptId, id })
      .getOne();
    if (!r?.data) throw feesProblem(FeesErrorCode.ReceiptNotFound);
    await this.audit.record({
      action: 'fee_claim.receipt.read',
      subjectType: 'fee_claim',
      subjectId: id,
      fieldGroup: 'receipt',
    });
    return { fileName: r.fileName, contentType: r.contentType, data: r.data };
  }

  async removeReceipt(user: UserPrincipal, id: string, receiptId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.lockClaim(manager, user, id, null);
      if (!(await this.isExpertOf(manager, user, c)) && !this.isCoordinator(user))
        throw feesProblem(FeesErrorCode.NotYours);
      if (![ClaimStatus.Draft, ClaimStatus.Returned].includes(c.status))
        throw feesProblem(FeesErrorCode.Transition, `The claim is ${c.status}.`);
      const r = await manager.findOne(FeeClaimReceiptEntity, { where: { id: receiptId, claimId: id } });
      if (!r) throw feesProblem(FeesErrorCode.ReceiptNotFound);
      await manager.delete(FeeClaimReceiptEntity, { id: receiptId });
      await this.event(manager, id, user.userId, user.displayName, 'receipt_removed', null, null, r.fileName);
    });
  }

  // ------------------------------------------------------------------ the orderer's and the approver's steps

  async confirm(user: UserPrincipal, id: string, expectedVersion: number): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => this.confirmIn(manager, user, id, expectedVersion));
    return this.get(user, id);
  }

  async approve(user: UserPrincipal, id: string, expectedVersion: number | null): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => this.approveIn(manager, user, id, expectedVersion));
    return this.get(user, id);
  }

  /** Approves many at once; each claim on its own (one failing does not stop the others). */
  async bulk(user: UserPrincipal, ids: string[], command: 'confirm' | 'approve'): Promise<BulkResultsDto> {
    const results: BulkResultsDto['results'] = [];
    for (const id of ids) {
      try {
        await this.dataSource.transaction((m) =>
          command === 'approve' ? this.approveIn(m, user, id, null) : this.confirmIn(m, user, id, null),
        );
        results.push({ claimId: id, ok: true, code: null });
      } catch (e) {
        const code =
          (e as { code?: string }).code ??
          (e as { getResponse?: () => { code?: string } }).getResponse?.().code ??
          'ERROR';
        results.push({ claimId: id, ok: false, code });
      }
    }
    return { results };
  }

  async returnToExpert(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    reason: string,
  ): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.lockClaim(manager, user, id, expectedVersion);
      const may =
        this.isCoordinator(user) ||
        (c.status === ClaimStatus.Submitted && (await this.mayConfirm(user, c))) ||
        (c.status === ClaimStatus.Confirmed && (await this.mayApprove(user, c)));
      if (!may) throw feesProblem(FeesErrorCode.NotYours);
      this.assertStep(c.status, ClaimCommand.Return);
      // approved lines go back to being open: nothing returned can be exported
      await manager.update(FeeClaimLineEntity, { claimId: id, status: 'approved' }, { status: 'open' });
      const [e] = await manager.query<Array<{ user_id: string | null }>>(
        'SELECT user_id FROM expert WHERE id = $1',
        [c.expertId],
      );
      await this.move(
        manager,
        user,
        c,
        ClaimCommand.Return,
        { ownerUserId: e?.user_id ?? (await this.aCoordinator(manager)), returnReason: reason },
        reason,
      );
      await this.notify(manager, id, 'fee.claim_returned');
    });
    return this.get(user, id);
  }

  /** Who could take the claim's current step (for the coordinator's "give to"): by role and unit, and the coordinators. */
  async assignees(user: UserPrincipal, id: string): Promise<AssigneeListDto> {
    const c = await this.visible(this.dataSource.manager, user, id);
    const role =
      c.owner === ClaimOwner.Orderer ? 'orderer' : c.owner === ClaimOwner.Approver ? 'approver' : null;
    const rows = await this.dataSource.query<Array<{ id: string; display_name: string; roles: string[] }>>(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM org_unit WHERE id = $1
         UNION SELECT p.id, p.parent_id FROM org_unit p JOIN up ON p.id = up.parent_id)
       SELECT DISTINCT u.id, u.display_name, u.roles FROM user_account u
        WHERE u.active AND ('coordinator' = ANY(u.roles)
           OR ($2::text IS NOT NULL AND $2 = ANY(u.roles) AND EXISTS (SELECT 1 FROM user_unit uu JOIN up ON up.id = uu.unit_id WHERE uu.user_id = u.id))
           OR ($3::boolean AND u.id = $4))
        ORDER BY u.display_name, u.id`,
      [c.unit_id, role, c.owner === ClaimOwner.Expert, c.expert_user_id],
    );
    return { items: rows.map((r) => ({ userId: r.id, displayName: r.display_name, roles: r.roles })) };
  }

  /** The coordinator gives the current step to another person (who must be able to take it). */
  async reassign(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    userId: string,
  ): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.lockClaim(manager, user, id, expectedVersion);
      if (ownerOf(c.status) === ClaimOwner.Nobody)
        throw feesProblem(FeesErrorCode.Transition, 'Nobody has a closed claim.');
      const [target] = await manager.query<Array<{ id: string; display_name: string }>>(
        'SELECT id, display_name FROM user_account WHERE id = $1 AND active',
        [userId],
      );
      if (!target) throw feesProblem(FeesErrorCode.NotYours, 'No such active person.', 'userId');
      await manager.update(
        FeeClaimEntity,
        { id, version: expectedVersion },
        { ownerUserId: userId, remindedAt: null, escalatedAt: null },
      );
      await this.event(
        manager,
        id,
        user.userId,
        user.displayName,
        'reassigned',
        c.status,
        c.status,
        target.display_name,
      );
      await this.openReminder(manager, id);
    });
    return this.get(user, id);
  }

  async cancel(user: UserPrincipal, id: string, expectedVersion: number, reason: string): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.lockClaim(manager, user, id, expectedVersion);
      this.assertStep(c.status, ClaimCommand.Cancel);
      await manager.update(FeeClaimLineEntity, { claimId: id }, { status: 'void' });
      await this.move(manager, user, c, ClaimCommand.Cancel, { totalCents: 0, earningsCents: 0 }, reason);
    });
    return this.get(user, id);
  }

  // ------------------------------------------------------------------ used by payroll

  /**
   * Moves claims along after payroll acted on their lines (inside the payroll transaction), all at once:
   * exported when every line is in a batch, paid when every line is paid, rejected when payroll rejected
   * a line, back to approved when their batch was released. One statement per kind of change, so a
   * batch of thousands of claims costs a handful of queries.
   */
  async settleClaims(
    manager: EntityManager,
    claimIds: string[],
    actor: string,
    actorName: string | null = null,
  ): Promise<void> {
    if (!claimIds.length) return;
    const coordinator = await this.aCoordinator(manager);
    const due = (status: ClaimStatus) => this.dueFor(status);
    const moved = await manager.query<
      Array<{ id: string; number: string; old: ClaimStatus; new: ClaimStatus; expert_user_id: string | null }>
    >(
      `WITH s AS (
         SELECT c.id, c.status,
                count(*) FILTER (WHERE l.status IN ('open', 'approved')) AS open,
                count(*) FILTER (WHERE l.status = 'batched') AS batched,
                count(*) FILTER (WHERE l.status = 'paid') AS paid,
                count(*) FILTER (WHERE l.status = 'rejected' AND NOT EXISTS (SELECT 1 FROM fee_claim_line r WHERE r.replaces_line_id = l.id)) AS rejected
           FROM fee_claim c JOIN fee_claim_line l ON l.claim_id = c.id AND l.status <> 'void'
          WHERE c.id = ANY($1::uuid[]) GROUP BY c.id, c.status),
       n AS (
         SELECT id, status AS old, CASE
                  WHEN status = 'approved' AND open = 0 AND batched > 0 THEN 'exported'
                  WHEN status = 'exported' AND rejected > 0 THEN 'rejected'
                  WHEN status = 'exported' AND batched = 0 AND open = 0 AND paid > 0 THEN 'paid'
                  WHEN status = 'exported' AND batched = 0 AND paid = 0 AND rejected = 0 AND open > 0 THEN 'approved'
                END AS new
           FROM s),
       u AS (UPDATE fee_claim c
          SET status = n.new,
              owner = CASE n.new WHEN 'paid' THEN 'nobody' WHEN 'rejected' THEN 'coordinator' ELSE 'payroll' END,
              owner_user_id = CASE WHEN n.new = 'paid' THEN NULL ELSE $2::uuid END,
              due_at = CASE n.new WHEN 'paid' THEN NULL WHEN 'rejected' THEN $3::timestamptz ELSE $4::timestamptz END,
              reminded_at = NULL, escalated_at = NULL,
              paid_at = CASE WHEN n.new = 'paid' THEN now() ELSE c.paid_at END,
              version = c.version + 1, updated_at = now()
         FROM n
        WHERE c.id = n.id AND n.new IS NOT NULL
       RETURNING c.id, c.number, n.old, n.new)
       SELECT * FROM u`,
      [claimIds, coordinator, due(ClaimStatus.Rejected), due(ClaimStatus.Exported)],
    );
    if (!moved.length) return;
    const ids = moved.map((m) => m.id);
    await manager.query(
      `INSERT INTO fee_claim_event (claim_id, actor, actor_name, action, from_status, to_status, note)
       SELECT id, $2, $3, new, old, new, CASE WHEN new = 'approved' THEN 'batch released' END
         FROM unnest($1::uuid[], $4::text[], $5::text[]) AS x(id, old, new)`,
      [ids, actor, actorName, moved.map((m) => m.old), moved.map((m) => m.new)],
    );
    // the step's reminder: closed, and a new one for whoever has the claim now
    await this.reminders.closeMany(manager, REMINDER_KIND, 'fee_claim', ids, ReminderStatus.Cancelled);
    const open = moved.filter((m) => m.new !== ClaimStatus.Paid);
    if (open.length && coordinator) {
      await this.reminders.openMany(
        manager,
        open.map((m) => ({
          kind: REMINDER_KIND,
          subjectType: 'fee_claim',
          subjectId: m.id,
          ownerUserId: coordinator,
          dueAt: due(m.new)!,
          title: claimReminderTitle(m.number),
          link: `/fees/${m.id}`,
        })),
      );
    }
    const paid = moved.filter((m) => m.new === ClaimStatus.Paid);
    if (paid.length) {
      await this.bus.publishMany(
        manager,
        paid.map((m) => ({
          type: 'fee.claim_step',
          aggregateType: 'fee_claim',
          aggregateId: m.id,
          payload: { claimId: m.id, template: 'fee.claim_paid' },
        })),
      );
    }
  }

  /** The coordinator puts a claim payroll rejected back for export: its rejected lines are re-issued as new lines. */
  async reapprove(user: UserPrincipal, id: string, expectedVersion: number): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.lockClaim(manager, user, id, expectedVersion);
      this.assertStep(c.status, ClaimCommand.Reapprove);
      await manager.query(
        `INSERT INTO fee_claim_line (claim_id, kind, description, quantity, unit_cents, amount_cents, income_type_code, channel, status, replaces_line_id)
         SELECT claim_id, kind, description, quantity, unit_cents, amount_cents, income_type_code, channel, 'approved', id
           FROM fee_claim_line l WHERE claim_id = $1 AND status = 'rejected'
            AND NOT EXISTS (SELECT 1 FROM fee_claim_line r WHERE r.replaces_line_id = l.id)`,
        [id],
      );
      await this.move(manager, user, c, ClaimCommand.Reapprove, {});
    });
    return this.get(user, id);
  }

  // ------------------------------------------------------------------ helpers

  private async confirmIn(
    manager: EntityManager,
    user: UserPrincipal,
    id: string,
    expectedVersion: number | null,
  ): Promise<void> {
    const c = await this.lockClaim(manager, user, id, expectedVersion);
    if (!(await this.mayConfirm(user, c))) throw feesProblem(FeesErrorCode.NotYours);
    this.assertStep(c.status, ClaimCommand.Confirm);
    await this.move(manager, user, c, ClaimCommand.Confirm, {
      ownerUserId: (await this.anApprover(manager, c.unitId)) ?? (await this.aCoordinator(manager)),
    });
    await this.notify(manager, id, 'fee.claim_to_approve');
  }

  private async approveIn(
    manager: EntityManager,
    user: UserPrincipal,
    id: string,
    expectedVersion: number | null,
  ): Promise<void> {
    const c = await this.lockClaim(manager, user, id, expectedVersion);
    if (!(await this.mayApprove(user, c))) throw feesProblem(FeesErrorCode.NotYours);
    this.assertStep(c.status, ClaimCommand.Approve);
    await manager.update(FeeClaimLineEntity, { claimId: id, status: 'open' }, { status: 'approved' });
    await this.move(manager, user, c, ClaimCommand.Approve, {
      ownerUserId: await this.aCoordinator(manager),
      approvedAt: this.clock.now(),
    });
  }

  private async move(
    manager: EntityManager,
    user: UserPrincipal,
    c: FeeClaimEntity,
    command: ClaimCommand,
    changes: Partial<FeeClaimEntity>,
    note: string | null = null,
  ): Promise<void> {
    const next = nextClaimStatus(c.status, command)!;
    const owner = ownerOf(next);
    await manager.update(
      FeeClaimEntity,
      { id: c.id },
      {
        status: next,
        owner,
        dueAt: this.dueFor(next),
        remindedAt: null,
        escalatedAt: null,
        ...(owner === ClaimOwner.Nobody ? { ownerUserId: null } : {}),
        ...changes,
      },
    );
    await this.event(manager, c.id, user.userId, user.displayName, command, c.status, next, note);
    await this.audit.record(
      { action: `fee_claim.${command}`, subjectType: 'fee_claim', subjectId: c.id },
      manager,
    );
    if (owner === ClaimOwner.Nobody)
      await this.reminders.close(manager, REMINDER_KIND, 'fee_claim', c.id, ReminderStatus.Done);
    else await this.openReminder(manager, c.id);
  }

  private dueFor(status: ClaimStatus): Date | null {
    const days = stepBusinessDays(status, {
      expert: this.config.FEE_EXPERT_BUSINESS_DAYS,
      orderer: this.config.FEE_ORDERER_BUSINESS_DAYS,
      approver: this.config.FEE_APPROVER_BUSINESS_DAYS,
      payroll: this.config.FEE_PAYROLL_BUSINESS_DAYS,
      coordinator: this.config.FEE_COORDINATOR_BUSINESS_DAYS,
    });
    return days === null ? null : this.dueFrom(days);
  }

  /** 16:00 Helsinki time on the Nth business day from today. */
  private dueFrom(businessDays: number): Date {
    return helsinkiInstant(addBusinessDays(helsinkiDate(this.clock.now()), businessDays), 16, 0);
  }

  private assertStep(status: ClaimStatus, command: ClaimCommand): void {
    if (!nextClaimStatus(status, command)) {
      throw feesProblem(
        FeesErrorCode.Transition,
        `A ${status} claim cannot take the step ${command}.`,
        undefined,
        {
          claimStatus: status,
          allowed: allowedClaimCommands(status),
        },
      );
    }
  }

  private async openReminder(manager: EntityManager, id: string): Promise<void> {
    const [c] = await manager.query<
      Array<{ owner_user_id: string | null; due_at: Date | null; number: string }>
    >('SELECT owner_user_id, due_at, number FROM fee_claim WHERE id = $1', [id]);
    if (!c?.owner_user_id || !c.due_at) {
      await this.reminders.close(manager, REMINDER_KIND, 'fee_claim', id, ReminderStatus.Cancelled);
      return;
    }
    await this.reminders.open(manager, {
      kind: REMINDER_KIND,
      subjectType: 'fee_claim',
      subjectId: id,
      ownerUserId: c.owner_user_id,
      dueAt: new Date(c.due_at),
      title: claimReminderTitle(c.number),
      link: `/fees/${id}`,
    });
  }

  private async linesOrProblem(manager: EntityManager, c: FeeClaimEntity, report: Report) {
    try {
      return await this.computeLines(manager, c, report);
    } catch (e) {
      if (e instanceof FeeRuleError) {
        const code =
          e.code === 'NO_RATE'
            ? FeesErrorCode.NoRate
            : e.code === 'NO_MILEAGE_RATE'
              ? FeesErrorCode.NoMileageRate
              : FeesErrorCode.InvalidReport;
        throw feesProblem(code, e.message);
      }
      throw e;
    }
  }

  private async computeLines(manager: EntityManager, c: FeeClaimEntity, report: Report) {
    const schedule = await this.scheduleOn(manager, c.taskDate);
    const rate: Rate | null = schedule ? rateFor(schedule, c.tierCode, c.taskTypeCode, c.productCode) : null;
    const mileage = await manager.query<Array<{ year: number; cents_per_km: number }>>(
      'SELECT year, cents_per_km FROM mileage_rate',
    );
    const kmRate = mileageRateFor(
      mileage.map((m) => ({ year: m.year, centsPerKm: m.cents_per_km })),
      c.taskDate,
    );
    if (kmRate?.fallback && report.kilometres > 0) await this.askForMileageRate(manager, Number(c.taskDate.slice(0, 4)), kmRate.year);
    return claimLines({
      rate,
      paymentMethod: c.asVolunteer ? PaymentMethod.Volunteer : c.paymentMethod,
      report,
      mileageCentsPerKm: kmRate?.centsPerKm ?? null,
      feeShare: c.lateCancellation ? lateCancellationShare(this.config.FEE_LATE_CANCEL_RULE) : 1,
    });
  }

  /**
   * A claim used last year's kilometre rate because this year's is not entered yet: a coordinator is
   * asked (once, until someone saves the rate) to enter it on the fee schedules page.
   */
  private async askForMileageRate(manager: EntityManager, year: number, usedYear: number): Promise<void> {
    const owner = await this.aCoordinator(manager);
    if (!owner) return;
    await this.reminders.openOnce(manager, {
      kind: MILEAGE_RATE_REMINDER,
      subjectType: 'mileage_rate',
      subjectId: String(year),
      ownerUserId: owner,
      dueAt: this.dueFrom(this.config.FEE_COORDINATOR_BUSINESS_DAYS),
      title: {
        fi: `Syötä vuoden ${year} kilometrikorvaus: palkkiolomakkeet käyttävät vuoden ${usedYear} korvausta`,
        sv: `Ange kilometerersättningen för ${year}: arvodesblanketterna använder ersättningen för ${usedYear}`,
        en: `Enter the kilometre rate for ${year}: fee claims use the ${usedYear} rate`,
      },
      link: '/fees/schedules',
    });
  }

  /** The schedule in force on a day (the rule `scheduleInForce`), with its rates. */
  private async scheduleOn(manager: EntityManager, day: string): Promise<ScheduleRates | null> {
    return (await this.schedulesOn(manager, [day])).get(day) ?? null;
  }

  /** The schedules in force on several days, each schedule's rates read once (a series spans few). */
  private async schedulesOn(
    manager: EntityManager,
    days: string[],
  ): Promise<Map<string, ScheduleRates | null>> {
    const last = days.reduce((a, b) => (a > b ? a : b), days[0]);
    const schedules = await manager.query<Array<{ id: string; effectiveFrom: string }>>(
      `SELECT id, effective_from::text AS "effectiveFrom" FROM fee_schedule WHERE effective_from <= $1`,
      [last],
    );
    const picked = new Map(days.map((day) => [day, scheduleInForce(schedules, day)]));
    const ids = [...new Set([...picked.values()].filter((x) => x).map((x) => x!.id))];
    const rates = ids.length
      ? await manager.query<
          Array<{
            schedule_id: string;
            tier_code: string;
            task_type_code: string | null;
            product_code: string | null;
            basis: Rate['basis'];
            amount_cents: number;
            min_billable_minutes: number;
            paid_preparation_minutes: number;
            preparation_hourly_cents: number | null;
            income_type_code: string;
          }>
        >('SELECT * FROM fee_rate WHERE schedule_id = ANY($1::uuid[])', [ids])
      : [];
    const result = new Map<string, ScheduleRates | null>();
    for (const [day, s] of picked) {
      result.set(
        day,
        s && {
          id: s.id,
          effectiveFrom: s.effectiveFrom,
          rates: rates
            .filter((r) => r.schedule_id === s.id)
            .map((r) => ({
              tierCode: r.tier_code,
              taskTypeCode: r.task_type_code,
              productCode: r.product_code,
              basis: r.basis,
              amountCents: r.amount_cents,
              minBillableMinutes: r.min_billable_minutes,
              paidPreparationMinutes: r.paid_preparation_minutes,
              preparationHourlyCents: r.preparation_hourly_cents,
              incomeTypeCode: r.income_type_code,
            })),
        },
      );
    }
    return result;
  }

  private async insertLines(
    manager: EntityManager,
    claimId: string,
    method: PaymentMethod,
    lines: ReturnType<typeof claimLines>,
  ) {
    if (!lines.length) return;
    const channel =
      method === PaymentMethod.Invoice || method === PaymentMethod.Ngo ? 'accounts_payable' : 'payroll';
    await manager.insert(
      FeeClaimLineEntity,
      lines.map((l) => ({ claimId, ...l, channel, status: 'open' as const })),
    );
  }

  private async ceiling(manager: EntityManager, c: FeeClaimEntity, claimEarnings: number) {
    const [row] = await manager.query<Array<{ ceiling: number | null; month: string }>>(
      `SELECT e.earnings_ceiling_cents AS ceiling,
              coalesce((SELECT sum(earnings_cents) FROM fee_claim o WHERE o.expert_id = e.id AND o.id <> $2
                          AND o.status NOT IN ('draft', 'returned', 'cancelled')
                          AND date_trunc('month', o.task_date) = date_trunc('month', $3::date)), 0) AS month
         FROM expert e WHERE e.id = $1`,
      [c.expertId, c.id, c.taskDate],
    );
    return ceilingCheck({
      ceilingCents: row?.ceiling ?? null,
      monthEarningsCents: Number(row?.month ?? 0),
      claimEarningsCents: claimEarnings,
    });
  }

  private async nextNumber(manager: EntityManager, taskDate: string): Promise<string> {
    const [{ n }] = await manager.query<Array<{ n: string }>>(`SELECT nextval('fee_claim_number_seq') AS n`);
    return `K-${taskDate.slice(0, 4)}-${String(n).padStart(6, '0')}`;
  }

  private async event(
    manager: EntityManager,
    claimId: string,
    actor: string,
    actorName: string | null,
    action: string,
    fromStatus: string | null,
    toStatus: string | null,
    note: string | null,
  ): Promise<void> {
    await manager.insert(FeeClaimEventEntity, {
      claimId,
      actor,
      actorName,
      action,
      fromStatus,
      toStatus,
      note,
    });
  }

  private async notify(manager: EntityManager, claimId: string, template: ClaimTemplate): Promise<void> {
    await this.bus.publish(manager, {
      type: 'fee.claim_step',
      aggregateType: 'fee_claim',
      aggregateId: claimId,
      payload: { claimId, template },
    });
  }

  private async plan(manager: EntityManager, claimId: string, template: ClaimTemplate): Promise<Delivery[]> {
    const [c] = await manager.query<
      Array<{
        number: string;
        title: string;
        owner_user_id: string | null;
        expert_user_id: string | null;
        return_reason: string | null;
        total_cents: number;
      }>
    >(
      `SELECT c.number, o.title, c.owner_user_id, e.user_id AS expert_user_id, c.return_reason, c.total_cents
         FROM fee_claim c JOIN task_order o ON o.id = c.order_id JOIN expert e ON e.id = c.expert_id WHERE c.id = $1`,
      [claimId],
    );
    if (!c) return [];
    const to =
      template === 'fee.claim_paid' || template === 'fee.claim_ready' || template === 'fee.claim_returned'
        ? c.expert_user_id
        : c.owner_user_id;
    if (!to) return [];
    return [
      {
        userId: to,
        template,
        params: {
          number: c.number,
          title: c.title,
          link: `/fees/${claimId}`,
          reason: c.return_reason ?? '',
          totalCents: c.total_cents,
        },
      },
    ];
  }

  private isCoordinator(user: UserPrincipal): boolean {
    return user.roles.includes(Role.Coordinator) || user.roles.includes(Role.Admin);
  }

  private async ownExpertId(user: UserPrincipal): Promise<string> {
    const [e] = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM expert WHERE user_id = $1 AND merged_into IS NULL',
      [user.userId],
    );
    if (!e) throw feesProblem(FeesErrorCode.ClaimNotFound, 'You have no expert record.');
    return e.id;
  }

  private async isExpertOf(
    manager: EntityManager,
    user: UserPrincipal,
    c: { expertId: string },
  ): Promise<boolean> {
    const [e] = await manager.query<Array<{ id: string }>>(
      'SELECT id FROM expert WHERE id = $1 AND user_id = $2',
      [c.expertId, user.userId],
    );
    return !!e;
  }

  /** The orderer of the claim's units (or whom the step was given to), or a coordinator. */
  private async mayConfirm(user: UserPrincipal, c: FeeClaimEntity): Promise<boolean> {
    if (this.isCoordinator(user) || c.ownerUserId === user.userId) return true;
    if (!user.roles.includes(Role.Orderer)) return false;
    const scope = await this.units.scopeUnitIds(user);
    return !scope || scope.includes(c.unitId);
  }

  /** An approver whose units cover the claim's unit (its cost centre), or a coordinator. */
  private async mayApprove(user: UserPrincipal, c: FeeClaimEntity): Promise<boolean> {
    if (this.isCoordinator(user)) return true;
    if (!user.roles.includes(Role.Approver)) return false;
    if (c.ownerUserId === user.userId) return true;
    const scope = await this.units.scopeUnitIds(user);
    return !scope || scope.includes(c.unitId);
  }

  private async anApprover(manager: EntityManager, unitId: string): Promise<string | null> {
    // the nearest approver: one attached to the unit itself or to a unit above it
    const [a] = await manager.query<Array<{ id: string }>>(
      `WITH RECURSIVE up AS (SELECT id, parent_id, 0 AS depth FROM org_unit WHERE id = $1
         UNION ALL SELECT p.id, p.parent_id, up.depth + 1 FROM org_unit p JOIN up ON p.id = up.parent_id)
       SELECT u.id FROM up JOIN user_unit uu ON uu.unit_id = up.id JOIN user_account u ON u.id = uu.user_id
        WHERE u.active AND 'approver' = ANY(u.roles) ORDER BY up.depth, u.display_name, u.id LIMIT 1`,
      [unitId],
    );
    return a?.id ?? null;
  }

  private async aCoordinator(manager: EntityManager): Promise<string | null> {
    const [c] = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM user_account WHERE active AND 'coordinator' = ANY(roles) ORDER BY display_name, id LIMIT 1`,
    );
    return c?.id ?? null;
  }

  private async scopeWhere(
    user: UserPrincipal,
    view: ClaimView,
    where: string[],
    p: (v: unknown) => string,
  ): Promise<void> {
    if (view === ClaimView.Mine) {
      where.push(`e.user_id = ${p(user.userId)}`);
      return;
    }
    if (view === ClaimView.ToConfirm) where.push(`c.status = 'submitted'`);
    if (view === ClaimView.ToApprove) where.push(`c.status = 'confirmed'`);
    if (this.isCoordinator(user)) return;
    const parts = [`e.user_id = ${p(user.userId)}`, `c.owner_user_id = ${p(user.userId)}`];
    if (user.roles.includes(Role.Orderer) || user.roles.includes(Role.Approver)) {
      const scope = await this.units.scopeUnitIds(user);
      if (!scope) return;
      if (scope.length) parts.push(`c.unit_id = ANY(${p(scope)}::uuid[])`);
    }
    where.push(`(${parts.join(' OR ')})`);
  }

  /** The claim if the caller may see it; 404 otherwise (no hint that it exists). */
  private async visible(manager: EntityManager, user: UserPrincipal, id: string): Promise<ClaimRow> {
    const where: string[] = [`c.id = $1`];
    const params: unknown[] = [id];
    await this.scopeWhere(user, ClaimView.All, where, (v) => {
      params.push(v);
      return `$${params.length}`;
    });
    const [row] = await manager.query<ClaimRow[]>(`${CLAIM_SELECT} WHERE ${where.join(' AND ')}`, params);
    if (!row) throw feesProblem(FeesErrorCode.ClaimNotFound);
    return row;
  }

  private async lockClaim(
    manager: EntityManager,
    user: UserPrincipal,
    id: string,
    expectedVersion: number | null,
  ): Promise<FeeClaimEntity> {
    await this.visible(manager, user, id);
    const c = await manager.findOne(FeeClaimEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw feesProblem(FeesErrorCode.ClaimNotFound);
    if (expectedVersion !== null && c.version !== expectedVersion) throw staleVersion(c.version);
    return c;
  }

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
        ? await this.ceiling(
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
    const actions: string[] = [];
    for (const command of allowedClaimCommands(r.status)) {
      if (command === ClaimCommand.Submit && (isExpert || this.isCoordinator(user))) actions.push(command);
      if (command === ClaimCommand.Confirm && (await this.mayConfirm(user, c))) actions.push(command);
      if (command === ClaimCommand.Approve && (await this.mayApprove(user, c))) actions.push(command);
      if (
        command === ClaimCommand.Return &&
        (this.isCoordinator(user) ||
          (r.status === ClaimStatus.Submitted && (await this.mayConfirm(user, c))) ||
          (r.status === ClaimStatus.Confirmed && (await this.mayApprove(user, c))))
      )
        actions.push(command);
      if ((command === ClaimCommand.Cancel || command === ClaimCommand.Reapprove) && this.isCoordinator(user))
        actions.push(command);
    }
    if (
      [ClaimStatus.Draft, ClaimStatus.Returned].includes(r.status) &&
      (isExpert || this.isCoordinator(user))
    )
      actions.push('edit');
    if (this.isCoordinator(user) && ownerOf(r.status) !== ClaimOwner.Nobody) actions.push('reassign');
    return {
      id: r.id,
      number: r.number,
      status: r.status,
      owner: r.owner,
      ownerName: r.owner_name,
      dueAt: iso(r.due_at),
      overdue: !!r.due_at && new Date(r.due_at).getTime() < this.clock.now().getTime(),
      expertId: r.expert_id,
      expertName: r.expert_name,
      orderId: r.order_id,
      orderNumber: r.order_number,
      title: r.title,
      unitName: r.unit_name,
      costCentre: r.cost_centre,
      taskDate: r.task_date,
      paymentMethod: r.payment_method,
      lateCancellation: r.late_cancellation,
      asVolunteer: r.as_volunteer,
      report: r.report as unknown as ClaimReportDto,
      unchanged: JSON.stringify(r.report) === JSON.stringify(r.prefilled_report),
      totalCents: r.total_cents,
      earningsCents: r.earnings_cents,
      returnReason: r.return_reason,
      receipts: (
        await manager
          .getRepository(FeeClaimReceiptEntity)
          .find({ where: { claimId: r.id }, order: { createdAt: 'ASC' } })
      ).map(receiptDto),
      lines: live.map((l) => ({
        id: l.id,
        kind: l.kind,
        description: l.description,
        quantity: l.quantity,
        unitCents: l.unitCents,
        amountCents: l.amountCents,
        incomeTypeCode: l.incomeTypeCode,
        status: l.status,
        rejectReason: l.rejectReason,
      })),
      ceiling,
      actions,
      version: r.version,
    };
  }
}
