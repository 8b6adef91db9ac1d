import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { AppModule } from './app.module';
import { CommonErrorCode, PROBLEM_CONTENT_TYPE, problemType } from './common/problem';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import { requestIdOf } from './logging';
import { SPREADSHEET_TYPES } from './registry/import.controller';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './orders/orders.service';
import { buildOpenApiDocument } from './openapi';

export interface CreateAppOptions {
  /** Skip the SPA (tests). */
  serveWeb?: boolean;
  /** Where JSON logs go (default stdout); tests capture them. */
  logDestination?: NodeJS.WritableStream;
}

export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: (req: IncomingMessage) => requestIdOf(req as IncomingMessage & { id?: unknown }),
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl, options.logDestination), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // styled-components (the Suomi.fi design system) and Swagger UI inject style elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Plain-HTTP installs (a LAN demo) must keep working; TLS belongs to the proxy in front.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  app.enableCors({
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    credentials: true,
    methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  // Spreadsheets arrive as raw bytes (registry import); they may be larger than JSON bodies.
  fastify.addContentTypeParser(SPREADSHEET_TYPES, { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );
  // Order attachments arrive as the raw file (the spreadsheet types above are parsed as buffers already).
  fastify.addContentTypeParser(
    ATTACHMENT_TYPES.filter((t) => !SPREADSHEET_TYPES.includes(t)),
    { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES + 1024 },
    (_req, body, done) => done(null, body),
  );
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Kokemus API',
  });

  if (options.serveWeb !== false && existsSync(join(config.WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.WEB_DIST, prefix: '/', wildcard: false, index: false });
    // History fallback: any other GET outside /api gets the SPA, which routes on the client.
    fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
      if (request.url.startsWith('/api')) {
        return reply
          .status(404)
          .header('content-type', PROBLEM_CONTENT_TYPE)
          .send({
            type: problemType(CommonErrorCode.NotFound),
            title: 'Not found',
            status: 404,
            code: CommonErrorCode.NotFound,
            requestId: request.id,
          });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  await app.init();
  return app;
}
