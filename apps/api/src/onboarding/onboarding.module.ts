import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { FieldCipher } from '../common/field-cipher';
import { ApplicationIntakeService } from './application-intake.service';
import { ApplicationLinks } from './application-links';
import { ApplicationPipelineService } from './application-pipeline.service';
import { ApplicationSteps } from './application-steps';
import { OnboardingController } from './onboarding.controller';
import { OnboardingNotices } from './onboarding.notices';
import { RecruitmentService } from './recruitment.service';

/**
 * From a public application to an active expert (docs/onboarding.md). Owns the application tables;
 * creates experts only through the registry's methods.
 */
@Module({
  imports: [AuthModule],
  controllers: [OnboardingController],
  providers: [
    ApplicationIntakeService,
    ApplicationPipelineService,
    ApplicationSteps,
    ApplicationLinks,
    OnboardingNotices,
    RecruitmentService,
    FieldCipher,
  ],
})
export class OnboardingModule {}
