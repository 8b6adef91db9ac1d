import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** Columns shared by the coded, labelled catalogues. */
abstract class LabelledEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'label_fi', type: 'text' })
  labelFi: string;

  @Column({ name: 'label_sv', type: 'text' })
  labelSv: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

@Entity({ name: 'experience_area' })
export class ExperienceAreaEntity extends LabelledEntity {}

@Entity({ name: 'task_type' })
export class TaskTypeEntity extends LabelledEntity {}

@Entity({ name: 'language' })
export class LanguageEntity extends LabelledEntity {}

@Entity({ name: 'training_tier' })
@Index('uq_training_tier_rank', ['rank'], { unique: true })
@Check('ck_training_tier_min_hours', `"min_hours" >= 0`)
export class TrainingTierEntity extends LabelledEntity {
  @Column({ type: 'integer' })
  rank: number;

  @Column({ name: 'min_hours', type: 'integer' })
  minHours: number;

  @Column({ name: 'requires_mentor_training', type: 'boolean', default: false })
  requiresMentorTraining: boolean;
}

@Entity({ name: 'municipality' })
@Index('ix_municipality_name_fi', ['nameFi'])
export class MunicipalityEntity {
  /** A readable slug of the Finnish name, e.g. `jyvaskyla`. */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'name_fi', type: 'text' })
  nameFi: string;

  @Column({ name: 'name_sv', type: 'text' })
  nameSv: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  /** Set for a former municipality: the one it merged into. */
  @Column({ name: 'merged_into', type: 'text', nullable: true })
  mergedInto: string | null;

  @ManyToOne(() => MunicipalityEntity, { nullable: true })
  @JoinColumn({ name: 'merged_into', foreignKeyConstraintName: 'fk_municipality_merged_into' })
  mergedIntoMunicipality?: MunicipalityEntity | null;
}
