import { Module } from '@nestjs/common';
import { FieldCipher } from '../common/field-cipher';
import { MatchingModule } from '../matching/matching.module';
import { UnitsModule } from '../units/units.module';
import { FeesController, PayrollController, SchedulesController } from './fees.controller';
import { FeesService } from './fees.service';
import { PayrollService } from './payroll.service';
import { SchedulesService } from './schedules.service';

@Module({
  imports: [UnitsModule, MatchingModule],
  controllers: [FeesController, SchedulesController, PayrollController],
  providers: [FeesService, PayrollService, SchedulesService, FieldCipher],
  exports: [FeesService],
})
export class FeesModule {}
