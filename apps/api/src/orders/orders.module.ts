import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RegistryModule } from '../registry/registry.module';
import { UnitsModule } from '../units/units.module';
import { OrderAttachmentsService } from './order-attachments.service';
import { OrderInboxService } from './order-inbox.service';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderMessagesService } from './order-messages.service';
import { OrderPlannersService } from './order-planners.service';
import { OrderRemindersService } from './order-reminders.service';
import { OrderScheduleService } from './order-schedule.service';
import { OrderStoreService } from './order-store.service';
import { OrderingService } from './ordering.service';
import { OrdersController, ProductsController } from './orders.controller';
import { OrdersService } from './orders.service';
import { ProductsService } from './products.service';

@Module({
  imports: [UnitsModule, AuthModule, RegistryModule],
  controllers: [ProductsController, OrdersController],
  providers: [
    OrderStoreService,
    ProductsService,
    OrderScheduleService,
    OrderingService,
    OrderLifecycleService,
    OrderInboxService,
    OrderMessagesService,
    OrderAttachmentsService,
    OrderRemindersService,
    OrderPlannersService,
    OrdersService,
  ],
  exports: [OrdersService],
})
export class OrdersModule {}
