import { Module } from '@nestjs/common';
import { FieldCipher } from '../common/field-cipher';
import { RegistryController } from './registry.controller';
import { RegistryService } from './registry.service';

@Module({ controllers: [RegistryController], providers: [RegistryService, FieldCipher], exports: [RegistryService] })
export class RegistryModule {}
