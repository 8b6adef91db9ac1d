import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, problemFactory } from '../common/problem';

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
}

function statusOf(code: FeedbackErrorCode): HttpStatus {
  switch (code) {
    case FeedbackErrorCode.DebriefNotFound:
    case FeedbackErrorCode.FeedbackRequestNotFound:
    case FeedbackErrorCode.QuestionnaireNotFound:
      return HttpStatus.NOT_FOUND;
    case FeedbackErrorCode.DebriefMoveNotAllowed:
    case FeedbackErrorCode.FeedbackAlreadyAnswered:
    case FeedbackErrorCode.QuestionnaireLocked:
    case FeedbackErrorCode.QuestionnaireAudienceChanged:
      return HttpStatus.CONFLICT;
    case FeedbackErrorCode.DebriefTaskUnknown:
    case FeedbackErrorCode.FeedbackAnswersInvalid:
    case FeedbackErrorCode.QuestionnaireInvalid:
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
};

export const feedbackProblem = problemFactory(statusOf, TITLES);
