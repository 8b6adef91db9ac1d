import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IdempotencyRecordEntity } from './idempotency.entity';

/** Canonical JSON (keys sorted at every level): the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(operation: string, body: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(canonicalJson(body)).digest('hex');
}

export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export type IdempotencyClaim =
  | { kind: 'new' }
  | { kind: 'replay'; statusCode: number; response: Record<string, unknown>; resourceId: string | null }
  | { kind: 'mismatch' };

/**
 * Claims a key inside the caller's transaction. A concurrent request with the same key waits on the
 * unique key until the first commits, then replays its stored answer; if the first rolled back, the
 * second goes ahead as new.
 */
export async function claimIdempotencyKey(
  manager: EntityManager,
  principal: string,
  key: string,
  operation: string,
  hash: string,
): Promise<IdempotencyClaim> {
  const inserted = await manager.query<Array<{ key: string }>>(
    `INSERT INTO idempotency_record (principal, key, operation, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (principal, key) DO NOTHING RETURNING key`,
    [principal, key, operation, hash],
  );
  if (inserted.length === 1) return { kind: 'new' };
  const existing = await manager.findOneOrFail(IdempotencyRecordEntity, { where: { principal, key } });
  if (existing.operation !== operation || existing.requestHash !== hash) return { kind: 'mismatch' };
  return {
    kind: 'replay',
    statusCode: existing.statusCode ?? 200,
    response: existing.response ?? {},
    resourceId: existing.resourceId,
  };
}

/** Stores the answer to replay, in the same transaction as the change. */
export async function completeIdempotencyKey(
  manager: EntityManager,
  principal: string,
  key: string,
  statusCode: number,
  response: object,
  resourceId: string | null,
): Promise<void> {
  await manager.update(
    IdempotencyRecordEntity,
    { principal, key },
    { statusCode, response: response as object, resourceId },
  );
}
