import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { Scope } from '../common/access/roles';

export const JWT_ALGORITHM = 'HS256';

export interface AccessClaims {
  sub: string;
  typ: 'access' | 'client';
  scope?: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  accessTokenFor(userId: string): { token: string; expiresIn: number } {
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = this.jwt.sign({ typ: 'access' } satisfies Omit<AccessClaims, 'sub'>, {
      subject: userId,
      expiresIn,
      jwtid: randomUUID(),
    });
    return { token, expiresIn };
  }

  clientTokenFor(clientId: string, scopes: Scope[]): { token: string; expiresIn: number } {
    const expiresIn = this.config.CLIENT_TOKEN_TTL_SECONDS;
    const token = this.jwt.sign({ typ: 'client', scope: scopes.join(' ') } satisfies Omit<AccessClaims, 'sub'>, {
      subject: clientId,
      expiresIn,
      jwtid: randomUUID(),
    });
    return { token, expiresIn };
  }

  /** Stores a new refresh token of the family and returns the token itself (only the hash is kept). */
  async issueRefreshToken(
    manager: EntityManager,
    userId: string,
    familyId: string = randomUUID(),
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await manager.insert(RefreshTokenEntity, { userId, familyId, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt };
  }
}
