import { Module } from '@nestjs/common';
import { FieldCipher } from '../common/field-cipher';
import { MatchingModule } from '../matching/matching.module';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { UnitsModule } from '../units/units.module';
import { ClaimAccessService } from './claim-access.service';
import { ClaimLifecycleService } from './claim-lifecycle.service';
import { ClaimPricingService } from './claim-pricing.service';
import { ClaimQueriesService } from './claim-queries.service';
import { ClaimReceiptsService } from './claim-receipts.service';
import { ClaimSettlementService } from './claim-settlement.service';
import { ClaimStepsService } from './claim-steps.service';
import { FeesController, PayrollController, SchedulesController } from './fees.controller';
import { PayEstimateService } from './pay-estimate.service';
import { PayrollService } from './payroll.service';
import { SchedulesService } from './schedules.service';

@Module({
  imports: [UnitsModule, OnboardingModule, MatchingModule],
  controllers: [FeesController, SchedulesController, PayrollController],
  providers: [
    // the claim's use cases
    ClaimLifecycleService,
    ClaimQueriesService,
    ClaimReceiptsService,
    ClaimSettlementService,
    PayEstimateService,
    // what they share: who may act, what a step does, what a claim pays
    ClaimAccessService,
    ClaimStepsService,
    ClaimPricingService,
    PayrollService,
    SchedulesService,
    FieldCipher,
  ],
  // what FeesService offered, by use case
  exports: [
    ClaimLifecycleService,
    ClaimQueriesService,
    ClaimReceiptsService,
    ClaimSettlementService,
    PayEstimateService,
  ],
})
export class FeesModule {}
