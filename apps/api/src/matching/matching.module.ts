import { Module } from '@nestjs/common';
import { FeesModule } from '../fees/fees.module';
import { OrdersModule } from '../orders/orders.module';
import { RegistryModule } from '../registry/registry.module';
import { UnitsModule } from '../units/units.module';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';

@Module({
  imports: [OrdersModule, RegistryModule, UnitsModule, FeesModule],
  controllers: [MatchingController],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
