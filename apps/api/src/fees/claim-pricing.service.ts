import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { RemindersService } from '../notifications/reminders.service';
import { ClaimAccessService } from './claim-access.service';
import { ClaimStepsService } from './claim-steps.service';
import { FeeClaimEntity, FeeClaimLineEntity } from './entities/fees.entities';
import { FeesErrorCode, feesProblem } from './fees.exception';
import {
  ceilingCheck,
  claimLines,
  FeeRuleError,
  feeShareOf,
  MILEAGE_RATE_REMINDER,
  mileageRateFor,
  PaymentMethod,
  Rate,
  rateFor,
  Report,
  ScheduleRates,
  scheduleInForce,
} from './fees.rules';

/**
 * What a claim pays: the schedule in force on the task's day, the kilometre rate of its year, the lines
 * the rules make of a report, and how the expert's month stands against their own earnings ceiling.
 */
@Injectable()
export class ClaimPricingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: RemindersService,
    private readonly access: ClaimAccessService,
    private readonly steps: ClaimStepsService,
  ) {}

  /** The claim's lines for a report, or the problem the expert can act on (no rate, a bad report). */
  async linesOrProblem(manager: EntityManager, c: FeeClaimEntity, report: Report) {
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

  async computeLines(manager: EntityManager, c: FeeClaimEntity, report: Report) {
    const schedule = await this.scheduleOn(manager, c.taskDate);
    const rate: Rate | null = schedule ? rateFor(schedule, c.tierCode, c.taskTypeCode, c.productCode) : null;
    const mileage = await manager.query<Array<{ year: number; cents_per_km: number }>>(
      'SELECT year, cents_per_km FROM mileage_rate',
    );
    const kmRate = mileageRateFor(
      mileage.map((m) => ({ year: m.year, centsPerKm: m.cents_per_km })),
      c.taskDate,
    );
    if (kmRate?.fallback && report.kilometres > 0)
      await this.askForMileageRate(manager, Number(c.taskDate.slice(0, 4)), kmRate.year);
    return claimLines({
      rate,
      paymentMethod: c.asVolunteer ? PaymentMethod.Volunteer : c.paymentMethod,
      report,
      mileageCentsPerKm: kmRate?.centsPerKm ?? null,
      feeShare: feeShareOf({
        lateCancellation: c.lateCancellation,
        lateRule: this.config.FEE_LATE_CANCEL_RULE,
        trainingTask: c.trainingTask,
        traineeFeePercent: schedule?.traineeFeePercent ?? null,
      }),
    });
  }

  async insertLines(
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

  async ceiling(manager: EntityManager, c: FeeClaimEntity, claimEarnings: number) {
    const [row] = await manager.query<Array<{ ceiling: number | null; month: string }>>(
      `SELECT e.earnings_ceiling_cents AS ceiling,
              coalesce((SELECT sum(earnings_cents) FROM fee_claim o WHERE o.expert_id = e.id AND o.id <> $2
                          AND o.status NOT IN ('draft', 'returned', 'cancelled')
                          AND date_trunc('month', o.task_date) = date_trunc('month', $3::date)), 0) AS month
         FROM registry.experts e WHERE e.id = $1`,
      [c.expertId, c.id, c.taskDate],
    );
    return ceilingCheck({
      ceilingCents: row?.ceiling ?? null,
      monthEarningsCents: Number(row?.month ?? 0),
      claimEarningsCents: claimEarnings,
    });
  }

  /** The schedule in force on a day (the rule `scheduleInForce`), with its rates. */
  async scheduleOn(manager: EntityManager, day: string): Promise<ScheduleRates | null> {
    return (await this.schedulesOn(manager, [day])).get(day) ?? null;
  }

  /** The schedules in force on several days, each schedule's rates read once (a series spans few). */
  async schedulesOn(manager: EntityManager, days: string[]): Promise<Map<string, ScheduleRates | null>> {
    const last = days.reduce((a, b) => (a > b ? a : b), days[0]);
    const schedules = await manager.query<
      Array<{ id: string; effectiveFrom: string; traineeFeePercent: number }>
    >(
      `SELECT id, effective_from::text AS "effectiveFrom", trainee_fee_percent AS "traineeFeePercent"
         FROM fee_schedule WHERE effective_from <= $1`,
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
          traineeFeePercent: s.traineeFeePercent,
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

  /**
   * A claim used last year's kilometre rate because this year's is not entered yet: a coordinator is
   * asked (once, until someone saves the rate) to enter it on the fee schedules page.
   */
  private async askForMileageRate(manager: EntityManager, year: number, usedYear: number): Promise<void> {
    const owner = await this.access.aCoordinator(manager);
    if (!owner) return;
    await this.reminders.openOnce(manager, {
      kind: MILEAGE_RATE_REMINDER,
      subjectType: 'mileage_rate',
      subjectId: String(year),
      ownerUserId: owner,
      dueAt: this.steps.dueFrom(this.config.FEE_COORDINATOR_BUSINESS_DAYS),
      title: {
        fi: `Syötä vuoden ${year} kilometrikorvaus: palkkiolomakkeet käyttävät vuoden ${usedYear} korvausta`,
        sv: `Ange kilometerersättningen för ${year}: arvodesblanketterna använder ersättningen för ${usedYear}`,
        en: `Enter the kilometre rate for ${year}: fee claims use the ${usedYear} rate`,
      },
      link: '/fees/schedules',
    });
  }
}
