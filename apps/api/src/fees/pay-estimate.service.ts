import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { helsinkiDate } from '../common/business-days';
import { PayEstimates, type PayEstimator } from '../matching/pay-estimate';
import { ClaimPricingService } from './claim-pricing.service';
import { FeeClaimEntity } from './entities/fees.entities';
import { ceilingCheck, claimLines, earningsCents, PaymentMethod, rateFor } from './fees.rules';

/** What an offer would pay: fees' estimator, handed to matching's `PayEstimates` port when the module starts. */
@Injectable()
export class PayEstimateService implements OnModuleInit, PayEstimator {
  constructor(
    private readonly payEstimates: PayEstimates,
    private readonly pricing: ClaimPricingService,
  ) {}

  onModuleInit(): void {
    // matching asks what an offer pays through this (it may not import fees)
    this.payEstimates.provide(this);
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
      `SELECT e.tier_code, e.payment_method, p.task_type_code, p.preparation_minutes FROM registry.experts e, orders.products p WHERE e.id = $1 AND p.code = $2`,
      [expertId, productCode],
    );
    if (!e || !times.length) return { feeCents: null, ceiling: null };
    let fee = 0;
    // a series is many times on few schedules: read them all at once
    const schedules = await this.pricing.schedulesOn(
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
    return { feeCents: fee, ceiling: await this.pricing.ceiling(manager, probe, fee) };
  }
}
