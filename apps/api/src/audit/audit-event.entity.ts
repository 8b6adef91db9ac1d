import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditOutcome {
  Success = 'success',
  Failure = 'failure',
  Denied = 'denied',
}

export enum AuditActorType {
  User = 'user',
  Client = 'client',
  System = 'system',
  Anonymous = 'anonymous',
}

/**
 * Append-only trail of who did or read what. Holds identifiers and field-group names only, never the
 * values; a trigger in the migration refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_subject', ['subjectType', 'subjectId', 'occurredAt'])
@Index('ix_audit_event_actor', ['actorId', 'occurredAt'])
@Check('ck_audit_event_outcome', `"outcome" IN ('success', 'failure', 'denied')`)
@Check('ck_audit_event_actor_type', `"actor_type" IN ('user', 'client', 'system', 'anonymous')`)
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'actor_type', type: 'text' })
  actorType: AuditActorType;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: string | null;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  @Column({ name: 'field_group', type: 'text', nullable: true })
  fieldGroup: string | null;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'text' })
  outcome: AuditOutcome;
}
