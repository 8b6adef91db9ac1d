import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A POST made with an `Idempotency-Key`: the first answer is stored and replayed for a retry with the
 * same key and body; the same key with another body is refused (422).
 */
@Entity({ name: 'idempotency_record' })
@Index('ix_idempotency_record_created', ['createdAt'])
export class IdempotencyRecordEntity {
  /** Whose key it is (`user:<id>` or `client:<id>`): keys of different callers never collide. */
  @PrimaryColumn({ type: 'text' })
  principal: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** The operation, e.g. `createOrder`. */
  @Column({ type: 'text' })
  operation: string;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode: number | null;

  /** The first answer's body, replayed as it was. */
  @Column({ type: 'jsonb', nullable: true })
  response: Record<string, unknown> | null;

  @Column({ name: 'resource_id', type: 'text', nullable: true })
  resourceId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
