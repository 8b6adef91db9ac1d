import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, ForeignKey } from 'typeorm';
import { ExpertEntity } from './expert.entity';

/** One experience area of an expert, with the expert's own choice of who may see it. */
@Entity({ name: 'expert_experience_area' })
@Index('ix_expert_experience_area_area', ['areaCode', 'expertId'])
export class ExpertAreaEntity {
  @PrimaryColumn({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ManyToOne(() => ExpertEntity, (e) => e.areas, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_expert_experience_area_expert' })
  expert?: ExpertEntity;

  @ForeignKey('experience_area', { name: 'fk_expert_experience_area_area' })
  @PrimaryColumn({ name: 'area_code', type: 'text' })
  areaCode: string;

  /** true: orderers may see it on the public profile; false: the coordinator only. */
  @Column({ name: 'visible_to_orderers', type: 'boolean', default: false })
  visibleToOrderers: boolean;
}
