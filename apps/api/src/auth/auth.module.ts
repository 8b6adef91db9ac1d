import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { InvitationsService } from './invitations.service';
import { FieldCipher } from '../common/field-cipher';
import { SignedLinks } from '../common/signed-links';
import { AccessGuard } from './guards/access.guard';
import { AuthenticationGuard } from './guards/authentication.guard';
import { LoginThrottleService } from './login-throttle.service';
import { JwtStrategy } from './strategies/jwt.strategy';
import { JWT_ALGORITHM, TokenService } from './token.service';
import { UsersService } from './users.service';

/**
 * Local sign-in and OAuth2 client credentials. County SSO (OIDC) would be one more passport strategy
 * that ends in the same `TokenService` session: nothing else needs to change.
 */
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { algorithm: JWT_ALGORITHM, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
        verifyOptions: {
          algorithms: [JWT_ALGORITHM],
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
        },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    TokenService,
    UsersService,
    LoginThrottleService,
    InvitationsService,
    SignedLinks,
    FieldCipher,
    JwtStrategy,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, InvitationsService],
})
export class AuthModule {}
