import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import {
  ListReportBacksQueryDto,
  ReportBackDto,
  ReportBackNoteDto,
  ReportBackPageDto,
} from './dto/report-back.dto';
import { ReportBacksService } from './report-backs.service';

@ApiTags('feedback')
@Controller('api/v1')
export class ReportBacksController {
  constructor(private readonly reportBacks: ReportBacksService) {}

  @Get('experts/me/report-backs')
  @Roles(Role.Expert)
  @ApiOperation({
    summary: '“What my tasks gave”: the expert’s report-backs, the newest first',
    description:
      'Made when a task’s feedback closes (14 days after it). Participants with fewer than five answers are shown only as their number.',
  })
  @ApiOkResponse({ type: ReportBackPageDto })
  @ApiProblems(400)
  myReportBacks(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListReportBacksQueryDto,
  ): Promise<ReportBackPageDto> {
    return this.reportBacks.list(user, { limit: query.limit, cursor: query.cursor }, true);
  }

  @Get('report-backs')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Every report-back, or one expert’s (a coordinator’s read is audited)' })
  @ApiOkResponse({ type: ReportBackPageDto })
  @ApiProblems(400)
  listReportBacks(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListReportBacksQueryDto,
  ): Promise<ReportBackPageDto> {
    return this.reportBacks.list(user, query, false);
  }

  @Get('report-backs/:id')
  @Roles(Role.Coordinator, Role.Expert)
  @ApiOperation({ summary: 'One report-back (the expert’s own, or any for a coordinator)' })
  @ApiOkResponse({ type: ReportBackDto })
  @ApiProblems(404)
  getReportBack(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ReportBackDto> {
    return this.reportBacks.get(user, id);
  }

  @Put('report-backs/:id/note')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'The coordinator’s own words to the expert on a report-back' })
  @ApiOkResponse({ type: ReportBackDto })
  @ApiProblems(400, 404)
  noteReportBack(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReportBackNoteDto,
  ): Promise<ReportBackDto> {
    return this.reportBacks.note(user, id, dto.note);
  }
}
