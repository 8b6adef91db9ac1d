import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Scope } from './common/access/roles';

/** Recursively sorts object keys so the committed document is byte-stable (arrays keep their order). */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    ) as T;
  }
  return value;
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Kokemus API')
    .setDescription(
      'Coordination of experts by experience (kokemusasiantuntijat) for a wellbeing services county. ' +
        'Errors are RFC 9457 problem+json with a stable `code`. Lists are cursor-paginated ' +
        '(`limit`, `cursor` → `nextCursor`). Changes to versioned resources take `If-Match`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addOAuth2(
      {
        type: 'oauth2',
        flows: {
          clientCredentials: {
            tokenUrl: '/api/v1/auth/token',
            scopes: {
              [Scope.PayrollRead]: 'Read approved fee lines',
              [Scope.PayrollWrite]: 'Acknowledge fee lines as paid',
            },
          },
        },
      },
      'clientCredentials',
    )
    .addCookieAuth('kokemus_refresh', { type: 'apiKey', in: 'cookie', name: 'kokemus_refresh' }, 'refreshCookie')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
  });
  assertUniqueOperationIds(document);
  return sortKeys(document);
}

function assertUniqueOperationIds(document: OpenAPIObject): void {
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const id = (op as { operationId?: string })?.operationId;
      if (!id) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (seen.has(id)) throw new Error(`operationId ${id} is used by ${seen.get(id)} and ${where}`);
      seen.set(id, where);
    }
  }
}
