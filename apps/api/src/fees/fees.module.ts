import { Module } from '@nestjs/common';
import { FieldCipher } from '../common/field-cipher';
import { UnitsModule } from '../units/units.module';
import { FeesController, PayrollController } from './fees.controller';
import { FeesService } from './fees.service';
import { PayrollService } from './payroll.service';

@Module({
  imports: [UnitsModule],
  controllers: [FeesController, PayrollController],
  providers: [FeesService, PayrollService, FieldCipher],
  exports: [FeesService],
})
export class FeesModule {}
