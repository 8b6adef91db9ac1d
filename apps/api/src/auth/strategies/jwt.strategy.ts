import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import type { Principal } from '../../common/access/principal';
import { AccessClaims, JWT_ALGORITHM } from '../token.service';
import { UsersService } from '../users.service';

/**
 * Bearer tokens: one algorithm, issuer, audience and expiry checked. The person (or client) is read
 * again on every request, so a deactivated account stops working at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: [JWT_ALGORITHM],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims): Promise<Principal | false> {
    if (typeof claims?.sub !== 'string') return false;
    if (claims.typ === 'access') return (await this.users.loadPrincipal(claims.sub)) ?? false;
    if (claims.typ === 'client') {
      const client = await this.users.loadClient(claims.sub);
      if (!client) return false;
      const granted = (claims.scope ?? '').split(' ');
      return { ...client, scopes: client.scopes.filter((s) => granted.includes(s)) };
    }
    return false;
  }
}
