import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Scope } from '../../common/access/roles';

/** A machine client (a payroll system) that signs in with OAuth2 client credentials. */
@Entity({ name: 'api_client' })
@Index('uq_api_client_client_id', ['clientId'], { unique: true })
@Check('ck_api_client_scopes', `"scopes" <@ ARRAY['payroll:read', 'payroll:write']::text[]`)
export class ApiClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'secret_hash', type: 'text' })
  secretHash: string;

  @Column({ type: 'text', array: true })
  scopes: Scope[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
