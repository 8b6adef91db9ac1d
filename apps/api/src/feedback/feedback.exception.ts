import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, problemFactory } from '../common/problem';

export enum FeedbackErrorCode {
  DebriefNotFound = 'DEBRIEF_NOT_FOUND',
  DebriefMoveNotAllowed = 'DEBRIEF_MOVE_NOT_ALLOWED',
  DebriefTaskUnknown = 'DEBRIEF_TASK_UNKNOWN',
}

function statusOf(code: FeedbackErrorCode): HttpStatus {
  switch (code) {
    case FeedbackErrorCode.DebriefNotFound:
      return HttpStatus.NOT_FOUND;
    case FeedbackErrorCode.DebriefMoveNotAllowed:
      return HttpStatus.CONFLICT;
    case FeedbackErrorCode.DebriefTaskUnknown:
      return HttpStatus.BAD_REQUEST;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<FeedbackErrorCode, string> = {
  [FeedbackErrorCode.DebriefNotFound]: 'Debrief request not found',
  [FeedbackErrorCode.DebriefMoveNotAllowed]: 'The request cannot move this way',
  [FeedbackErrorCode.DebriefTaskUnknown]: 'No such task of yours',
};

export const feedbackProblem = problemFactory(statusOf, TITLES);
