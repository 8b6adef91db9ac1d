import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AuthErrorCode, authProblem } from '../auth.exception';
import { IS_PUBLIC } from '../../common/access/decorators';

/** Global: every route needs a valid bearer token unless it is marked @Public(). */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  override handleRequest<T>(err: unknown, user: T): T {
    // An error (not a bad token) means the check itself failed, e.g. the database is busy: let the
    // problem filter answer it (503), rather than sign the person out.
    if (err) throw err;
    if (!user) {
      throw authProblem(AuthErrorCode.InvalidToken, 'Sign-in required', 'Your session has ended. Please sign in again.');
    }
    return user;
  }
}
