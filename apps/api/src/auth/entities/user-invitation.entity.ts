import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A one-time link to set the password of a new account (a new expert's first sign-in). The link is
 * signed, not stored: the row says whether it is still good.
 */
@Entity({ name: 'user_invitation' })
@Index('ix_user_invitation_user', ['userId'])
export class UserInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('user_account', { name: 'fk_user_invitation_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the password was set with it, or when a newer invitation replaced it. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
