import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventBus } from '../events/event-bus';
import { PersonalDataHolders, type PersonalDataPart } from '../registry/personal-data';

/**
 * What onboarding holds about a person, for the registry's data-protection operations (docs/onboarding.md,
 * "Personal data"): its part of the access request, and what erasure and merging a duplicate do to it.
 *
 *   export  the applications (with their timeline, orientation checklist and certificates, without the
 *           files), the agreements accepted, the criminal-record extracts seen, the courses with attendance,
 *           the mentorships as trainee or mentor with their assessments;
 *   erase   deletes the applications (and with them the timeline, checklist, certificates and the courses
 *           taken as an applicant), the extracts seen, the courses, and the mentorships as trainee; keeps
 *           the acceptances without the network address (they show which agreement the fees already paid
 *           were paid under) and the mentorships as mentor (the trainee's record: the mentor's name is the
 *           registry's anonymised one);
 *   merge   moves everything of the duplicate to the kept record, except a row the kept record already has
 *           (the same agreement version, the same course), which stays on the duplicate as history.
 */
@Injectable()
export class OnboardingPersonalData implements OnModuleInit {
  constructor(
    private readonly holders: PersonalDataHolders,
    private readonly bus: EventBus,
  ) {}

  onModuleInit(): void {
    this.holders.provide('onboarding', { exportOf: (manager, id) => this.exportOf(manager, id) });
    this.bus.react('expert.erased', (e, manager) => this.erase(manager, String(e.payload.expertId)));
    this.bus.react('expert.merged', (e, manager) =>
      this.merge(manager, String(e.payload.keptId), String(e.payload.duplicateId)),
    );
  }

  async exportOf(manager: EntityManager, expertId: string): Promise<PersonalDataPart> {
    const rows = (sql: string) => manager.query<Array<Record<string, unknown>>>(sql, [expertId]);
    const [applications, agreements, recordChecks, courses, mentorships] = await Promise.all([
      rows(
        `SELECT to_jsonb(a) - 'expert_id'
                || jsonb_build_object(
                     'timeline', (SELECT coalesce(jsonb_agg(to_jsonb(e) - 'application_id' ORDER BY e.at, e.id), '[]')
                                    FROM application_event e WHERE e.application_id = a.id),
                     'orientation', (SELECT coalesce(jsonb_agg(to_jsonb(o) - 'application_id' ORDER BY o.item_id), '[]')
                                       FROM orientation_check o WHERE o.application_id = a.id),
                     'certificates', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                          'id', c.id, 'file_name', c.file_name, 'content_type', c.content_type,
                                          'size_bytes', c.size_bytes, 'created_at', c.created_at) ORDER BY c.created_at), '[]')
                                        FROM application_certificate c WHERE c.application_id = a.id)
                   ) AS row
           FROM application a WHERE a.expert_id = $1 ORDER BY a.confirmed_at`,
      ),
      rows(
        `SELECT to_jsonb(x) - 'expert_id' || jsonb_build_object('title', v.title, 'document_code', d.code) AS row
           FROM agreement_acceptance x
           JOIN agreement_version v ON v.id = x.version_id
           JOIN agreement_document d ON d.id = x.document_id
          WHERE x.expert_id = $1 ORDER BY x.accepted_at`,
      ),
      rows(
        `SELECT to_jsonb(r) - 'expert_id' AS row FROM record_check r WHERE r.expert_id = $1 ORDER BY r.extract_date`,
      ),
      rows(
        `SELECT to_jsonb(n) - 'expert_id' || jsonb_build_object(
                  'course', c.name,
                  'attendance', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                     'starts_at', s.starts_at, 'present', t.present) ORDER BY s.starts_at), '[]')
                                   FROM course_attendance t JOIN course_session s ON s.id = t.session_id
                                  WHERE t.enrolment_id = n.id)) AS row
           FROM course_enrolment n JOIN course c ON c.id = n.course_id
          WHERE n.expert_id = $1 ORDER BY n.enrolled_at`,
      ),
      rows(
        `SELECT to_jsonb(m) || jsonb_build_object(
                  'role', CASE WHEN m.trainee_expert_id = $1 THEN 'trainee' ELSE 'mentor' END,
                  'assessments', (SELECT coalesce(jsonb_agg(to_jsonb(s) - 'mentorship_id' ORDER BY s.task_starts_at), '[]')
                                    FROM mentorship_assessment s WHERE s.mentorship_id = m.id)) AS row
           FROM mentorship m
          WHERE m.trainee_expert_id = $1 OR m.mentor_expert_id = $1 ORDER BY m.created_at`,
      ),
    ]);
    const unwrap = (list: Array<Record<string, unknown>>) =>
      list.map((r) => r.row as Record<string, unknown>);
    return {
      applications: unwrap(applications),
      agreementAcceptances: unwrap(agreements),
      recordChecks: unwrap(recordChecks),
      courses: unwrap(courses),
      mentorships: unwrap(mentorships),
    };
  }

  /** In the registry's erasure transaction, after the person's own row is anonymised. */
  async erase(manager: EntityManager, expertId: string): Promise<void> {
    await manager.query(`DELETE FROM application WHERE expert_id = $1`, [expertId]);
    await manager.query(`DELETE FROM record_check WHERE expert_id = $1`, [expertId]);
    await manager.query(`DELETE FROM course_enrolment WHERE expert_id = $1`, [expertId]);
    await manager.query(`DELETE FROM mentorship WHERE trainee_expert_id = $1`, [expertId]);
    await manager.query(`UPDATE agreement_acceptance SET address = NULL WHERE expert_id = $1`, [expertId]);
  }

  /** In the registry's merge transaction: what the duplicate had goes to the kept record. */
  async merge(manager: EntityManager, keptId: string, duplicateId: string): Promise<void> {
    const params = [keptId, duplicateId];
    await manager.query(`UPDATE application SET expert_id = $1 WHERE expert_id = $2`, params);
    await manager.query(`UPDATE record_check SET expert_id = $1 WHERE expert_id = $2`, params);
    await manager.query(
      `UPDATE agreement_acceptance x SET expert_id = $1
        WHERE x.expert_id = $2
          AND NOT EXISTS (SELECT 1 FROM agreement_acceptance k WHERE k.expert_id = $1 AND k.version_id = x.version_id)`,
      params,
    );
    await manager.query(
      `UPDATE course_enrolment x SET expert_id = $1
        WHERE x.expert_id = $2
          AND NOT EXISTS (SELECT 1 FROM course_enrolment k WHERE k.expert_id = $1 AND k.course_id = x.course_id)`,
      params,
    );
    // a mentorship between the two becomes one with oneself: it stays on the duplicate
    await manager.query(
      `UPDATE mentorship SET trainee_expert_id = $1
        WHERE trainee_expert_id = $2 AND mentor_expert_id <> $1
          AND (status <> 'active' OR NOT EXISTS (SELECT 1 FROM mentorship k WHERE k.trainee_expert_id = $1 AND k.status = 'active'))`,
      params,
    );
    await manager.query(
      `UPDATE mentorship SET mentor_expert_id = $1 WHERE mentor_expert_id = $2 AND trainee_expert_id <> $1`,
      params,
    );
  }
}
