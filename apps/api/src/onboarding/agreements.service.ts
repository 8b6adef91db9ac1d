import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { Locale } from '../common/access/roles';
import { Clock } from '../common/clock';
import { decodeCursor, DEFAULT_PAGE_SIZE, PageQueryDto, pageOf } from '../common/pagination';
import { RegistryService } from '../registry/registry.service';
import {
  AcceptAgreementDto,
  AgreementAcceptanceDto,
  AgreementDto,
  AgreementPageDto,
  AgreementVersionDto,
  CreateAgreementDto,
  MyAgreementsDto,
  OutstandingExpertPageDto,
  PublishAgreementVersionDto,
} from './dto/agreement.dto';
import {
  AgreementAcceptanceEntity,
  AgreementDocumentEntity,
  AgreementVersionEntity,
  LocalizedText,
} from './entities/agreement.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import { DUE_SQL } from './agreements-due';
import { ApplicationActivation } from './application-activation';
import { agreementsDue } from './onboarding.rules';

/** SHA-256 of a version's title and body in every language, in a fixed order. */
export function contentHash(title: LocalizedText, body: LocalizedText): string {
  const h = createHash('sha256');
  for (const l of [Locale.Fi, Locale.Sv, Locale.En]) h.update(`${title[l]}\u0000${body[l]}\u0000`);
  return h.digest('hex');
}

function versionDto(v: AgreementVersionEntity): AgreementVersionDto {
  return {
    id: v.id,
    number: v.number,
    title: v.title,
    body: v.body,
    requiresReacceptance: v.requiresReacceptance,
    changeNote: v.changeNote,
    contentHash: v.contentHash,
    publishedAt: v.publishedAt.toISOString(),
  };
}

/**
 * The documents every expert accepts in the app (docs/onboarding.md, "Agreements"): the admin publishes
 * versions, the person accepts the newest (the last of them makes a new expert active), and matching
 * asks `AgreementsDue` who may not get new offers.
 */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly registry: RegistryService,
    private readonly activation: ApplicationActivation,
  ) {}

  async list(query: PageQueryDto): Promise<AgreementPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const rows = await this.dataSource.query<Array<{ id: string; position: number; code: string }>>(
      `SELECT id, position, code FROM agreement_document
        WHERE ${after ? '(position, code) > ($1::int, $2::text)' : 'TRUE'}
        ORDER BY position, code LIMIT $${after ? 3 : 1}`,
      after ? [after[0], after[1], limit + 1] : [limit + 1],
    );
    const full = await this.documents(rows.map((r) => r.id));
    return pageOf(
      rows.map((r) => full.get(r.id)!),
      limit,
      (d) => d,
      (d) => [d.position, d.code],
    );
  }

  async get(id: string): Promise<AgreementDto> {
    const d = (await this.documents([id])).get(id);
    if (!d) throw onboardingProblem(OnboardingErrorCode.AgreementNotFound, undefined, 'id');
    return d;
  }

  async create(user: UserPrincipal, dto: CreateAgreementDto): Promise<AgreementDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<Array<{ id: string }>>(
        `INSERT INTO agreement_document (code, required, position) VALUES ($1, $2, $3)
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [dto.code, dto.required, dto.position ?? 0],
      );
      if (!inserted.length)
        throw onboardingProblem(
          OnboardingErrorCode.AgreementCodeTaken,
          `There is a document called ${dto.code} already: publish a new version of it.`,
          'code',
        );
      await this.insertVersion(manager, user, inserted[0].id, 1, {
        title: dto.title,
        body: dto.body,
        requiresReacceptance: false,
        changeNote: null,
      });
      return inserted[0].id;
    });
    return this.get(id);
  }

  async publishVersion(
    user: UserPrincipal,
    id: string,
    dto: PublishAgreementVersionDto,
  ): Promise<AgreementDto> {
    await this.dataSource.transaction(async (manager) => {
      const [doc] = await manager.query<Array<{ id: string }>>(
        `SELECT id FROM agreement_document WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!doc) throw onboardingProblem(OnboardingErrorCode.AgreementNotFound, undefined, 'id');
      const [{ n }] = await manager.query<Array<{ n: number }>>(
        `SELECT coalesce(max(number), 0)::int AS n FROM agreement_version WHERE document_id = $1`,
        [id],
      );
      await this.insertVersion(manager, user, id, n + 1, dto);
    });
    return this.get(id);
  }

  /** The signed-in expert accepts the newest version of a document (again accepting it changes nothing). */
  async accept(
    user: UserPrincipal,
    documentId: string,
    dto: AcceptAgreementDto,
    address: string | null,
  ): Promise<AgreementAcceptanceDto> {
    const expertId = await this.registry.ownExpertId(user);
    return this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<Array<{ id: string; number: number; content_hash: string }>>(
        `SELECT v.id, v.number, v.content_hash FROM agreement_version v
          WHERE v.document_id = $1 ORDER BY v.number DESC LIMIT 1 FOR SHARE`,
        [documentId],
      );
      if (!current) throw onboardingProblem(OnboardingErrorCode.AgreementNotFound, undefined, 'documentId');
      if (current.id !== dto.versionId) {
        const [known] = await manager.query<Array<{ number: number }>>(
          `SELECT number FROM agreement_version WHERE id = $1 AND document_id = $2`,
          [dto.versionId, documentId],
        );
        if (!known)
          throw onboardingProblem(
            OnboardingErrorCode.AgreementVersionUnknown,
            'This document has no such version.',
            'versionId',
          );
        throw onboardingProblem(
          OnboardingErrorCode.AgreementVersionOutdated,
          `Version ${known.number} is not the newest: read version ${current.number} and accept it.`,
          'versionId',
          { currentVersionId: current.id, currentVersion: current.number },
        );
      }
      await manager.query(
        `INSERT INTO agreement_acceptance
           (document_id, version_id, version_number, expert_id, user_id, locale, content_hash, address, accepted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (version_id, expert_id) DO NOTHING`,
        [
          documentId,
          current.id,
          current.number,
          expertId,
          user.userId,
          dto.locale,
          current.content_hash,
          address,
          this.clock.now(),
        ],
      );
      // the last required acceptance of a person taken in through onboarding makes them active
      await this.activation.activateIfDone(manager, expertId);
      const row = await manager.findOneByOrFail(AgreementAcceptanceEntity, {
        versionId: current.id,
        expertId,
      });
      return {
        id: row.id,
        documentId,
        versionId: row.versionId,
        versionNumber: row.versionNumber,
        locale: row.locale as Locale,
        contentHash: row.contentHash,
        acceptedAt: row.acceptedAt.toISOString(),
      };
    });
  }

  /** The signed-in expert's documents: the newest version of each, what they accepted, what is due. */
  async mine(user: UserPrincipal): Promise<MyAgreementsDto> {
    const expertId = await this.registry.ownExpertId(user);
    const documents = await this.dataSource.getRepository(AgreementDocumentEntity).find({
      order: { position: 'ASC', code: 'ASC' },
    });
    const versions = await this.dataSource.getRepository(AgreementVersionEntity).find();
    const acceptances = await this.dataSource
      .getRepository(AgreementAcceptanceEntity)
      .find({ where: { expertId } });
    const required = new Map(documents.map((d) => [d.id, d.required]));
    const due = new Set(
      agreementsDue(
        versions.map((v) => ({
          documentId: v.documentId,
          version: v.number,
          requiresReacceptance: v.requiresReacceptance,
          required: required.get(v.documentId) ?? false,
        })),
        acceptances.map((a) => ({ documentId: a.documentId, version: a.versionNumber })),
      ),
    );
    const items = documents.flatMap((d) => {
      const own = versions.filter((v) => v.documentId === d.id);
      if (!own.length) return [];
      const current = own.reduce((a, b) => (b.number > a.number ? b : a));
      const accepted = acceptances
        .filter((a) => a.documentId === d.id)
        .reduce<AgreementAcceptanceEntity | null>(
          (a, b) => (!a || b.versionNumber > a.versionNumber ? b : a),
          null,
        );
      return [
        {
          documentId: d.id,
          code: d.code,
          required: d.required,
          current: versionDto(current),
          acceptedVersionNumber: accepted?.versionNumber ?? null,
          acceptedAt: accepted?.acceptedAt.toISOString() ?? null,
          due: due.has(d.id),
        },
      ];
    });
    return { items, dueCount: due.size, mayReceiveOffers: due.size === 0 };
  }

  /** Active experts who must still accept this document (the coordinator sees who is behind). */
  async outstanding(id: string, query: PageQueryDto): Promise<OutstandingExpertPageDto> {
    await this.get(id);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const rows = await this.dataSource.query<
      Array<{ id: string; full_name: string; accepted: number | null }>
    >(
      `${DUE_SQL}
       SELECT e.id, e.full_name, acc.n AS accepted
         FROM registry.experts e
         JOIN must m ON m.document_id = $1
         LEFT JOIN LATERAL (SELECT max(a.version_number)::int AS n FROM agreement_acceptance a
                             WHERE a.expert_id = e.id AND a.document_id = m.document_id) acc ON true
        WHERE e.status = 'active' AND e.merged_into IS NULL AND coalesce(acc.n, 0) < m.n
          ${after ? 'AND (e.full_name, e.id) > ($3::text, $4::uuid)' : ''}
        ORDER BY e.full_name, e.id LIMIT $2`,
      after ? [id, limit + 1, after[0], after[1]] : [id, limit + 1],
    );
    return pageOf(
      rows,
      limit,
      (r) => ({ expertId: r.id, name: r.full_name, acceptedVersionNumber: r.accepted }),
      (r) => [r.full_name, r.id],
    );
  }

  private async insertVersion(
    manager: EntityManager,
    user: UserPrincipal,
    documentId: string,
    number: number,
    v: {
      title: LocalizedText;
      body: LocalizedText;
      requiresReacceptance: boolean;
      changeNote?: string | null;
    },
  ): Promise<void> {
    const title = { fi: v.title.fi, sv: v.title.sv, en: v.title.en };
    const body = { fi: v.body.fi, sv: v.body.sv, en: v.body.en };
    await manager.insert(AgreementVersionEntity, {
      documentId,
      number,
      title,
      body,
      requiresReacceptance: number > 1 && v.requiresReacceptance,
      changeNote: v.changeNote ?? null,
      contentHash: contentHash(title, body),
      publishedBy: user.userId,
      publishedAt: this.clock.now(),
    });
  }

  private async documents(ids: string[]): Promise<Map<string, AgreementDto>> {
    if (!ids.length) return new Map();
    const docs = await this.dataSource
      .getRepository(AgreementDocumentEntity)
      .createQueryBuilder('d')
      .where('d.id IN (:...ids)', { ids })
      .getMany();
    const versions = await this.dataSource
      .getRepository(AgreementVersionEntity)
      .createQueryBuilder('v')
      .where('v.documentId IN (:...ids)', { ids })
      .orderBy('v.number', 'DESC')
      .getMany();
    const counts = await this.dataSource.query<
      Array<{ document_id: string; accepted: number; outstanding: number }>
    >(
      `${DUE_SQL}
       SELECT m.document_id,
              count(*) FILTER (WHERE coalesce(acc.n, 0) >= m.n)::int AS accepted,
              count(*) FILTER (WHERE coalesce(acc.n, 0) < m.n)::int AS outstanding
         FROM must m
         JOIN registry.experts e ON e.status = 'active' AND e.merged_into IS NULL
         LEFT JOIN LATERAL (SELECT max(a.version_number)::int AS n FROM agreement_acceptance a
                             WHERE a.expert_id = e.id AND a.document_id = m.document_id) acc ON true
        WHERE m.document_id = ANY($1::uuid[])
        GROUP BY m.document_id`,
      [ids],
    );
    const countOf = new Map(counts.map((c) => [c.document_id, c]));
    const out = new Map<string, AgreementDto>();
    for (const d of docs) {
      const own = versions.filter((v) => v.documentId === d.id).map(versionDto);
      if (!own.length) continue;
      out.set(d.id, {
        id: d.id,
        code: d.code,
        required: d.required,
        position: d.position,
        current: own[0],
        versions: own,
        acceptedCount: countOf.get(d.id)?.accepted ?? 0,
        outstandingCount: countOf.get(d.id)?.outstanding ?? 0,
      });
    }
    return out;
  }
}
