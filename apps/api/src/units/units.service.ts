import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { staleVersion } from '../common/concurrency';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { CreateUnitDto, ListUnitsQueryDto, mapUnit, UnitDto, UnitPageDto, UpdateUnitDto } from './dto/unit.dto';
import { OrgUnitEntity, UnitKind } from './org-unit.entity';
import { canBeChildOf, normaliseCostCentre } from './units.rules';
import { UnitsErrorCode, unitsProblem } from './units.exception';

/** Roles that see the whole organisation; others see the units they belong to and everything under them. */
const SEES_ALL: Role[] = [Role.Admin, Role.Coordinator, Role.Reporter];

const SUBTREE_SQL = `WITH RECURSIVE subtree AS (
    SELECT id FROM org_unit WHERE id = ANY(:roots::uuid[])
    UNION SELECT c.id FROM org_unit c JOIN subtree s ON c.parent_id = s.id)
  SELECT id FROM subtree`;

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: UserPrincipal, query: ListUnitsQueryDto): Promise<UnitPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource.getRepository(OrgUnitEntity).createQueryBuilder('u');
    const roots = this.scopeRoots(user);
    if (roots) qb.andWhere(`u.id IN (${SUBTREE_SQL})`, { roots });
    if (query.q) {
      qb.andWhere(`(u.name ILIKE :q OR u.name_sv ILIKE :q OR u.cost_centre ILIKE :q)`, {
        q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (query.kind) qb.andWhere('u.kind = :kind', { kind: query.kind });
    if (query.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: query.parentId });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (after) qb.andWhere('(u.name, u.id) > (:afterName, :afterId)', { afterName: after[0], afterId: after[1] });
    const rows = await qb.orderBy('u.name', 'ASC').addOrderBy('u.id', 'ASC').limit(limit + 1).getMany();
    return pageOf(rows, limit, mapUnit, (u) => [u.name, u.id]);
  }

  async get(user: UserPrincipal, id: string): Promise<UnitDto> {
    return mapUnit(await this.findVisible(user, id));
  }

  async create(dto: CreateUnitDto): Promise<UnitDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkParent(manager, dto.kind, dto.parentId ?? null);
      const inserted = await this.saving(() =>
        manager.save(
          manager.create(OrgUnitEntity, {
            kind: dto.kind,
            parentId: dto.parentId ?? null,
            name: dto.name,
            nameSv: dto.nameSv || null,
            costCentre: normaliseCostCentre(dto.costCentre),
          }),
        ),
      );
      await this.audit.record({ action: 'unit.create', subjectType: 'org_unit', subjectId: inserted.id }, manager);
      return mapUnit(inserted);
    });
  }

  async update(id: string, expectedVersion: number, dto: UpdateUnitDto): Promise<UnitDto> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.lockForChange(manager, id, expectedVersion);
      if (dto.parentId !== undefined && dto.parentId !== unit.parentId) {
        await this.checkParent(manager, unit.kind, dto.parentId, unit.id);
        unit.parentId = dto.parentId;
      }
      if (dto.name !== undefined) unit.name = dto.name;
      if (dto.nameSv !== undefined) unit.nameSv = dto.nameSv || null;
      if (dto.costCentre !== undefined) unit.costCentre = normaliseCostCentre(dto.costCentre);
      const saved = await this.guardedUpdate(manager, unit, expectedVersion, {
        parent_id: unit.parentId,
        name: unit.name,
        name_sv: unit.nameSv,
        cost_centre: unit.costCentre,
      });
      await this.audit.record({ action: 'unit.update', subjectType: 'org_unit', subjectId: id }, manager);
      return mapUnit(saved);
    });
  }

  async setActive(id: string, expectedVersion: number, active: boolean): Promise<UnitDto> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.lockForChange(manager, id, expectedVersion);
      if (!active) {
        const [{ n }] = await manager.query<Array<{ n: string }>>(
          'SELECT count(*) AS n FROM org_unit WHERE parent_id = $1 AND active',
          [id],
        );
        if (Number(n) > 0) {
          throw unitsProblem(UnitsErrorCode.HasActiveChildren, `Deactivate the ${n} active units under it first.`);
        }
      } else if (unit.parentId) {
        const parent = await manager.findOne(OrgUnitEntity, { where: { id: unit.parentId } });
        if (!parent?.active) throw unitsProblem(UnitsErrorCode.ParentInactive, 'Reactivate the parent unit first.');
      }
      const saved = await this.guardedUpdate(manager, unit, expectedVersion, { active });
      await this.audit.record(
        { action: active ? 'unit.reactivate' : 'unit.deactivate', subjectType: 'org_unit', subjectId: id },
        manager,
      );
      return mapUnit(saved);
    });
  }

  /**
   * The ids of every unit the person belongs to and everything under them, or undefined when the person
   * sees the whole organisation (other modules scope their objects by unit with this).
   */
  async scopeUnitIds(user: UserPrincipal): Promise<string[] | undefined> {
    const roots = this.scopeRoots(user);
    if (!roots) return undefined;
    if (roots.length === 0) return [];
    const rows = await this.dataSource.query<Array<{ id: string }>>(SUBTREE_SQL.replace(':roots', '$1'), [roots]);
    return rows.map((r) => r.id);
  }

  /** A unit's name and cost centre, for another module's record; null when there is no such active unit. */
  async activeUnit(id: string): Promise<{ id: string; name: string; costCentre: string | null } | null> {
    const unit = await this.dataSource.getRepository(OrgUnitEntity).findOne({ where: { id, active: true } });
    return unit ? { id: unit.id, name: unit.name, costCentre: unit.costCentre } : null;
  }

  /** Units' names by id, for another module's lists (inactive units keep their names). */
  async unitNames(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await manager.query<Array<{ id: string; name: string }>>(
      'SELECT id, name FROM org_unit WHERE id = ANY($1::uuid[])',
      [unique],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Root unit ids whose subtrees the person may see, or undefined for the whole organisation. */
  private scopeRoots(user: UserPrincipal): string[] | undefined {
    return user.roles.some((r) => SEES_ALL.includes(r)) ? undefined : user.unitIds;
  }

  private async findVisible(user: UserPrincipal, id: string): Promise<OrgUnitEntity> {
    const qb = this.dataSource.getRepository(OrgUnitEntity).createQueryBuilder('u').where('u.id = :id', { id });
    const roots = this.scopeRoots(user);
    if (roots) qb.andWhere(`u.id IN (${SUBTREE_SQL})`, { roots });
    const unit = await qb.getOne();
    if (!unit) {
      if (roots) {
        await this.audit.record({
          action: 'unit.read',
          outcome: AuditOutcome.Denied,
          subjectType: 'org_unit',
          subjectId: id,
        });
      }
      throw unitsProblem(UnitsErrorCode.NotFound);
    }
    return unit;
  }

  private async lockForChange(manager: EntityManager, id: string, expectedVersion: number): Promise<OrgUnitEntity> {
    const unit = await manager.findOne(OrgUnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!unit) throw unitsProblem(UnitsErrorCode.NotFound);
    if (unit.version !== expectedVersion) throw staleVersion(unit.version);
    return unit;
  }

  /** UPDATE … WHERE version = expected: @VersionColumn alone does not guard concurrent writers. */
  private async guardedUpdate(
    manager: EntityManager,
    unit: OrgUnitEntity,
    expectedVersion: number,
    columns: Record<string, unknown>,
  ): Promise<OrgUnitEntity> {
    const names = Object.keys(columns);
    const sets = names.map((c, i) => `${c} = $${i + 3}`).join(', ');
    const result = await this.saving(() =>
      manager.query<[OrgUnitEntity[], number]>(
        `UPDATE org_unit SET ${sets}, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [unit.id, expectedVersion, ...names.map((n) => columns[n])],
      ),
    );
    if (result[1] !== 1) throw staleVersion();
    return manager.findOneOrFail(OrgUnitEntity, { where: { id: unit.id } });
  }

  private async checkParent(
    manager: EntityManager,
    kind: UnitKind,
    parentId: string | null,
    movingUnitId?: string,
  ): Promise<void> {
    if (!parentId) {
      if (!canBeChildOf(kind, null)) {
        throw unitsProblem(UnitsErrorCode.ParentKindNotAllowed, 'This kind of unit needs a parent unit.', 'parentId');
      }
      return;
    }
    const parent = await manager.findOne(OrgUnitEntity, { where: { id: parentId } });
    if (!parent) throw unitsProblem(UnitsErrorCode.ParentNotFound, undefined, 'parentId');
    if (!parent.active) throw unitsProblem(UnitsErrorCode.ParentInactive, undefined, 'parentId');
    if (!canBeChildOf(kind, parent.kind)) {
      throw unitsProblem(UnitsErrorCode.ParentKindNotAllowed, undefined, 'parentId');
    }
    if (movingUnitId) {
      const [hit] = await manager.query<Array<{ id: string }>>(
        `WITH RECURSIVE up AS (
           SELECT id, parent_id FROM org_unit WHERE id = $1
           UNION SELECT p.id, p.parent_id FROM org_unit p JOIN up ON p.id = up.parent_id)
         SELECT id FROM up WHERE id = $2`,
        [parentId, movingUnitId],
      );
      if (hit) throw unitsProblem(UnitsErrorCode.Cycle, undefined, 'parentId');
    }
  }

  private async saving<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { constraint?: string })?.constraint === 'uq_org_unit_cost_centre') {
        throw unitsProblem(UnitsErrorCode.CostCentreTaken, 'Another unit already uses this cost centre.', 'costCentre');
      }
      throw err;
    }
  }
}
