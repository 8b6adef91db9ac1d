import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * One item of the orientation (*perehdytys*) checklist the county defines: confidentiality, ethics, safety,
 * fees and the tax card, how to decline and pause. An item taken out of use stays on the applications
 * where it was done.
 */
@Entity({ name: 'orientation_item' })
@Index('uq_orientation_item_code', ['code'], { unique: true })
export class OrientationItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'label_fi', type: 'text' })
  labelFi: string;

  @Column({ name: 'label_sv', type: 'text' })
  labelSv: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

/** That an item was gone through with the applicant, by whom and when. */
@Entity({ name: 'orientation_check' })
export class OrientationCheckEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  @ForeignKey('application', { name: 'fk_orientation_check_application', onDelete: 'CASCADE' })
  applicationId: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  @ForeignKey('orientation_item', { name: 'fk_orientation_check_item' })
  itemId: string;

  @ForeignKey('user_account', { name: 'fk_orientation_check_by' })
  @Column({ name: 'checked_by', type: 'uuid' })
  checkedBy: string;

  @CreateDateColumn({ name: 'checked_at', type: 'timestamptz' })
  checkedAt: Date;
}
