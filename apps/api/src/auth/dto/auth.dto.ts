import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Locale, Role, Scope } from '../../common/access/roles';
import type { UserPrincipal } from '../../common/access/principal';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class LoginDto {
  @ApiProperty({ example: 'coordinator@kokemus.test' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ format: 'password', example: 'kokemus-demo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token of the invitation link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ format: 'password', minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  password: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: Locale, enumName: 'Locale' })
  locale: Locale;

  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true })
  roles: Role[];

  /** The organisation units the person belongs to. */
  @ApiProperty({ type: [String], format: 'uuid' })
  unitIds: string[];
}

export class AccessTokenDto {
  /** Bearer token for the `Authorization` header; short-lived. */
  @ApiProperty()
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  /** Seconds until the access token expires. */
  @ApiProperty()
  expiresIn: number;

  @ApiProperty({ type: MeDto })
  user: MeDto;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ enum: Locale, enumName: 'Locale' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

/** OAuth2 client-credentials request (RFC 6749 §4.4), form-encoded. */
export class ClientTokenRequestDto {
  @ApiProperty({ enum: ['client_credentials'] })
  @IsString()
  @IsNotEmpty()
  grant_type: string;

  /** May instead come in HTTP Basic authentication. */
  @ApiPropertyOptional({ example: 'payroll-demo' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  client_id?: string;

  @ApiPropertyOptional({ format: 'password' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  client_secret?: string;

  /** Space-separated; defaults to all scopes granted to the client. */
  @ApiPropertyOptional({ example: 'payroll:read payroll:write' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  scope?: string;
}

export class ClientTokenDto {
  @ApiProperty()
  access_token: string;

  @ApiProperty({ enum: ['Bearer'] })
  token_type: 'Bearer';

  @ApiProperty()
  expires_in: number;

  @ApiProperty({ example: 'payroll:read payroll:write' })
  scope: string;
}

export class ClientInfoDto {
  @ApiProperty({ example: 'payroll-demo' })
  clientId: string;

  @ApiProperty({ enum: Scope, enumName: 'Scope', isArray: true })
  scopes: Scope[];
}

export const SCOPE_VALUES: string[] = Object.values(Scope);
export const isScope = (s: string): s is Scope => SCOPE_VALUES.includes(s);

export function mapMe(p: UserPrincipal): MeDto {
  return {
    id: p.userId,
    email: p.email,
    displayName: p.displayName,
    locale: p.locale,
    roles: p.roles,
    unitIds: p.unitIds,
  };
}
