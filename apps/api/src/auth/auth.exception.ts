import { HttpStatus } from '@nestjs/common';
import { assertUnreachable, ProblemException } from '../common/problem';

export enum AuthErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  InvalidToken = 'INVALID_TOKEN',
  RefreshTokenMissing = 'REFRESH_TOKEN_MISSING',
  RefreshTokenInvalid = 'REFRESH_TOKEN_INVALID',
  RefreshTokenReused = 'REFRESH_TOKEN_REUSED',
  InvalidClient = 'INVALID_CLIENT',
  UnsupportedGrantType = 'UNSUPPORTED_GRANT_TYPE',
  InvalidScope = 'INVALID_SCOPE',
  RoleRequired = 'ROLE_REQUIRED',
  ScopeRequired = 'SCOPE_REQUIRED',
  AccessNotDeclared = 'ACCESS_NOT_DECLARED',
  InvitationInvalid = 'INVITATION_INVALID',
  InvitationUsed = 'INVITATION_USED',
  InvitationExpired = 'INVITATION_EXPIRED',
}

function statusOf(code: AuthErrorCode): HttpStatus {
  switch (code) {
    case AuthErrorCode.InvalidCredentials:
    case AuthErrorCode.InvalidToken:
    case AuthErrorCode.RefreshTokenMissing:
    case AuthErrorCode.RefreshTokenInvalid:
    case AuthErrorCode.RefreshTokenReused:
    case AuthErrorCode.InvalidClient:
      return HttpStatus.UNAUTHORIZED;
    case AuthErrorCode.TooManyAttempts:
      return HttpStatus.TOO_MANY_REQUESTS;
    case AuthErrorCode.UnsupportedGrantType:
    case AuthErrorCode.InvalidScope:
    case AuthErrorCode.InvitationInvalid:
      return HttpStatus.BAD_REQUEST;
    case AuthErrorCode.InvitationUsed:
    case AuthErrorCode.InvitationExpired:
      return HttpStatus.GONE;
    case AuthErrorCode.RoleRequired:
    case AuthErrorCode.ScopeRequired:
    case AuthErrorCode.AccessNotDeclared:
      return HttpStatus.FORBIDDEN;
    default:
      return assertUnreachable(code);
  }
}

/** The OAuth2 `error` value (RFC 6749 §5.2) that accompanies token-endpoint problems. */
const OAUTH_ERRORS: Partial<Record<AuthErrorCode, string>> = {
  [AuthErrorCode.InvalidClient]: 'invalid_client',
  [AuthErrorCode.UnsupportedGrantType]: 'unsupported_grant_type',
  [AuthErrorCode.InvalidScope]: 'invalid_scope',
};

export function authProblem(
  code: AuthErrorCode,
  title: string,
  detail?: string,
  headers: Record<string, string> = {},
): ProblemException {
  const oauth = OAUTH_ERRORS[code];
  const status = statusOf(code);
  const extra: Record<string, string> =
    status === HttpStatus.UNAUTHORIZED && !oauth ? { 'www-authenticate': 'Bearer realm="kokemus"' } : {};
  return new ProblemException(status, code, title, detail, oauth ? { error: oauth } : {}, {
    ...extra,
    ...headers,
  });
}
