import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn, ForeignKey } from 'typeorm';
import { FeeBasis } from '../orders.rules';

/** A ready-made product (seed 003: "valmiit tuotteet, tilaamisen helppous"); the order form starts from one. */
@Entity({ name: 'product' })
@Check('ck_product_fee_basis', `"fee_basis" IN ('hourly', 'per_task', 'per_meeting')`)
@Check('ck_product_duration', `"default_duration_minutes" BETWEEN 15 AND 1440`)
@Check('ck_product_expert_count', `"default_expert_count" BETWEEN 1 AND 20`)
@Check('ck_product_pair', `NOT "pair_required" OR "default_expert_count" >= 2`)
@Check('ck_product_preparation', `"preparation_minutes" BETWEEN 0 AND 2400`)
export class ProductEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'label_fi', type: 'text' })
  labelFi: string;

  @Column({ name: 'label_sv', type: 'text' })
  labelSv: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'description_fi', type: 'text' })
  descriptionFi: string;

  @Column({ name: 'description_sv', type: 'text' })
  descriptionSv: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn: string;

  /** The task type of the registry that experts tick when they want this kind of work. */

  @ForeignKey('task_type', { name: 'fk_product_task_type' })
  @Column({ name: 'task_type_code', type: 'text', nullable: true })
  taskTypeCode: string | null;

  @Column({ name: 'default_duration_minutes', type: 'integer' })
  defaultDurationMinutes: number;

  @Column({ name: 'default_expert_count', type: 'integer' })
  defaultExpertCount: number;

  @Column({ name: 'pair_required', type: 'boolean' })
  pairRequired: boolean;

  /** Usually ordered as a recurring series (e.g. Juttupenkki every week). */
  @Column({ type: 'boolean' })
  recurring: boolean;

  @Column({ name: 'preparation_minutes', type: 'integer' })
  preparationMinutes: number;

  @Column({ name: 'fee_basis', type: 'text' })
  feeBasis: FeeBasis;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
