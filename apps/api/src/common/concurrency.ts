import { HttpStatus } from '@nestjs/common';
import { CommonErrorCode, ProblemException } from './problem';

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Reads `If-Match`; state changes on versioned resources require it (428 when absent). */
export function requireIfMatch(header: string | undefined): number {
  if (!header) {
    throw new ProblemException(
      HttpStatus.PRECONDITION_REQUIRED,
      CommonErrorCode.PreconditionRequired,
      'If-Match header required',
      'Send the ETag of the version you edited in If-Match, so that nobody else’s change is overwritten.',
    );
  }
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!match) {
    throw new ProblemException(
      HttpStatus.PRECONDITION_FAILED,
      CommonErrorCode.PreconditionFailed,
      'If-Match does not name a version',
    );
  }
  return Number(match[1]);
}

export function staleVersion(current?: number): ProblemException {
  return new ProblemException(
    HttpStatus.PRECONDITION_FAILED,
    CommonErrorCode.PreconditionFailed,
    'The resource has changed',
    'Someone else saved a newer version. Reload it and make your change again.',
    current === undefined ? {} : { currentVersion: current },
  );
}
