import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export enum UnitKind {
  /** tulosalue */
  ResultArea = 'result_area',
  /** palvelualue */
  ServiceArea = 'service_area',
  /** yksikkö */
  Unit = 'unit',
  /** an orderer outside the county: a school, a municipality's education services, an NGO */
  External = 'external',
}

@Entity({ name: 'org_unit' })
@Index('uq_org_unit_cost_centre', { synchronize: false })
@Index('ix_org_unit_parent', ['parentId'])
@Index('ix_org_unit_name_id', ['name', 'id'])
@Check('ck_org_unit_kind', `"kind" IN ('result_area', 'service_area', 'unit', 'external')`)
@Check('ck_org_unit_not_own_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
@Check('ck_org_unit_name', `length(btrim("name")) BETWEEN 1 AND 200`)
@Check('ck_org_unit_cost_centre', `"cost_centre" ~ '^[A-Za-z0-9][A-Za-z0-9-]{1,29}$'`)
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_org_unit_parent' })
  parent?: OrgUnitEntity | null;

  @Column({ type: 'text' })
  kind: UnitKind;

  /** The unit's name in Finnish (the county's working language). */
  @Column({ type: 'text' })
  name: string;

  /** The Swedish name, where the county uses one. */
  @Column({ name: 'name_sv', type: 'text', nullable: true })
  nameSv: string | null;

  /** Kustannuspaikka: where this unit's expert fees are charged. Unique, compared case-insensitively. */
  @Column({ name: 'cost_centre', type: 'text' })
  costCentre: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
