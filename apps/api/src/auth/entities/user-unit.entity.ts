import { Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** A person's membership of an organisation unit: what they see and approve is scoped by it. */
@Entity({ name: 'user_unit' })
@Index('IDX_9f8e28864adc66ade704b902a2', ['userId'])
@Index('IDX_63ccd2198b7da8c4c27e7b8390', ['unitId'])
export class UserUnitEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_6684843228c331e7d23afcca96d' })
  userId: string;

  @ForeignKey('org_unit', { name: 'fk_user_unit_unit', onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @PrimaryColumn({ name: 'unit_id', type: 'uuid', primaryKeyConstraintName: 'PK_6684843228c331e7d23afcca96d' })
  unitId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_unit_user' })
  user?: UserEntity;
}
