import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, problemFactory } from '../common/problem';

export enum OrdersErrorCode {
  NotFound = 'ORDER_NOT_FOUND',
  OccurrenceNotFound = 'ORDER_OCCURRENCE_NOT_FOUND',
  AttachmentNotFound = 'ORDER_ATTACHMENT_NOT_FOUND',
  ProductNotFound = 'PRODUCT_NOT_FOUND',
  ProductExists = 'PRODUCT_EXISTS',
  Transition = 'ORDER_TRANSITION',
  NotEditable = 'ORDER_NOT_EDITABLE',
  ScheduleLocked = 'ORDER_SCHEDULE_LOCKED',
  Incomplete = 'ORDER_INCOMPLETE',
  InvalidSchedule = 'ORDER_INVALID_SCHEDULE',
  UnknownCode = 'ORDER_UNKNOWN_CODE',
  UnitNotAllowed = 'ORDER_UNIT_NOT_ALLOWED',
  ExpertNotAvailable = 'ORDER_EXPERT_NOT_AVAILABLE',
  OccurrenceNotChangeable = 'ORDER_OCCURRENCE_NOT_CHANGEABLE',
  AttachmentType = 'ORDER_ATTACHMENT_TYPE',
  AttachmentLimit = 'ORDER_ATTACHMENT_LIMIT',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  IdempotencyKeyInvalid = 'IDEMPOTENCY_KEY_INVALID',
}

function statusOf(code: OrdersErrorCode): HttpStatus {
  switch (code) {
    case OrdersErrorCode.NotFound:
    case OrdersErrorCode.OccurrenceNotFound:
    case OrdersErrorCode.AttachmentNotFound:
    case OrdersErrorCode.ProductNotFound:
      return HttpStatus.NOT_FOUND;
    case OrdersErrorCode.Transition:
    case OrdersErrorCode.NotEditable:
    case OrdersErrorCode.ScheduleLocked:
    case OrdersErrorCode.OccurrenceNotChangeable:
    case OrdersErrorCode.ProductExists:
    case OrdersErrorCode.AttachmentLimit:
      return HttpStatus.CONFLICT;
    case OrdersErrorCode.Incomplete:
    case OrdersErrorCode.IdempotencyKeyReused:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case OrdersErrorCode.AttachmentType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case OrdersErrorCode.InvalidSchedule:
    case OrdersErrorCode.UnknownCode:
    case OrdersErrorCode.UnitNotAllowed:
    case OrdersErrorCode.ExpertNotAvailable:
    case OrdersErrorCode.IdempotencyKeyInvalid:
      return HttpStatus.BAD_REQUEST;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<OrdersErrorCode, string> = {
  [OrdersErrorCode.NotFound]: 'Order not found',
  [OrdersErrorCode.OccurrenceNotFound]: 'Occurrence not found',
  [OrdersErrorCode.AttachmentNotFound]: 'Attachment not found',
  [OrdersErrorCode.ProductNotFound]: 'Product not found',
  [OrdersErrorCode.ProductExists]: 'A product with this code exists already',
  [OrdersErrorCode.Transition]: 'The order cannot move to that state now',
  [OrdersErrorCode.NotEditable]: 'The order can no longer be changed',
  [OrdersErrorCode.ScheduleLocked]: 'Experts are already staffed: change the times one occurrence at a time',
  [OrdersErrorCode.Incomplete]: 'The order is missing information',
  [OrdersErrorCode.InvalidSchedule]: 'Check the dates and times',
  [OrdersErrorCode.UnknownCode]: 'Unknown catalogue value',
  [OrdersErrorCode.UnitNotAllowed]: 'You can order only for your own units',
  [OrdersErrorCode.ExpertNotAvailable]: 'This expert cannot be wished for',
  [OrdersErrorCode.OccurrenceNotChangeable]: 'This occurrence can no longer be changed',
  [OrdersErrorCode.AttachmentType]: 'This kind of file cannot be attached',
  [OrdersErrorCode.AttachmentLimit]: 'The order has the most attachments it can have',
  [OrdersErrorCode.IdempotencyKeyReused]: 'This Idempotency-Key was used for a different request',
  [OrdersErrorCode.IdempotencyKeyInvalid]: 'Idempotency-Key must be 1–200 visible characters',
};

export const ordersProblem = problemFactory<OrdersErrorCode>(statusOf, TITLES);
