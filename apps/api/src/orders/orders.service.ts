import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import {
  addBusinessDays,
  addDays,
  businessDaysBetween,
  helsinkiDate,
  helsinkiInstant,
} from '../common/business-days';
import { Clock } from '../common/clock';
import { safeFileName } from '../common/stored-file';
import { staleVersion } from '../common/concurrency';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  IDEMPOTENCY_KEY,
  requestHash,
} from '../idempotency/idempotency';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobsService } from '../jobs/jobs.service';
import { Delivery, NotificationsService } from '../notifications/notifications.service';
import { EventBus } from '../events/event-bus';
import { ExpertStatus } from '../registry/registry.rules';
import { RegistryService } from '../registry/registry.service';
import { UnitsService } from '../units/units.service';
import {
  CreateOrderDto,
  InboxQueryDto,
  ListOrdersQueryDto,
  MessagesQueryDto,
  OrderSort,
  ScheduleInputDto,
  TimelineQueryDto,
  UpdateOccurrenceDto,
  UpdateOrderDto,
} from './dto/order.dto';
import {
  AttachmentDto,
  InboxItemDto,
  InboxPageDto,
  mapNextStep,
  OrderDto,
  OrderEventType,
  OrderMessageDto,
  OrderMessagePageDto,
  OrderPageDto,
  OrderSummaryDto,
  TimelineDto,
  TimelineEventDto,
} from './dto/order-response.dto';
import {
  CreateProductDto,
  mapProduct,
  ProductDto,
  ProductListDto,
  UpdateProductDto,
} from './dto/product.dto';
import {
  OccurrenceStatus,
  OrderAreaEntity,
  OrderAttachmentEntity,
  OrderEntity,
  OrderEventEntity,
  OrderExcludedExpertEntity,
  OrderMessageEntity,
  OrderMode,
  OrderOccurrenceEntity,
} from './entities/order.entity';
import { ProductEntity } from './entities/product.entity';
import { OrdersErrorCode, ordersProblem } from './orders.exception';
import {
  answerDueAt,
  canEdit,
  canReplaceSchedule,
  checkOccurrences,
  expandWeeklySeries,
  isLateCancellation,
  missingForSubmit,
  nextStep,
  OccurrenceDraft,
  OPEN_STATUSES,
  OrderCommand,
  orderNumber,
  OrderStatus,
  transition,
  WeeklySeries,
} from './orders.rules';

/** Roles that see every order; others see the orders of their units and the units under them. */
const SEES_ALL: Role[] = [Role.Admin, Role.Coordinator, Role.Reporter];

export const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const MAX_ATTACHMENTS = 10;

const SUMMARY_RELATIONS = { unit: true } as const;

export interface OrderMatchingView {
  id: string;
  number: string;
  title: string;
  status: OrderStatus;
  unitId: string;
  unitName: string;
  /** The unit and every unit above it. */
  unitIds: string[];
  contactUserId: string;
  createdBy: string;
  mode: OrderMode;
  place: string | null;
  point: { lat: number; lon: number } | null;
  languageCode: string | null;
  requiredAreas: string[];
  preferredAreas: string[];
  wishedTierCode: string | null;
  excludedExpertIds: string[];
  wishedExpertId: string | null;
  suitableForMinors: boolean;
  expertCount: number;
  productCode: string;
  taskTypeCode: string | null;
  pairRequired: boolean;
  preparationMinutes: number;
  occurrences: Array<{
    id: string;
    startsAt: Date;
    endsAt: Date;
    place: string | null;
    status: OccurrenceStatus;
  }>;
}

export interface CreateResult {
  order: OrderDto;
  replayed: boolean;
}

@Injectable()
export class OrdersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly units: UnitsService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.notifications.registerPlanner('order.submitted', (e, m) =>
      this.planSubmitted(String(e.payload.orderId), m),
    );
    this.notifications.registerPlanner('order.changed', (e, m) =>
      this.planFromActor('order.changed', e.payload, m),
    );
    this.notifications.registerPlanner('order.message', (e, m) =>
      this.planFromActor('order.message', e.payload, m),
    );
    this.notifications.registerPlanner('order.cancelled', (e, m) => this.planCancelled(e.payload, m));
    this.notifications.registerPlanner('order.staffed', (e, m) =>
      this.planToContact('order.staffed', String(e.payload.orderId), m),
    );
    this.notifications.registerPlanner('order.starting', (e, m) => this.planStarting(e.payload, m));
    this.jobs.register(
      'orders-start-reminders',
      async () => {
        await this.sendStartReminders();
      },
      { cron: this.config.ORDER_REMINDER_CRON },
    );
  }

  // ------------------------------------------------------------------ products

  async listProducts(includeInactive: boolean): Promise<ProductListDto> {
    const rows = await this.dataSource.getRepository(ProductEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
    return { items: rows.map(mapProduct) };
  }

  async getProduct(code: string): Promise<ProductDto> {
    const p = await this.dataSource.getRepository(ProductEntity).findOne({ where: { code } });
    if (!p) throw ordersProblem(OrdersErrorCode.ProductNotFound);
    return mapProduct(p);
  }

  async createProduct(dto: CreateProductDto): Promise<ProductDto> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(ProductEntity, { where: { code: dto.code } })) {
        throw ordersProblem(OrdersErrorCode.ProductExists, undefined, 'code');
      }
      await this.checkTaskType(manager, dto.taskTypeCode);
      if (dto.pairRequired && dto.defaultExpertCount < 2) {
        throw ordersProblem(
          OrdersErrorCode.UnknownCode,
          'A pair needs at least two experts.',
          'defaultExpertCount',
        );
      }
      const [{ max }] = await manager.query<Array<{ max: number | null }>>(
        'SELECT max(sort_order) AS max FROM product',
      );
      const saved = await manager.save(
        manager.create(ProductEntity, {
          ...dto,
          taskTypeCode: dto.taskTypeCode ?? null,
          active: dto.active ?? true,
          sortOrder: (max ?? 0) + 10,
        }),
      );
      await this.audit.record(
        { action: 'product.create', subjectType: 'product', subjectId: saved.code },
        manager,
      );
      return mapProduct(saved);
    });
  }

  async updateProduct(code: string, expectedVersion: number, dto: UpdateProductDto): Promise<ProductDto> {
    return this.dataSource.transaction(async (manager) => {
      const p = await manager.findOne(ProductEntity, {
        where: { code },
        lock: { mode: 'pessimistic_write' },
      });
      if (!p) throw ordersProblem(OrdersErrorCode.ProductNotFound);
      if (p.version !== expectedVersion) throw staleVersion(p.version);
      if (dto.taskTypeCode !== undefined) await this.checkTaskType(manager, dto.taskTypeCode);
      const next = { ...p, ...dto };
      if (next.pairRequired && next.defaultExpertCount < 2) {
        throw ordersProblem(
          OrdersErrorCode.UnknownCode,
          'A pair needs at least two experts.',
          'defaultExpertCount',
        );
      }
      const { version: _v, updatedAt: _u, ...changes } = next;
      await manager.update(
        ProductEntity,
        { code, version: expectedVersion },
        { ...changes, version: expectedVersion + 1 },
      );
      await this.audit.record({ action: 'product.update', subjectType: 'product', subjectId: code }, manager);
      return mapProduct(await manager.findOneOrFail(ProductEntity, { where: { code } }));
    });
  }

  private async checkTaskType(manager: EntityManager, code: string | null | undefined): Promise<void> {
    if (!code) return;
    const [hit] = await manager.query<unknown[]>('SELECT 1 FROM task_type WHERE code = $1', [code]);
    if (!hit) throw ordersProblem(OrdersErrorCode.UnknownCode, `Unknown task type ${code}.`, 'taskTypeCode');
  }

  // ------------------------------------------------------------------ orders: create, read

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
      const occurrences = dto.schedule ? this.scheduleOf(dto.schedule) : [];
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
      await this.insertOccurrences(manager, saved.id, occurrences);
      await this.refreshPeriod(manager, saved.id);
      await this.addEvent(manager, saved.id, user, OrderEventType.Created, { toStatus: OrderStatus.Draft });
      await this.audit.record({ action: 'order.create', subjectType: 'order', subjectId: saved.id }, manager);
      if (dto.submit) await this.submitLocked(manager, user, saved.id);
      const dtoOut = await this.load(manager, saved.id);
      if (idempotencyKey)
        await completeIdempotencyKey(manager, principal, idempotencyKey, 201, dtoOut, saved.id);
      return { order: dtoOut, replayed: false };
    });
    return result;
  }

  async get(user: UserPrincipal, id: string): Promise<OrderDto> {
    await this.findVisible(this.dataSource.manager, user, id);
    return this.load(this.dataSource.manager, id);
  }

  async list(user: UserPrincipal, query: ListOrdersQueryDto): Promise<OrderPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    // a period is read in start order unless the caller asks otherwise
    const sort = query.sort ?? (query.from || query.to ? OrderSort.StartsFirst : OrderSort.NewestFirst);
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(OrderEntity)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.unit', 'unit');
    const scope = await this.units.scopeUnitIds(user);
    if (scope) qb.andWhere('o.unit_id = ANY(:scope::uuid[])', { scope });
    if (query.status?.length) qb.andWhere('o.status = ANY(:status::text[])', { status: query.status });
    if (query.unitId) qb.andWhere('o.unit_id = :unitId', { unitId: query.unitId });
    if (query.product) qb.andWhere('o.product_code = :product', { product: query.product });
    if (query.municipality)
      qb.andWhere('o.municipality_code = :municipality', { municipality: query.municipality });
    // the period is when the order starts (its first live time), so the start-date index answers it
    if (query.from) qb.andWhere('o.starts_at >= :from', { from: helsinkiInstant(query.from) });
    if (query.to) qb.andWhere('o.starts_at < :to', { to: helsinkiInstant(addDays(query.to, 1)) });
    if (query.q) {
      const number = query.q.toUpperCase();
      if (/^T-\d{4}-\d{6}$/.test(number)) qb.andWhere('o.number = :number', { number });
      else qb.andWhere('o.title ILIKE :q', { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    if (sort === OrderSort.NewestFirst) {
      if (after) qb.andWhere('(o.created_at, o.id) < (:c, :id)', { c: after[0], id: after[1] });
      qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC');
    } else {
      const dir = sort === OrderSort.StartsFirst ? 'ASC' : 'DESC';
      qb.andWhere('o.starts_at IS NOT NULL');
      if (after)
        qb.andWhere(`(o.starts_at, o.id) ${dir === 'ASC' ? '>' : '<'} (:c, :id)`, {
          c: after[0],
          id: after[1],
        });
      qb.orderBy('o.starts_at', dir).addOrderBy('o.id', dir);
    }
    const rows = await qb.limit(limit + 1).getMany();
    return pageOf(
      rows,
      limit,
      (o) => this.mapSummary(o),
      (o) =>
        sort === OrderSort.NewestFirst
          ? [o.createdAt.toISOString(), o.id]
          : [o.startsAt!.toISOString(), o.id],
    );
  }

  /** The coordinators' inbox: open orders, overdue first (the earliest due moment first). */
  async inbox(query: InboxQueryDto): Promise<InboxPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const statuses = query.status?.length
      ? query.status.filter((s) => OPEN_STATUSES.includes(s))
      : OPEN_STATUSES;
    const qb = this.dataSource
      .getRepository(OrderEntity)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.unit', 'unit')
      // the literal list lets the planner use the inbox's partial index
      .where(`o.status IN ('submitted', 'in_matching', 'partly_staffed')`)
      .andWhere('o.status = ANY(:statuses::text[])', { statuses });
    if (query.product) qb.andWhere('o.product_code = :product', { product: query.product });
    if (query.municipality)
      qb.andWhere('o.municipality_code = :municipality', { municipality: query.municipality });
    if (after) qb.andWhere('(o.inbox_due_at, o.id) > (:d, :id)', { d: after[0], id: after[1] });
    const rows = await qb
      .orderBy('o.inbox_due_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const now = this.clock.now();
    const today = helsinkiDate(now);
    return pageOf(
      rows,
      limit,
      (o): InboxItemDto => ({
        ...this.mapSummary(o),
        dueAt: o.inboxDueAt?.toISOString() ?? null,
        overdue: !!o.inboxDueAt && o.inboxDueAt.getTime() < now.getTime(),
        ageBusinessDays: o.submittedAt
          ? Math.max(0, businessDaysBetween(helsinkiDate(o.submittedAt), today))
          : 0,
      }),
      (o) => [o.inboxDueAt!.toISOString(), o.id],
    );
  }

  // ------------------------------------------------------------------ orders: change

  async update(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    dto: UpdateOrderDto,
  ): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lockForChange(manager, user, id, expectedVersion);
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
        const occurrences = this.scheduleOf(schedule);
        await manager.delete(OrderOccurrenceEntity, { orderId: id });
        await this.insertOccurrences(manager, id, occurrences);
        columns.series = schedule.series ? seriesOf(schedule.series) : null;
        changed.push('schedule');
      }
      await this.writeVersioned(manager, order, expectedVersion, columns);
      const period = await this.refreshPeriod(manager, id);
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
      await this.addEvent(
        manager,
        id,
        user,
        schedule ? OrderEventType.ScheduleReplaced : OrderEventType.Updated,
        {
          detail: { fields: changed },
        },
      );
      if (order.status !== OrderStatus.Draft && changed.length)
        await this.recordChanged(manager, order, user, 'order.changed');
      await this.audit.record({ action: 'order.update', subjectType: 'order', subjectId: id }, manager);
      return this.load(manager, id);
    });
  }

  async submit(user: UserPrincipal, id: string, expectedVersion: number): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockForChange(manager, user, id, expectedVersion);
      await this.submitLocked(manager, user, id);
      return this.load(manager, id);
    });
  }

  /** The coordinator takes the order: the answer deadline is met and matching begins. */
  async startMatching(user: UserPrincipal, id: string, expectedVersion: number): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lockForChange(manager, user, id, expectedVersion);
      const to = this.allowed(order, { type: 'startMatching' });
      const now = this.clock.now();
      await this.writeVersioned(manager, order, expectedVersion, {
        status: to,
        answeredAt: now,
        inboxDueAt: order.startsAt,
      });
      await this.addEvent(manager, id, user, OrderEventType.MatchingStarted, {
        fromStatus: order.status,
        toStatus: to,
      });
      await this.audit.record(
        { action: 'order.start_matching', subjectType: 'order', subjectId: id },
        manager,
      );
      return this.load(manager, id);
    });
  }

  /** Matching reports how many places are filled (the lowest over live occurrences). Used by the matching module. */
  async recordStaffing(
    manager: EntityManager,
    id: string,
    staffed: number,
    actor: UserPrincipal | null,
  ): Promise<OrderStatus> {
    const order = await manager.findOne(OrderEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!order) throw ordersProblem(OrdersErrorCode.NotFound);
    const to = this.allowed(order, { type: 'staffingChanged', staffed, needed: order.expertCount });
    if (to === order.status) return to;
    await this.writeVersioned(manager, order, order.version, { status: to });
    await this.addEvent(manager, id, actor, OrderEventType.StaffingChanged, {
      fromStatus: order.status,
      toStatus: to,
      detail: { staffed, needed: order.expertCount },
    });
    if (to === OrderStatus.Staffed) {
      await this.bus.publish(manager, {
        type: 'order.staffed',
        aggregateType: 'order',
        aggregateId: id,
        payload: { orderId: id },
      });
    }
    return to;
  }

  async deliver(user: UserPrincipal, id: string, expectedVersion: number): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lockForChange(manager, user, id, expectedVersion);
      const to = this.allowed(order, { type: 'deliver' });
      const now = this.clock.now();
      if (!order.startsAt || order.startsAt.getTime() > now.getTime()) {
        throw ordersProblem(
          OrdersErrorCode.Transition,
          'The task has not started yet: mark it delivered once it has taken place.',
        );
      }
      await this.writeVersioned(manager, order, expectedVersion, { status: to, deliveredAt: now });
      await manager.query(
        `UPDATE order_occurrence SET status = 'delivered' WHERE order_id = $1 AND status = 'planned' AND starts_at <= $2`,
        [id, now],
      );
      await this.addEvent(manager, id, user, OrderEventType.Delivered, {
        fromStatus: order.status,
        toStatus: to,
      });
      await this.audit.record({ action: 'order.deliver', subjectType: 'order', subjectId: id }, manager);
      return this.load(manager, id);
    });
  }

  async close(user: UserPrincipal, id: string, expectedVersion: number): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lockForChange(manager, user, id, expectedVersion);
      const to = this.allowed(order, { type: 'close' });
      await this.writeVersioned(manager, order, expectedVersion, { status: to, closedAt: this.clock.now() });
      await this.addEvent(manager, id, user, OrderEventType.Closed, {
        fromStatus: order.status,
        toStatus: to,
      });
      await this.audit.record({ action: 'order.close', subjectType: 'order', subjectId: id }, manager);
      return this.load(manager, id);
    });
  }

  /** Cancels the order and every occurrence that has not ended; a cancellation close to the start is flagged late. */
  async cancel(user: UserPrincipal, id: string, expectedVersion: number, reason: string): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lockForChange(manager, user, id, expectedVersion);
      const to = this.allowed(order, { type: 'cancel' });
      const now = this.clock.now();
      const live = await manager.find(OrderOccurrenceEntity, {
        where: { orderId: id, status: OccurrenceStatus.Planned },
      });
      let late = false;
      for (const occ of live.filter((o) => o.endsAt.getTime() > now.getTime())) {
        const occLate =
          order.status !== OrderStatus.Draft &&
          isLateCancellation(now, occ.startsAt, this.config.ORDER_LATE_CANCEL_BUSINESS_DAYS);
        late ||= occLate;
        await manager.update(
          OrderOccurrenceEntity,
          { id: occ.id },
          {
            status: OccurrenceStatus.Cancelled,
            cancelledAt: now,
            cancelReason: reason,
            lateCancellation: occLate,
          },
        );
      }
      await this.writeVersioned(manager, order, expectedVersion, {
        status: to,
        cancelledAt: now,
        cancelReason: reason,
        lateCancellation: late,
      });
      await this.addEvent(manager, id, user, OrderEventType.Cancelled, {
        fromStatus: order.status,
        toStatus: to,
        detail: { reason, lateCancellation: late },
      });
      if (order.status !== OrderStatus.Draft) {
        await this.bus.publish(manager, {
          type: 'order.cancelled',
          aggregateType: 'order',
          aggregateId: id,
          payload: {
            orderId: id,
            actorUserId: user.userId,
            actorName: user.displayName,
            reason,
            occurrenceStartsAt: null,
          },
        });
      }
      await this.audit.record({ action: 'order.cancel', subjectType: 'order', subjectId: id }, manager);
      return this.load(manager, id);
    });
  }

  async updateOccurrence(
    user: UserPrincipal,
    id: string,
    occurrenceId: string,
    expectedVersion: number,
    dto: UpdateOccurrenceDto,
  ): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lockForChange(manager, user, id, expectedVersion);
      if (!canEdit(order.status)) throw ordersProblem(OrdersErrorCode.NotEditable);
      const occ = await this.occurrence(manager, id, occurrenceId);
      const startsAt = dto.startsAt ? new Date(dto.startsAt) : occ.startsAt;
      const endsAt = dto.endsAt ? new Date(dto.endsAt) : occ.endsAt;
      if (endsAt.getTime() <= startsAt.getTime()) {
        throw ordersProblem(OrdersErrorCode.InvalidSchedule, 'The end must come after the start.', 'endsAt');
      }
      await manager.update(
        OrderOccurrenceEntity,
        { id: occurrenceId },
        { startsAt, endsAt, place: dto.place === undefined ? occ.place : dto.place },
      );
      await this.writeVersioned(manager, order, expectedVersion, {});
      const period = await this.refreshPeriod(manager, id);
      if (order.answeredAt && OPEN_STATUSES.includes(order.status))
        await manager.update(OrderEntity, { id }, { inboxDueAt: period.startsAt });
      await this.addEvent(manager, id, user, OrderEventType.OccurrenceChanged, {
        occurrenceId,
        detail: {
          from: { startsAt: occ.startsAt.toISOString(), endsAt: occ.endsAt.toISOString(), place: occ.place },
        },
      });
      if (order.status !== OrderStatus.Draft) await this.recordChanged(manager, order, user, 'order.changed');
      await this.audit.record(
        { action: 'order.occurrence.update', subjectType: 'order', subjectId: id },
        manager,
      );
      return this.load(manager, id);
    });
  }

  async cancelOccurrence(
    user: UserPrincipal,
    id: string,
    occurrenceId: string,
    expectedVersion: number,
    reason: string,
  ): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lockForChange(manager, user, id, expectedVersion);
      if (!canEdit(order.status)) throw ordersProblem(OrdersErrorCode.NotEditable);
      const occ = await this.occurrence(manager, id, occurrenceId);
      const [{ n }] = await manager.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM order_occurrence WHERE order_id = $1 AND status = 'planned' AND id <> $2`,
        [id, occurrenceId],
      );
      if (n === 0) {
        throw ordersProblem(
          OrdersErrorCode.OccurrenceNotChangeable,
          'This is the only time left: cancel the whole order instead.',
        );
      }
      const now = this.clock.now();
      const late =
        order.status !== OrderStatus.Draft &&
        isLateCancellation(now, occ.startsAt, this.config.ORDER_LATE_CANCEL_BUSINESS_DAYS);
      await manager.update(
        OrderOccurrenceEntity,
        { id: occurrenceId },
        {
          status: OccurrenceStatus.Cancelled,
          cancelledAt: now,
          cancelReason: reason,
          lateCancellation: late,
        },
      );
      await this.writeVersioned(manager, order, expectedVersion, {});
      const period = await this.refreshPeriod(manager, id);
      if (order.answeredAt && OPEN_STATUSES.includes(order.status))
        await manager.update(OrderEntity, { id }, { inboxDueAt: period.startsAt });
      await this.addEvent(manager, id, user, OrderEventType.OccurrenceCancelled, {
        occurrenceId,
        detail: { reason, lateCancellation: late, startsAt: occ.startsAt.toISOString() },
      });
      if (order.status !== OrderStatus.Draft) {
        await this.bus.publish(manager, {
          type: 'order.cancelled',
          aggregateType: 'order',
          aggregateId: id,
          payload: {
            orderId: id,
            actorUserId: user.userId,
            actorName: user.displayName,
            reason,
            occurrenceStartsAt: occ.startsAt.toISOString(),
          },
        });
      }
      await this.audit.record(
        { action: 'order.occurrence.cancel', subjectType: 'order', subjectId: id },
        manager,
      );
      return this.load(manager, id);
    });
  }

  // ------------------------------------------------------------------ timeline and messages

  async timeline(user: UserPrincipal, id: string, query: TimelineQueryDto): Promise<TimelineDto> {
    const order = await this.findVisible(this.dataSource.manager, user, id);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 1);
    const qb = this.dataSource
      .getRepository(OrderEventEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.actor', 'actor')
      .where('e.order_id = :id', { id });
    if (after) qb.andWhere('e.id > :after', { after: after[0] });
    const rows = await qb
      .orderBy('e.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = pageOf(
      rows,
      limit,
      (e): TimelineEventDto => ({
        id: String(e.id),
        at: e.at.toISOString(),
        type: e.type as OrderEventType,
        actor: e.actor ? { id: e.actor.id, displayName: e.actor.displayName } : null,
        fromStatus: (e.fromStatus as OrderStatus | null) ?? null,
        toStatus: (e.toStatus as OrderStatus | null) ?? null,
        occurrenceId: e.occurrenceId,
        detail: e.detail,
      }),
      (e) => [String(e.id)],
    );
    return { ...page, nextStep: this.nextStepOf(order) };
  }

  async messages(user: UserPrincipal, id: string, query: MessagesQueryDto): Promise<OrderMessagePageDto> {
    await this.findVisible(this.dataSource.manager, user, id);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(OrderMessageEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.author', 'author')
      .where('m.order_id = :id', { id });
    if (after) qb.andWhere('(m.created_at, m.id) > (:c, :mid)', { c: after[0], mid: after[1] });
    const rows = await qb
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return pageOf(rows, limit, mapMessage, (m) => [m.createdAt.toISOString(), m.id]);
  }

  async postMessage(user: UserPrincipal, id: string, body: string): Promise<OrderMessageDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.findVisible(manager, user, id);
      const saved = await manager.save(
        manager.create(OrderMessageEntity, { orderId: id, authorUserId: user.userId, body }),
      );
      await this.addEvent(manager, id, user, OrderEventType.MessagePosted, {});
      await this.recordChanged(manager, order, user, 'order.message');
      const full = await manager.findOneOrFail(OrderMessageEntity, {
        where: { id: saved.id },
        relations: { author: true },
      });
      return mapMessage(full);
    });
  }

  // ------------------------------------------------------------------ attachments

  async addAttachment(
    user: UserPrincipal,
    id: string,
    fileName: string,
    contentType: string | undefined,
    body: Buffer,
  ): Promise<AttachmentDto> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!ATTACHMENT_TYPES.includes(type)) {
      throw ordersProblem(
        OrdersErrorCode.AttachmentType,
        'Attach a PDF, an image (PNG, JPEG), or a Word, PowerPoint, Excel or OpenDocument file.',
      );
    }
    if (body.length === 0) throw ordersProblem(OrdersErrorCode.AttachmentType, 'The file is empty.');
    if (body.length > MAX_ATTACHMENT_BYTES) {
      throw ordersProblem(OrdersErrorCode.AttachmentLimit, 'A file can be at most 10 MB.');
    }
    return this.dataSource.transaction(async (manager) => {
      const order = await this.findVisible(manager, user, id, true);
      if (!canEdit(order.status)) throw ordersProblem(OrdersErrorCode.NotEditable);
      const count = await manager.count(OrderAttachmentEntity, { where: { orderId: id } });
      if (count >= MAX_ATTACHMENTS)
        throw ordersProblem(
          OrdersErrorCode.AttachmentLimit,
          `An order can have at most ${MAX_ATTACHMENTS} attachments.`,
        );
      const saved = await manager.save(
        manager.create(OrderAttachmentEntity, {
          orderId: id,
          fileName: safeFileName(fileName),
          contentType: type,
          sizeBytes: body.length,
          data: body,
          uploadedBy: user.userId,
        }),
      );
      await this.addEvent(manager, id, user, OrderEventType.AttachmentAdded, {
        detail: { fileName: saved.fileName },
      });
      await this.audit.record(
        { action: 'order.attachment.add', subjectType: 'order', subjectId: id },
        manager,
      );
      return mapAttachment(saved);
    });
  }

  async attachment(
    user: UserPrincipal,
    id: string,
    attachmentId: string,
  ): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    await this.findVisible(this.dataSource.manager, user, id);
    const a = await this.dataSource
      .getRepository(OrderAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.data')
      .where('a.id = :attachmentId AND a.order_id = :id', { attachmentId, id })
      .getOne();
    if (!a?.data) throw ordersProblem(OrdersErrorCode.AttachmentNotFound);
    return { fileName: a.fileName, contentType: a.contentType, data: a.data };
  }

  async removeAttachment(user: UserPrincipal, id: string, attachmentId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.findVisible(manager, user, id, true);
      if (!canEdit(order.status)) throw ordersProblem(OrdersErrorCode.NotEditable);
      const a = await manager.findOne(OrderAttachmentEntity, { where: { id: attachmentId, orderId: id } });
      if (!a) throw ordersProblem(OrdersErrorCode.AttachmentNotFound);
      await manager.delete(OrderAttachmentEntity, { id: attachmentId });
      await this.addEvent(manager, id, user, OrderEventType.AttachmentRemoved, {
        detail: { fileName: a.fileName },
      });
      await this.audit.record(
        { action: 'order.attachment.remove', subjectType: 'order', subjectId: id },
        manager,
      );
    });
  }

  // ------------------------------------------------------------------ for matching

  /** What matching needs of an order (no access check: the caller is a coordinator's use case). */
  async matchingView(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrderMatchingView> {
    const view = (await this.matchingViews([id], manager)).get(id);
    if (!view) throw ordersProblem(OrdersErrorCode.NotFound);
    return view;
  }

  /** Matching's view of many orders at once (a batch reads them in a handful of queries, not per order). */
  async matchingViews(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, OrderMatchingView>> {
    const views = new Map<string, OrderMatchingView>();
    if (!ids.length) return views;
    const orders = await manager.find(OrderEntity, {
      where: { id: In(ids) },
      relations: { product: true, unit: true },
    });
    if (!orders.length) return views;
    const found = orders.map((o) => o.id);
    const group = <T>(list: T[], key: (x: T) => string) => {
      const map = new Map<string, T[]>();
      for (const x of list) {
        const k = key(x);
        const arr = map.get(k);
        if (arr) arr.push(x);
        else map.set(k, [x]);
      }
      return map;
    };
    const [areas, excluded, occurrences, ancestors, places] = await Promise.all([
      manager.find(OrderAreaEntity, { where: { orderId: In(found) } }),
      manager.find(OrderExcludedExpertEntity, { where: { orderId: In(found) } }),
      manager.find(OrderOccurrenceEntity, {
        where: { orderId: In(found) },
        order: { startsAt: 'ASC', place: 'ASC' },
      }),
      // each ordering unit with itself and every unit above it
      manager.query<Array<{ start_id: string; id: string }>>(
        `WITH RECURSIVE up AS (SELECT id AS start_id, id, parent_id FROM org_unit WHERE id = ANY($1::uuid[])
           UNION SELECT up.start_id, p.id, p.parent_id FROM org_unit p JOIN up ON p.id = up.parent_id)
         SELECT start_id, id FROM up`,
        [[...new Set(orders.map((o) => o.unitId))]],
      ),
      manager.query<Array<{ code: string; latitude: number; longitude: number }>>(
        'SELECT code, latitude, longitude FROM municipality WHERE code = ANY($1::text[])',
        [[...new Set(orders.map((o) => o.municipalityCode).filter((c): c is string => !!c))]],
      ),
    ]);
    const areasOf = group(areas, (a) => a.orderId);
    const excludedOf = group(excluded, (e) => e.orderId);
    const occurrencesOf = group(occurrences, (c) => c.orderId);
    const ancestorsOf = group(ancestors, (a) => a.start_id);
    const pointOf = new Map(
      places.map((p) => [p.code, { lat: Number(p.latitude), lon: Number(p.longitude) }]),
    );
    for (const o of orders) {
      const own = areasOf.get(o.id) ?? [];
      views.set(o.id, {
        id: o.id,
        number: o.number,
        title: o.title,
        status: o.status,
        unitId: o.unitId,
        unitName: o.unit?.name ?? '',
        unitIds: (ancestorsOf.get(o.unitId) ?? []).map((a) => a.id),
        contactUserId: o.contactUserId,
        createdBy: o.createdBy,
        mode: o.mode,
        place: o.place,
        point: (o.municipalityCode && pointOf.get(o.municipalityCode)) || null,
        languageCode: o.languageCode,
        requiredAreas: own.filter((a) => a.required).map((a) => a.areaCode),
        preferredAreas: own.filter((a) => !a.required).map((a) => a.areaCode),
        wishedTierCode: o.wishedTierCode,
        excludedExpertIds: (excludedOf.get(o.id) ?? []).map((e) => e.expertId),
        wishedExpertId: o.wishedExpertId,
        suitableForMinors: o.suitableForMinors,
        expertCount: o.expertCount,
        productCode: o.productCode,
        taskTypeCode: o.product?.taskTypeCode ?? null,
        pairRequired: o.product?.pairRequired ?? false,
        preparationMinutes: o.product?.preparationMinutes ?? 0,
        occurrences: (occurrencesOf.get(o.id) ?? []).map((c) => ({
          id: c.id,
          startsAt: c.startsAt,
          endsAt: c.endsAt,
          place: c.place,
          status: c.status,
        })),
      });
    }
    return views;
  }

  // ------------------------------------------------------------------ reminders

  /** One pass: reminds the orderer of occurrences starting within N business days. Returns reminders sent. */
  async sendStartReminders(limit = 500): Promise<number> {
    const now = this.clock.now();
    // up to the end of the Helsinki day N business days ahead
    const horizon = helsinkiInstant(
      addDays(addBusinessDays(helsinkiDate(now), this.config.ORDER_REMINDER_BUSINESS_DAYS), 1),
    );
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<
        Array<{ id: string; order_id: string; starts_at: Date; place: string | null }>
      >(
        `SELECT oc.id, oc.order_id, oc.starts_at, oc.place FROM order_occurrence oc
           JOIN task_order o ON o.id = oc.order_id
          WHERE oc.status = 'planned' AND oc.reminder_sent_at IS NULL AND oc.starts_at > $1 AND oc.starts_at < $2
            AND o.status IN ('submitted', 'in_matching', 'partly_staffed', 'staffed')
          ORDER BY oc.starts_at LIMIT $3 FOR UPDATE OF oc SKIP LOCKED`,
        [now, horizon, limit],
      );
      for (const r of rows) {
        await this.bus.publish(manager, {
          type: 'order.starting',
          aggregateType: 'order',
          aggregateId: r.order_id,
          payload: {
            orderId: r.order_id,
            occurrenceId: r.id,
            startsAt: new Date(r.starts_at).toISOString(),
            place: r.place,
          },
        });
        await manager.update(OrderOccurrenceEntity, { id: r.id }, { reminderSentAt: now });
        await this.addEvent(manager, r.order_id, null, OrderEventType.ReminderSent, { occurrenceId: r.id });
      }
      return rows.length;
    });
  }

  // ------------------------------------------------------------------ helpers

  private async submitLocked(manager: EntityManager, user: UserPrincipal, id: string): Promise<void> {
    const order = await manager.findOneOrFail(OrderEntity, { where: { id } });
    const to = this.allowed(order, { type: 'submit' });
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
    await this.writeVersioned(manager, order, order.version, {
      status: to,
      submittedAt: now,
      answerDueAt: due,
      inboxDueAt: due,
    });
    await this.addEvent(manager, id, user, OrderEventType.Submitted, {
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

  private allowed(order: OrderEntity, command: OrderCommand): OrderStatus {
    const t = transition(order.status, command);
    if (!t.ok)
      throw ordersProblem(OrdersErrorCode.Transition, t.reason, undefined, { currentStatus: order.status });
    return t.to;
  }

  private nextStepOf(o: OrderEntity) {
    const n = nextStep(o.status);
    const due =
      o.status === OrderStatus.Submitted
        ? o.answerDueAt
        : [OrderStatus.InMatching, OrderStatus.PartlyStaffed, OrderStatus.Staffed].includes(o.status)
          ? o.startsAt
          : null;
    return mapNextStep(n, due);
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

  private scheduleOf(schedule: ScheduleInputDto): OccurrenceDraft[] {
    if (!!schedule.series === !!schedule.occurrences) {
      throw ordersProblem(
        OrdersErrorCode.InvalidSchedule,
        'Give either a list of times or a weekly series.',
        'schedule',
      );
    }
    if (schedule.series) {
      const r = expandWeeklySeries(seriesOf(schedule.series));
      if (!r.ok) {
        const detail = {
          time_order: 'The end time must come after the start time.',
          no_weekdays: 'Choose at least one weekday.',
          too_many: 'The series has too many times (at most 500).',
          empty: 'The series has no times: check the dates and weekdays.',
        }[r.problem];
        throw ordersProblem(OrdersErrorCode.InvalidSchedule, detail, 'schedule.series');
      }
      return r.occurrences;
    }
    const r = checkOccurrences(
      (schedule.occurrences ?? []).map((o) => ({
        startsAt: new Date(o.startsAt),
        endsAt: new Date(o.endsAt),
        place: o.place ?? null,
      })),
    );
    if (!r.ok) {
      throw ordersProblem(
        OrdersErrorCode.InvalidSchedule,
        'The end must come after the start.',
        `schedule.occurrences.${r.index}.endsAt`,
      );
    }
    return r.occurrences;
  }

  private async insertOccurrences(
    manager: EntityManager,
    orderId: string,
    list: OccurrenceDraft[],
  ): Promise<void> {
    if (!list.length) return;
    await manager.query(
      `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place)
       SELECT $1, s, e, p FROM unnest($2::timestamptz[], $3::timestamptz[], $4::text[]) AS t(s, e, p)`,
      [orderId, list.map((o) => o.startsAt), list.map((o) => o.endsAt), list.map((o) => o.place)],
    );
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

  /** Keeps the order's period and count in step with its live occurrences. */
  private async refreshPeriod(manager: EntityManager, orderId: string): Promise<{ startsAt: Date | null }> {
    const [row] = await manager.query<Array<{ starts_at: Date | null }>>(
      // a bare UPDATE … RETURNING answers [rows, count] through TypeORM: read the row through a SELECT
      `WITH updated AS (
         UPDATE task_order o SET starts_at = s.first, ends_at = s.last, occurrence_count = s.n
           FROM (SELECT min(starts_at) AS first, max(ends_at) AS last, count(*)::int AS n
                   FROM order_occurrence WHERE order_id = $1 AND status <> 'cancelled') s
          WHERE o.id = $1 RETURNING o.starts_at)
       SELECT starts_at FROM updated`,
      [orderId],
    );
    return { startsAt: row?.starts_at ? new Date(row.starts_at) : null };
  }

  /** UPDATE … WHERE version = expected, bumping the version: @VersionColumn alone does not guard writers. */
  private async writeVersioned(
    manager: EntityManager,
    order: OrderEntity,
    expectedVersion: number,
    columns: Partial<OrderEntity>,
  ): Promise<void> {
    try {
      const result = await manager.update(
        OrderEntity,
        { id: order.id, version: expectedVersion },
        { ...columns, version: expectedVersion + 1 },
      );
      if (result.affected !== 1) throw staleVersion();
    } catch (err) {
      if (err instanceof QueryFailedError && (err as QueryFailedError & { code?: string }).code === '23514') {
        throw ordersProblem(OrdersErrorCode.Incomplete, 'The order is missing information this step needs.');
      }
      throw err;
    }
    order.version = expectedVersion + 1;
  }

  private async addEvent(
    manager: EntityManager,
    orderId: string,
    actor: UserPrincipal | null,
    type: OrderEventType,
    e: {
      fromStatus?: OrderStatus;
      toStatus?: OrderStatus;
      occurrenceId?: string;
      detail?: Record<string, unknown>;
    },
  ): Promise<void> {
    await manager.insert(OrderEventEntity, {
      orderId,
      actorUserId: actor?.userId ?? null,
      at: this.clock.now(),
      type,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      occurrenceId: e.occurrenceId ?? null,
      detail: (e.detail ?? null) as object | null,
    });
  }

  private async recordChanged(
    manager: EntityManager,
    order: OrderEntity,
    user: UserPrincipal,
    type: 'order.changed' | 'order.message',
  ) {
    await this.bus.publish(manager, {
      type,
      aggregateType: 'order',
      aggregateId: order.id,
      payload: {
        orderId: order.id,
        actorUserId: user.userId,
        actorName: user.displayName,
        byCoordinator: user.roles.includes(Role.Coordinator),
      },
    });
  }

  private async occurrence(
    manager: EntityManager,
    orderId: string,
    occurrenceId: string,
  ): Promise<OrderOccurrenceEntity> {
    const occ = await manager.findOne(OrderOccurrenceEntity, { where: { id: occurrenceId, orderId } });
    if (!occ) throw ordersProblem(OrdersErrorCode.OccurrenceNotFound);
    if (occ.status !== OccurrenceStatus.Planned) {
      throw ordersProblem(
        OrdersErrorCode.OccurrenceNotChangeable,
        `This time is ${occ.status} and can no longer be changed.`,
      );
    }
    return occ;
  }

  /** The order if the person may see it; a foreign or missing order is the same 404 (and a denied read is audited). */
  private async findVisible(
    manager: EntityManager,
    user: UserPrincipal,
    id: string,
    lock = false,
  ): Promise<OrderEntity> {
    const order = await manager.findOne(OrderEntity, {
      where: { id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    const scope = user.roles.some((r) => SEES_ALL.includes(r))
      ? undefined
      : await this.units.scopeUnitIds(user);
    if (!order || (scope && !scope.includes(order.unitId))) {
      if (order) {
        await this.audit.record({
          action: 'order.read',
          outcome: AuditOutcome.Denied,
          subjectType: 'order',
          subjectId: id,
        });
      }
      throw ordersProblem(OrdersErrorCode.NotFound);
    }
    return order;
  }

  private async lockForChange(
    manager: EntityManager,
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
  ): Promise<OrderEntity> {
    const order = await this.findVisible(manager, user, id, true);
    if (order.version !== expectedVersion) throw staleVersion(order.version);
    return order;
  }

  private mapSummary(o: OrderEntity): OrderSummaryDto {
    return {
      id: o.id,
      number: o.number,
      status: o.status,
      title: o.title,
      unit: { id: o.unitId, name: o.unit?.name ?? '' },
      productCode: o.productCode,
      municipalityCode: o.municipalityCode,
      startsAt: o.startsAt?.toISOString() ?? null,
      endsAt: o.endsAt?.toISOString() ?? null,
      occurrenceCount: o.occurrenceCount,
      expertCount: o.expertCount,
      submittedAt: o.submittedAt?.toISOString() ?? null,
      answerDueAt: o.answerDueAt?.toISOString() ?? null,
      nextStep: this.nextStepOf(o),
      createdAt: o.createdAt.toISOString(),
    };
  }

  private async load(manager: EntityManager, id: string): Promise<OrderDto> {
    const o = await manager.findOneOrFail(OrderEntity, { where: { id }, relations: SUMMARY_RELATIONS });
    const [areas, excluded, occurrences, attachments] = await Promise.all([
      manager.find(OrderAreaEntity, { where: { orderId: id }, order: { required: 'DESC', areaCode: 'ASC' } }),
      manager.find(OrderExcludedExpertEntity, { where: { orderId: id } }),
      manager.find(OrderOccurrenceEntity, {
        where: { orderId: id },
        order: { startsAt: 'ASC', place: 'ASC' },
      }),
      manager.find(OrderAttachmentEntity, { where: { orderId: id }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      ...this.mapSummary(o),
      costCentre: o.costCentre,
      contactUserId: o.contactUserId,
      contactName: o.contactName,
      contactPhone: o.contactPhone,
      contactEmail: o.contactEmail,
      description: o.description,
      purpose: o.purpose,
      audience: o.audience,
      audienceSize: o.audienceSize,
      mode: o.mode,
      place: o.place,
      remoteLink: o.remoteLink,
      languageCode: o.languageCode,
      areas: areas.map((a) => ({ code: a.areaCode, required: a.required })),
      wishedTierCode: o.wishedTierCode,
      preparationNeeds: o.preparationNeeds,
      accessibilityNeeds: o.accessibilityNeeds,
      resultsReturn: o.resultsReturn,
      suitableForMinors: o.suitableForMinors,
      wishedExpertId: o.wishedExpertId,
      excludedExpertIds: excluded.map((e) => e.expertId),
      series: o.series,
      occurrences: occurrences.map((c) => ({
        id: c.id,
        startsAt: c.startsAt.toISOString(),
        endsAt: c.endsAt.toISOString(),
        place: c.place,
        status: c.status,
        cancelledAt: c.cancelledAt?.toISOString() ?? null,
        cancelReason: c.cancelReason,
        lateCancellation: c.lateCancellation,
      })),
      attachments: attachments.map(mapAttachment),
      answeredAt: o.answeredAt?.toISOString() ?? null,
      cancelledAt: o.cancelledAt?.toISOString() ?? null,
      cancelReason: o.cancelReason,
      lateCancellation: o.lateCancellation,
      deliveredAt: o.deliveredAt?.toISOString() ?? null,
      closedAt: o.closedAt?.toISOString() ?? null,
      updatedAt: o.updatedAt.toISOString(),
      version: o.version,
    };
  }

  // ------------------------------------------------------------------ notification planners

  private async orderForMessage(manager: EntityManager, orderId: string) {
    const o = await manager.findOne(OrderEntity, { where: { id: orderId }, relations: SUMMARY_RELATIONS });
    if (!o) return null;
    return { order: o, base: { number: o.number, title: o.title, link: `/orders/${o.id}` } };
  }

  private async coordinatorIds(manager: EntityManager, except?: string): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM user_account WHERE active AND 'coordinator' = ANY(roles) AND id IS DISTINCT FROM $1`,
      [except ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** The order's contact person and the person who made it, once each. */
  private ordererIds(o: OrderEntity, except?: string): string[] {
    return [...new Set([o.contactUserId, o.createdBy])].filter((id) => id !== except);
  }

  private async planSubmitted(orderId: string, manager: EntityManager): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, orderId);
    if (!m || !m.order.answerDueAt) return [];
    const answerDue = m.order.answerDueAt.toISOString();
    const coordinators = await this.coordinatorIds(manager, m.order.createdBy);
    return [
      ...this.ordererIds(m.order).map((userId) => ({
        userId,
        template: 'order.received' as const,
        params: { ...m.base, answerDueAt: answerDue },
      })),
      ...coordinators.map((userId) => ({
        userId,
        template: 'order.new' as const,
        params: {
          ...m.base,
          answerDueAt: answerDue,
          unitName: m.order.unit?.name ?? '',
          startsAt: m.order.startsAt?.toISOString() ?? null,
        },
      })),
    ];
  }

  private async planFromActor(
    template: 'order.changed' | 'order.message',
    payload: Record<string, unknown>,
    manager: EntityManager,
  ): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, String(payload.orderId));
    if (!m) return [];
    const actor = String(payload.actorUserId);
    const recipients = payload.byCoordinator
      ? this.ordererIds(m.order, actor)
      : await this.coordinatorIds(manager, actor);
    return recipients.map((userId) => ({
      userId,
      template,
      params: { ...m.base, actorName: String(payload.actorName) },
    }));
  }

  private async planCancelled(payload: Record<string, unknown>, manager: EntityManager): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, String(payload.orderId));
    if (!m) return [];
    const actor = String(payload.actorUserId);
    const recipients = [
      ...new Set([...this.ordererIds(m.order, actor), ...(await this.coordinatorIds(manager, actor))]),
    ];
    return recipients.map((userId) => ({
      userId,
      template: 'order.cancelled' as const,
      params: {
        ...m.base,
        actorName: String(payload.actorName),
        reason: String(payload.reason),
        occurrenceStartsAt: (payload.occurrenceStartsAt as string | null) ?? null,
      },
    }));
  }

  private async planToContact(
    template: 'order.staffed',
    orderId: string,
    manager: EntityManager,
  ): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, orderId);
    if (!m) return [];
    return this.ordererIds(m.order).map((userId) => ({ userId, template, params: m.base }));
  }

  private async planStarting(payload: Record<string, unknown>, manager: EntityManager): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, String(payload.orderId));
    if (!m) return [];
    return [
      {
        userId: m.order.contactUserId,
        template: 'order.starting' as const,
        params: {
          ...m.base,
          startsAt: String(payload.startsAt),
          place: (payload.place as string | null) ?? m.order.place,
        },
      },
    ];
  }
}

function seriesOf(s: WeeklySeries): WeeklySeries {
  return {
    firstDate: s.firstDate,
    weekdays: [...s.weekdays].sort((a, b) => a - b),
    startTime: s.startTime,
    endTime: s.endTime,
    intervalWeeks: s.intervalWeeks,
    weeks: s.weeks,
    places: s.places,
    skipHolidays: s.skipHolidays,
  };
}

function mapAttachment(a: OrderAttachmentEntity): AttachmentDto {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    createdAt: a.createdAt.toISOString(),
  };
}

function mapMessage(m: OrderMessageEntity): OrderMessageDto {
  return {
    id: m.id,
    author: { id: m.authorUserId, displayName: m.author?.displayName ?? '' },
    fromCoordinator: !!m.author?.roles?.includes(Role.Coordinator),
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  };
}
