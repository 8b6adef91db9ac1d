import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, ProblemException } from '../common/problem';

export enum RegistryErrorCode {
  NotFound = 'EXPERT_NOT_FOUND',
  NoProfile = 'EXPERT_PROFILE_MISSING',
  EmailTaken = 'EXPERT_EMAIL_TAKEN',
  PersonalIdTaken = 'EXPERT_PERSONAL_ID_TAKEN',
  InvalidPersonalId = 'EXPERT_PERSONAL_ID_INVALID',
  InvalidIban = 'EXPERT_IBAN_INVALID',
  InvalidBusinessId = 'EXPERT_BUSINESS_ID_INVALID',
  UnknownCode = 'EXPERT_UNKNOWN_CODE',
  StatusTransition = 'EXPERT_STATUS_TRANSITION',
  InvalidDates = 'EXPERT_INVALID_DATES',
  RecordNotFound = 'EXPERT_RECORD_NOT_FOUND',
  ImportNotFound = 'IMPORT_NOT_FOUND',
  ImportUnreadable = 'IMPORT_UNREADABLE',
  ImportNothingToImport = 'IMPORT_NOTHING_TO_IMPORT',
  MergeInvalid = 'EXPERT_MERGE_INVALID',
}

function statusOf(code: RegistryErrorCode): HttpStatus {
  switch (code) {
    case RegistryErrorCode.NotFound:
    case RegistryErrorCode.NoProfile:
    case RegistryErrorCode.RecordNotFound:
    case RegistryErrorCode.ImportNotFound:
      return HttpStatus.NOT_FOUND;
    case RegistryErrorCode.EmailTaken:
    case RegistryErrorCode.PersonalIdTaken:
    case RegistryErrorCode.StatusTransition:
    case RegistryErrorCode.ImportNothingToImport:
    case RegistryErrorCode.MergeInvalid:
      return HttpStatus.CONFLICT;
    case RegistryErrorCode.InvalidPersonalId:
    case RegistryErrorCode.InvalidIban:
    case RegistryErrorCode.InvalidBusinessId:
    case RegistryErrorCode.UnknownCode:
    case RegistryErrorCode.InvalidDates:
    case RegistryErrorCode.ImportUnreadable:
      return HttpStatus.BAD_REQUEST;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<RegistryErrorCode, string> = {
  [RegistryErrorCode.NotFound]: 'Expert not found',
  [RegistryErrorCode.NoProfile]: 'You have no expert profile yet',
  [RegistryErrorCode.EmailTaken]: 'Another expert has this e-mail address',
  [RegistryErrorCode.PersonalIdTaken]: 'Another expert has this personal identity code',
  [RegistryErrorCode.InvalidPersonalId]: 'Check the personal identity code',
  [RegistryErrorCode.InvalidIban]: 'Check the bank account number',
  [RegistryErrorCode.InvalidBusinessId]: 'Check the business ID',
  [RegistryErrorCode.UnknownCode]: 'Unknown catalogue value',
  [RegistryErrorCode.StatusTransition]: 'This status change is not possible',
  [RegistryErrorCode.InvalidDates]: 'Check the dates',
  [RegistryErrorCode.RecordNotFound]: 'Record not found',
  [RegistryErrorCode.ImportNotFound]: 'Import not found',
  [RegistryErrorCode.ImportUnreadable]: 'The file could not be read',
  [RegistryErrorCode.ImportNothingToImport]: 'No valid rows to import',
  [RegistryErrorCode.MergeInvalid]: 'These records cannot be merged',
};

export function registryProblem(code: RegistryErrorCode, detail?: string, field?: string): ProblemException {
  return new ProblemException(
    statusOf(code),
    code,
    TITLES[code],
    detail,
    field ? { errors: { [field]: [detail ?? TITLES[code]] } } : {},
  );
}
