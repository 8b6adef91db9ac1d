import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, ProblemException } from '../common/problem';

export enum UnitsErrorCode {
  NotFound = 'UNIT_NOT_FOUND',
  ParentNotFound = 'UNIT_PARENT_NOT_FOUND',
  ParentInactive = 'UNIT_PARENT_INACTIVE',
  ParentKindNotAllowed = 'UNIT_PARENT_KIND_NOT_ALLOWED',
  Cycle = 'UNIT_CYCLE',
  CostCentreTaken = 'UNIT_COST_CENTRE_TAKEN',
  HasActiveChildren = 'UNIT_HAS_ACTIVE_CHILDREN',
}

function statusOf(code: UnitsErrorCode): HttpStatus {
  switch (code) {
    case UnitsErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case UnitsErrorCode.ParentNotFound:
    case UnitsErrorCode.ParentKindNotAllowed:
    case UnitsErrorCode.Cycle:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case UnitsErrorCode.ParentInactive:
    case UnitsErrorCode.CostCentreTaken:
    case UnitsErrorCode.HasActiveChildren:
      return HttpStatus.CONFLICT;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<UnitsErrorCode, string> = {
  [UnitsErrorCode.NotFound]: 'Unit not found',
  [UnitsErrorCode.ParentNotFound]: 'Parent unit not found',
  [UnitsErrorCode.ParentInactive]: 'Parent unit is not active',
  [UnitsErrorCode.ParentKindNotAllowed]: 'This kind of unit cannot be placed there',
  [UnitsErrorCode.Cycle]: 'A unit cannot be moved under itself',
  [UnitsErrorCode.CostCentreTaken]: 'Cost centre already in use',
  [UnitsErrorCode.HasActiveChildren]: 'The unit still has active units under it',
};

export function unitsProblem(code: UnitsErrorCode, detail?: string, field?: string): ProblemException {
  const extensions = field ? { errors: { [field]: [detail ?? TITLES[code]] } } : {};
  return new ProblemException(statusOf(code), code, TITLES[code], detail, extensions);
}
