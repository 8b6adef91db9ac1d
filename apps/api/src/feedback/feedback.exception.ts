import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, ProblemException, problemFactory } from '../common/problem';

export enum FeedbackErrorCode {
  DebriefNotFound = 'DEBRIEF_NOT_FOUND',
  DebriefMoveNotAllowed = 'DEBRIEF_MOVE_NOT_ALLOWED',
  DebriefTaskUnknown = 'DEBRIEF_TASK_UNKNOWN',
  FeedbackRequestNotFound = 'FEEDBACK_REQUEST_NOT_FOUND',
  FeedbackAlreadyAnswered = 'FEEDBACK_ALREADY_ANSWERED',
  FeedbackAnswersInvalid = 'FEEDBACK_ANSWERS_INVALID',
  QuestionnaireNotFound = 'QUESTIONNAIRE_NOT_FOUND',
  QuestionnaireInvalid = 'QUESTIONNAIRE_INVALID',
  QuestionnaireLocked = 'QUESTIONNAIRE_LOCKED',
  QuestionnaireAudienceChanged = 'QUESTIONNAIRE_AUDIENCE_CHANGED',
  TaskTimeNotFound = 'TASK_TIME_NOT_FOUND',
  ParticipantLinkNotYours = 'PARTICIPANT_LINK_NOT_YOURS',
  ParticipantLinkNotFound = 'PARTICIPANT_LINK_NOT_FOUND',
  ParticipantFeedbackNotOpenYet = 'PARTICIPANT_FEEDBACK_NOT_OPEN_YET',
  ParticipantFeedbackClosed = 'PARTICIPANT_FEEDBACK_CLOSED',
  ParticipantFeedbackTooMany = 'PARTICIPANT_FEEDBACK_TOO_MANY',
  ScreeningNotFound = 'SCREENING_NOT_FOUND',
  ComplaintNotFound = 'COMPLAINT_NOT_FOUND',
  ComplaintMoveNotAllowed = 'COMPLAINT_MOVE_NOT_ALLOWED',
  ComplaintMoveNotYours = 'COMPLAINT_MOVE_NOT_YOURS',
  ComplaintTextMissing = 'COMPLAINT_TEXT_MISSING',
  ComplaintOutcomeMissing = 'COMPLAINT_OUTCOME_MISSING',
  ReportBackNotFound = 'REPORT_BACK_NOT_FOUND',
  SupervisionNotFound = 'SUPERVISION_NOT_FOUND',
  SupervisionInvalid = 'SUPERVISION_INVALID',
  SupervisionNotStarted = 'SUPERVISION_NOT_STARTED',
  SupervisionAlreadyStarted = 'SUPERVISION_ALREADY_STARTED',
  SupervisionCancelled = 'SUPERVISION_CANCELLED',
  IndicatorRequestNotFound = 'INDICATOR_REQUEST_NOT_FOUND',
  IndicatorAlreadyAnswered = 'INDICATOR_ALREADY_ANSWERED',
  IndicatorAnswersInvalid = 'INDICATOR_ANSWERS_INVALID',
  BriefingNotFound = 'BRIEFING_NOT_FOUND',
  BriefingInvalid = 'BRIEFING_INVALID',
  BriefingTaskOver = 'BRIEFING_TASK_OVER',
  BriefingNotWritten = 'BRIEFING_NOT_WRITTEN',
  BriefingChanged = 'BRIEFING_CHANGED',
}

function statusOf(code: FeedbackErrorCode): HttpStatus {
  switch (code) {
    case FeedbackErrorCode.DebriefNotFound:
    case FeedbackErrorCode.FeedbackRequestNotFound:
    case FeedbackErrorCode.QuestionnaireNotFound:
    case FeedbackErrorCode.TaskTimeNotFound:
    case FeedbackErrorCode.ParticipantLinkNotFound:
    case FeedbackErrorCode.ScreeningNotFound:
    case FeedbackErrorCode.ComplaintNotFound:
    case FeedbackErrorCode.ReportBackNotFound:
    case FeedbackErrorCode.SupervisionNotFound:
    case FeedbackErrorCode.BriefingNotFound:
      return HttpStatus.NOT_FOUND;
    case FeedbackErrorCode.BriefingTaskOver:
    case FeedbackErrorCode.BriefingNotWritten:
    case FeedbackErrorCode.BriefingChanged:
      return HttpStatus.CONFLICT;
    case FeedbackErrorCode.BriefingInvalid:
      return HttpStatus.BAD_REQUEST;
    case FeedbackErrorCode.IndicatorRequestNotFound:
      return HttpStatus.NOT_FOUND;
    case FeedbackErrorCode.IndicatorAlreadyAnswered:
      return HttpStatus.CONFLICT;
    case FeedbackErrorCode.IndicatorAnswersInvalid:
      return HttpStatus.BAD_REQUEST;
    case FeedbackErrorCode.SupervisionNotStarted:
    case FeedbackErrorCode.SupervisionAlreadyStarted:
    case FeedbackErrorCode.SupervisionCancelled:
      return HttpStatus.CONFLICT;
    case FeedbackErrorCode.ComplaintMoveNotAllowed:
      return HttpStatus.CONFLICT;
    case FeedbackErrorCode.ComplaintTextMissing:
    case FeedbackErrorCode.ComplaintOutcomeMissing:
      return HttpStatus.BAD_REQUEST;
    case FeedbackErrorCode.ComplaintMoveNotYours:
    case FeedbackErrorCode.ParticipantLinkNotYours:
      return HttpStatus.FORBIDDEN;
    case FeedbackErrorCode.ParticipantFeedbackNotOpenYet:
    case FeedbackErrorCode.ParticipantFeedbackClosed:
      return HttpStatus.GONE;
    case FeedbackErrorCode.ParticipantFeedbackTooMany:
      return HttpStatus.TOO_MANY_REQUESTS;
    case FeedbackErrorCode.DebriefMoveNotAllowed:
    case FeedbackErrorCode.FeedbackAlreadyAnswered:
    case FeedbackErrorCode.QuestionnaireLocked:
    case FeedbackErrorCode.QuestionnaireAudienceChanged:
      return HttpStatus.CONFLICT;
    case FeedbackErrorCode.DebriefTaskUnknown:
    case FeedbackErrorCode.FeedbackAnswersInvalid:
    case FeedbackErrorCode.QuestionnaireInvalid:
    case FeedbackErrorCode.SupervisionInvalid:
      return HttpStatus.BAD_REQUEST;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<FeedbackErrorCode, string> = {
  [FeedbackErrorCode.DebriefNotFound]: 'Debrief request not found',
  [FeedbackErrorCode.DebriefMoveNotAllowed]: 'The request cannot move this way',
  [FeedbackErrorCode.DebriefTaskUnknown]: 'No such task of yours',
  [FeedbackErrorCode.FeedbackRequestNotFound]: 'Feedback request not found',
  [FeedbackErrorCode.FeedbackAlreadyAnswered]: 'This feedback has already been given',
  [FeedbackErrorCode.FeedbackAnswersInvalid]: 'Check the answers',
  [FeedbackErrorCode.QuestionnaireNotFound]: 'Questionnaire not found',
  [FeedbackErrorCode.QuestionnaireInvalid]: 'Check the questionnaire',
  [FeedbackErrorCode.QuestionnaireLocked]: 'This wording is locked: no new version can be saved',
  [FeedbackErrorCode.QuestionnaireAudienceChanged]: 'A new version must ask the same people',
  [FeedbackErrorCode.TaskTimeNotFound]: 'No such task time',
  [FeedbackErrorCode.ParticipantLinkNotYours]:
    'Only the ordering unit, the expert of the time or a coordinator makes its link',
  [FeedbackErrorCode.ParticipantLinkNotFound]: 'No such feedback link',
  [FeedbackErrorCode.ParticipantFeedbackNotOpenYet]: 'The feedback opens when the session starts',
  [FeedbackErrorCode.ParticipantFeedbackClosed]: 'The feedback for this session has closed',
  [FeedbackErrorCode.ParticipantFeedbackTooMany]: 'Too many answers from here',
  [FeedbackErrorCode.ScreeningNotFound]: 'No such participant text to screen',
  [FeedbackErrorCode.ComplaintNotFound]: 'Complaint not found',
  [FeedbackErrorCode.ComplaintMoveNotAllowed]: 'The complaint cannot move this way now',
  [FeedbackErrorCode.ComplaintMoveNotYours]: 'This step is not yours to take',
  [FeedbackErrorCode.ComplaintTextMissing]: 'Write a few words',
  [FeedbackErrorCode.ComplaintOutcomeMissing]: 'Choose the outcome',
  [FeedbackErrorCode.ReportBackNotFound]: 'Report-back not found',
  [FeedbackErrorCode.SupervisionNotFound]: 'Supervision session not found',
  [FeedbackErrorCode.SupervisionInvalid]: 'Check the supervision session',
  [FeedbackErrorCode.SupervisionNotStarted]: 'Attendance is marked once the session has started',
  [FeedbackErrorCode.SupervisionAlreadyStarted]: 'The session has already started: it cannot be cancelled',
  [FeedbackErrorCode.SupervisionCancelled]: 'The session was cancelled',
  [FeedbackErrorCode.IndicatorRequestNotFound]: 'No such participation indicator request',
  [FeedbackErrorCode.IndicatorAlreadyAnswered]: 'You have already answered this',
  [FeedbackErrorCode.IndicatorAnswersInvalid]: 'Answer every statement with 1–5',
  [FeedbackErrorCode.BriefingNotFound]: 'No such task time of yours',
  [FeedbackErrorCode.BriefingInvalid]: 'Check the briefing',
  [FeedbackErrorCode.BriefingTaskOver]: 'The task time is over: its briefing no longer changes',
  [FeedbackErrorCode.BriefingNotWritten]: 'The briefing has not been written yet',
  [FeedbackErrorCode.BriefingChanged]: 'The briefing has changed since you read it: read the new one',
};

export const feedbackProblem = problemFactory(statusOf, TITLES);

/** 429 with Retry-After, so the participant's browser knows when to try again. */
export function tooManyParticipantAnswers(retryAfterSeconds: number): ProblemException {
  const p = feedbackProblem(
    FeedbackErrorCode.ParticipantFeedbackTooMany,
    'Too many answers have been sent from here. Try again later.',
  );
  return new ProblemException(p.status, p.code, p.title, p.detail, p.extensions, {
    'retry-after': String(retryAfterSeconds),
  });
}

/**
 * The rules' problems ([field, what is wrong]) as one 400 of `code`: every field's messages under
 * `errors`, the first problem as the detail. Nothing when there are none.
 */
export function throwIfProblems(code: FeedbackErrorCode, problems: ReadonlyArray<[string, string]>): void {
  if (!problems.length) return;
  const errors: Record<string, string[]> = {};
  for (const [field, problem] of problems) (errors[field] ??= []).push(problem);
  throw feedbackProblem(code, problems[0][1], undefined, { errors });
}
