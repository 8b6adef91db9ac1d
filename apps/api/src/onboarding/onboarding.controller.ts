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
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Public, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { etagOf, requireIfMatch } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import { PageQueryDto } from '../common/pagination';
import { ApplicationIntakeService } from './application-intake.service';
import { ApplicationPipelineService } from './application-pipeline.service';
import {
  AddApplicationNoteDto,
  ApplicationBoardDto,
  ApplicationConfirmedDto,
  ApplicationDto,
  ApplicationPageDto,
  CreateRecruitmentRoundDto,
  GuardianConsentDto,
  GuardianRequestDto,
  InterviewInvitationDto,
  AnswerInterviewDto,
  ListApplicationsQueryDto,
  MoveApplicationDto,
  RecruitmentRoundDto,
  RecruitmentRoundPageDto,
  RecruitmentStatusDto,
  SubmissionReceivedDto,
  SubmitApplicationDto,
  TokenDto,
} from './dto/application.dto';
import { RecruitmentService } from './recruitment.service';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: true,
  description: 'The ETag of the version you saw.',
});

@ApiTags('onboarding')
@Controller('api/v1')
export class OnboardingController {
  constructor(
    private readonly intake: ApplicationIntakeService,
    private readonly pipeline: ApplicationPipelineService,
    private readonly recruitment: RecruitmentService,
  ) {}

  private withEtag(reply: FastifyReply, a: ApplicationDto): ApplicationDto {
    void reply.header('etag', etagOf(a.version));
    return a;
  }

  // ---------------------------------------------------------------- public

  @Post('applications')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send the public application form (no sign-in)',
    description:
      'Nothing is kept until the applicant opens the link in the confirmation e-mail. Limited per network address and per e-mail address (429 with Retry-After).',
  })
  @ApiAcceptedResponse({ type: SubmissionReceivedDto })
  @ApiProblems(400, 409, 429)
  submitApplication(
    @Body() dto: SubmitApplicationDto,
    @Req() req: FastifyRequest,
  ): Promise<SubmissionReceivedDto> {
    return this.intake.submit(dto, req.ip);
  }

  @Post('applications/confirm')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm the e-mail address with the link’s token: the form becomes an application',
  })
  @ApiOkResponse({ type: ApplicationConfirmedDto })
  @ApiProblems(400, 410)
  confirmApplication(@Body() dto: TokenDto): Promise<ApplicationConfirmedDto> {
    return this.intake.confirm(dto.token);
  }

  @Get('applications/guardian-consent')
  @Public()
  @ApiOperation({ summary: 'What the guardian is asked (the token from the guardian’s e-mail)' })
  @ApiOkResponse({ type: GuardianRequestDto })
  @ApiProblems(400, 410)
  getGuardianRequest(@Query() query: TokenDto): Promise<GuardianRequestDto> {
    return this.intake.guardianRequest(query.token);
  }

  @Post('applications/guardian-consent')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'The guardian consents (the application moves on) or does not (it closes)' })
  @ApiOkResponse({ type: GuardianRequestDto })
  @ApiProblems(400, 410)
  giveGuardianConsent(@Body() dto: GuardianConsentDto): Promise<GuardianRequestDto> {
    return this.intake.guardianConsent(dto);
  }

  @Get('applications/interview')
  @Public()
  @ApiOperation({ summary: 'The interview time and place offered (the token from the interview letter)' })
  @ApiOkResponse({ type: InterviewInvitationDto })
  @ApiProblems(400, 410)
  getInterviewInvitation(@Query() query: TokenDto): Promise<InterviewInvitationDto> {
    return this.intake.interviewInvitation(query.token);
  }

  @Post('applications/interview')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'The applicant answers the interview time: it suits, or another is needed',
    description: 'Answers the time the page showed: a time changed meanwhile gives 409 APPLICATION_INTERVIEW_CHANGED.',
  })
  @ApiOkResponse({ type: InterviewInvitationDto })
  @ApiProblems(400, 409, 410)
  answerInterview(@Body() dto: AnswerInterviewDto): Promise<InterviewInvitationDto> {
    return this.intake.answerInterview(dto);
  }

  @Get('recruitment-rounds/status')
  @Public()
  @ApiOperation({ summary: 'Whether the form takes applications today, and when the next round opens' })
  @ApiOkResponse({ type: RecruitmentStatusDto })
  getRecruitmentStatus(): Promise<RecruitmentStatusDto> {
    return this.recruitment.status();
  }

  // ---------------------------------------------------------------- coordinators

  @Get('applications')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Open applications (or one step’s), the stalled first' })
  @ApiOkResponse({ type: ApplicationPageDto })
  @ApiProblems(400)
  listApplications(@Query() query: ListApplicationsQueryDto): Promise<ApplicationPageDto> {
    return this.pipeline.list(query);
  }

  @Get('applications/board')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Applications by step, with how many are past their due date' })
  @ApiOkResponse({ type: ApplicationBoardDto })
  getApplicationBoard(): Promise<ApplicationBoardDto> {
    return this.pipeline.board();
  }

  @Get('applications/:id')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'One application with its timeline (the read of its experience areas is audited)',
  })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiProblems(404)
  async getApplication(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ApplicationDto> {
    return this.withEtag(reply, await this.pipeline.get(id));
  }

  @Post('applications/:id/moves')
  @Roles(Role.Coordinator)
  @HttpCode(200)
  @IF_MATCH
  @ApiOperation({
    summary: 'Move the application on its path (reject and close need a reason the applicant is told)',
  })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async moveApplication(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: MoveApplicationDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ApplicationDto> {
    return this.withEtag(reply, await this.pipeline.move(user, id, requireIfMatch(ifMatch), dto));
  }

  @Post('applications/:id/notes')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Add a note to the timeline (private to the coordinators)' })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiProblems(400, 404)
  async addApplicationNote(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AddApplicationNoteDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ApplicationDto> {
    return this.withEtag(reply, await this.pipeline.addNote(user, id, dto));
  }

  @Get('recruitment-rounds')
  @Roles(Role.Coordinator, Role.Admin)
  @ApiOperation({
    summary: 'Recruitment rounds, newest first, with confirmed applications against the quota',
  })
  @ApiOkResponse({ type: RecruitmentRoundPageDto })
  @ApiProblems(400)
  listRecruitmentRounds(@Query() query: PageQueryDto): Promise<RecruitmentRoundPageDto> {
    return this.recruitment.list(query);
  }

  @Post('recruitment-rounds')
  @Roles(Role.Coordinator, Role.Admin)
  @ApiOperation({ summary: 'Plan a recruitment round (rounds may not overlap)' })
  @ApiCreatedResponse({ type: RecruitmentRoundDto })
  @ApiProblems(400, 409)
  createRecruitmentRound(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: CreateRecruitmentRoundDto,
  ): Promise<RecruitmentRoundDto> {
    return this.recruitment.create(user, dto);
  }
}
