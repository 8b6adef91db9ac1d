import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { AuthedRequest } from './access/decorators';
import { requestContext } from './request-context';

/** Makes the request id, address and signed-in principal available to services (audit) without plumbing. */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthedRequest & { actingRole?: string }>();
    const ctx = {
      requestId: String(request.id),
      ip: request.ip,
      principal: request.user,
      actingRole: request.actingRole,
    };
    return new Observable((subscriber) =>
      requestContext.run(ctx, () => {
        const subscription = next.handle().subscribe(subscriber);
        return () => subscription.unsubscribe();
      }),
    );
  }
}
