import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, problemFactory } from '../common/problem';

export enum MatchingErrorCode {
  OfferNotFound = 'OFFER_NOT_FOUND',
  AssignmentNotFound = 'ASSIGNMENT_NOT_FOUND',
  OrderNotInMatching = 'ORDER_NOT_IN_MATCHING',
  NotEligible = 'EXPERT_NOT_ELIGIBLE',
  AlreadyOffered = 'EXPERT_ALREADY_OFFERED',
  ReasonRequired = 'FAIRNESS_REASON_REQUIRED',
  OfferClosed = 'OFFER_CLOSED',
  OfferTooLate = 'OFFER_TOO_LATE',
  PlacesFilled = 'OFFER_PLACES_FILLED',
  Overlap = 'ASSIGNMENT_OVERLAP',
  Transition = 'ASSIGNMENT_TRANSITION',
  UnknownOccurrence = 'MATCHING_UNKNOWN_OCCURRENCE',
  CalendarNotFound = 'CALENDAR_NOT_FOUND',
}

function statusOf(code: MatchingErrorCode): HttpStatus {
  switch (code) {
    case MatchingErrorCode.OfferNotFound:
    case MatchingErrorCode.AssignmentNotFound:
    case MatchingErrorCode.CalendarNotFound:
      return HttpStatus.NOT_FOUND;
    case MatchingErrorCode.OrderNotInMatching:
    case MatchingErrorCode.NotEligible:
    case MatchingErrorCode.AlreadyOffered:
    case MatchingErrorCode.OfferClosed:
    case MatchingErrorCode.OfferTooLate:
    case MatchingErrorCode.PlacesFilled:
    case MatchingErrorCode.Overlap:
    case MatchingErrorCode.Transition:
      return HttpStatus.CONFLICT;
    case MatchingErrorCode.ReasonRequired:
    case MatchingErrorCode.UnknownOccurrence:
      return HttpStatus.BAD_REQUEST;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<MatchingErrorCode, string> = {
  [MatchingErrorCode.OfferNotFound]: 'Offer not found',
  [MatchingErrorCode.AssignmentNotFound]: 'Assignment not found',
  [MatchingErrorCode.OrderNotInMatching]: 'Take the order into matching first',
  [MatchingErrorCode.NotEligible]: 'This expert cannot take these times',
  [MatchingErrorCode.AlreadyOffered]: 'This expert already has an open offer or a place on this order',
  [MatchingErrorCode.ReasonRequired]: 'Say why someone ranked higher is passed over',
  [MatchingErrorCode.OfferClosed]: 'The offer is no longer open',
  [MatchingErrorCode.OfferTooLate]: 'The time has already started',
  [MatchingErrorCode.PlacesFilled]: 'The places have already been filled',
  [MatchingErrorCode.Overlap]: 'The expert already has a confirmed task at that time',
  [MatchingErrorCode.Transition]: 'The assignment cannot move to that state now',
  [MatchingErrorCode.UnknownOccurrence]: 'Not a time of this order',
  [MatchingErrorCode.CalendarNotFound]: 'Calendar not found',
};

export const matchingProblem = problemFactory<MatchingErrorCode>(statusOf, TITLES);
