import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, ProblemException, problemFactory } from '../common/problem';

export enum OnboardingErrorCode {
  NotFound = 'APPLICATION_NOT_FOUND',
  MoveNotAllowed = 'APPLICATION_MOVE_NOT_ALLOWED',
  ReasonRequired = 'APPLICATION_REASON_REQUIRED',
  InterviewTimeRequired = 'APPLICATION_INTERVIEW_TIME_REQUIRED',
  RecruitmentClosed = 'RECRUITMENT_CLOSED',
  TooManyApplications = 'APPLICATION_TOO_MANY',
  LinkInvalid = 'APPLICATION_LINK_INVALID',
  LinkExpired = 'APPLICATION_LINK_EXPIRED',
  GuardianRequired = 'APPLICATION_GUARDIAN_REQUIRED',
  UnknownCode = 'APPLICATION_UNKNOWN_CODE',
  BirthDateInvalid = 'APPLICATION_BIRTH_DATE_INVALID',
  RoundDates = 'RECRUITMENT_ROUND_DATES',
  RoundOverlap = 'RECRUITMENT_ROUND_OVERLAP',
  AlreadyInRegistry = 'APPLICATION_ALREADY_IN_REGISTRY',
  AgreementNotFound = 'AGREEMENT_NOT_FOUND',
  ExpertNotFound = 'EXPERT_NOT_FOUND',
  RecordCheckDate = 'RECORD_CHECK_DATE_INVALID',
  CourseNotFound = 'COURSE_NOT_FOUND',
  CourseSessionNotFound = 'COURSE_SESSION_NOT_FOUND',
  CourseEnrolmentNotFound = 'COURSE_ENROLMENT_NOT_FOUND',
  CourseDates = 'COURSE_DATES',
  CourseEnrolmentUnknown = 'COURSE_ENROLMENT_UNKNOWN',
  CourseFull = 'COURSE_FULL',
  CourseAlreadyEnrolled = 'COURSE_ALREADY_ENROLLED',
  CourseApplicantStep = 'COURSE_APPLICANT_NOT_IN_TRAINING',
  CourseEnrolmentDone = 'COURSE_ENROLMENT_CLOSED',
  CourseAttendanceShort = 'COURSE_ATTENDANCE_SHORT',
  AgreementCodeTaken = 'AGREEMENT_CODE_TAKEN',
  AgreementVersionOutdated = 'AGREEMENT_VERSION_OUTDATED',
  AgreementVersionUnknown = 'AGREEMENT_VERSION_UNKNOWN',
  MentorshipNotFound = 'MENTORSHIP_NOT_FOUND',
  MentorshipNotYours = 'MENTORSHIP_NOT_YOURS',
  MentorshipSamePerson = 'MENTORSHIP_SAME_PERSON',
  MentorNotQualified = 'MENTORSHIP_MENTOR_NOT_QUALIFIED',
  MentorshipTraineeNotEligible = 'MENTORSHIP_TRAINEE_NOT_ELIGIBLE',
  MentorshipExists = 'MENTORSHIP_EXISTS',
  MentorshipNotActive = 'MENTORSHIP_NOT_ACTIVE',
  MentorshipTaskNotShared = 'MENTORSHIP_TASK_NOT_SHARED',
  MentorshipTaskAssessed = 'MENTORSHIP_TASK_ASSESSED',
  MentorshipTasksShort = 'MENTORSHIP_TASKS_SHORT',
  OrientationIncomplete = 'APPLICATION_ORIENTATION_INCOMPLETE',
  NotInOrientation = 'APPLICATION_NOT_IN_ORIENTATION',
  OrientationItemUnknown = 'ORIENTATION_ITEM_UNKNOWN',
  OrientationItemNotFound = 'ORIENTATION_ITEM_NOT_FOUND',
  OrientationItemCodeTaken = 'ORIENTATION_ITEM_CODE_TAKEN',
  InterviewChanged = 'APPLICATION_INTERVIEW_CHANGED',
  CertificateType = 'APPLICATION_CERTIFICATE_TYPE',
  CertificateTooLarge = 'APPLICATION_CERTIFICATE_TOO_LARGE',
  CertificateLimit = 'APPLICATION_CERTIFICATE_LIMIT',
  CertificateNotFound = 'APPLICATION_CERTIFICATE_NOT_FOUND',
}

function statusOf(code: OnboardingErrorCode): HttpStatus {
  switch (code) {
    case OnboardingErrorCode.NotFound:
    case OnboardingErrorCode.AgreementNotFound:
    case OnboardingErrorCode.ExpertNotFound:
    case OnboardingErrorCode.CourseNotFound:
    case OnboardingErrorCode.CourseSessionNotFound:
    case OnboardingErrorCode.CourseEnrolmentNotFound:
    case OnboardingErrorCode.MentorshipNotFound:
    case OnboardingErrorCode.OrientationItemNotFound:
    case OnboardingErrorCode.CertificateNotFound:
      return HttpStatus.NOT_FOUND;
    case OnboardingErrorCode.CertificateType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case OnboardingErrorCode.CertificateTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case OnboardingErrorCode.MentorshipNotYours:
      return HttpStatus.FORBIDDEN;
    case OnboardingErrorCode.MoveNotAllowed:
    case OnboardingErrorCode.RecruitmentClosed:
    case OnboardingErrorCode.RoundOverlap:
    case OnboardingErrorCode.AgreementCodeTaken:
    case OnboardingErrorCode.AlreadyInRegistry:
    case OnboardingErrorCode.AgreementVersionOutdated:
    case OnboardingErrorCode.CourseFull:
    case OnboardingErrorCode.CourseAlreadyEnrolled:
    case OnboardingErrorCode.CourseApplicantStep:
    case OnboardingErrorCode.CourseEnrolmentDone:
    case OnboardingErrorCode.CourseAttendanceShort:
    case OnboardingErrorCode.MentorNotQualified:
    case OnboardingErrorCode.MentorshipTraineeNotEligible:
    case OnboardingErrorCode.MentorshipExists:
    case OnboardingErrorCode.MentorshipNotActive:
    case OnboardingErrorCode.MentorshipTaskNotShared:
    case OnboardingErrorCode.MentorshipTaskAssessed:
    case OnboardingErrorCode.MentorshipTasksShort:
    case OnboardingErrorCode.OrientationIncomplete:
    case OnboardingErrorCode.NotInOrientation:
    case OnboardingErrorCode.OrientationItemCodeTaken:
    case OnboardingErrorCode.InterviewChanged:
    case OnboardingErrorCode.CertificateLimit:
      return HttpStatus.CONFLICT;
    case OnboardingErrorCode.TooManyApplications:
      return HttpStatus.TOO_MANY_REQUESTS;
    case OnboardingErrorCode.LinkExpired:
      return HttpStatus.GONE;
    case OnboardingErrorCode.ReasonRequired:
    case OnboardingErrorCode.InterviewTimeRequired:
    case OnboardingErrorCode.LinkInvalid:
    case OnboardingErrorCode.GuardianRequired:
    case OnboardingErrorCode.UnknownCode:
    case OnboardingErrorCode.BirthDateInvalid:
    case OnboardingErrorCode.RoundDates:
    case OnboardingErrorCode.AgreementVersionUnknown:
    case OnboardingErrorCode.RecordCheckDate:
    case OnboardingErrorCode.CourseDates:
    case OnboardingErrorCode.CourseEnrolmentUnknown:
    case OnboardingErrorCode.MentorshipSamePerson:
    case OnboardingErrorCode.OrientationItemUnknown:
      return HttpStatus.BAD_REQUEST;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<OnboardingErrorCode, string> = {
  [OnboardingErrorCode.NotFound]: 'Application not found',
  [OnboardingErrorCode.MoveNotAllowed]: 'The application cannot move this way from its step',
  [OnboardingErrorCode.ReasonRequired]: 'Give a reason',
  [OnboardingErrorCode.InterviewTimeRequired]: 'Give the interview time',
  [OnboardingErrorCode.RecruitmentClosed]: 'Applications are not taken now',
  [OnboardingErrorCode.TooManyApplications]: 'Too many applications sent',
  [OnboardingErrorCode.LinkInvalid]: 'The link is not valid',
  [OnboardingErrorCode.LinkExpired]: 'The link has expired',
  [OnboardingErrorCode.GuardianRequired]: 'A guardian’s name and e-mail are needed',
  [OnboardingErrorCode.UnknownCode]: 'Unknown catalogue value',
  [OnboardingErrorCode.BirthDateInvalid]: 'Check the date of birth',
  [OnboardingErrorCode.RoundDates]: 'Check the dates of the round',
  [OnboardingErrorCode.RoundOverlap]: 'The round overlaps another round',
  [OnboardingErrorCode.AlreadyInRegistry]: 'The person is in the registry already',
  [OnboardingErrorCode.ExpertNotFound]: 'Expert not found',
  [OnboardingErrorCode.RecordCheckDate]: 'Check the date of the extract',
  [OnboardingErrorCode.CourseNotFound]: 'Course not found',
  [OnboardingErrorCode.CourseSessionNotFound]: 'The course has no such session',
  [OnboardingErrorCode.CourseEnrolmentNotFound]: 'The course has no such enrolment',
  [OnboardingErrorCode.CourseDates]: 'Check the course’s dates',
  [OnboardingErrorCode.CourseEnrolmentUnknown]: 'Someone is not on this course',
  [OnboardingErrorCode.CourseFull]: 'The course is full',
  [OnboardingErrorCode.CourseAlreadyEnrolled]: 'The person is on the course already',
  [OnboardingErrorCode.CourseApplicantStep]: 'The application is not at the training step',
  [OnboardingErrorCode.CourseEnrolmentDone]: 'The enrolment is completed or withdrawn',
  [OnboardingErrorCode.CourseAttendanceShort]: 'Not enough sessions attended',
  [OnboardingErrorCode.AgreementNotFound]: 'Agreement document not found',
  [OnboardingErrorCode.AgreementCodeTaken]: 'A document with this code exists',
  [OnboardingErrorCode.AgreementVersionOutdated]: 'A newer version of the document has been published',
  [OnboardingErrorCode.AgreementVersionUnknown]: 'The document has no such version',
  [OnboardingErrorCode.MentorshipNotFound]: 'Mentorship not found',
  [OnboardingErrorCode.MentorshipNotYours]: 'Only the coordinators, the mentor and the trainee see this mentorship',
  [OnboardingErrorCode.MentorshipSamePerson]: 'A person cannot mentor themself',
  [OnboardingErrorCode.MentorNotQualified]: 'The mentor must be an active expert with the mentor tier',
  [OnboardingErrorCode.MentorshipTraineeNotEligible]: 'The trainee must be active or in orientation, and not a mentor',
  [OnboardingErrorCode.MentorshipExists]: 'The trainee already has an active mentorship',
  [OnboardingErrorCode.MentorshipNotActive]: 'The mentorship has already been completed or ended',
  [OnboardingErrorCode.MentorshipTaskNotShared]: 'The task is not one the trainee and the mentor have done together',
  [OnboardingErrorCode.MentorshipTaskAssessed]: 'The task has already been assessed',
  [OnboardingErrorCode.MentorshipTasksShort]: 'Not enough tasks have been approved yet',
  [OnboardingErrorCode.OrientationIncomplete]: 'Some items of the orientation checklist are not done',
  [OnboardingErrorCode.NotInOrientation]: 'The checklist is kept at the orientation step only',
  [OnboardingErrorCode.OrientationItemUnknown]: 'No such checklist item',
  [OnboardingErrorCode.OrientationItemNotFound]: 'Checklist item not found',
  [OnboardingErrorCode.OrientationItemCodeTaken]: 'A checklist item with this code exists',
  [OnboardingErrorCode.InterviewChanged]: 'The interview time has changed',
  [OnboardingErrorCode.CertificateType]: 'Add a PDF or a photo (PNG, JPEG)',
  [OnboardingErrorCode.CertificateTooLarge]: 'The file is too large',
  [OnboardingErrorCode.CertificateLimit]: 'No more certificates can be added',
  [OnboardingErrorCode.CertificateNotFound]: 'Certificate not found',
};

export const onboardingProblem = problemFactory(statusOf, TITLES);

/** 429 with Retry-After, so a browser or a script knows when to try again. */
export function tooManyApplications(retryAfterSeconds: number): ProblemException {
  const p = onboardingProblem(
    OnboardingErrorCode.TooManyApplications,
    'Too many applications have been sent from here. Try again later.',
  );
  return new ProblemException(p.status, p.code, p.title, p.detail, p.extensions, {
    'retry-after': String(retryAfterSeconds),
  });
}
