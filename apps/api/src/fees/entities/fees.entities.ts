import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  ForeignKey,
} from 'typeorm';
import { StoredFileColumns } from '../../common/stored-file';
import type { ClaimOwner, ClaimStatus, FeeBasis, LineKind, PaymentMethod, Report } from '../fees.rules';

/** Incomes Register income types (editable data; see docs/fees.md for the code table). */
@Entity({ name: 'income_type' })
export class IncomeTypeEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'name_fi', type: 'text' })
  nameFi: string;

  @Column({ name: 'name_sv', type: 'text' })
  nameSv: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  /** Reported to the Incomes Register by payroll (false: e.g. reimbursed costs against receipts). */
  @Column({ type: 'boolean' })
  reported: boolean;

  @Column({ name: 'tax_free', type: 'boolean' })
  taxFree: boolean;
}

/** The tax-free kilometre allowance per year (editable data; check the Tax Administration's decision). */
@Entity({ name: 'mileage_rate' })
@Check('ck_mileage_rate_cents', `"cents_per_km" > 0 AND "cents_per_km" < 1000`)
export class MileageRateEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'cents_per_km', type: 'integer' })
  centsPerKm: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A fee schedule, in force from its first day until the next one starts. */
@Entity({ name: 'fee_schedule' })
@Index('uq_fee_schedule_from', ['effectiveFrom'], { unique: true })
@Check('ck_fee_schedule_trainee_percent', `"trainee_fee_percent" BETWEEN 0 AND 100`)
export class FeeScheduleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The share of the fee (0–100 %) a trainee on the mentoring path gets for a task done with the mentor; expenses in full. */
  @Column({ name: 'trainee_fee_percent', type: 'integer', default: 100 })
  traineeFeePercent: number;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One rate of a schedule: a training tier × a task type, or × a product (a product's rate wins). */
@Entity({ name: 'fee_rate' })
@Index('uq_fee_rate', { synchronize: false })
@Index('ix_fee_rate_schedule', ['scheduleId'])
@Check('ck_fee_rate_target', `("task_type_code" IS NULL) <> ("product_code" IS NULL)`)
@Check('ck_fee_rate_basis', `"basis" IN ('hourly', 'per_task', 'per_meeting')`)
@Check(
  'ck_fee_rate_amounts',
  `"amount_cents" >= 0 AND "min_billable_minutes" >= 0 AND "paid_preparation_minutes" >= 0 AND ("preparation_hourly_cents" IS NULL OR "preparation_hourly_cents" >= 0)`,
)
export class FeeRateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'schedule_id', type: 'uuid' })
  scheduleId: string;

  @ManyToOne(() => FeeScheduleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'schedule_id', foreignKeyConstraintName: 'fk_fee_rate_schedule' })
  schedule?: FeeScheduleEntity;

  @ForeignKey('training_tier', { name: 'fk_fee_rate_tier' })
  @Column({ name: 'tier_code', type: 'text' })
  tierCode: string;

  @ForeignKey('task_type', { name: 'fk_fee_rate_task_type' })
  @Column({ name: 'task_type_code', type: 'text', nullable: true })
  taskTypeCode: string | null;

  @ForeignKey('product', 'code', { name: 'fk_fee_rate_product' })
  @Column({ name: 'product_code', type: 'text', nullable: true })
  productCode: string | null;

  @Column({ type: 'text' })
  basis: FeeBasis;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Column({ name: 'min_billable_minutes', type: 'integer', default: 0 })
  minBillableMinutes: number;

  @Column({ name: 'paid_preparation_minutes', type: 'integer', default: 0 })
  paidPreparationMinutes: number;

  @Column({ name: 'preparation_hourly_cents', type: 'integer', nullable: true })
  preparationHourlyCents: number | null;

  @Column({ name: 'income_type_code', type: 'text' })
  incomeTypeCode: string;

  @ManyToOne(() => IncomeTypeEntity)
  @JoinColumn({ name: 'income_type_code', foreignKeyConstraintName: 'fk_fee_rate_income_type' })
  incomeType?: IncomeTypeEntity;
}

/** A fee claim: born when a task is completed (or cancelled late), one owner and one due moment at every step. */
@Entity({ name: 'fee_claim' })
@Index('uq_fee_claim_number', ['number'], { unique: true })
@Index('uq_fee_claim_assignment', ['assignmentId'], { unique: true })
@Index('ix_fee_claim_expert', ['expertId', 'taskDate'])
@Index('ix_fee_claim_open_due', ['dueAt'], { where: `"status" NOT IN ('paid', 'cancelled')` })
@Index('ix_fee_claim_status', ['status', 'dueAt'])
@Index('ix_fee_claim_cost_centre', ['costCentre', 'status'])
@Check(
  'ck_fee_claim_status',
  `"status" IN ('draft', 'submitted', 'confirmed', 'approved', 'exported', 'paid', 'returned', 'rejected', 'cancelled')`,
)
@Check(
  'ck_fee_claim_owner',
  `"owner" IN ('expert', 'orderer', 'approver', 'payroll', 'coordinator', 'nobody')`,
)
@Check('ck_fee_claim_payment_method', `"payment_method" IN ('payroll', 'invoice', 'ngo', 'volunteer')`)
@Check(
  'ck_fee_claim_totals',
  `"total_cents" >= 0 AND "earnings_cents" >= 0 AND "earnings_cents" <= "total_cents"`,
)
@Check('ck_fee_claim_due', `("owner" = 'nobody') = ("due_at" IS NULL)`)
@Check('ck_fee_claim_returned', `"status" <> 'returned' OR "return_reason" IS NOT NULL`)
export class FeeClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  number: string;

  @ForeignKey('assignment', { name: 'fk_fee_claim_assignment' })
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ForeignKey('expert', { name: 'fk_fee_claim_expert' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ForeignKey('task_order', { name: 'fk_fee_claim_order' })
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ForeignKey('order_occurrence', { name: 'fk_fee_claim_occurrence' })
  @Column({ name: 'occurrence_id', type: 'uuid' })
  occurrenceId: string;

  @ForeignKey('org_unit', { name: 'fk_fee_claim_unit' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  /** The cost centre that pays (a snapshot of the order's). */
  @Column({ name: 'cost_centre', type: 'text' })
  costCentre: string;

  /** The task's Helsinki date: the schedule in force on it applies. */
  @Column({ name: 'task_date', type: 'date' })
  taskDate: string;

  @Column({ name: 'schedule_id', type: 'uuid', nullable: true })
  scheduleId: string | null;

  @ManyToOne(() => FeeScheduleEntity, { nullable: true })
  @JoinColumn({ name: 'schedule_id', foreignKeyConstraintName: 'fk_fee_claim_schedule' })
  schedule?: FeeScheduleEntity | null;

  @Column({ name: 'tier_code', type: 'text', nullable: true })
  tierCode: string | null;

  @Column({ name: 'task_type_code', type: 'text', nullable: true })
  taskTypeCode: string | null;

  @Column({ name: 'product_code', type: 'text' })
  productCode: string;

  @Column({ name: 'payment_method', type: 'text' })
  paymentMethod: PaymentMethod;

  @Column({ type: 'text' })
  status: ClaimStatus;

  @Column({ type: 'text' })
  owner: ClaimOwner;

  /** A named person who has the claim (the orderer, or whom the coordinator gave it to); null = anyone in the role. */
  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  /** The orderer cancelled late: the claim pays the configured share of the fee. */
  @Column({ name: 'late_cancellation', type: 'boolean', default: false })
  lateCancellation: boolean;

  /** What the expert reports: minutes worked and prepared, kilometres, tickets, other expenses. */
  @Column({ type: 'jsonb' })
  report: Report;

  /** The report as first filled in (to tell whether the expert changed anything). */
  @Column({ name: 'prefilled_report', type: 'jsonb' })
  prefilledReport: Report;

  @Column({ name: 'total_cents', type: 'integer' })
  totalCents: number;

  /** Fee and preparation: what counts towards an earnings ceiling. */
  @Column({ name: 'earnings_cents', type: 'integer' })
  earningsCents: number;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  /** The expert chose to do this task as a volunteer (e.g. to stay under their earnings ceiling). */
  @Column({ name: 'as_volunteer', type: 'boolean', default: false })
  asVolunteer: boolean;

  /** A trainee's task done together with their mentor (the mentoring path): the schedule's trainee share of the fee. */
  @Column({ name: 'training_task', type: 'boolean', default: false })
  trainingTask: boolean;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A batch of approved lines handed to payroll (or accounts payable); its document never changes. */
@Entity({ name: 'export_batch' })
@Index('uq_export_batch_number', ['number'], { unique: true })
@Check('ck_export_batch_channel', `"channel" IN ('payroll', 'accounts_payable')`)
@Check('ck_export_batch_status', `"status" IN ('exported', 'acknowledged', 'released')`)
@Check('ck_export_batch_totals', `"line_count" >= 0 AND "total_cents" >= 0`)
export class ExportBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  channel: 'payroll' | 'accounts_payable';

  @Column({ type: 'text' })
  status: 'exported' | 'acknowledged' | 'released';

  /** The client (or user) that created it. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount: number;

  @Column({ name: 'total_cents', type: 'integer' })
  totalCents: number;

  /** The batch as JSON, exactly the bytes every read returns. */
  @Column({ type: 'text' })
  document: string;

  @Column({ type: 'text' })
  etag: string;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ name: 'released_by', type: 'uuid', nullable: true })
  releasedBy: string | null;

  @Column({ name: 'release_reason', type: 'text', nullable: true })
  releaseReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One line of a claim. Lines of an approved claim are ready for export; a line enters at most one batch. */
@Entity({ name: 'fee_claim_line' })
@Index('ix_fee_claim_line_claim', ['claimId'])
@Index('ix_fee_claim_line_ready', ['channel', 'createdAt'], { where: `"status" = 'approved'` })
@Index('ix_fee_claim_line_batch', ['batchId'])
@Check('ck_fee_claim_line_kind', `"kind" IN ('fee', 'preparation', 'mileage', 'ticket', 'expense')`)
@Check('ck_fee_claim_line_status', `"status" IN ('open', 'approved', 'batched', 'paid', 'rejected', 'void')`)
@Check('ck_fee_claim_line_batch', `("status" IN ('batched', 'paid', 'rejected')) = ("batch_id" IS NOT NULL)`)
@Check('ck_fee_claim_line_amount', `"amount_cents" >= 0 AND "quantity" >= 0 AND "unit_cents" >= 0`)
@Check('ck_fee_claim_line_channel', `"channel" IN ('payroll', 'accounts_payable')`)
export class FeeClaimLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @ManyToOne(() => FeeClaimEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'fk_fee_claim_line_claim' })
  claim?: FeeClaimEntity;

  @Column({ type: 'text' })
  kind: LineKind;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ name: 'unit_cents', type: 'integer' })
  unitCents: number;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  /** Incomes Register income type; empty for an NGO's invoice. */
  @Column({ name: 'income_type_code', type: 'text' })
  incomeTypeCode: string;

  /** Payroll, or accounts payable for work compensation and NGO invoices. */
  @Column({ type: 'text' })
  channel: 'payroll' | 'accounts_payable';

  @Column({ type: 'text', default: 'open' })
  status: 'open' | 'approved' | 'batched' | 'paid' | 'rejected' | 'void';

  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId: string | null;

  @ManyToOne(() => ExportBatchEntity, { nullable: true })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_fee_claim_line_batch' })
  batch?: ExportBatchEntity | null;

  /** The line this one re-exports after payroll rejected it. */
  @Column({ name: 'replaces_line_id', type: 'uuid', nullable: true })
  replacesLineId: string | null;

  // the payee as exported (encrypted copies taken when the batch is made, so the batch reads the same later)
  @Column({ name: 'payee_name', type: 'text', nullable: true })
  payeeName: string | null;

  @Column({ name: 'payee_pic_enc', type: 'text', nullable: true })
  payeePicEnc: string | null;

  @Column({ name: 'payee_iban_enc', type: 'text', nullable: true })
  payeeIbanEnc: string | null;

  @Column({ name: 'payee_business_id', type: 'text', nullable: true })
  payeeBusinessId: string | null;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  @Column({ name: 'payment_date', type: 'date', nullable: true })
  paymentDate: string | null;

  @Column({ name: 'reject_reason', type: 'text', nullable: true })
  rejectReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The claim's timeline: every step, who took it and when. */
@Entity({ name: 'fee_claim_event' })
@Index('ix_fee_claim_event_claim', ['claimId', 'at'])
export class FeeClaimEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @ManyToOne(() => FeeClaimEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'fk_fee_claim_event_claim' })
  claim?: FeeClaimEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** A user id, a client id, or `system`. */
  @Column({ type: 'text' })
  actor: string;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** A receipt for a claim's tickets or other expenses (a photo or a PDF), kept in the database. */
@Entity({ name: 'fee_claim_receipt' })
@Index('ix_fee_claim_receipt_claim', ['claimId', 'createdAt'])
@Check('ck_fee_claim_receipt_size', `"size_bytes" BETWEEN 1 AND 10485760`)
export class FeeClaimReceiptEntity extends StoredFileColumns {
  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @ManyToOne(() => FeeClaimEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'fk_fee_claim_receipt_claim' })
  claim?: FeeClaimEntity;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;
}
