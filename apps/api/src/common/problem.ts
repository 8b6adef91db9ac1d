import { HttpStatus } from '@nestjs/common';

/** Codes shared by every module: the transport-level and cross-cutting failures. */
export enum CommonErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  BadRequest = 'BAD_REQUEST',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  Conflict = 'CONFLICT',
  PreconditionFailed = 'PRECONDITION_FAILED',
  PreconditionRequired = 'PRECONDITION_REQUIRED',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  ServiceBusy = 'SERVICE_BUSY',
  Internal = 'INTERNAL',
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `urn:kokemus:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

/**
 * A failure the caller can act on. Modules throw it through their own exception helpers so that each
 * code keeps one status; `extensions` become extra members of the problem document.
 */
/**
 * A module's problem maker: its codes, each code's HTTP status and title; a field name puts the detail
 * under `errors[field]` (so forms show it on the right field), and extensions add machine-readable facts.
 */
export function problemFactory<C extends string>(
  statusOf: (code: C) => HttpStatus,
  titles: Record<C, string>,
) {
  return (
    code: C,
    detail?: string,
    field?: string,
    extensions: Record<string, unknown> = {},
  ): ProblemException =>
    new ProblemException(statusOf(code), code, titles[code], detail, {
      ...(field ? { errors: { [field]: [detail ?? titles[code]] } } : {}),
      ...extensions,
    });
}

export class ProblemException extends Error {
  constructor(
    public readonly status: HttpStatus,
    public readonly code: string,
    public readonly title: string,
    public readonly detail?: string,
    public readonly extensions: Record<string, unknown> = {},
    public readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
