import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { FieldCipher } from '../common/field-cipher';
import { RegistryModule } from '../registry/registry.module';
import { UnitsModule } from '../units/units.module';
import { BriefingsController } from './briefings.controller';
import { BriefingsService } from './briefings.service';
import { ComplaintsController } from './complaints.controller';
import { ComplaintsService } from './complaints.service';
import { DebriefsController } from './debriefs.controller';
import { DebriefsService } from './debriefs.service';
import { FeedbackPersonalData } from './feedback-personal-data';
import { FeedbackRequestsController } from './feedback-requests.controller';
import { FeedbackRequestsService } from './feedback-requests.service';
import { IndicatorController } from './indicator.controller';
import { IndicatorService } from './indicator.service';
import { ParticipantFeedbackController } from './participant-feedback.controller';
import { ParticipantFeedbackService } from './participant-feedback.service';
import { QuestionnairesController } from './questionnaires.controller';
import { QuestionnairesService } from './questionnaires.service';
import { ReportBacksController } from './report-backs.controller';
import { ReportBacksService } from './report-backs.service';
import { SupervisionController } from './supervision.controller';
import { SupervisionService } from './supervision.service';

/**
 * Feedback, support and the 4T quality loop (docs/feedback.md). Built so far: debrief requests ("I would
 * like to talk to someone"), the feedback asked after every delivered task, the participants' anonymous
 * form by QR code with its screening, complaints, the report-backs, supervision sessions, the briefings before tasks, and the
 * versioned questionnaires. Sits on top of the
 * modules it reads (through their published views).
 */
@Module({
  imports: [AuthModule, RegistryModule, UnitsModule],
  controllers: [
    DebriefsController,
    FeedbackRequestsController,
    QuestionnairesController,
    ParticipantFeedbackController,
    ComplaintsController,
    ReportBacksController,
    SupervisionController,
    BriefingsController,
    IndicatorController,
  ],
  providers: [
    DebriefsService,
    FeedbackRequestsService,
    QuestionnairesService,
    ParticipantFeedbackService,
    ComplaintsService,
    ReportBacksService,
    SupervisionService,
    BriefingsService,
    IndicatorService,
    FeedbackPersonalData,
    FieldCipher,
  ],
  // the supervision minutes, for reporting
  exports: [SupervisionService],
})
export class FeedbackModule {}
