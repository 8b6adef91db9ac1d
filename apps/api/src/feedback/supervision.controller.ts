import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { etagOf, requireIfMatch } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import {
  CreateSupervisionSessionDto,
  ListSupervisionSessionsQueryDto,
  MarkSupervisionAttendanceDto,
  SupervisionSessionDto,
  SupervisionSessionPageDto,
} from './dto/supervision.dto';
import { SupervisionService } from './supervision.service';

@ApiTags('feedback')
@Controller('api/v1/supervision-sessions')
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  private withEtag(reply: FastifyReply, s: SupervisionSessionDto): SupervisionSessionDto {
    void reply.header('etag', etagOf(s.version));
    return s;
  }

  @Get()
  @Roles(Role.Coordinator, Role.Expert)
  @ApiOperation({
    summary: 'Supervision sessions, the soonest first: every one for coordinators, an expert’s own',
    description: 'An expert sees only the sessions they are in, and not who else is in a group.',
  })
  @ApiOkResponse({ type: SupervisionSessionPageDto })
  @ApiProblems(400)
  listSupervisionSessions(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListSupervisionSessionsQueryDto,
  ): Promise<SupervisionSessionPageDto> {
    return this.supervision.list(user, query);
  }

  @Get(':id')
  @Roles(Role.Coordinator, Role.Expert)
  @ApiOperation({ summary: 'One supervision session (for a coordinator, or an expert in it)' })
  @ApiOkResponse({ type: SupervisionSessionDto })
  @ApiProblems(404)
  async getSupervisionSession(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SupervisionSessionDto> {
    return this.withEtag(reply, await this.supervision.get(user, id));
  }

  @Post()
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'A coordinator arranges a supervision session; each expert is invited in the app and by e-mail',
    description:
      'Individual (one expert) or a group (2–12), 15 minutes to 8 hours; before or after a task needs the task.',
  })
  @ApiCreatedResponse({ type: SupervisionSessionDto })
  @ApiProblems(400, 403)
  async createSupervisionSession(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: CreateSupervisionSessionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SupervisionSessionDto> {
    return this.withEtag(reply, await this.supervision.create(user, dto));
  }

  @Post(':id/attendance')
  @Roles(Role.Coordinator)
  @HttpCode(200)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version you saw.' })
  @ApiOperation({ summary: 'Who came: marked once the session has started' })
  @ApiOkResponse({ type: SupervisionSessionDto })
  @ApiProblems(400, 403, 404, 409, 412, 428)
  async markSupervisionAttendance(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: MarkSupervisionAttendanceDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SupervisionSessionDto> {
    return this.withEtag(reply, await this.supervision.markAttendance(user, id, requireIfMatch(ifMatch), dto));
  }

  @Post(':id/cancel')
  @Roles(Role.Coordinator)
  @HttpCode(200)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version you saw.' })
  @ApiOperation({ summary: 'Calls a session off before it starts; the experts in it are told' })
  @ApiOkResponse({ type: SupervisionSessionDto })
  @ApiProblems(403, 404, 409, 412, 428)
  async cancelSupervisionSession(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SupervisionSessionDto> {
    return this.withEtag(reply, await this.supervision.cancel(user, id, requireIfMatch(ifMatch)));
  }
}
