import { Body, Controller, Get, Headers, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import {
  ApiConsumes,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/openapi-decorators';
import { AuthService, SessionResult } from './auth.service';
import { AnyUser, CurrentClient, CurrentUser, Public, Scopes } from '../common/access/decorators';
import {
  AccessTokenDto,
  ClientInfoDto,
  ClientTokenDto,
  ClientTokenRequestDto,
  AcceptInvitationDto,
  LoginDto,
  MeDto,
  UpdateMeDto,
} from './dto/auth.dto';
import type { ClientPrincipal, UserPrincipal } from '../common/access/principal';
import { Scope } from '../common/access/roles';

export const REFRESH_COOKIE = 'kokemus_refresh';
const COOKIE_PATH = '/api/v1/auth';

function parseBasic(header: string | undefined): { id: string; secret: string } | undefined {
  const m = header && /^Basic\s+(.+)$/i.exec(header);
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return undefined;
  return { id: decodeURIComponent(decoded.slice(0, i)), secret: decodeURIComponent(decoded.slice(i + 1)) };
}

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @ApiOkResponse({
    type: AccessTokenDto,
    description: 'Signed in; the refresh token is set as an httpOnly cookie.',
  })
  @ApiProblems(400, 401, 429)
  async loginUser(
    @Body() dto: LoginDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenDto> {
    return this.withCookie(reply, await this.auth.login(dto, req.ip));
  }

  @Post('invitations/accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Set the password of a new account with the invitation link, and sign in',
    description: 'The link works once and expires (INVITATION_TTL_DAYS). Throttled like sign-in.',
  })
  @ApiOkResponse({
    type: AccessTokenDto,
    description: 'Signed in; the refresh token is set as an httpOnly cookie.',
  })
  @ApiProblems(400, 410, 429)
  async acceptInvitation(
    @Body() dto: AcceptInvitationDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenDto> {
    return this.withCookie(reply, await this.auth.acceptInvitation(dto, req.ip));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiCookieAuth('refreshCookie')
  @ApiOperation({ summary: 'Exchange the refresh cookie for a new access token (the cookie rotates)' })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiProblems(401)
  async refreshSession(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenDto> {
    try {
      return this.withCookie(reply, await this.auth.refresh(req.cookies?.[REFRESH_COOKIE]));
    } catch (err) {
      this.clearCookie(reply);
      throw err;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiCookieAuth('refreshCookie')
  @ApiOperation({ summary: 'Sign out: ends the session behind the refresh cookie' })
  @ApiNoContentResponse()
  async logoutUser(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(req.cookies?.[REFRESH_COOKIE]);
    this.clearCookie(reply);
  }

  @Get('me')
  @AnyUser()
  @ApiOperation({ summary: 'The signed-in person' })
  @ApiOkResponse({ type: MeDto })
  getMe(@CurrentUser() user: UserPrincipal): Promise<MeDto> {
    return this.auth.me(user);
  }

  @Patch('me')
  @AnyUser()
  @ApiOperation({ summary: 'Change own preferences (language)' })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(400)
  updateMe(@CurrentUser() user: UserPrincipal, @Body() dto: UpdateMeDto): Promise<MeDto> {
    return this.auth.updateMe(user, dto);
  }

  @Post('token')
  @Public()
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({ summary: 'OAuth2 client credentials for machine clients (payroll systems)' })
  @ApiOkResponse({ type: ClientTokenDto })
  @ApiProblems(400, 401, 429)
  async issueClientToken(
    @Body() dto: ClientTokenRequestDto,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClientTokenDto> {
    void reply.header('cache-control', 'no-store');
    return this.auth.clientCredentials(dto, parseBasic(authorization), req.ip);
  }

  @Get('client')
  @Scopes(Scope.PayrollRead, Scope.PayrollWrite)
  @ApiOperation({ summary: 'The signed-in machine client and the scopes its token carries' })
  @ApiOkResponse({ type: ClientInfoDto })
  getClientInfo(@CurrentClient() client: ClientPrincipal): ClientInfoDto {
    return { clientId: client.clientId, scopes: client.scopes };
  }

  private withCookie(reply: FastifyReply, session: SessionResult): AccessTokenDto {
    void reply.header('cache-control', 'no-store');
    void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: COOKIE_PATH,
      maxAge: this.auth.refreshCookieMaxAge(),
    });
    return session.body;
  }

  private clearCookie(reply: FastifyReply) {
    void reply.clearCookie(REFRESH_COOKIE, {
      path: COOKIE_PATH,
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
    });
  }
}
