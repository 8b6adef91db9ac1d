import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Recent sign-in attempts, for per-account and per-address throttling. Old rows may be pruned. */
@Entity({ name: 'login_attempt' })
@Index('ix_login_attempt_account', ['account', 'attemptedAt'])
@Index('ix_login_attempt_address', ['address', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;

  /** Lower-cased e-mail address or client id. */
  @Column({ type: 'text' })
  account: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;
}
