import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { UsersService } from '../auth/users.service';
import type { UserPrincipal } from '../common/access/principal';
import {
  CreateOrientationItemDto,
  OrientationCheckDto,
  OrientationItemDto,
  OrientationItemListDto,
  UpdateOrientationItemDto,
} from './dto/orientation.dto';
import { ApplicationEntity } from './entities/onboarding.entities';
import { OrientationCheckEntity, OrientationItemEntity } from './entities/orientation.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import { ApplicationStep, orientationMissing } from './onboarding.rules';

const itemDto = (i: OrientationItemEntity): OrientationItemDto => ({
  id: i.id,
  code: i.code,
  labelFi: i.labelFi,
  labelSv: i.labelSv,
  labelEn: i.labelEn,
  position: i.position,
  active: i.active,
});

/**
 * The orientation (*perehdytys*) checklist: the county's items (admins keep them), and per application
 * which were gone through. Orientation can be marked done only when every item in force is done.
 */
@Injectable()
export class OrientationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async listItems(): Promise<OrientationItemListDto> {
    const rows = await this.dataSource
      .getRepository(OrientationItemEntity)
      .find({ order: { active: 'DESC', position: 'ASC', code: 'ASC' } });
    return { items: rows.map(itemDto) };
  }

  async createItem(dto: CreateOrientationItemDto): Promise<OrientationItemDto> {
    const repo = this.dataSource.getRepository(OrientationItemEntity);
    const [{ max }] = await this.dataSource.query<Array<{ max: number | null }>>(
      `SELECT max(position)::int AS max FROM orientation_item`,
    );
    const inserted = await repo
      .createQueryBuilder()
      .insert()
      .values({ ...dto, position: (max ?? 0) + 1, active: true })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = inserted.raw as Array<{ id: string }>;
    if (!row.length) throw onboardingProblem(OnboardingErrorCode.OrientationItemCodeTaken, undefined, 'code');
    return itemDto(await repo.findOneByOrFail({ id: row[0].id }));
  }

  async updateItem(id: string, dto: UpdateOrientationItemDto): Promise<OrientationItemDto> {
    const repo = this.dataSource.getRepository(OrientationItemEntity);
    const item = await repo.findOneBy({ id });
    if (!item) throw onboardingProblem(OnboardingErrorCode.OrientationItemNotFound, undefined, 'id');
    await repo.update({ id }, dto);
    return itemDto(await repo.findOneByOrFail({ id }));
  }

  /** Sets which items are done for an application at the orientation step (the rest are not done). */
  async setChecks(user: UserPrincipal, applicationId: string, doneItemIds: string[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const a = await manager.findOne(ApplicationEntity, {
        where: { id: applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!a) throw onboardingProblem(OnboardingErrorCode.NotFound);
      if (a.step !== ApplicationStep.Orientation)
        throw onboardingProblem(
          OnboardingErrorCode.NotInOrientation,
          `The application is at the ${a.step} step.`,
        );
      const known = doneItemIds.length
        ? await manager.getRepository(OrientationItemEntity).find({ where: { id: In(doneItemIds) } })
        : [];
      if (known.length !== doneItemIds.length)
        throw onboardingProblem(OnboardingErrorCode.OrientationItemUnknown, undefined, 'doneItemIds');
      const existing = await manager.getRepository(OrientationCheckEntity).find({ where: { applicationId } });
      const had = new Set(existing.map((c) => c.itemId));
      const gone = existing.filter((c) => !doneItemIds.includes(c.itemId)).map((c) => c.itemId);
      if (gone.length) await manager.delete(OrientationCheckEntity, { applicationId, itemId: In(gone) });
      const added = doneItemIds.filter((itemId) => !had.has(itemId));
      if (added.length)
        await manager.insert(
          OrientationCheckEntity,
          added.map((itemId) => ({ applicationId, itemId, checkedBy: user.userId })),
        );
    });
  }

  /** The checklist of one application: the items in force, and any other item done on it. */
  async checksOf(applicationId: string): Promise<OrientationCheckDto[]> {
    const [items, checks] = await Promise.all([
      this.dataSource.getRepository(OrientationItemEntity).find({ order: { position: 'ASC', code: 'ASC' } }),
      this.dataSource.getRepository(OrientationCheckEntity).find({ where: { applicationId } }),
    ]);
    const byItem = new Map(checks.map((c) => [c.itemId, c]));
    const people = await this.users.people([...new Set(checks.map((c) => c.checkedBy))]);
    return items
      .filter((i) => i.active || byItem.has(i.id))
      .map((i) => {
        const c = byItem.get(i.id);
        return {
          itemId: i.id,
          code: i.code,
          labelFi: i.labelFi,
          labelSv: i.labelSv,
          labelEn: i.labelEn,
          done: c !== undefined,
          doneAt: c?.checkedAt.toISOString() ?? null,
          doneByName: c ? (people.get(c.checkedBy)?.displayName ?? null) : null,
        };
      });
  }

  /** Refuses to mark orientation done while an item in force is not done; names the missing items. */
  async assertComplete(manager: EntityManager, applicationId: string): Promise<void> {
    const items = await manager.getRepository(OrientationItemEntity).find({
      where: { active: true },
      order: { position: 'ASC' },
    });
    const checks = await manager.getRepository(OrientationCheckEntity).find({ where: { applicationId } });
    const missing = orientationMissing(
      items.map((i) => i.id),
      checks.map((c) => c.itemId),
    );
    if (missing.length) {
      const codes = items.filter((i) => missing.includes(i.id)).map((i) => i.code);
      throw onboardingProblem(
        OnboardingErrorCode.OrientationIncomplete,
        `Not yet gone through: ${codes.join(', ')}.`,
        undefined,
        { missing: codes },
      );
    }
  }
}
