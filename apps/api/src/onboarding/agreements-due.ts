import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * The newest acceptance each expert has of each required document must reach the newest version that
 * asked for re-acceptance (or version 1): the set rule of `agreementsDue`, in one query for many experts.
 */
export const DUE_SQL = `
  WITH must AS (
    SELECT d.id AS document_id,
           greatest(1, coalesce(max(v.number) FILTER (WHERE v.requires_reacceptance), 0)) AS n
      FROM agreement_document d JOIN agreement_version v ON v.document_id = d.id
     WHERE d.required
     GROUP BY d.id)`;

@Injectable()
export class AgreementsDue {
  /** Of these experts (or every active one), those with a required document still to accept: they get no new offers. */
  async dueFor(manager: EntityManager, expertIds: string[] | null): Promise<Set<string>> {
    if (expertIds && !expertIds.length) return new Set();
    const people = expertIds
      ? 'unnest($1::uuid[]) AS e(id)'
      : `(SELECT id FROM registry.experts WHERE status = 'active' AND merged_into IS NULL) AS e`;
    const rows = await manager.query<Array<{ id: string }>>(
      `${DUE_SQL}
       SELECT DISTINCT e.id FROM ${people} CROSS JOIN must m
        WHERE coalesce((SELECT max(a.version_number) FROM agreement_acceptance a
                         WHERE a.expert_id = e.id AND a.document_id = m.document_id), 0) < m.n`,
      expertIds ? [expertIds] : [],
    );
    return new Set(rows.map((r) => r.id));
  }
}
