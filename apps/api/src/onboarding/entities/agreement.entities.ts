import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** Text in the county's three languages. */
export interface LocalizedText {
  fi: string;
  sv: string;
  en: string;
}

/**
 * A document every expert reads and accepts in the app: the assignment agreement
 * (toimeksiantosopimus), the confidentiality pledge (vaitiolositoumus), the ethical principles…
 */
@Entity({ name: 'agreement_document' })
@Unique('uq_agreement_document_code', ['code'])
export class AgreementDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A short stable name, e.g. `toimeksiantosopimus`. */
  @Column({ type: 'text' })
  code: string;

  /** Required of every active expert: until accepted, no new offers. */
  @Column({ type: 'boolean', default: true })
  required: boolean;

  /** Its place in the list the expert sees. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One published version of a document; versions are never changed, only followed by new ones. */
@Entity({ name: 'agreement_version' })
@Unique('uq_agreement_version_number', ['documentId', 'number'])
@Check('ck_agreement_version_number', `"number" > 0`)
export class AgreementVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('agreement_document', { name: 'fk_agreement_version_document', onDelete: 'CASCADE' })
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  body: LocalizedText;

  /** Everyone must accept this version again (not only those who never accepted). */
  @Column({ name: 'requires_reacceptance', type: 'boolean' })
  requiresReacceptance: boolean;

  /** A line on what changed, shown to those asked again. */
  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote: string | null;

  /** SHA-256 of the title and body in every language: what an acceptance refers to. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @ForeignKey('user_account', { name: 'fk_agreement_version_published_by' })
  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}

/** An expert accepted one version: who, when, which version and content, from which address. */
@Entity({ name: 'agreement_acceptance' })
@Unique('uq_agreement_acceptance_version_expert', ['versionId', 'expertId'])
@Index('ix_agreement_acceptance_expert', ['expertId', 'documentId'])
export class AgreementAcceptanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('agreement_document', { name: 'fk_agreement_acceptance_document', onDelete: 'CASCADE' })
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ForeignKey('agreement_version', { name: 'fk_agreement_acceptance_version', onDelete: 'CASCADE' })
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber: number;

  @ForeignKey('expert', { name: 'fk_agreement_acceptance_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  /** The account that accepted; null for an acceptance carried over from a signed paper agreement. */
  @ForeignKey('user_account', { name: 'fk_agreement_acceptance_user' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** The language the person read it in. */
  @Column({ type: 'text' })
  locale: string;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  /** The network address of the device. */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @CreateDateColumn({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt: Date;
}

/**
 * A coordinator saw a person's criminal-record extract (rikostaustaote, Act 504/2002): its date and who
 * saw it. No copy of the extract is kept.
 */
@Entity({ name: 'record_check' })
@Index('ix_record_check_expert', ['expertId', 'extractDate'])
export class RecordCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('expert', { name: 'fk_record_check_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  /** The date printed on the extract. */
  @Column({ name: 'extract_date', type: 'date' })
  extractDate: string;

  @ForeignKey('user_account', { name: 'fk_record_check_seen_by' })
  @Column({ name: 'seen_by', type: 'uuid' })
  seenBy: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
