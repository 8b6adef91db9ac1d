import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '../common/field-cipher';
import { EventBus } from '../events/event-bus';
import { PersonalDataHolders, type PersonalDataPart } from '../registry/personal-data';

/**
 * What feedback holds about a person, for the registry's data-protection operations: the debrief
 * requests (the person's words and the coordinators' notes, decrypted) and the feedback after their tasks
 * (theirs and the orderers', free text decrypted), complaints, report-backs and their supervision sessions
 * (with whether they came) in the access request; erasure deletes them; merging a duplicate moves them to
 * the kept record.
 */
@Injectable()
export class FeedbackPersonalData implements OnModuleInit {
  constructor(
    private readonly holders: PersonalDataHolders,
    private readonly bus: EventBus,
    private readonly cipher: FieldCipher,
  ) {}

  onModuleInit(): void {
    this.holders.provide('feedback', { exportOf: (manager, id) => this.exportOf(manager, id) });
    this.bus.react('expert.erased', async (e, manager) => {
      // their place in supervision sessions; a session nobody is left in goes with it
      await manager.query(
        `WITH gone AS (
           DELETE FROM supervision_participant WHERE expert_id = $1 RETURNING session_id)
         DELETE FROM supervision_session s
          WHERE s.id IN (SELECT session_id FROM gone)
            AND NOT EXISTS (SELECT 1 FROM supervision_participant p WHERE p.session_id = s.id AND p.expert_id <> $1)`,
        [String(e.payload.expertId)],
      );
      await manager.query(`DELETE FROM task_briefing_read WHERE expert_id = $1`, [
        String(e.payload.expertId),
      ]);
      await manager.query(`DELETE FROM report_back WHERE expert_id = $1`, [String(e.payload.expertId)]);
      await manager.query(`DELETE FROM complaint WHERE expert_id = $1`, [String(e.payload.expertId)]);
      await manager.query(`DELETE FROM feedback_request WHERE expert_id = $1`, [String(e.payload.expertId)]);
      await manager.query(`DELETE FROM indicator_request WHERE expert_id = $1`, [String(e.payload.expertId)]);
      await manager.query(`DELETE FROM debrief_request WHERE expert_id = $1`, [String(e.payload.expertId)]);
    });
    this.bus.react('expert.merged', async (e, manager) => {
      // a session both records were in keeps one place, the kept one's, with "came" if either came
      await manager.query(
        `WITH both_in AS (
           DELETE FROM supervision_participant d
            WHERE d.expert_id = $2
              AND EXISTS (SELECT 1 FROM supervision_participant k WHERE k.session_id = d.session_id AND k.expert_id = $1)
            RETURNING d.session_id, d.attended)
         UPDATE supervision_participant k
            SET attended = CASE WHEN k.attended OR b.attended THEN true ELSE COALESCE(k.attended, b.attended) END
           FROM both_in b
          WHERE k.session_id = b.session_id AND k.expert_id = $1`,
        [String(e.payload.keptId), String(e.payload.duplicateId)],
      );
      await manager.query(`UPDATE supervision_participant SET expert_id = $1 WHERE expert_id = $2`, [
        String(e.payload.keptId),
        String(e.payload.duplicateId),
      ]);
      // a time both records were briefed for keeps the kept one's reading
      await manager.query(
        `DELETE FROM task_briefing_read d
          WHERE d.expert_id = $2
            AND EXISTS (SELECT 1 FROM task_briefing_read k WHERE k.occurrence_id = d.occurrence_id AND k.expert_id = $1)`,
        [String(e.payload.keptId), String(e.payload.duplicateId)],
      );
      // the indicator: one open and one joining request per person — the duplicate's unanswered open one
      // gives way to the kept one's, and its joining answers are kept as a yearly one
      await manager.query(
        `DELETE FROM indicator_request d
          WHERE d.expert_id = $2 AND d.status = 'open'
            AND EXISTS (SELECT 1 FROM indicator_request k WHERE k.expert_id = $1 AND k.status = 'open')`,
        [String(e.payload.keptId), String(e.payload.duplicateId)],
      );
      await manager.query(
        `UPDATE indicator_request d SET reason = 'yearly'
          WHERE d.expert_id = $2 AND d.reason = 'joining'
            AND EXISTS (SELECT 1 FROM indicator_request k WHERE k.expert_id = $1 AND k.reason = 'joining')`,
        [String(e.payload.keptId), String(e.payload.duplicateId)],
      );
      for (const table of [
        'debrief_request',
        'feedback_request',
        'complaint',
        'report_back',
        'task_briefing_read',
        'indicator_request',
      ])
        await manager.query(`UPDATE ${table} SET expert_id = $1 WHERE expert_id = $2`, [
          String(e.payload.keptId),
          String(e.payload.duplicateId),
        ]);
    });
  }

  async exportOf(manager: EntityManager, expertId: string): Promise<PersonalDataPart> {
    const rows = await manager.query<
      Array<Record<string, unknown> & { message_enc: string | null; note_enc: string | null }>
    >(
      `SELECT id, assignment_id, contact, message_enc, note_enc, status, requested_at, due_at, escalated_at,
              taken_by, taken_at, done_at
         FROM debrief_request WHERE expert_id = $1 ORDER BY requested_at`,
      [expertId],
    );
    const feedback = await manager.query<Array<Record<string, unknown> & { texts_enc: string | null }>>(
      `SELECT id, assignment_id, respondent, questionnaire_id, status, asked_at, reminded_at, answered_at, answers,
              texts_enc, debrief_request_id
         FROM feedback_request WHERE expert_id = $1 ORDER BY asked_at`,
      [expertId],
    );
    const complaints = await manager.query<
      Array<Record<string, unknown> & Record<`${string}_enc`, string | null>>
    >(
      `SELECT id, assignment_id, status, received_at, text_enc, answer_enc, answered_at, view_question_enc, view_asked_at,
              expert_view_enc, view_given_at, outcome, outcome_note_enc, closed_at
         FROM complaint WHERE expert_id = $1 ORDER BY received_at`,
      [expertId],
    );
    const open = (v: string | null) => (v ? this.cipher.decrypt(v) : null);
    const reportBacks = await manager.query<Array<Record<string, unknown> & { note_enc: string | null }>>(
      `SELECT id, assignment_id, ready_at, note_enc, noted_at FROM report_back WHERE expert_id = $1 ORDER BY ready_at`,
      [expertId],
    );
    const supervision = await manager.query<Array<Record<string, unknown>>>(
      `SELECT s.id AS session_id, s.kind, s.purpose, s.starts_at, s.ends_at, s.place, s.supervisor_name,
              s.supervisor_external, s.assignment_id, s.cancelled_at, p.attended
         FROM supervision_participant p JOIN supervision_session s ON s.id = p.session_id
        WHERE p.expert_id = $1 ORDER BY s.starts_at`,
      [expertId],
    );
    const briefingReads = await manager.query<Array<Record<string, unknown>>>(
      `SELECT occurrence_id, assignment_id, revision_read, read_at, reminded_at, supervision_wish
         FROM task_briefing_read WHERE expert_id = $1 ORDER BY occurrence_id`,
      [expertId],
    );
    // the participation indicator: the numbers answered and their score (no free text)
    const indicator = await manager.query<Array<Record<string, unknown>>>(
      `SELECT id, questionnaire_id, reason, status, asked_at, reminded_at, answered_at, answers, score
         FROM indicator_request WHERE expert_id = $1 ORDER BY asked_at`,
      [expertId],
    );
    return {
      indicatorRequests: indicator,
      briefingReads,
      supervisionSessions: supervision,
      reportBacks: reportBacks.map(({ note_enc, ...r }) => ({ ...r, note: open(note_enc) })),
      complaints: complaints.map(
        ({ text_enc, answer_enc, view_question_enc, expert_view_enc, outcome_note_enc, ...r }) => ({
          ...r,
          text: open(text_enc),
          answer: open(answer_enc),
          viewQuestion: open(view_question_enc),
          expertView: open(expert_view_enc),
          outcomeNote: open(outcome_note_enc),
        }),
      ),
      // what the expert answered after their tasks, and what the orderers answered about them
      feedbackRequests: feedback.map(({ texts_enc, ...r }) => ({
        ...r,
        texts: texts_enc ? (JSON.parse(this.cipher.decrypt(texts_enc)) as Record<string, string>) : {},
      })),
      debriefRequests: rows.map(({ message_enc, note_enc, ...r }) => ({
        ...r,
        message: message_enc ? this.cipher.decrypt(message_enc) : null,
        note: note_enc ? this.cipher.decrypt(note_enc) : null,
      })),
    };
  }
}
