import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventBus } from '../events/event-bus';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  IDEMPOTENCY_KEY,
  requestHash,
} from '../idempotency/idempotency';
import { ExpertStatus } from '../registry/registry.rules';
import { RegistryService } from '../registry/registry.service';
import { UnitsService } from '../units/units.service';
import { CreateOrderDto, UpdateOrderDto } from './dto/order.dto';
import { OrderDto, OrderEventType } from './dto/order-response.dto';
import {
  OrderAreaEntity,
  OrderEntity,
  OrderExcludedExpertEntity,
  OrderMode,
  OrderOccurrenceEntity,
} from './entities/order.entity';
import { ProductEntity } from './entities/product.entity';
import { OrdersErrorCode, ordersProblem } from './orders.exception';
import {
  answerDueAt,
  canEdit,
  canReplaceSchedule,
  missingForSubmit,
  OPEN_STATUSES,
  orderNumber,
  OrderStatus,
} from './orders.rules';
import { OrderScheduleService, seriesOf } from './order-schedule.service';
import { OrderStoreService } from './order-store.service';

export interface CreateResult {
  order: OrderDto;
  replayed: boolean;
}

/** The orderer's side: make an order (a draft, or sent at once), change it, send a draft to the coordinators. */
@Injectable()
export class OrderingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: OrderStoreService,
    private readonly schedule: OrderScheduleService,
    private readonly units: UnitsService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  async create(user: UserPrincipal, dto: CreateOrderDto, idempotencyKey?: string): Promise<CreateResult> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw ordersProblem(OrdersErrorCode.IdempotencyKeyInvalid);
    }
    const result = await this.dataSource.transaction(async (manager) => {
      const principal = `user:${user.userId}`;
      if (idempotencyKey) {
        const claim = await claimIdempotencyKey(
          manager,
          principal,
          idempotencyKey,
          'createOrder',
          requestHash('createOrder', dto),
        );
        if (claim.kind === 'mismatch') {
          throw ordersProblem(
            OrdersErrorCode.IdempotencyKeyReused,
            'Send a new Idempotency-Key for a new order; reuse a key only to retry the very same request.',
          );
        }
        if (claim.kind === 'replay') return { order: claim.response as unknown as OrderDto, replayed: true };
      }
      const scope = await this.units.scopeUnitIds(user);
      if (scope && !scope.includes(dto.unitId))
        throw ordersProblem(OrdersErrorCode.UnitNotAllowed, undefined, 'unitId');
      const unit = await this.units.activeUnit(dto.unitId);
      if (!unit)
        throw ordersProblem(
          OrdersErrorCode.UnitNotAllowed,
          'The unit does not exist or is no longer active.',
          'unitId',
        );
      const product = await this.activeProduct(manager, dto.productCode);
      await this.checkCodes(manager, dto);
      await this.checkExperts(dto.wishedExpertId ?? null, dto.excludedExpertIds ?? []);
      const occurrences = dto.schedule ? this.schedule.scheduleOf(dto.schedule) : [];
      const [{ seq }] = await manager.query<Array<{ seq: string }>>(
        `SELECT nextval('order_number_seq') AS seq`,
      );
      const now = this.clock.now();
      const order = manager.create(OrderEntity, {
        number: orderNumber(Number(helsinkiDate(now).slice(0, 4)), Number(seq)),
        status: OrderStatus.Draft,
        unitId: unit.id,
        costCentre: unit.costCentre,
        contactUserId: user.userId,
        contactName: dto.contactName ?? user.displayName,
        contactPhone: dto.contactPhone ?? null,
        contactEmail: dto.contactEmail ?? user.email,
        productCode: product.code,
        title: dto.title,
        description: dto.description ?? null,
        purpose: dto.purpose ?? null,
        audience: dto.audience ?? null,
        audienceSize: dto.audienceSize ?? null,
        mode: dto.mode ?? OrderMode.InPerson,
        place: dto.place ?? null,
        remoteLink: dto.remoteLink ?? null,
        municipalityCode: dto.municipalityCode ?? null,
        languageCode: dto.languageCode ?? null,
        expertCount: dto.expertCount ?? product.defaultExpertCount,
        wishedTierCode: dto.wishedTierCode ?? null,
        preparationNeeds: dto.preparationNeeds ?? null,
        accessibilityNeeds: dto.accessibilityNeeds ?? null,
        resultsReturn: dto.resultsReturn ?? null,
        suitableForMinors: dto.suitableForMinors ?? false,
        demanding: dto.demanding ?? false,
        worksWithMinors: dto.worksWithMinors ?? false,
        wishedExpertId: dto.wishedExpertId ?? null,
        series: dto.schedule?.series ? seriesOf(dto.schedule.series) : null,
        createdBy: user.userId,
      });
      if (product.pairRequired && order.expertCount < 2) {
        throw ordersProblem(
          OrdersErrorCode.Incomplete,
          'This product is always done by a pair: order at least two experts.',
          'expertCount',
        );
      }
      const saved = await manager.save(order);
      await this.writeAreas(manager, saved.id, dto.areas ?? []);
      await this.writeExclusions(manager, saved.id, dto.excludedExpertIds ?? []);
      await this.schedule.insertOccurrences(manager, saved.id, occurrences);
      await this.schedule.refreshPeriod(manager, saved.id);
      await this.store.addEvent(manager, saved.id, user, OrderEventType.Created, {
        toStatus: OrderStatus.Draft,
      });
      await this.audit.record({ action: 'order.create', subjectType: 'order', subjectId: saved.id }, manager);
      if (dto.submit) await this.submitLocked(manager, user, saved.id);
      const dtoOut = await this.store.load(manager, saved.id);
      if (idempotencyKey)
        await completeIdempotencyKey(manager, principal, idempotencyKey, 201, dtoOut, saved.id);
      return { order: dtoOut, replayed: false };
    });
    return result;
  }

  async update(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    dto: UpdateOrderDto,
  ): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.lockForChange(manager, user, id, expectedVersion);
      if (!canEdit(order.status)) {
        throw ordersProblem(
          OrdersErrorCode.NotEditable,
          `A ${order.status.replace('_', ' ')} order can no longer be changed.`,
        );
      }
      if (dto.productCode !== undefined) await this.activeProduct(manager, dto.productCode);
      await this.checkCodes(manager, dto);
      await this.checkExperts(dto.wishedExpertId ?? null, dto.excludedExpertIds ?? []);
      const { areas, excludedExpertIds, schedule, ...fields } = dto;
      const changed: string[] = Object.keys(fields).filter(
        (k) => (fields as Record<string, unknown>)[k] !== undefined,
      );
      const columns: Partial<OrderEntity> = {};
      for (const key of changed)
        (columns as Record<string, unknown>)[key] = (fields as Record<string, unknown>)[key];
      if (columns.mode === undefined && 'mode' in columns) delete columns.mode;
      const product = await manager.findOneOrFail(ProductEntity, {
        where: { code: columns.productCode ?? order.productCode },
      });
      const expertCount = columns.expertCount ?? order.expertCount;
      if (product.pairRequired && expertCount < 2) {
        throw ordersProblem(
          OrdersErrorCode.Incomplete,
          'This product is always done by a pair: order at least two experts.',
          'expertCount',
        );
      }
      if (areas) {
        await this.writeAreas(manager, id, areas);
        changed.push('areas');
      }
      if (excludedExpertIds) {
        await this.writeExclusions(manager, id, excludedExpertIds);
        changed.push('excludedExpertIds');
      }
      if (schedule) {
        if (!canReplaceSchedule(order.status)) throw ordersProblem(OrdersErrorCode.ScheduleLocked);
        const occurrences = this.schedule.scheduleOf(schedule);
        await manager.delete(OrderOccurrenceEntity, { orderId: id });
        await this.schedule.insertOccurrences(manager, id, occurrences);
        columns.series = schedule.series ? seriesOf(schedule.series) : null;
        changed.push('schedule');
      }
      await this.store.writeVersioned(manager, order, expectedVersion, columns);
      const period = await this.schedule.refreshPeriod(manager, id);
      if (order.status !== OrderStatus.Draft && period.startsAt === null) {
        throw ordersProblem(
          OrdersErrorCode.InvalidSchedule,
          'A submitted order needs at least one time.',
          'schedule',
        );
      }
      if (order.answeredAt && schedule && OPEN_STATUSES.includes(order.status)) {
        await manager.update(OrderEntity, { id }, { inboxDueAt: period.startsAt });
      }
      await this.store.addEvent(
        manager,
        id,
        user,
        schedule ? OrderEventType.ScheduleReplaced : OrderEventType.Updated,
        {
          detail: { fields: changed },
        },
      );
      if (order.status !== OrderStatus.Draft && changed.length)
        await this.store.recordChanged(manager, order, user, 'order.changed');
      await this.audit.record({ action: 'order.update', subjectType: 'order', subjectId: id }, manager);
      return this.store.load(manager, id);
    });
  }

  async submit(user: UserPrincipal, id: string, expectedVersion: number): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.store.lockForChange(manager, user, id, expectedVersion);
      await this.submitLocked(manager, user, id);
      return this.store.load(manager, id);
    });
  }

  private async submitLocked(manager: EntityManager, user: UserPrincipal, id: string): Promise<void> {
    const order = await manager.findOneOrFail(OrderEntity, { where: { id } });
    const to = this.store.allowed(order, { type: 'submit' });
    const missing = missingForSubmit(order);
    if (Object.keys(missing).length) {
      throw ordersProblem(
        OrdersErrorCode.Incomplete,
        'Fill in the missing information before sending the order.',
        undefined,
        {
          errors: missing,
        },
      );
    }
    const now = this.clock.now();
    if (order.startsAt && order.startsAt.getTime() <= now.getTime()) {
      throw ordersProblem(
        OrdersErrorCode.InvalidSchedule,
        'The first time is already past: choose a time in the future.',
        'schedule',
      );
    }
    const due = answerDueAt(now, this.config.ORDER_ANSWER_BUSINESS_DAYS);
    await this.store.writeVersioned(manager, order, order.version, {
      status: to,
      submittedAt: now,
      answerDueAt: due,
      inboxDueAt: due,
    });
    await this.store.addEvent(manager, id, user, OrderEventType.Submitted, {
      fromStatus: order.status,
      toStatus: to,
      detail: { answerDueAt: due.toISOString() },
    });
    await this.bus.publish(manager, {
      type: 'order.submitted',
      aggregateType: 'order',
      aggregateId: id,
      payload: { orderId: id },
    });
    await this.audit.record({ action: 'order.submit', subjectType: 'order', subjectId: id }, manager);
  }

  private async activeProduct(manager: EntityManager, code: string): Promise<ProductEntity> {
    const p = await manager.findOne(ProductEntity, { where: { code } });
    if (!p || !p.active)
      throw ordersProblem(OrdersErrorCode.UnknownCode, `Unknown product ${code}.`, 'productCode');
    return p;
  }

  /** Every catalogue code in the request exists; one query per catalogue. */
  private async checkCodes(manager: EntityManager, dto: UpdateOrderDto): Promise<void> {
    const checks: Array<[string, string, string[]]> = [
      ['language', 'languageCode', dto.languageCode ? [dto.languageCode] : []],
      ['municipality', 'municipalityCode', dto.municipalityCode ? [dto.municipalityCode] : []],
      ['training_tier', 'wishedTierCode', dto.wishedTierCode ? [dto.wishedTierCode] : []],
      ['experience_area', 'areas', (dto.areas ?? []).map((a) => a.code)],
    ];
    for (const [table, field, codes] of checks) {
      if (codes.length === 0) continue;
      const rows = await manager.query<Array<{ code: string }>>(
        `SELECT code FROM ${table} WHERE code = ANY($1::text[])`,
        [codes],
      );
      const known = new Set(rows.map((r) => r.code));
      const unknown = codes.filter((c) => !known.has(c));
      if (unknown.length)
        throw ordersProblem(OrdersErrorCode.UnknownCode, `Unknown value: ${unknown.join(', ')}.`, field);
    }
    if (dto.areas && new Set(dto.areas.map((a) => a.code)).size !== dto.areas.length) {
      throw ordersProblem(OrdersErrorCode.UnknownCode, 'Each experience area can be listed once.', 'areas');
    }
  }

  private async checkExperts(wishedId: string | null, excludedIds: string[]): Promise<void> {
    const statuses = await this.registry.statusesOf([...(wishedId ? [wishedId] : []), ...excludedIds]);
    if (wishedId && statuses.get(wishedId) !== ExpertStatus.Active) {
      throw ordersProblem(
        OrdersErrorCode.ExpertNotAvailable,
        'Only an active expert can be wished for.',
        'wishedExpertId',
      );
    }
    if (wishedId && excludedIds.includes(wishedId)) {
      throw ordersProblem(
        OrdersErrorCode.ExpertNotAvailable,
        'The same expert cannot be both wished for and excluded.',
        'wishedExpertId',
      );
    }
    const unknown = excludedIds.filter((e) => !statuses.has(e));
    if (unknown.length)
      throw ordersProblem(OrdersErrorCode.ExpertNotAvailable, 'Unknown expert.', 'excludedExpertIds');
  }

  private async writeAreas(
    manager: EntityManager,
    orderId: string,
    areas: Array<{ code: string; required: boolean }>,
  ): Promise<void> {
    await manager.delete(OrderAreaEntity, { orderId });
    if (areas.length)
      await manager.insert(
        OrderAreaEntity,
        areas.map((a) => ({ orderId, areaCode: a.code, required: a.required })),
      );
  }

  private async writeExclusions(manager: EntityManager, orderId: string, expertIds: string[]): Promise<void> {
    await manager.delete(OrderExcludedExpertEntity, { orderId });
    if (expertIds.length)
      await manager.insert(
        OrderExcludedExpertEntity,
        expertIds.map((expertId) => ({ orderId, expertId })),
      );
  }
}
