import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '../common/field-cipher';
import { EventBus } from '../events/event-bus';
import { PersonalDataHolders, type PersonalDataPart } from '../registry/personal-data';

/**
 * What feedback holds about a person, for the registry's data-protection operations: the debrief
 * requests (the person's words and the coordinators' notes, decrypted) in the access request; erasure
 * deletes them; merging a duplicate moves them to the kept record.
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
      await manager.query(`DELETE FROM debrief_request WHERE expert_id = $1`, [String(e.payload.expertId)]);
    });
    this.bus.react('expert.merged', async (e, manager) => {
      await manager.query(`UPDATE debrief_request SET expert_id = $1 WHERE expert_id = $2`, [
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
    return {
      debriefRequests: rows.map(({ message_enc, note_enc, ...r }) => ({
        ...r,
        message: message_enc ? this.cipher.decrypt(message_enc) : null,
        note: note_enc ? this.cipher.decrypt(note_enc) : null,
      })),
    };
  }
}
