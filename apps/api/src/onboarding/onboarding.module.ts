import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RegistryModule } from '../registry/registry.module';
import { AgreementsController } from './agreements.controller';
import { ApplicationCertificatesController } from './application-certificates.controller';
import { ApplicationCertificatesService } from './application-certificates.service';
import { OnboardingPersonalData } from './onboarding-personal-data';
import { AgreementsDue } from './agreements-due';
import { AgreementsService } from './agreements.service';
import { ApplicationActivation } from './application-activation';
import { FieldCipher } from '../common/field-cipher';
import { ApplicationIntakeService } from './application-intake.service';
import { SignedLinks } from '../common/signed-links';
import { ApplicationPipelineService } from './application-pipeline.service';
import { ApplicationSteps } from './application-steps';
import { OnboardingController } from './onboarding.controller';
import { OnboardingNotices } from './onboarding.notices';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { MentorshipsController } from './mentorships.controller';
import { MentorshipsService } from './mentorships.service';
import { OrientationController } from './orientation.controller';
import { OrientationService } from './orientation.service';
import { RecordChecksService } from './record-checks.service';
import { RecruitmentService } from './recruitment.service';

/**
 * From a public application to an active expert (docs/onboarding.md). Owns the application tables;
 * creates experts only through the registry's methods.
 */
@Module({
  imports: [AuthModule, RegistryModule],
  controllers: [
    OnboardingController,
    ApplicationCertificatesController,
    AgreementsController,
    CoursesController,
    MentorshipsController,
    OrientationController,
  ],
  providers: [
    ApplicationCertificatesService,
    OnboardingPersonalData,
    AgreementsDue,
    AgreementsService,
    ApplicationActivation,
    RecordChecksService,
    CoursesService,
    MentorshipsService,
    OrientationService,
    ApplicationIntakeService,
    ApplicationPipelineService,
    ApplicationSteps,
    SignedLinks,
    OnboardingNotices,
    RecruitmentService,
    FieldCipher,
  ],
  exports: [AgreementsDue, RecordChecksService, MentorshipsService],
})
export class OnboardingModule {}
