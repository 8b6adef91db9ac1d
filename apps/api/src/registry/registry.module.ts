import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { AuthModule } from '../auth/auth.module';
import { FieldCipher } from '../common/field-cipher';
import { ExpertAvailabilityService } from './expert-availability.service';
import { ExpertDetailService } from './expert-detail.service';
import { ExpertProfileService } from './expert-profile.service';
import { ExpertStatusService } from './expert-status.service';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';
import { RegistryAdminService } from './registry-admin.service';
import { RegistrySearchService } from './registry-search.service';
import { RegistryController } from './registry.controller';
import { RegistryService } from './registry.service';
import { PersonalDataHolders } from './personal-data';
import { TaxCardsService } from './tax-cards.service';

@Module({
  imports: [AuthModule, UnitsModule],
  controllers: [RegistryController, ImportController],
  providers: [
    RegistryService,
    RegistrySearchService,
    ExpertProfileService,
    ExpertStatusService,
    ExpertAvailabilityService,
    ExpertDetailService,
    RegistryAdminService,
    ImportService,
    TaxCardsService,
    FieldCipher,
    PersonalDataHolders,
  ],
  exports: [RegistryService, PersonalDataHolders],
})
export class RegistryModule {}
