import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Public, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import {
  CreateParticipantLinkDto,
  ListScreeningQueryDto,
  ParticipantAnswersDto,
  ParticipantLinkDto,
  ParticipantThanksDto,
  PublicParticipantFormDto,
  ScreenAnswerDto,
  ScreeningPageDto,
} from './dto/participant-feedback.dto';
import { PARTICIPANT_TOKEN_PATTERN } from './feedback.rules';
import { FeedbackErrorCode, feedbackProblem } from './feedback.exception';
import { ParticipantFeedbackService } from './participant-feedback.service';

/** A token that cannot be one is no link: answered like an unknown one, without a query. */
function tokenOf(raw: string): string {
  if (!PARTICIPANT_TOKEN_PATTERN.test(raw)) throw feedbackProblem(FeedbackErrorCode.ParticipantLinkNotFound);
  return raw;
}

@ApiTags('feedback')
@Controller('api/v1')
export class ParticipantFeedbackController {
  constructor(private readonly participants: ParticipantFeedbackService) {}

  @Post('participant-feedback/links')
  @HttpCode(200)
  @Roles(Role.Coordinator, Role.Orderer, Role.Expert)
  @ApiOperation({
    summary: 'The participants’ short link and QR code of a task time (made the first time it is asked for)',
    description:
      'For the ordering unit’s people, the expert of the time and coordinators. Valid from the start of the time to 14 days after it.',
  })
  @ApiOkResponse({ type: ParticipantLinkDto })
  @ApiProblems(400, 403, 404)
  participantLink(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: CreateParticipantLinkDto,
  ): Promise<ParticipantLinkDto> {
    return this.participants.link(user, dto.occurrenceId);
  }

  @Get('public/participant-feedback/:token')
  @Public()
  @ApiOperation({
    summary: 'The participants’ anonymous form behind the QR code (no sign-in)',
    description:
      '410 before the time starts (`PARTICIPANT_FEEDBACK_NOT_OPEN_YET`, with `opensAt`) and after the window (`PARTICIPANT_FEEDBACK_CLOSED`).',
  })
  @ApiOkResponse({ type: PublicParticipantFormDto })
  @ApiProblems(404, 410)
  participantForm(@Param('token') token: string): Promise<PublicParticipantFormDto> {
    return this.participants.form(tokenOf(token));
  }

  @Post('public/participant-feedback/:token/answers')
  @Public()
  @ApiOperation({
    summary: 'A participant’s anonymous answer (no sign-in; rate limited per network address and per link)',
    description: 'Free text is held until a coordinator has screened it for personal data.',
  })
  @ApiCreatedResponse({ type: ParticipantThanksDto })
  @ApiProblems(400, 404, 410, 429)
  answerParticipantFeedback(
    @Param('token') token: string,
    @Body() dto: ParticipantAnswersDto,
    @Req() req: FastifyRequest,
  ): Promise<ParticipantThanksDto> {
    return this.participants.answer(tokenOf(token), dto, req.ip);
  }

  @Get('participant-feedback/screening')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Participants’ free text to screen for personal data (the oldest first)' })
  @ApiOkResponse({ type: ScreeningPageDto })
  @ApiProblems(400)
  participantScreening(@Query() query: ListScreeningQueryDto): Promise<ScreeningPageDto> {
    return this.participants.screening(query);
  }

  @Post('participant-feedback/answers/:id/screening')
  @Roles(Role.Coordinator)
  @HttpCode(204)
  @ApiOperation({ summary: 'Approve a participant’s text (it may be shown) or reject it (it never is)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async screenParticipantAnswer(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ScreenAnswerDto,
  ): Promise<void> {
    await this.participants.screen(user, id, dto);
  }
}
