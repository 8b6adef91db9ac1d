import { Module } from '@nestjs/common';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { OrdersModule } from '../orders/orders.module';
import { RegistryModule } from '../registry/registry.module';
import { UnitsModule } from '../units/units.module';
import { AssignmentsService } from './assignments.service';
import { CalendarService } from './calendar.service';
import { CandidatesService } from './candidates.service';
import { FairnessService } from './fairness.service';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';
import { MatchingSettingsService } from './matching-settings.service';
import { OffersService } from './offers.service';
import { PayEstimates } from './pay-estimate';
import { StaffingService } from './staffing.service';
import { SuggestionsService } from './suggestions.service';

@Module({
  imports: [OrdersModule, RegistryModule, UnitsModule, OnboardingModule],
  controllers: [MatchingController],
  providers: [
    MatchingService,
    PayEstimates,
    MatchingSettingsService,
    CandidatesService,
    StaffingService,
    OffersService,
    AssignmentsService,
    SuggestionsService,
    FairnessService,
    CalendarService,
  ],
  exports: [MatchingService, PayEstimates],
})
export class MatchingModule {}
