import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { UnitsModule } from '../units/units.module';
import { OrdersController, ProductsController } from './orders.controller';
import { OrdersService } from './orders.service';

@Module({
  imports: [UnitsModule, RegistryModule],
  controllers: [ProductsController, OrdersController],
  providers: [OrdersService],
  exports: [OrdersService],
})
export class OrdersModule {}
