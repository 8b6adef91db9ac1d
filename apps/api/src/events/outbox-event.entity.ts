import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event recorded in the same transaction as the change that caused it. The relay hands it to
 * the job queue and marks it dispatched in one transaction, so an event is never lost nor relayed twice.
 */
@Entity({ name: 'outbox_event' })
@Index('ix_outbox_event_pending', ['occurredAt'], { where: '"dispatched_at" IS NULL' })
@Index('ix_outbox_event_aggregate', ['aggregateType', 'aggregateId'])
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'aggregate_type', type: 'text', nullable: true })
  aggregateType: string | null;

  @Column({ name: 'aggregate_id', type: 'text', nullable: true })
  aggregateId: string | null;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
