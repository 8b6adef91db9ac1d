import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import { loadConfig, REPO_ROOT } from '../config/config';
import { buildOpenApiDocument } from '../openapi';

/**
 * Writes the OpenAPI document without a database: the module graph is only previewed, no provider
 * is created. Usage: node dist/cli/write-openapi.js [out-file]
 */
async function main() {
  const out = resolve(process.argv[2] ?? resolve(REPO_ROOT, 'libs/api-client/openapi.json'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, 'postgres://unused/unused'),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  const document = buildOpenApiDocument(app);
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
  console.log(`OpenAPI document written to ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
