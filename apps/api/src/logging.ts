import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { AppConfig } from './config/config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Reuses a caller's X-Request-Id when it looks like one, so a request can be followed across systems. */
export function requestIdOf(req: IncomingMessage & { id?: unknown }): string {
  if (typeof req.id === 'string' && req.id) return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  return id;
}

/**
 * JSON logs with the request id. Only method, path (no query string: it may hold search terms about a
 * person), status and timing: no headers, bodies, cookies or tokens.
 */
export function loggerOptions(config: AppConfig, destination?: NodeJS.WritableStream): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    genReqId: (req) => requestIdOf(req as IncomingMessage & { id?: unknown }),
    customProps: () => ({ service: 'kokemus-api' }),
    autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health') },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: (req.url ?? '').split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error) => ({ type: err.name }),
    },
    redact: { paths: ['req.headers', 'res.headers', '*.password', '*.token', '*.accessToken'], remove: true },
  };
  return { pinoHttp: destination ? [options as never, destination as never] : options };
}
