import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** What every module may inject from `common/`: the clock. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class CommonModule {}
