import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  ForeignKey,
} from 'typeorm';
import { ExpertStatus, PaymentMethod } from '../registry.rules';
import { ExpertAreaEntity } from './expert-area.entity';

/**
 * A person in the registry. Special-category and identifying fields (experience areas, notes, identity
 * code, bank account, earnings ceiling) are read only by the coordinator and the person, and each read
 * is audited; the identity code and IBAN are encrypted at rest.
 */
@Entity({ name: 'expert' })
@Index('uq_expert_email', { synchronize: false })
@Index('uq_expert_user', ['userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('uq_expert_personal_id_hash', ['personalIdHash'], {
  unique: true,
  where: '"personal_id_hash" IS NOT NULL',
})
@Index('ix_expert_status_name', ['status', 'lastName', 'firstName', 'id'])
@Index('ix_expert_name', ['lastName', 'firstName', 'id'])
@Index('ix_expert_municipality', ['municipalityCode'])
@Index('ix_expert_tier', ['tierCode'])
@Index('ix_expert_search', { synchronize: false })
@Index('ix_expert_matching_areas', { synchronize: false })
@Check('ck_expert_status', `"status" IN ('applicant', 'orientation', 'active', 'paused', 'left')`)
@Check('ck_expert_payment_method', `"payment_method" IN ('payroll', 'invoice', 'ngo', 'volunteer')`)
@Check(
  'ck_expert_kinds',
  `"kinds" <@ ARRAY['trained_expert', 'experience_actor', 'peer_supporter', 'developer_client', 'mentor']::text[]`,
)
@Check('ck_expert_postal_code', `"postal_code" IS NULL OR "postal_code" ~ '^[0-9]{5}$'`)
@Check('ck_expert_max_tasks', `"max_tasks_per_month" BETWEEN 0 AND 60`)
@Check('ck_expert_travel_radius', `"travel_radius_km" IS NULL OR "travel_radius_km" BETWEEN 0 AND 1000`)
@Check('ck_expert_earnings_ceiling', `"earnings_ceiling_cents" IS NULL OR "earnings_ceiling_cents" >= 0`)
@Check('ck_expert_paused_until', `"status" = 'paused' OR "paused_until" IS NULL`)
@Check('ck_expert_not_merged_into_self', `"merged_into" IS NULL OR "merged_into" <> "id"`)
@Check('ck_expert_invoice_business_id', `"payment_method" <> 'invoice' OR "business_id" IS NOT NULL`)
export class ExpertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The person's sign-in account, once they have one. */

  @ForeignKey('user_account', { name: 'fk_expert_user', onDelete: 'SET NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @ForeignKey('municipality', { name: 'fk_expert_municipality' })
  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'text', array: true })
  kinds: string[];

  @Column({ name: 'task_types', type: 'text', array: true })
  taskTypes: string[];

  @Column({ name: 'works_remote', type: 'boolean', default: true })
  worksRemote: boolean;

  @Column({ name: 'works_in_person', type: 'boolean', default: true })
  worksInPerson: boolean;

  @Column({ name: 'travel_radius_km', type: 'integer', nullable: true })
  travelRadiusKm: number | null;

  /** The person's own limit, for their wellbeing. */
  @Column({ name: 'max_tasks_per_month', type: 'integer', default: 4 })
  maxTasksPerMonth: number;

  /** Public introduction shown to orderers. */
  @Column({ type: 'text', nullable: true })
  introduction: string | null;

  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl: string | null;

  @Column({ type: 'text', nullable: true })
  ngo: string | null;

  @Column({ name: 'payment_method', type: 'text', default: PaymentMethod.Payroll })
  paymentMethod: PaymentMethod;

  @Column({ name: 'business_id', type: 'text', nullable: true })
  businessId: string | null;

  @Column({ name: 'tax_card_year', type: 'integer', nullable: true })
  taxCardYear: number | null;

  /** The year whose tax card the person was last reminded of (in January), so once a year is enough. */
  @Column({ name: 'tax_card_reminded_for', type: 'integer', nullable: true })
  taxCardRemindedFor: number | null;

  /** AES-256-GCM ciphertext of the personal identity code. */
  @Column({ name: 'personal_id_enc', type: 'text', nullable: true })
  personalIdEnc: string | null;

  /** Keyed hash of the identity code, to find duplicates without decrypting. */
  @Column({ name: 'personal_id_hash', type: 'text', nullable: true })
  personalIdHash: string | null;

  @Column({ name: 'iban_enc', type: 'text', nullable: true })
  ibanEnc: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  /** Private to the person and the coordinator (people on disability pension). */
  @Column({ name: 'earnings_ceiling_cents', type: 'integer', nullable: true })
  earningsCeilingCents: number | null;

  @Column({ type: 'text', default: ExpertStatus.Applicant })
  status: ExpertStatus;

  @Column({ name: 'paused_until', type: 'date', nullable: true })
  pausedUntil: string | null;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'coordinator_notes', type: 'text', nullable: true })
  coordinatorNotes: string | null;

  /** Derived from training records by the admin's tier rules. */

  @ForeignKey('training_tier', { name: 'fk_expert_tier' })
  @Column({ name: 'tier_code', type: 'text', nullable: true })
  tierCode: string | null;

  /** Set when this record was merged into another (a duplicate); kept for history. */
  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto: string | null;

  @ManyToOne(() => ExpertEntity, { nullable: true })
  @JoinColumn({ name: 'merged_into', foreignKeyConstraintName: 'fk_expert_merged_into' })
  mergedIntoExpert?: ExpertEntity | null;

  /** Set when the person's data was erased (GDPR art. 17); the row stays for what law requires to keep. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @OneToMany(() => ExpertAreaEntity, (a) => a.expert)
  areas?: ExpertAreaEntity[];

  // What matching reads of the person's lists, kept in step by database triggers on those lists
  // (migration MatchingProfile): one row per person instead of five lookups. Never written by the API.

  /** Experience area codes, sorted (from `expert_experience_area`). */
  @Column({
    name: 'area_codes',
    type: 'text',
    array: true,
    default: '{}',
    select: false,
    insert: false,
    update: false,
  })
  readonly areaCodes?: string[];

  /** Weekly availability as minutes of the ISO week (Monday 00:00 = 1440); null = no weekly limits. */
  @Column({
    name: 'weekly_minutes',
    type: 'int4multirange',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  readonly weeklyMinutes?: string | null;

  /** The registry consent is in force (given and not withdrawn). */
  @Column({
    name: 'registry_consent',
    type: 'boolean',
    default: false,
    select: false,
    insert: false,
    update: false,
  })
  readonly registryConsent?: boolean;

  /** Units on the person's "will not work with" list. */
  @Column({
    name: 'excluded_unit_ids',
    type: 'uuid',
    array: true,
    default: '{}',
    select: false,
    insert: false,
    update: false,
  })
  readonly excludedUnitIds?: string[];

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
