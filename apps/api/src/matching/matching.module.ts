import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders/orders.module';
import { RegistryModule } from '../registry/registry.module';
import { UnitsModule } from '../units/units.module';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';
import { PayEstimates } from './pay-estimate';

@Module({
  imports: [OrdersModule, RegistryModule, UnitsModule],
  controllers: [MatchingController],
  providers: [MatchingService, PayEstimates],
  exports: [MatchingService, PayEstimates],
})
export class MatchingModule {}
