import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../common/request-context';
import { AuditActorType, AuditOutcome } from './audit-event.entity';

export interface AuditInput {
  action: string;
  outcome?: AuditOutcome;
  subjectType?: string;
  subjectId?: string;
  fieldGroup?: string;
  purpose?: string;
  /** Overrides for events outside an authenticated request (sign-in, jobs). */
  actor?: { type: AuditActorType; id?: string | null; role?: string | null };
  requestId?: string;
}

export type AuditHistoryRow = {
  occurred_at: Date;
  action: string;
  actor_role: string | null;
  field_group: string | null;
  purpose: string | null;
  outcome: string;
};

/** The one way every module writes to the audit trail. Pass the transaction's manager to write atomically. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(input: AuditInput, manager?: EntityManager): Promise<void> {
    await this.recordMany([input], manager);
  }

  async recordMany(inputs: AuditInput[], manager?: EntityManager): Promise<void> {
    if (inputs.length === 0) return;
    const ctx = requestContext.get();
    const principal = ctx?.principal;
    const rows = inputs.map((input) => {
      const actor = input.actor ?? {
        type: principal ? (principal.kind === 'user' ? AuditActorType.User : AuditActorType.Client) : AuditActorType.Anonymous,
        id: principal ? (principal.kind === 'user' ? principal.userId : principal.clientId) : null,
        role: ctx?.actingRole ?? null,
      };
      return {
        actorType: actor.type,
        actorId: actor.id ?? null,
        actorRole: actor.role ?? null,
        action: input.action,
        subjectType: input.subjectType ?? null,
        subjectId: input.subjectId ?? null,
        fieldGroup: input.fieldGroup ?? null,
        purpose: input.purpose ?? null,
        requestId: input.requestId ?? ctx?.requestId ?? null,
        outcome: input.outcome ?? AuditOutcome.Success,
      };
    });
    // One statement for any number of rows (a search page audits every person it returns).
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO audit_event (actor_type, actor_id, actor_role, action, subject_type, subject_id, field_group, purpose, request_id, outcome)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])`,
      [
        col('actorType'),
        col('actorId'),
        col('actorRole'),
        col('action'),
        col('subjectType'),
        col('subjectId'),
        col('fieldGroup'),
        col('purpose'),
        col('requestId'),
        col('outcome'),
      ],
    );
  }

  /**
   * What the trail holds about the given subjects, oldest first: when, what, by which role, which
   * fields and why (GDPR art. 15 — a person may know who read their data; actors' ids stay out).
   */
  async historyOf(subjects: Array<{ type: string; id: string }>): Promise<AuditHistoryRow[]> {
    if (subjects.length === 0) return [];
    return this.dataSource.query<AuditHistoryRow[]>(
      `SELECT a.occurred_at, a.action, a.actor_role, a.field_group, a.purpose, a.outcome
         FROM audit_event a JOIN unnest($1::text[], $2::text[]) AS s(type, id)
           ON a.subject_type = s.type AND a.subject_id = s.id
        ORDER BY a.occurred_at, a.id`,
      [subjects.map((s) => s.type), subjects.map((s) => s.id)],
    );
  }
}
