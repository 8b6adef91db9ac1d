import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { addDays, helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { staleVersion } from '../common/concurrency';
import {
  IncomeTypeDto,
  IncomeTypeListDto,
  mapIncomeType,
  mapMileageRate,
  mapRate,
  MileageRateListDto,
  RateDto,
  SaveIncomeTypeDto,
  SaveScheduleDto,
  ScheduleDto,
  ScheduleListDto,
} from './dto/fees.dto';
import {
  FeeRateEntity,
  FeeScheduleEntity,
  IncomeTypeEntity,
  MileageRateEntity,
} from './entities/fees.entities';
import { FeesErrorCode, feesProblem } from './fees.exception';
import { FeeBasis, MILEAGE_RATE_REMINDER } from './fees.rules';
import { ReminderStatus } from '../notifications/entities/reminder.entity';
import { RemindersService } from '../notifications/reminders.service';

/** Fee schedules, kilometre rates and income types: data the county edits, versioned and audited. */
@Injectable()
export class SchedulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly reminders: RemindersService,
  ) {}

  async list(): Promise<ScheduleListDto> {
    const rows = await this.dataSource.query<
      Array<{ id: string; name: string; effective_from: string; version: number; rates: number }>
    >(
      `SELECT s.id, s.name, s.effective_from::text AS effective_from, s.version, (SELECT count(*)::int FROM fee_rate r WHERE r.schedule_id = s.id) AS rates
         FROM fee_schedule s ORDER BY s.effective_from DESC`,
    );
    const today = helsinkiDate(this.clock.now());
    const inForce = rows.filter((r) => r.effective_from <= today).map((r) => r.id)[0];
    return {
      items: rows.map((r, i) => ({
        id: r.id,
        name: r.name,
        effectiveFrom: r.effective_from,
        // the list is newest first: the one before this in the list starts after it
        effectiveTo: i > 0 ? addDays(rows[i - 1].effective_from, -1) : null,
        inForce: r.id === inForce,
        rateCount: r.rates,
        version: r.version,
      })),
    };
  }

  async get(id: string): Promise<ScheduleDto> {
    const summary = (await this.list()).items.find((s) => s.id === id);
    if (!summary) throw feesProblem(FeesErrorCode.ScheduleNotFound);
    const s = await this.dataSource.getRepository(FeeScheduleEntity).findOneByOrFail({ id });
    const rates = await this.dataSource.getRepository(FeeRateEntity).find({
      where: { scheduleId: id },
      order: { tierCode: 'ASC', taskTypeCode: 'ASC', productCode: 'ASC' },
    });
    return {
      ...summary,
      notes: s.notes,
      traineeFeePercent: s.traineeFeePercent,
      rates: rates.map(mapRate),
    };
  }

  async create(user: UserPrincipal, dto: SaveScheduleDto): Promise<ScheduleDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkRates(manager, dto.rates);
      if (await manager.findOneBy(FeeScheduleEntity, { effectiveFrom: dto.effectiveFrom })) {
        throw feesProblem(FeesErrorCode.ScheduleExists, undefined, 'effectiveFrom');
      }
      const inserted = await manager.insert(FeeScheduleEntity, {
        name: dto.name,
        effectiveFrom: dto.effectiveFrom,
        notes: dto.notes ?? null,
        traineeFeePercent: dto.traineeFeePercent ?? 100,
        createdBy: user.userId,
      });
      const sid = inserted.identifiers[0].id as string;
      await this.insertRates(manager, sid, dto.rates);
      await this.audit.record(
        { action: 'fee_schedule.create', subjectType: 'fee_schedule', subjectId: sid },
        manager,
      );
      return sid;
    });
    return this.get(id);
  }

  /** Replaces a schedule's name, first day and rates. Claims already made keep their lines until recalculated. */
  async replace(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    dto: SaveScheduleDto,
  ): Promise<ScheduleDto> {
    await this.dataSource.transaction(async (manager) => {
      const s = await manager.findOne(FeeScheduleEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!s) throw feesProblem(FeesErrorCode.ScheduleNotFound);
      if (s.version !== expectedVersion) throw staleVersion(s.version);
      await this.checkRates(manager, dto.rates);
      const clash = await manager.findOneBy(FeeScheduleEntity, { effectiveFrom: dto.effectiveFrom });
      if (clash && clash.id !== id)
        throw feesProblem(FeesErrorCode.ScheduleExists, undefined, 'effectiveFrom');
      await manager.update(
        FeeScheduleEntity,
        { id },
        {
          name: dto.name,
          effectiveFrom: dto.effectiveFrom,
          notes: dto.notes ?? null,
          traineeFeePercent: dto.traineeFeePercent ?? s.traineeFeePercent,
          version: s.version + 1,
        },
      );
      await manager.delete(FeeRateEntity, { scheduleId: id });
      await this.insertRates(manager, id, dto.rates);
      await this.audit.record(
        { action: 'fee_schedule.update', subjectType: 'fee_schedule', subjectId: id },
        manager,
      );
    });
    return this.get(id);
  }

  async mileageRates(): Promise<MileageRateListDto> {
    const rows = await this.dataSource.getRepository(MileageRateEntity).find({ order: { year: 'DESC' } });
    return { items: rows.map(mapMileageRate) };
  }

  async saveMileageRate(year: number, centsPerKm: number): Promise<MileageRateListDto> {
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(MileageRateEntity, { year, centsPerKm }, ['year']);
      // Whoever was asked to enter this year's rate need not any more.
      await this.reminders.close(manager, MILEAGE_RATE_REMINDER, 'mileage_rate', String(year), ReminderStatus.Done);
      await this.audit.record(
        { action: 'mileage_rate.save', subjectType: 'mileage_rate', subjectId: String(year) },
        manager,
      );
    });
    return this.mileageRates();
  }

  async incomeTypes(): Promise<IncomeTypeListDto> {
    const rows = await this.dataSource.getRepository(IncomeTypeEntity).find({ order: { code: 'ASC' } });
    return { items: rows.map(mapIncomeType) };
  }

  async saveIncomeType(code: string, dto: SaveIncomeTypeDto): Promise<IncomeTypeDto> {
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(IncomeTypeEntity, { code, ...dto }, ['code']);
      await this.audit.record(
        { action: 'income_type.save', subjectType: 'income_type', subjectId: code },
        manager,
      );
    });
    return (await this.incomeTypes()).items.find((t) => t.code === code)!;
  }

  private async checkRates(manager: EntityManager, rates: RateDto[]): Promise<void> {
    const [tiers, taskTypes, products, incomeTypes] = await Promise.all([
      manager.query<Array<{ code: string }>>('SELECT code FROM catalog.training_tiers'),
      manager.query<Array<{ code: string }>>('SELECT code FROM catalog.task_types'),
      manager.query<Array<{ code: string }>>('SELECT code FROM orders.products'),
      manager.query<Array<{ code: string }>>('SELECT code FROM income_type'),
    ]);
    const has = (list: Array<{ code: string }>, code: string) => list.some((x) => x.code === code);
    const seen = new Set<string>();
    rates.forEach((r, i) => {
      const field = (f: string) => `rates.${i}.${f}`;
      if (!has(tiers, r.tierCode))
        throw feesProblem(FeesErrorCode.InvalidRate, 'Unknown training tier.', field('tierCode'));
      if (!r.taskTypeCode === !r.productCode) {
        throw feesProblem(
          FeesErrorCode.InvalidRate,
          'Give either a task type or a product.',
          field('taskTypeCode'),
        );
      }
      if (r.taskTypeCode && !has(taskTypes, r.taskTypeCode))
        throw feesProblem(FeesErrorCode.InvalidRate, 'Unknown task type.', field('taskTypeCode'));
      if (r.productCode && !has(products, r.productCode))
        throw feesProblem(FeesErrorCode.InvalidRate, 'Unknown product.', field('productCode'));
      if (!has(incomeTypes, r.incomeTypeCode))
        throw feesProblem(FeesErrorCode.InvalidRate, 'Unknown income type.', field('incomeTypeCode'));
      const key = `${r.tierCode}|${r.taskTypeCode ?? ''}|${r.productCode ?? ''}`;
      if (seen.has(key))
        throw feesProblem(FeesErrorCode.InvalidRate, 'The same tier and task twice.', field('tierCode'));
      seen.add(key);
      if (r.basis !== FeeBasis.Hourly && r.minBillableMinutes > 0) {
        throw feesProblem(
          FeesErrorCode.InvalidRate,
          'A minimum time applies only to hourly rates.',
          field('minBillableMinutes'),
        );
      }
    });
  }

  private async insertRates(manager: EntityManager, scheduleId: string, rates: RateDto[]): Promise<void> {
    if (!rates.length) return;
    await manager.insert(
      FeeRateEntity,
      rates.map((r) => ({
        scheduleId,
        tierCode: r.tierCode,
        taskTypeCode: r.taskTypeCode || null,
        productCode: r.productCode || null,
        basis: r.basis as FeeBasis,
        amountCents: r.amountCents,
        minBillableMinutes: r.minBillableMinutes,
        paidPreparationMinutes: r.paidPreparationMinutes,
        preparationHourlyCents: r.preparationHourlyCents ?? null,
        incomeTypeCode: r.incomeTypeCode,
      })),
    );
  }
}
