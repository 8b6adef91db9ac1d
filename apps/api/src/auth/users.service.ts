import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ApiClientEntity } from './entities/api-client.entity';
import type { ClientPrincipal, UserPrincipal } from '../common/access/principal';
import { Locale, Role } from '../common/access/roles';

/** What another module shows of a person: the name, and the roles (a message "from the coordinator"). */
export interface PersonName {
  id: string;
  displayName: string;
  roles: Role[];
}

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** People's names and roles by id, for another module's timelines and messages (also deactivated people). */
  async people(
    ids: Array<string | null>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PersonName>> {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    if (!unique.length) return new Map();
    const rows = await manager.query<Array<{ id: string; display_name: string; roles: Role[] }>>(
      'SELECT id, display_name, roles FROM user_account WHERE id = ANY($1::uuid[])',
      [unique],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, displayName: r.display_name, roles: r.roles }]));
  }

  /** Every active coordinator's account id, for a module's message "to the coordinators". */
  async coordinatorIds(manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM user_account WHERE active AND 'coordinator' = ANY(roles) ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  /** The signed-in person as the rest of the app sees them; null when missing or deactivated. */
  async loadPrincipal(userId: string, manager?: EntityManager): Promise<UserPrincipal | null> {
    const rows = await (manager ?? this.dataSource.manager).query<
      Array<{ id: string; email: string; display_name: string; locale: Locale; roles: Role[]; unit_ids: string[] }>
    >(
      `SELECT u.id, u.email, u.display_name, u.locale, u.roles,
              coalesce(array_agg(uu.unit_id) FILTER (WHERE uu.unit_id IS NOT NULL), '{}') AS unit_ids
         FROM user_account u
         LEFT JOIN user_unit uu ON uu.user_id = u.id
        WHERE u.id = $1 AND u.active
        GROUP BY u.id`,
      [userId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      kind: 'user',
      userId: r.id,
      email: r.email,
      displayName: r.display_name,
      locale: r.locale,
      roles: r.roles,
      unitIds: r.unit_ids,
    };
  }

  /**
   * Erases a person's account inside the caller's transaction (the registry's erasure of an expert):
   * deactivated, name and e-mail replaced, password removed, every session ended.
   */
  async eraseAccount(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE user_account SET active = false, email = $2, display_name = 'Poistettu käyttäjä', password_hash = NULL WHERE id = $1`,
      [userId, `erased-${userId}@invalid.kokemus`],
    );
    await manager.query('UPDATE refresh_token SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL', [
      userId,
      'erased',
    ]);
  }

  /**
   * Takes a role from an account inside the caller's transaction (an expert who leaves): an account left
   * with no role is closed; either way every session ends, so the change holds from the next request.
   */
  async removeRole(manager: EntityManager, userId: string, role: Role): Promise<void> {
    await manager.query(
      `UPDATE user_account SET roles = array_remove(roles, $2::text), active = active AND cardinality(array_remove(roles, $2::text)) > 0,
              updated_at = now(), version = version + 1
        WHERE id = $1`,
      [userId, role],
    );
    await manager.query(
      'UPDATE refresh_token SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL',
      [userId, 'role_removed'],
    );
  }

  async loadClient(clientId: string): Promise<ClientPrincipal | null> {
    const client = await this.dataSource.getRepository(ApiClientEntity).findOne({ where: { clientId, active: true } });
    return client ? { kind: 'client', clientId: client.clientId, scopes: client.scopes } : null;
  }
}
