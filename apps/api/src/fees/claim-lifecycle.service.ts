import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventBus } from '../events/event-bus';
import { MentorshipsService } from '../onboarding/mentorships.service';
import { ClaimAccessService } from './claim-access.service';
import { ClaimPricingService } from './claim-pricing.service';
import { ClaimQueriesService } from './claim-queries.service';
import { ClaimStepsService } from './claim-steps.service';
import { BulkResultsDto, ClaimDto, UpdateClaimDto } from './dto/fees.dto';
import { FeeClaimEntity, FeeClaimLineEntity } from './entities/fees.entities';
import { FeesErrorCode, feesProblem } from './fees.exception';
import {
  cancellationPays,
  ClaimCommand,
  ClaimOwner,
  ClaimStatus,
  earningsCents,
  FeeRuleError,
  ownerOf,
  PaymentMethod,
  Report,
  totalCents,
} from './fees.rules';

/**
 * Fee claims: born from a completed task (or a late cancellation), checked by the expert, confirmed by the
 * orderer, approved by the cost centre's approver, then exported to payroll. Every step has one owner
 * and a due moment in business days; the reminder engine reminds and escalates to the coordinators.
 */
@Injectable()
export class ClaimLifecycleService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly access: ClaimAccessService,
    private readonly steps: ClaimStepsService,
    private readonly pricing: ClaimPricingService,
    private readonly queries: ClaimQueriesService,
    private readonly mentorships: MentorshipsService,
  ) {}

  onModuleInit(): void {
    // the claim is made in the transaction that completes the task: exactly one claim per task, there
    // the moment the task is completed, whatever the e-mail backlog
    this.bus.react('assignment.completed', async (event, manager) => {
      const id = await this.createClaim(
        manager,
        (event.payload as { assignmentId: string }).assignmentId,
        false,
      );
      if (id) await this.steps.notify(manager, id, 'fee.claim_ready');
    });
    // only a late cancellation of the ordering unit's pays, by the configured rule (docs/fees.md, "Cancellations")
    this.bus.react('assignment.cancelled', async (event, manager) => {
      const { assignmentId, cancelledBy } = event.payload as { assignmentId: string; cancelledBy?: string };
      const [a] = await manager.query<Array<{ late_cancellation: boolean }>>(
        'SELECT late_cancellation FROM matching.assignments WHERE id = $1',
        [assignmentId],
      );
      if (!cancellationPays(cancelledBy, !!a?.late_cancellation, this.config.FEE_LATE_CANCEL_RULE)) return;
      const id = await this.createClaim(manager, assignmentId, true);
      if (id) await this.steps.notify(manager, id, 'fee.claim_ready');
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
         FROM matching.assignments a JOIN orders.orders o ON o.id = a.order_id JOIN orders.products p ON p.code = o.product_code
         JOIN registry.experts e ON e.id = a.expert_id WHERE a.id = $1`,
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
    const schedule = await this.pricing.scheduleOn(manager, taskDate);
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
      trainingTask: await this.mentorships.isTrainingTask(manager, a.expert_id, a.occurrence_id, taskDate),
      report: report,
      prefilledReport: report,
      totalCents: 0,
      earningsCents: 0,
    };
    // the owner: the expert (or the coordinators when the person has no sign-in or the schedule has no rate)
    const computed = await this.pricing
      .computeLines(manager, claim as FeeClaimEntity, report)
      .catch((e: unknown) => {
        if (e instanceof FeeRuleError) return e;
        throw e;
      });
    const lines = computed instanceof FeeRuleError ? [] : computed;
    claim.totalCents = totalCents(lines);
    claim.earningsCents = earningsCents(lines);
    const ownerUserId =
      computed instanceof FeeRuleError
        ? await this.access.aCoordinator(manager)
        : (a.expert_user_id ?? (await this.access.aCoordinator(manager)));
    claim.owner =
      computed instanceof FeeRuleError || !a.expert_user_id ? ClaimOwner.Coordinator : ClaimOwner.Expert;
    claim.ownerUserId = ownerUserId;
    claim.dueAt = this.steps.dueFrom(
      claim.owner === ClaimOwner.Coordinator
        ? this.config.FEE_COORDINATOR_BUSINESS_DAYS
        : this.config.FEE_EXPERT_BUSINESS_DAYS,
    );
    const inserted = await manager.insert(FeeClaimEntity, claim);
    const id = inserted.identifiers[0].id as string;
    await this.pricing.insertLines(manager, id, a.payment_method, lines);
    await this.steps.recordEvent(
      manager,
      id,
      'system',
      null,
      'created',
      null,
      ClaimStatus.Draft,
      computed instanceof FeeRuleError ? computed.message : lateCancellation ? 'late cancellation' : null,
    );
    await this.steps.openReminder(manager, id);
    return id;
  }

  // ------------------------------------------------------------------ the expert's step

  async update(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    dto: UpdateClaimDto,
  ): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.access.lockClaim(manager, user, id, expectedVersion);
      if (![ClaimStatus.Draft, ClaimStatus.Returned].includes(c.status))
        throw feesProblem(FeesErrorCode.Transition, `The claim is ${c.status}.`);
      if (!(await this.access.isExpertOf(manager, user, c)) && !this.access.isCoordinator(user))
        throw feesProblem(FeesErrorCode.NotYours);
      const report = dto.report ?? c.report;
      if (dto.asVolunteer !== undefined) c.asVolunteer = dto.asVolunteer;
      const lines = await this.pricing.linesOrProblem(manager, c, report);
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
      await this.pricing.insertLines(
        manager,
        id,
        c.asVolunteer ? PaymentMethod.Volunteer : c.paymentMethod,
        lines,
      );
      await this.steps.recordEvent(manager, id, user.userId, user.displayName, 'updated', null, null, null);
    });
    return this.queries.get(user, id);
  }

  async submit(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    acceptOverCeiling: boolean,
  ): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.access.lockClaim(manager, user, id, expectedVersion);
      if (!(await this.access.isExpertOf(manager, user, c)) && !this.access.isCoordinator(user))
        throw feesProblem(FeesErrorCode.NotYours);
      this.steps.assertStep(c.status, ClaimCommand.Submit);
      const lines = await this.pricing.linesOrProblem(manager, c, c.report);
      const check = await this.pricing.ceiling(manager, c, earningsCents(lines));
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
        'SELECT contact_user_id FROM orders.orders WHERE id = $1',
        [c.orderId],
      );
      await this.steps.move(manager, user, c, ClaimCommand.Submit, {
        ownerUserId: o?.contact_user_id ?? (await this.access.aCoordinator(manager)),
        submittedAt: this.clock.now(),
        returnReason: null,
      });
      await this.steps.notify(manager, id, 'fee.claim_to_confirm');
    });
    return this.queries.get(user, id);
  }

  // ------------------------------------------------------------------ the orderer's and the approver's steps

  async confirm(user: UserPrincipal, id: string, expectedVersion: number): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => this.confirmIn(manager, user, id, expectedVersion));
    return this.queries.get(user, id);
  }

  async approve(user: UserPrincipal, id: string, expectedVersion: number | null): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => this.approveIn(manager, user, id, expectedVersion));
    return this.queries.get(user, id);
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
      const c = await this.access.lockClaim(manager, user, id, expectedVersion);
      const may =
        this.access.isCoordinator(user) ||
        (c.status === ClaimStatus.Submitted && (await this.access.mayConfirm(user, c))) ||
        (c.status === ClaimStatus.Confirmed && (await this.access.mayApprove(user, c)));
      if (!may) throw feesProblem(FeesErrorCode.NotYours);
      this.steps.assertStep(c.status, ClaimCommand.Return);
      // approved lines go back to being open: nothing returned can be exported
      await manager.update(FeeClaimLineEntity, { claimId: id, status: 'approved' }, { status: 'open' });
      const [e] = await manager.query<Array<{ user_id: string | null }>>(
        'SELECT user_id FROM registry.experts WHERE id = $1',
        [c.expertId],
      );
      await this.steps.move(
        manager,
        user,
        c,
        ClaimCommand.Return,
        { ownerUserId: e?.user_id ?? (await this.access.aCoordinator(manager)), returnReason: reason },
        reason,
      );
      await this.steps.notify(manager, id, 'fee.claim_returned');
    });
    return this.queries.get(user, id);
  }

  // ------------------------------------------------------------------ the coordinator's steps

  /** The coordinator gives the current step to another person (who must be able to take it). */
  async reassign(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    userId: string,
  ): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.access.lockClaim(manager, user, id, expectedVersion);
      if (ownerOf(c.status) === ClaimOwner.Nobody)
        throw feesProblem(FeesErrorCode.Transition, 'Nobody has a closed claim.');
      const [target] = await manager.query<Array<{ id: string; display_name: string }>>(
        'SELECT id, display_name FROM auth.users WHERE id = $1 AND active',
        [userId],
      );
      if (!target) throw feesProblem(FeesErrorCode.NotYours, 'No such active person.', 'userId');
      await manager.update(
        FeeClaimEntity,
        { id, version: expectedVersion },
        { ownerUserId: userId, remindedAt: null, escalatedAt: null },
      );
      await this.steps.recordEvent(
        manager,
        id,
        user.userId,
        user.displayName,
        'reassigned',
        c.status,
        c.status,
        target.display_name,
      );
      await this.steps.openReminder(manager, id);
    });
    return this.queries.get(user, id);
  }

  async cancel(user: UserPrincipal, id: string, expectedVersion: number, reason: string): Promise<ClaimDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.access.lockClaim(manager, user, id, expectedVersion);
      this.steps.assertStep(c.status, ClaimCommand.Cancel);
      await manager.update(FeeClaimLineEntity, { claimId: id }, { status: 'void' });
      await this.steps.move(
        manager,
        user,
        c,
        ClaimCommand.Cancel,
        { totalCents: 0, earningsCents: 0 },
        reason,
      );
    });
    return this.queries.get(user, id);
  }

  // ------------------------------------------------------------------ helpers

  private async confirmIn(
    manager: EntityManager,
    user: UserPrincipal,
    id: string,
    expectedVersion: number | null,
  ): Promise<void> {
    const c = await this.access.lockClaim(manager, user, id, expectedVersion);
    if (!(await this.access.mayConfirm(user, c))) throw feesProblem(FeesErrorCode.NotYours);
    this.steps.assertStep(c.status, ClaimCommand.Confirm);
    await this.steps.move(manager, user, c, ClaimCommand.Confirm, {
      ownerUserId:
        (await this.access.anApprover(manager, c.unitId)) ?? (await this.access.aCoordinator(manager)),
    });
    await this.steps.notify(manager, id, 'fee.claim_to_approve');
  }

  private async approveIn(
    manager: EntityManager,
    user: UserPrincipal,
    id: string,
    expectedVersion: number | null,
  ): Promise<void> {
    const c = await this.access.lockClaim(manager, user, id, expectedVersion);
    if (!(await this.access.mayApprove(user, c))) throw feesProblem(FeesErrorCode.NotYours);
    this.steps.assertStep(c.status, ClaimCommand.Approve);
    await manager.update(FeeClaimLineEntity, { claimId: id, status: 'open' }, { status: 'approved' });
    await this.steps.move(manager, user, c, ClaimCommand.Approve, {
      ownerUserId: await this.access.aCoordinator(manager),
      approvedAt: this.clock.now(),
    });
  }

  private async nextNumber(manager: EntityManager, taskDate: string): Promise<string> {
    const [{ n }] = await manager.query<Array<{ n: string }>>(`SELECT nextval('fee_claim_number_seq') AS n`);
    return `K-${taskDate.slice(0, 4)}-${String(n).padStart(6, '0')}`;
  }
}
