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
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { etagOf, requireIfMatch } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import { ComplaintsService } from './complaints.service';
import {
  ComplaintDto,
  ComplaintPageDto,
  ListComplaintsQueryDto,
  MoveComplaintDto,
} from './dto/complaint.dto';

@ApiTags('feedback')
@Controller('api/v1/complaints')
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Get()
  @Roles(Role.Coordinator, Role.Orderer, Role.Approver, Role.Expert)
  @ApiOperation({
    summary:
      'Complaints: all for coordinators, the unit’s for its orderers, an expert’s own (without the words)',
  })
  @ApiOkResponse({ type: ComplaintPageDto })
  @ApiProblems(400)
  listComplaints(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListComplaintsQueryDto,
  ): Promise<ComplaintPageDto> {
    return this.complaints.list(user, query);
  }

  @Get(':id')
  @Roles(Role.Coordinator, Role.Orderer, Role.Approver, Role.Expert)
  @ApiOperation({ summary: 'One complaint (a coordinator’s read is audited for the expert)' })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiProblems(404)
  async getComplaint(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ComplaintDto> {
    const c = await this.complaints.get(user, id);
    void reply.header('etag', etagOf(c.version));
    return c;
  }

  @Post(':id/moves')
  @Roles(Role.Coordinator, Role.Expert)
  @HttpCode(200)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version you saw.' })
  @ApiOperation({
    summary:
      'A coordinator answers, asks the expert’s view or closes with an outcome; the expert gives their view',
    description: 'A complaint never touches the fee: the coordinator decides that apart.',
  })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiProblems(400, 403, 404, 409, 412, 428)
  async moveComplaint(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: MoveComplaintDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ComplaintDto> {
    const c = await this.complaints.move(user, id, requireIfMatch(ifMatch), dto);
    void reply.header('etag', etagOf(c.version));
    return c;
  }
}
