import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, problemFactory } from '../common/problem';

export enum FeesErrorCode {
  ClaimNotFound = 'FEE_CLAIM_NOT_FOUND',
  ReceiptNotFound = 'FEE_RECEIPT_NOT_FOUND',
  ReceiptType = 'FEE_RECEIPT_TYPE',
  ReceiptLimit = 'FEE_RECEIPT_LIMIT',
  BatchNotFound = 'EXPORT_BATCH_NOT_FOUND',
  ScheduleNotFound = 'FEE_SCHEDULE_NOT_FOUND',
  Transition = 'FEE_CLAIM_TRANSITION',
  NotYours = 'FEE_CLAIM_NOT_YOURS',
  NoRate = 'FEE_NO_RATE',
  NoMileageRate = 'FEE_NO_MILEAGE_RATE',
  InvalidReport = 'FEE_INVALID_REPORT',
  InvalidRate = 'FEE_INVALID_RATE',
  OverCeiling = 'FEE_OVER_EARNINGS_CEILING',
  NothingToExport = 'NOTHING_TO_EXPORT',
  BatchClosed = 'EXPORT_BATCH_CLOSED',
  AckConflict = 'EXPORT_ACK_CONFLICT',
  UnknownLine = 'EXPORT_UNKNOWN_LINE',
  ScheduleExists = 'FEE_SCHEDULE_EXISTS',
  IdempotencyKeyRequired = 'IDEMPOTENCY_KEY_REQUIRED',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  IdempotencyKeyInvalid = 'IDEMPOTENCY_KEY_INVALID',
}

function statusOf(code: FeesErrorCode): HttpStatus {
  switch (code) {
    case FeesErrorCode.ClaimNotFound:
    case FeesErrorCode.ReceiptNotFound:
    case FeesErrorCode.BatchNotFound:
    case FeesErrorCode.ScheduleNotFound:
      return HttpStatus.NOT_FOUND;
    case FeesErrorCode.Transition:
    case FeesErrorCode.NoRate:
    case FeesErrorCode.NoMileageRate:
    case FeesErrorCode.OverCeiling:
    case FeesErrorCode.NothingToExport:
    case FeesErrorCode.BatchClosed:
    case FeesErrorCode.AckConflict:
    case FeesErrorCode.ScheduleExists:
      return HttpStatus.CONFLICT;
    case FeesErrorCode.NotYours:
      return HttpStatus.FORBIDDEN;
    case FeesErrorCode.ReceiptType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case FeesErrorCode.ReceiptLimit:
      return HttpStatus.CONFLICT;
    case FeesErrorCode.IdempotencyKeyReused:
    case FeesErrorCode.UnknownLine:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case FeesErrorCode.InvalidReport:
    case FeesErrorCode.InvalidRate:
    case FeesErrorCode.IdempotencyKeyRequired:
    case FeesErrorCode.IdempotencyKeyInvalid:
      return HttpStatus.BAD_REQUEST;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<FeesErrorCode, string> = {
  [FeesErrorCode.ClaimNotFound]: 'Fee claim not found',
  [FeesErrorCode.ReceiptNotFound]: 'Receipt not found',
  [FeesErrorCode.ReceiptType]: 'This kind of file cannot be a receipt',
  [FeesErrorCode.ReceiptLimit]: 'The claim has the most receipts it can have',
  [FeesErrorCode.BatchNotFound]: 'Export batch not found',
  [FeesErrorCode.ScheduleNotFound]: 'Fee schedule not found',
  [FeesErrorCode.Transition]: 'The claim cannot take that step now',
  [FeesErrorCode.NotYours]: 'This step of the claim is not yours to take',
  [FeesErrorCode.NoRate]: 'The fee schedule has no rate for this tier and task',
  [FeesErrorCode.NoMileageRate]: 'There is no kilometre rate for the year of the task',
  [FeesErrorCode.InvalidReport]: 'Check the hours, kilometres and expenses',
  [FeesErrorCode.InvalidRate]: 'Check the rates of the schedule',
  [FeesErrorCode.OverCeiling]: 'This claim would take the month over your own earnings ceiling',
  [FeesErrorCode.NothingToExport]: 'There are no approved lines to export',
  [FeesErrorCode.BatchClosed]: 'The batch was released and can no longer be acknowledged',
  [FeesErrorCode.AckConflict]: 'A line was already acknowledged differently',
  [FeesErrorCode.UnknownLine]: 'A line is not in this batch',
  [FeesErrorCode.ScheduleExists]: 'A schedule already starts on that day',
  [FeesErrorCode.IdempotencyKeyRequired]: 'Send an Idempotency-Key header',
  [FeesErrorCode.IdempotencyKeyReused]: 'This Idempotency-Key was used for a different request',
  [FeesErrorCode.IdempotencyKeyInvalid]: 'Idempotency-Key must be 1–200 visible characters',
};

export const feesProblem = problemFactory<FeesErrorCode>(statusOf, TITLES);
