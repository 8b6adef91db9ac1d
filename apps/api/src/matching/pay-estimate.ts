import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What an offer would pay, as the fees module works it out (before tax). */
export interface PayEstimate {
  /** Fee and paid preparation by the schedule in force; null when the schedule has no rate for it. */
  feeCents: number | null;
  /** The month against the expert's own earnings limit; null when they set none. */
  ceiling: { ceilingCents: number; monthAfterCents: number; overByCents: number } | null;
}

/** Works out what an expert would be paid for times of a product: implemented by the fees module. */
export interface PayEstimator {
  estimate(
    manager: EntityManager,
    expertId: string,
    productCode: string,
    times: Array<{ startsAt: Date; endsAt: Date }>,
  ): Promise<PayEstimate>;
}

/**
 * Where matching asks what an offer pays. Matching sits below fees (fees reads matching's tasks), so
 * it cannot import fees: the fees module hands its estimator in here when it starts.
 */
@Injectable()
export class PayEstimates {
  private estimator: PayEstimator | undefined;

  provide(estimator: PayEstimator): void {
    this.estimator = estimator;
  }

  estimate(...args: Parameters<PayEstimator['estimate']>): Promise<PayEstimate> {
    if (!this.estimator) return Promise.resolve({ feeCents: null, ceiling: null });
    return this.estimator.estimate(...args);
  }
}
