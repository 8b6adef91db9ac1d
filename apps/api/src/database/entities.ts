import { AuditEventEntity } from '../audit/audit-event.entity';
import { ApiClientEntity } from '../auth/entities/api-client.entity';
import { LoginAttemptEntity } from '../auth/entities/login-attempt.entity';
import { RefreshTokenEntity } from '../auth/entities/refresh-token.entity';
import { UserEntity } from '../auth/entities/user.entity';
import { UserInvitationEntity } from '../auth/entities/user-invitation.entity';
import { UserUnitEntity } from '../auth/entities/user-unit.entity';
import { EmailMessageEntity } from '../notifications/entities/email-message.entity';
import { NotificationPreferenceEntity } from '../notifications/entities/notification-preference.entity';
import { NotificationEntity } from '../notifications/entities/notification.entity';
import { OutboxEventEntity } from '../events/outbox-event.entity';
import { ReminderEntity } from '../notifications/entities/reminder.entity';
import {
  ExperienceAreaEntity,
  LanguageEntity,
  MunicipalityEntity,
  TaskTypeEntity,
  TrainingTierEntity,
} from '../catalog/catalog.entities';
import { ExpertAreaEntity } from '../registry/entities/expert-area.entity';
import {
  AbsenceEntity,
  ConsentEntity,
  ExclusionEntity,
  StatusChangeEntity,
  TrainingRecordEntity,
  WeeklyAvailabilityEntity,
} from '../registry/entities/expert-details.entities';
import { ExpertEntity } from '../registry/entities/expert.entity';
import { DebriefRequestEntity } from '../feedback/entities/debrief-request.entity';
import { ComplaintEntity } from '../feedback/entities/complaint.entity';
import { FeedbackRequestEntity } from '../feedback/entities/feedback-request.entity';
import { IndicatorRequestEntity } from '../feedback/entities/indicator-request.entity';
import { ParticipantAnswerEntity } from '../feedback/entities/participant-answer.entity';
import { ParticipantLinkEntity } from '../feedback/entities/participant-link.entity';
import { QuestionnaireEntity } from '../feedback/entities/questionnaire.entity';
import { ReportBackEntity } from '../feedback/entities/report-back.entity';
import { TaskBriefingEntity, TaskBriefingReadEntity } from '../feedback/entities/briefing.entity';
import { SupervisionParticipantEntity, SupervisionSessionEntity } from '../feedback/entities/supervision.entity';
import { RegistryImportEntity } from '../registry/entities/registry-import.entity';
import {
  ApplicationCertificateEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationSubmissionEntity,
  RecruitmentRoundEntity,
} from '../onboarding/entities/onboarding.entities';
import {
  AgreementAcceptanceEntity,
  AgreementDocumentEntity,
  AgreementVersionEntity,
  RecordCheckEntity,
} from '../onboarding/entities/agreement.entities';
import {
  CourseAttendanceEntity,
  CourseEnrolmentEntity,
  CourseEntity,
  CourseSessionEntity,
} from '../onboarding/entities/course.entities';
import { MentorshipAssessmentEntity, MentorshipEntity } from '../onboarding/entities/mentorship.entities';
import { OrientationCheckEntity, OrientationItemEntity } from '../onboarding/entities/orientation.entities';
import { OrgUnitEntity } from '../units/org-unit.entity';
import { IdempotencyRecordEntity } from '../idempotency/idempotency.entity';
import {
  OrderAreaEntity,
  OrderAttachmentEntity,
  OrderEntity,
  OrderEventEntity,
  OrderExcludedExpertEntity,
  OrderMessageEntity,
  OrderOccurrenceEntity,
} from '../orders/entities/order.entity';
import { ProductEntity } from '../orders/entities/product.entity';
import {
  AssignmentEntity,
  CalendarFeedEntity,
  FairnessLedgerEntity,
  MatchingSettingsEntity,
  OfferEntity,
} from '../matching/entities/matching.entities';
import {
  ExportBatchEntity,
  FeeClaimEntity,
  FeeClaimEventEntity,
  FeeClaimLineEntity,
  FeeClaimReceiptEntity,
  FeeRateEntity,
  FeeScheduleEntity,
  IncomeTypeEntity,
  MileageRateEntity,
} from '../fees/entities/fees.entities';

/** Every entity of the application, in one list for the app, the CLI and the tests. */
export const ENTITIES = [
  AuditEventEntity,
  ApiClientEntity,
  LoginAttemptEntity,
  RefreshTokenEntity,
  UserEntity,
  UserInvitationEntity,
  UserUnitEntity,
  OrgUnitEntity,
  OutboxEventEntity,
  NotificationEntity,
  EmailMessageEntity,
  NotificationPreferenceEntity,
  ReminderEntity,
  ExperienceAreaEntity,
  TaskTypeEntity,
  LanguageEntity,
  TrainingTierEntity,
  MunicipalityEntity,
  ExpertEntity,
  ExpertAreaEntity,
  TrainingRecordEntity,
  WeeklyAvailabilityEntity,
  AbsenceEntity,
  ExclusionEntity,
  StatusChangeEntity,
  ConsentEntity,
  RegistryImportEntity,
  ApplicationSubmissionEntity,
  RecruitmentRoundEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationCertificateEntity,
  DebriefRequestEntity,
  QuestionnaireEntity,
  FeedbackRequestEntity,
  IndicatorRequestEntity,
  ComplaintEntity,
  ReportBackEntity,
  SupervisionSessionEntity,
  SupervisionParticipantEntity,
  TaskBriefingEntity,
  TaskBriefingReadEntity,
  ParticipantLinkEntity,
  ParticipantAnswerEntity,
  AgreementDocumentEntity,
  AgreementVersionEntity,
  AgreementAcceptanceEntity,
  RecordCheckEntity,
  CourseEntity,
  CourseSessionEntity,
  CourseEnrolmentEntity,
  CourseAttendanceEntity,
  MentorshipEntity,
  MentorshipAssessmentEntity,
  OrientationItemEntity,
  OrientationCheckEntity,
  IdempotencyRecordEntity,
  ProductEntity,
  OrderEntity,
  OrderAreaEntity,
  OrderExcludedExpertEntity,
  OrderOccurrenceEntity,
  OrderEventEntity,
  OrderMessageEntity,
  OrderAttachmentEntity,
  OfferEntity,
  AssignmentEntity,
  FairnessLedgerEntity,
  MatchingSettingsEntity,
  CalendarFeedEntity,
  IncomeTypeEntity,
  MileageRateEntity,
  FeeScheduleEntity,
  FeeRateEntity,
  FeeClaimEntity,
  ExportBatchEntity,
  FeeClaimLineEntity,
  FeeClaimEventEntity,
  FeeClaimReceiptEntity,
];
