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
import { DebriefsService } from './debriefs.service';
import {
  CreateDebriefRequestDto,
  DebriefRequestDto,
  DebriefRequestPageDto,
  ListDebriefRequestsQueryDto,
  MoveDebriefRequestDto,
} from './dto/debrief.dto';

@ApiTags('feedback')
@Controller('api/v1')
export class DebriefsController {
  constructor(private readonly debriefs: DebriefsService) {}

  private withEtag(reply: FastifyReply, d: DebriefRequestDto): DebriefRequestDto {
    void reply.header('etag', etagOf(d.version));
    return d;
  }

  @Post('debrief-requests')
  @Roles(Role.Expert)
  @ApiOperation({
    summary: '“I would like to talk to someone”: the expert asks; every coordinator is told at once',
    description:
      'Due one business day later; escalated to the coordinators again if nobody has taken it by then.',
  })
  @ApiCreatedResponse({ type: DebriefRequestDto })
  @ApiProblems(400, 403)
  async createDebriefRequest(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: CreateDebriefRequestDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DebriefRequestDto> {
    return this.withEtag(reply, await this.debriefs.request(user, dto));
  }

  @Get('debrief-requests')
  @Roles(Role.Coordinator, Role.Expert)
  @ApiOperation({
    summary: 'Debrief requests: the coordinators’ inbox (the open first, by due moment), or an expert’s own',
  })
  @ApiOkResponse({ type: DebriefRequestPageDto })
  @ApiProblems(400)
  listDebriefRequests(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListDebriefRequestsQueryDto,
  ): Promise<DebriefRequestPageDto> {
    return this.debriefs.list(user, query);
  }

  @Get('debrief-requests/:id')
  @Roles(Role.Coordinator, Role.Expert)
  @ApiOperation({ summary: 'One debrief request (a coordinator’s read of the expert’s words is audited)' })
  @ApiOkResponse({ type: DebriefRequestDto })
  @ApiProblems(404)
  async getDebriefRequest(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DebriefRequestDto> {
    return this.withEtag(reply, await this.debriefs.get(user, id));
  }

  @Post('debrief-requests/:id/moves')
  @Roles(Role.Coordinator)
  @HttpCode(200)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version you saw.' })
  @ApiOperation({ summary: 'A coordinator takes the request on, or marks it done (with a private note)' })
  @ApiOkResponse({ type: DebriefRequestDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async moveDebriefRequest(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: MoveDebriefRequestDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DebriefRequestDto> {
    return this.withEtag(reply, await this.debriefs.move(user, id, requireIfMatch(ifMatch), dto));
  }
}
