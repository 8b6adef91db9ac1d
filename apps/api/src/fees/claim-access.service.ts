import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { staleVersion } from '../common/concurrency';
import { UnitsService } from '../units/units.service';
import { CLAIM_SELECT, type ClaimRow } from './claim-row';
import { ClaimView } from './dto/fees.dto';
import { FeeClaimEntity } from './entities/fees.entities';
import { FeesErrorCode, feesProblem } from './fees.exception';

/**
 * Who may see a claim and take its steps (by role, own claim, or the units in one's scope), and who
 * takes a step when nobody is named: the nearest approver of the unit, or a coordinator.
 */
@Injectable()
export class ClaimAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsService,
  ) {}

  isCoordinator(user: UserPrincipal): boolean {
    return user.roles.includes(Role.Coordinator) || user.roles.includes(Role.Admin);
  }

  async ownExpertId(user: UserPrincipal): Promise<string> {
    const [e] = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM registry.experts WHERE user_id = $1 AND merged_into IS NULL',
      [user.userId],
    );
    if (!e) throw feesProblem(FeesErrorCode.ClaimNotFound, 'You have no expert record.');
    return e.id;
  }

  async isExpertOf(manager: EntityManager, user: UserPrincipal, c: { expertId: string }): Promise<boolean> {
    const [e] = await manager.query<Array<{ id: string }>>(
      'SELECT id FROM registry.experts WHERE id = $1 AND user_id = $2',
      [c.expertId, user.userId],
    );
    return !!e;
  }

  /** The orderer of the claim's units (or whom the step was given to), or a coordinator. */
  async mayConfirm(user: UserPrincipal, c: FeeClaimEntity): Promise<boolean> {
    if (this.isCoordinator(user) || c.ownerUserId === user.userId) return true;
    if (!user.roles.includes(Role.Orderer)) return false;
    const scope = await this.units.scopeUnitIds(user);
    return !scope || scope.includes(c.unitId);
  }

  /** An approver whose units cover the claim's unit (its cost centre), or a coordinator. */
  async mayApprove(user: UserPrincipal, c: FeeClaimEntity): Promise<boolean> {
    if (this.isCoordinator(user)) return true;
    if (!user.roles.includes(Role.Approver)) return false;
    if (c.ownerUserId === user.userId) return true;
    const scope = await this.units.scopeUnitIds(user);
    return !scope || scope.includes(c.unitId);
  }

  async anApprover(manager: EntityManager, unitId: string): Promise<string | null> {
    // the nearest approver: one attached to the unit itself or to a unit above it
    const [a] = await manager.query<Array<{ id: string }>>(
      `WITH RECURSIVE up AS (SELECT id, parent_id, 0 AS depth FROM units.units WHERE id = $1
         UNION ALL SELECT p.id, p.parent_id, up.depth + 1 FROM units.units p JOIN up ON p.id = up.parent_id)
       SELECT u.id FROM up JOIN auth.user_units uu ON uu.unit_id = up.id JOIN auth.users u ON u.id = uu.user_id
        WHERE u.active AND 'approver' = ANY(u.roles) ORDER BY up.depth, u.display_name, u.id LIMIT 1`,
      [unitId],
    );
    return a?.id ?? null;
  }

  async aCoordinator(manager: EntityManager): Promise<string | null> {
    const [c] = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM auth.users WHERE active AND 'coordinator' = ANY(roles) ORDER BY display_name, id LIMIT 1`,
    );
    return c?.id ?? null;
  }

  /** Narrows a claim query (aliases of CLAIM_SELECT) to the view and to what the caller may see. */
  async scopeWhere(
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
  async visible(manager: EntityManager, user: UserPrincipal, id: string): Promise<ClaimRow> {
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

  /** The claim, visible to the caller, locked for the transaction (and at the version they acted on). */
  async lockClaim(
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
}
