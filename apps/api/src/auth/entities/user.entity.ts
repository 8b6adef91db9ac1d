import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Locale, Role } from '../../common/access/roles';

@Entity({ name: 'user_account' })
@Index('uq_user_account_email', ['email'], { unique: true })
@Check('ck_user_account_email_lower', `"email" = lower("email")`)
@Check('ck_user_account_locale', `"locale" IN ('fi', 'sv', 'en')`)
@Check(
  'ck_user_account_roles',
  `"roles" <@ ARRAY['admin', 'coordinator', 'orderer', 'approver', 'expert', 'reporter']::text[]`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** Null for people who sign in only through the county's SSO. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', default: 'fi' })
  locale: Locale;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;


  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
