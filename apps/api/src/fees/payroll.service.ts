import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditActorType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { ClientPrincipal, UserPrincipal } from '../common/access/principal';
import { Clock } from '../common/clock';
import { FieldCipher } from '../common/field-cipher';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  IDEMPOTENCY_KEY,
  requestHash,
} from '../idempotency/idempotency';
import { decodeCursor, DEFAULT_PAGE_SIZE, PageQueryDto, pageOf } from '../common/pagination';
import {
  AckBatchDto,
  AckResultDto,
  BatchStatusPageDto,
  CreateExportBatchDto,
  ExportBatchDto,
} from './dto/fees.dto';
import { ClaimSettlementService } from './claim-settlement.service';
import { ExportBatchEntity } from './entities/fees.entities';
import { FeesErrorCode, feesProblem } from './fees.exception';

/** The CSV's columns, in order (documented in docs/fees.md). */
export const CSV_COLUMNS = [
  'line_id',
  'payee_identity_code',
  'payee_name',
  'iban',
  'business_id',
  'income_type',
  'amount',
  'cost_centre',
  'task_date',
  'order_number',
  'claim_number',
] as const;

/**
 * Payroll's side: approved lines are moved, exactly once, into immutable batches that payroll pulls and
 * acknowledges line by line. Identity codes and IBANs leave the system only here, to the payroll scope.
 */
@Injectable()
export class PayrollService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settlement: ClaimSettlementService,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

  /** Moves every approved, unbatched line of the channel into a new batch; the same key returns the same batch. */
  async createBatch(
    client: ClientPrincipal,
    key: string | undefined,
    dto: CreateExportBatchDto,
  ): Promise<{ batch: ExportBatchEntity; replayed: boolean }> {
    if (!key) throw feesProblem(FeesErrorCode.IdempotencyKeyRequired);
    if (!IDEMPOTENCY_KEY.test(key)) throw feesProblem(FeesErrorCode.IdempotencyKeyInvalid);
    const channel = dto.channel ?? 'payroll';
    const principal = `client:${client.clientId}`;
    const result = await this.dataSource.transaction(async (manager) => {
      const claim = await claimIdempotencyKey(
        manager,
        principal,
        key,
        'createExportBatch',
        requestHash('createExportBatch', { channel }),
      );
      if (claim.kind === 'mismatch') {
        throw feesProblem(
          FeesErrorCode.IdempotencyKeyReused,
          'Use a new Idempotency-Key for a new batch; reuse one only to retry the very same request.',
        );
      }
      if (claim.kind === 'replay') {
        const batch = await manager.findOneByOrFail(ExportBatchEntity, { id: claim.resourceId! });
        return { batch, replayed: true };
      }
      // one batch at a time: a line can only ever be taken by one of them
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('export_batch'))`);
      const lines = await manager.query<
        Array<{
          id: string;
          claim_id: string;
          claim_number: string;
          order_number: string;
          kind: string;
          income_type_code: string;
          amount_cents: number;
          cost_centre: string;
          task_date: string;
          payee_name: string;
          personal_id_enc: string | null;
          iban_enc: string | null;
          business_id: string | null;
        }>
      >(
        `SELECT l.id, l.claim_id, c.number AS claim_number, o.number AS order_number, l.kind, l.income_type_code, l.amount_cents,
                c.cost_centre, c.task_date::text AS task_date,
                CASE WHEN c.payment_method = 'ngo' THEN coalesce(e.ngo, e.first_name || ' ' || e.last_name) ELSE e.first_name || ' ' || e.last_name END AS payee_name,
                e.personal_id_enc, e.iban_enc, e.business_id
           FROM fee_claim_line l JOIN fee_claim c ON c.id = l.claim_id JOIN orders.orders o ON o.id = c.order_id JOIN registry.experts e ON e.id = c.expert_id
          WHERE l.status = 'approved' AND l.batch_id IS NULL AND l.channel = $1
          ORDER BY c.number, array_position(ARRAY['fee', 'preparation', 'mileage', 'ticket', 'expense'], l.kind), l.id
          FOR UPDATE OF l`,
        [channel],
      );
      if (!lines.length) throw feesProblem(FeesErrorCode.NothingToExport);
      const [{ id, n }] = await manager.query<Array<{ id: string; n: string }>>(
        `SELECT gen_random_uuid() AS id, nextval('export_batch_number_seq') AS n`,
      );
      const createdAt = this.clock.now();
      const doc: ExportBatchDto = {
        id,
        number: `P-${String(n).padStart(6, '0')}`,
        channel,
        createdAt: createdAt.toISOString(),
        lineCount: lines.length,
        totalCents: lines.reduce((s, l) => s + l.amount_cents, 0),
        lines: lines.map((l) => ({
          lineId: l.id,
          claimNumber: l.claim_number,
          orderNumber: l.order_number,
          kind: l.kind as ExportBatchDto['lines'][number]['kind'],
          incomeTypeCode: l.income_type_code,
          amountCents: l.amount_cents,
          costCentre: l.cost_centre,
          taskDate: l.task_date,
        })),
      };
      const document = JSON.stringify(doc);
      await manager.insert(ExportBatchEntity, {
        id,
        number: doc.number,
        channel,
        status: 'exported',
        createdBy: principal,
        lineCount: doc.lineCount,
        totalCents: doc.totalCents,
        document,
        etag: `"${createHash('sha256').update(document).digest('base64url')}"`,
        createdAt,
      });
      // the payee as exported: encrypted copies, so the batch's CSV reads the same tomorrow
      await manager.query(
        `UPDATE fee_claim_line l SET status = 'batched', batch_id = $1, payee_name = x.payee_name, payee_pic_enc = x.pic,
                payee_iban_enc = x.iban, payee_business_id = x.business_id
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(id, payee_name, pic, iban, business_id)
          WHERE l.id = x.id`,
        [
          id,
          lines.map((l) => l.id),
          lines.map((l) => l.payee_name),
          lines.map((l) => l.personal_id_enc),
          lines.map((l) => l.iban_enc),
          lines.map((l) => l.business_id),
        ],
      );
      await this.settlement.settleClaims(manager, [...new Set(lines.map((l) => l.claim_id))], principal);
      await completeIdempotencyKey(manager, principal, key, 201, { id }, id);
      await this.audit.record(
        {
          action: 'export_batch.create',
          subjectType: 'export_batch',
          subjectId: id,
          actor: { type: AuditActorType.Client, id: client.clientId },
        },
        manager,
      );
      return { batch: await manager.findOneByOrFail(ExportBatchEntity, { id }), replayed: false };
    });
    return result;
  }

  async batch(id: string): Promise<ExportBatchEntity> {
    const batch = await this.dataSource.getRepository(ExportBatchEntity).findOneBy({ id });
    if (!batch) throw feesProblem(FeesErrorCode.BatchNotFound);
    return batch;
  }

  /** The batch's lines for payroll: semicolon-separated, UTF-8 with a BOM (Finnish Excel), amounts in euros with a comma. */
  async linesCsv(client: ClientPrincipal, id: string): Promise<string> {
    const batch = await this.batch(id);
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        payee_name: string;
        payee_pic_enc: string | null;
        payee_iban_enc: string | null;
        payee_business_id: string | null;
        income_type_code: string;
        amount_cents: number;
        cost_centre: string;
        task_date: string;
        order_number: string;
        claim_number: string;
      }>
    >(
      `SELECT l.id, l.payee_name, l.payee_pic_enc, l.payee_iban_enc, l.payee_business_id, l.income_type_code, l.amount_cents,
              c.cost_centre, c.task_date::text AS task_date, o.number AS order_number, c.number AS claim_number
         FROM fee_claim_line l JOIN fee_claim c ON c.id = l.claim_id JOIN orders.orders o ON o.id = c.order_id
        WHERE l.batch_id = $1 ORDER BY c.number, array_position(ARRAY['fee', 'preparation', 'mileage', 'ticket', 'expense'], l.kind), l.id`,
      [batch.id],
    );
    await this.audit.record({
      action: 'export_batch.read_payment_details',
      subjectType: 'export_batch',
      subjectId: batch.id,
      fieldGroup: 'identity_code,iban',
      purpose: 'payroll',
      actor: { type: AuditActorType.Client, id: client.clientId },
    });
    const cell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
    const lines = rows.map((r) =>
      [
        r.id,
        r.payee_pic_enc ? this.cipher.decrypt(r.payee_pic_enc) : '',
        r.payee_name,
        r.payee_iban_enc ? this.cipher.decrypt(r.payee_iban_enc) : '',
        r.payee_business_id ?? '',
        r.income_type_code,
        euros(r.amount_cents),
        r.cost_centre,
        r.task_date,
        r.order_number,
        r.claim_number,
      ]
        .map(cell)
        .join(';'),
    );
    return `\uFEFF${[CSV_COLUMNS.join(';'), ...lines].join('\r\n')}\r\n`;
  }

  /** Payroll reports lines paid or rejected. Repeating an acknowledgement changes nothing; contradicting one is refused. */
  async ack(client: ClientPrincipal, id: string, dto: AckBatchDto): Promise<AckResultDto> {
    const principal = `client:${client.clientId}`;
    return this.dataSource.transaction(async (manager) => {
      const [batch] = await manager.query<Array<{ status: string }>>(
        'SELECT status FROM export_batch WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!batch) throw feesProblem(FeesErrorCode.BatchNotFound);
      if (batch.status === 'released') throw feesProblem(FeesErrorCode.BatchClosed);
      const current = await manager.query<
        Array<{ id: string; claim_id: string; status: string; external_id: string | null }>
      >('SELECT id, claim_id, status, external_id FROM fee_claim_line WHERE batch_id = $1 FOR UPDATE', [id]);
      const byId = new Map(current.map((l) => [l.id, l]));
      const touched = new Set<string>();
      const changes: AckBatchDto['lines'] = [];
      for (const [i, a] of dto.lines.entries()) {
        const line = byId.get(a.lineId);
        if (!line)
          throw feesProblem(
            FeesErrorCode.UnknownLine,
            `Line ${a.lineId} is not in this batch.`,
            `lines.${i}.lineId`,
          );
        if (line.status === a.status) continue; // the same acknowledgement again
        if (line.status !== 'batched') {
          throw feesProblem(
            FeesErrorCode.AckConflict,
            `Line ${a.lineId} was already acknowledged as ${line.status}.`,
            `lines.${i}.status`,
          );
        }
        changes.push(a);
        line.status = a.status;
        touched.add(line.claim_id);
      }
      // every change in one statement
      if (changes.length) {
        await manager.query(
          `UPDATE fee_claim_line l SET status = x.status, external_id = x.external_id, payment_date = x.payment_date::date, reject_reason = x.reason
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(id, status, external_id, payment_date, reason)
            WHERE l.id = x.id`,
          [
            changes.map((c) => c.lineId),
            changes.map((c) => c.status),
            changes.map((c) => c.externalId ?? null),
            changes.map((c) => c.paymentDate ?? null),
            changes.map((c) => (c.status === 'rejected' ? (c.reason ?? null) : null)),
          ],
        );
      }
      await this.settlement.settleClaims(manager, [...touched], principal);
      const open = current.filter((l) => l.status === 'batched').length;
      if (open === 0 && batch.status === 'exported') {
        await manager.query(
          `UPDATE export_batch SET status = 'acknowledged', acknowledged_at = now() WHERE id = $1`,
          [id],
        );
      }
      if (touched.size) {
        await this.audit.record(
          {
            action: 'export_batch.ack',
            subjectType: 'export_batch',
            subjectId: id,
            actor: { type: AuditActorType.Client, id: client.clientId },
          },
          manager,
        );
      }
      return {
        paid: current.filter((l) => l.status === 'paid').length,
        rejected: current.filter((l) => l.status === 'rejected').length,
        open,
      };
    });
  }

  /** The coordinator's list of batches and how far payroll has got with each. */
  async list(query: PageQueryDto): Promise<BatchStatusPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(query.cursor, 2);
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        number: string;
        channel: string;
        status: string;
        created_at: Date;
        created_by: string;
        line_count: number;
        total_cents: number;
        paid: number;
        rejected: number;
        released_at: Date | null;
        release_reason: string | null;
      }>
    >(
      `SELECT b.id, b.number, b.channel, b.status, b.created_at, b.created_by, b.line_count, b.total_cents, b.released_at, b.release_reason,
              (SELECT count(*) FROM fee_claim_line l WHERE l.batch_id = b.id AND l.status = 'paid')::int AS paid,
              (SELECT count(*) FROM fee_claim_line l WHERE l.batch_id = b.id AND l.status = 'rejected')::int AS rejected
         FROM export_batch b
        ${cursor ? 'WHERE (b.created_at, b.id) < ($2::timestamptz, $3::uuid)' : ''}
        ORDER BY b.created_at DESC, b.id DESC LIMIT $1`,
      cursor ? [limit + 1, cursor[0], cursor[1]] : [limit + 1],
    );
    return pageOf(
      rows,
      limit,
      (r) => ({
        id: r.id,
        number: r.number,
        channel: r.channel,
        status: r.status,
        createdAt: new Date(r.created_at).toISOString(),
        createdBy: r.created_by,
        lineCount: r.line_count,
        totalCents: r.total_cents,
        paidLines: r.paid,
        rejectedLines: r.rejected,
        releasedAt: r.released_at ? new Date(r.released_at).toISOString() : null,
        releaseReason: r.release_reason,
      }),
      (r) => [new Date(r.created_at).toISOString(), r.id],
    );
  }

  /**
   * A person releases a batch payroll never acknowledged: its lines wait for the next batch. Never automatic;
   * a batch with any line acknowledged cannot be released.
   */
  async release(user: UserPrincipal, id: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [batch] = await manager.query<Array<{ status: string }>>(
        'SELECT status FROM export_batch WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!batch) throw feesProblem(FeesErrorCode.BatchNotFound);
      const [{ acked }] = await manager.query<Array<{ acked: number }>>(
        `SELECT count(*)::int AS acked FROM fee_claim_line WHERE batch_id = $1 AND status IN ('paid', 'rejected')`,
        [id],
      );
      if (batch.status !== 'exported' || acked > 0) {
        throw feesProblem(
          FeesErrorCode.BatchClosed,
          'Only a batch payroll has not acknowledged at all can be released.',
        );
      }
      await manager.query(
        `UPDATE export_batch SET status = 'released', released_at = now(), released_by = $2, release_reason = $3 WHERE id = $1`,
        [id, user.userId, reason],
      );
      const claims = await manager.query<Array<{ claim_id: string }>>(
        `WITH u AS (UPDATE fee_claim_line SET status = 'approved', batch_id = NULL WHERE batch_id = $1 AND status = 'batched' RETURNING claim_id)
         SELECT DISTINCT claim_id FROM u`,
        [id],
      );
      await this.settlement.settleClaims(
        manager,
        [...new Set(claims.map((c) => c.claim_id))],
        user.userId,
        user.displayName,
      );
      await this.audit.record(
        { action: 'export_batch.release', subjectType: 'export_batch', subjectId: id },
        manager,
      );
    });
  }
}
