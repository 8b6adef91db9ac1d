import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { etagOf, requireIfMatch } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import { BriefingsService } from './briefings.service';
import {
  BriefingDto,
  BriefingPageDto,
  ConfirmBriefingDto,
  ListBriefingsQueryDto,
  WriteBriefingDto,
} from './dto/briefing.dto';

@ApiTags('feedback')
@Controller('api/v1/task-briefings')
export class BriefingsController {
  constructor(private readonly briefings: BriefingsService) {}

  private withEtag(reply: FastifyReply, b: BriefingDto): BriefingDto {
    void reply.header('etag', etagOf(b.version));
    return b;
  }

  @Get()
  @Roles(Role.Coordinator, Role.Orderer, Role.Approver, Role.Expert)
  @ApiOperation({
    summary: 'The briefings before tasks, the soonest first: the unit’s to write, the expert’s to read',
    description:
      'Coordinators see every time that has been asked about; the ordering unit its own units’ (with `orderId`, ' +
      'every time of that order, also those not yet staffed); an expert the times of their own tasks. ' +
      'Only coming and ongoing times unless `past=true`.',
  })
  @ApiOkResponse({ type: BriefingPageDto })
  @ApiProblems(400)
  listTaskBriefings(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListBriefingsQueryDto,
  ): Promise<BriefingPageDto> {
    return this.briefings.list(user, query);
  }

  @Get(':occurrenceId')
  @Roles(Role.Coordinator, Role.Orderer, Role.Approver, Role.Expert)
  @ApiOperation({ summary: 'The briefing of one task time (its unit, its experts and coordinators)' })
  @ApiOkResponse({ type: BriefingDto })
  @ApiProblems(404)
  async getTaskBriefing(
    @CurrentUser() user: UserPrincipal,
    @Param('occurrenceId', ParseUUIDPipe) occurrenceId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BriefingDto> {
    return this.withEtag(reply, await this.briefings.get(user, occurrenceId));
  }

  @Put(':occurrenceId')
  @Roles(Role.Coordinator, Role.Orderer, Role.Approver)
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of the version you saw ("0" when nothing has been written or asked yet).',
  })
  @ApiOperation({
    summary:
      'The unit writes (or rewrites) the briefing; the experts of the time are told and asked to read it',
    description:
      'Required: the contact person on site, the audience, safety, who to turn to after, and whether there is ' +
      'a quiet room (400 BRIEFING_INVALID with `errors` per field). A time that is over: 409 BRIEFING_TASK_OVER.',
  })
  @ApiOkResponse({ type: BriefingDto })
  @ApiProblems(400, 403, 404, 409, 412, 428)
  async writeTaskBriefing(
    @CurrentUser() user: UserPrincipal,
    @Param('occurrenceId', ParseUUIDPipe) occurrenceId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: WriteBriefingDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BriefingDto> {
    return this.withEtag(reply, await this.briefings.write(user, occurrenceId, requireIfMatch(ifMatch), dto));
  }

  @Post(':occurrenceId/confirmation')
  @Roles(Role.Expert)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The expert confirms having read the briefing (and, with a demanding task, the supervision wanted)',
    description:
      'Names the revision read: changed since, 409 BRIEFING_CHANGED; not written yet, 409 BRIEFING_NOT_WRITTEN.',
  })
  @ApiOkResponse({ type: BriefingDto })
  @ApiProblems(400, 403, 404, 409)
  async confirmTaskBriefing(
    @CurrentUser() user: UserPrincipal,
    @Param('occurrenceId', ParseUUIDPipe) occurrenceId: string,
    @Body() dto: ConfirmBriefingDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BriefingDto> {
    return this.withEtag(reply, await this.briefings.confirm(user, occurrenceId, dto));
  }
}
