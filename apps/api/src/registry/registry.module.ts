import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { FieldCipher } from '../common/field-cipher';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';
import { RegistryAdminService } from './registry-admin.service';
import { RegistryController } from './registry.controller';
import { RegistryService } from './registry.service';

@Module({
  imports: [AuthModule],
  controllers: [RegistryController, ImportController],
  providers: [RegistryService, RegistryAdminService, ImportService, FieldCipher],
  exports: [RegistryService],
})
export class RegistryModule {}
