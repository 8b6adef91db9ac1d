import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import {
  AnswerFeedbackRequestDto,
  FeedbackRequestDto,
  FeedbackRequestPageDto,
  ListFeedbackRequestsQueryDto,
} from './dto/feedback-request.dto';
import { FeedbackRequestsService } from './feedback-requests.service';

@ApiTags('feedback')
@Controller('api/v1/feedback/requests')
export class FeedbackRequestsController {
  constructor(private readonly requests: FeedbackRequestsService) {}

  @Get()
  @Roles(Role.Expert, Role.Orderer, Role.Approver, Role.Coordinator)
  @ApiOperation({
    summary: '“How did it go?”: the feedback requests mine to answer (the open first)',
    description: 'Each delivered task asks its orderer and its expert once; one reminder, never more.',
  })
  @ApiOkResponse({ type: FeedbackRequestPageDto })
  @ApiProblems(400)
  listFeedbackRequests(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListFeedbackRequestsQueryDto,
  ): Promise<FeedbackRequestPageDto> {
    return this.requests.list(user, query);
  }

  @Get(':id')
  @Roles(Role.Expert, Role.Orderer, Role.Approver, Role.Coordinator)
  @ApiOperation({
    summary:
      'One feedback request with its questionnaire version (a coordinator’s read of free text is audited)',
  })
  @ApiOkResponse({ type: FeedbackRequestDto })
  @ApiProblems(404)
  getFeedbackRequest(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<FeedbackRequestDto> {
    return this.requests.get(user, id);
  }

  @Post(':id/answers')
  @Roles(Role.Expert, Role.Orderer, Role.Approver, Role.Coordinator)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer a feedback request (once); the expert may ask to talk to someone with it',
    description: 'Checked against the questionnaire version asked. `wantsToTalk` opens a debrief request.',
  })
  @ApiOkResponse({ type: FeedbackRequestDto })
  @ApiProblems(400, 404, 409)
  answerFeedbackRequest(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AnswerFeedbackRequestDto,
  ): Promise<FeedbackRequestDto> {
    return this.requests.answer(user, id, dto);
  }
}
