import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, ProblemException } from '../common/problem';

export enum NotificationsErrorCode {
  NotFound = 'NOTIFICATION_NOT_FOUND',
  EmailNotFound = 'EMAIL_NOT_FOUND',
  CategoryLocked = 'NOTIFICATION_CATEGORY_LOCKED',
}

function statusOf(code: NotificationsErrorCode): HttpStatus {
  switch (code) {
    case NotificationsErrorCode.NotFound:
    case NotificationsErrorCode.EmailNotFound:
      return HttpStatus.NOT_FOUND;
    case NotificationsErrorCode.CategoryLocked:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<NotificationsErrorCode, string> = {
  [NotificationsErrorCode.NotFound]: 'Notification not found',
  [NotificationsErrorCode.EmailNotFound]: 'E-mail not found',
  [NotificationsErrorCode.CategoryLocked]: 'These messages cannot be switched off',
};

export function notificationsProblem(code: NotificationsErrorCode, detail?: string, field?: string): ProblemException {
  return new ProblemException(statusOf(code), code, TITLES[code], detail, field ? { errors: { [field]: [detail ?? TITLES[code]] } } : {});
}
