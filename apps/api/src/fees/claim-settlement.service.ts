import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { EventBus } from '../events/event-bus';
import { ReminderStatus } from '../notifications/entities/reminder.entity';
import { RemindersService } from '../notifications/reminders.service';
import { ClaimAccessService } from './claim-access.service';
import { ClaimQueriesService } from './claim-queries.service';
import { ClaimStepsService, claimReminderTitle, REMINDER_KIND } from './claim-steps.service';
import { ClaimDto } from './dto/fees.dto';
import { ClaimCommand, ClaimStatus } from './fees.rules';

/**
 * Claims after approval: payroll's moves (exported, paid, rejected, back to approved when a batch is
 * released), made in bulk inside payroll's transaction, and the coordinator's answer to a rejection.
 */
@Injectable()
export class ClaimSettlementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reminders: RemindersService,
    private readonly bus: EventBus,
    private readonly access: ClaimAccessService,
    private readonly steps: ClaimStepsService,
    private readonly queries: ClaimQueriesService,
  ) {}

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
    const coordinator = await this.access.aCoordinator(manager);
    const due = (status: ClaimStatus) => this.steps.dueFor(status);
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
      const c = await this.access.lockClaim(manager, user, id, expectedVersion);
      this.steps.assertStep(c.status, ClaimCommand.Reapprove);
      await manager.query(
        `INSERT INTO fee_claim_line (claim_id, kind, description, quantity, unit_cents, amount_cents, income_type_code, channel, status, replaces_line_id)
         SELECT claim_id, kind, description, quantity, unit_cents, amount_cents, income_type_code, channel, 'approved', id
           FROM fee_claim_line l WHERE claim_id = $1 AND status = 'rejected'
            AND NOT EXISTS (SELECT 1 FROM fee_claim_line r WHERE r.replaces_line_id = l.id)`,
        [id],
      );
      await this.steps.move(manager, user, c, ClaimCommand.Reapprove, {});
    });
    return this.queries.get(user, id);
  }
}
