import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { CommonErrorCode, PROBLEM_CONTENT_TYPE, ProblemBody, ProblemException, problemType } from './problem';

const STATUS_CODES: Partial<Record<number, CommonErrorCode>> = {
  400: CommonErrorCode.BadRequest,
  401: CommonErrorCode.Unauthenticated,
  403: CommonErrorCode.Forbidden,
  404: CommonErrorCode.NotFound,
  405: CommonErrorCode.MethodNotAllowed,
  409: CommonErrorCode.Conflict,
  412: CommonErrorCode.PreconditionFailed,
  413: CommonErrorCode.PayloadTooLarge,
  415: CommonErrorCode.UnsupportedMediaType,
  428: CommonErrorCode.PreconditionRequired,
  429: CommonErrorCode.TooManyRequests,
  503: CommonErrorCode.ServiceBusy,
};

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad request',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Something went wrong',
  503: 'Service busy',
};

/** pg-pool's words when no connection frees up in time, and PostgreSQL's code for a cancelled statement. */
function isOverload(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (/timeout exceeded when trying to connect|Connection terminated due to connection timeout/i.test(err.message)) {
    return true;
  }
  const code = (err as { code?: unknown }).code ?? (err as { driverError?: { code?: unknown } }).driverError?.code;
  return code === '57014' || code === '53300';
}

/** What may be logged of an unexpected error: never the parameters, values or SQL of a database error. */
export function safeErrorForLog(err: unknown): Record<string, unknown> {
  if (err instanceof QueryFailedError) {
    const d = err.driverError as { code?: string; constraint?: string; table?: string; routine?: string };
    return { type: 'QueryFailedError', code: d?.code, constraint: d?.constraint, table: d?.table, routine: d?.routine };
  }
  if (err instanceof Error) {
    const pgCode = (err as { code?: unknown }).code;
    if (typeof pgCode === 'string' && /^[0-9A-Z]{5}$/.test(pgCode)) return { type: err.name, code: pgCode };
    return { type: err.name, message: err.message, stack: err.stack };
  }
  return { type: typeof err };
}

/** Every error leaves as RFC 9457 problem+json with a stable `code`. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const { body, headers } = this.toProblem(exception, request);
    if (body.status >= 500 && body.code !== CommonErrorCode.ServiceBusy) {
      this.logger.error({ failure: safeErrorForLog(exception), requestId: request.id }, 'Unhandled error');
    } else if (body.code === CommonErrorCode.ServiceBusy) {
      this.logger.warn({ failure: safeErrorForLog(exception), requestId: request.id }, 'Overloaded');
    }
    for (const [name, value] of Object.entries(headers)) void reply.header(name, value);
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  toProblem(exception: unknown, request: FastifyRequest): { body: ProblemBody; headers: Record<string, string> } {
    const base = { instance: request.url?.split('?')[0], requestId: String(request.id ?? '') };
    if (exception instanceof ProblemException) {
      return {
        body: {
          type: problemType(exception.code),
          title: exception.title,
          status: exception.status,
          ...(exception.detail ? { detail: exception.detail } : {}),
          code: exception.code,
          ...base,
          ...exception.extensions,
        },
        headers: exception.headers,
      };
    }
    if (isOverload(exception)) {
      return {
        body: this.generic(503, base, 'The service is busy right now. Try again in a moment.'),
        headers: { 'retry-after': '5' },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response && 'message' in response
          ? (response as { message: unknown }).message
          : exception.message;
      const detail = Array.isArray(message) ? message.join('; ') : String(message);
      return { body: this.generic(status, base, status >= 500 ? undefined : detail), headers: {} };
    }
    // Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode.
    const fastifyStatus = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return { body: this.generic(fastifyStatus, base, (exception as Error).message), headers: {} };
    }
    return { body: this.generic(500, base, undefined), headers: {} };
  }

  private generic(status: number, base: { instance?: string; requestId: string }, detail?: string): ProblemBody {
    const code = STATUS_CODES[status] ?? (status >= 500 ? CommonErrorCode.Internal : CommonErrorCode.BadRequest);
    return {
      type: problemType(code),
      title: TITLES[status] ?? (status >= 500 ? 'Something went wrong' : 'Bad request'),
      status,
      ...(detail ? { detail } : {}),
      code,
      ...base,
    };
  }
}
