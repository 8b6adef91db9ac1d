import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import {
  AnswerIndicatorRequestDto,
  IndicatorRequestDto,
  IndicatorRequestPageDto,
  IndicatorScoreListDto,
  ListIndicatorRequestsQueryDto,
} from './dto/indicator.dto';
import { IndicatorService } from './indicator.service';

@ApiTags('feedback')
@Controller('api/v1')
export class IndicatorController {
  constructor(private readonly indicator: IndicatorService) {}

  @Get('indicator-requests')
  @Roles(Role.Expert)
  @ApiOperation({
    summary: 'THL’s participation indicator: my requests (the open first)',
    description: 'Asked when the expert joins and yearly after that; voluntary; one reminder.',
  })
  @ApiOkResponse({ type: IndicatorRequestPageDto })
  @ApiProblems(400)
  listIndicatorRequests(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListIndicatorRequestsQueryDto,
  ): Promise<IndicatorRequestPageDto> {
    return this.indicator.list(user, query);
  }

  @Get('indicator-requests/:id')
  @Roles(Role.Expert, Role.Coordinator)
  @ApiOperation({
    summary: 'One participation indicator request with the statements of the version asked',
    description: 'The expert’s own; coordinators too (their read is audited for the expert).',
  })
  @ApiOkResponse({ type: IndicatorRequestDto })
  @ApiProblems(404)
  getIndicatorRequest(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<IndicatorRequestDto> {
    return this.indicator.get(user, id);
  }

  @Post('indicator-requests/:id/answers')
  @Roles(Role.Expert)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer the participation indicator (once): every statement 1–5, scored 0–100',
    description:
      'Every statement must be answered with a whole number 1–5, else 400 `INDICATOR_ANSWERS_INVALID` and nothing is kept; a second answer is 409 `INDICATOR_ALREADY_ANSWERED`.',
  })
  @ApiOkResponse({ type: IndicatorRequestDto })
  @ApiProblems(400, 404, 409)
  answerIndicatorRequest(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AnswerIndicatorRequestDto,
  ): Promise<IndicatorRequestDto> {
    return this.indicator.answer(user, id, dto);
  }

  @Get('experts/:expertId/indicator-scores')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'An expert’s participation indicator scores over time (the read is audited)',
  })
  @ApiOkResponse({ type: IndicatorScoreListDto })
  @ApiProblems(404)
  listIndicatorScores(@Param('expertId', ParseUUIDPipe) expertId: string): Promise<IndicatorScoreListDto> {
    return this.indicator.scores(expertId);
  }
}
