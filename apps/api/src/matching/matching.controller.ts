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
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AnyUser, CurrentUser, Public, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { etagOf, requireIfMatch } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import {
  AssignmentDto,
  AssignmentPageDto,
  CalendarFeedDto,
  CancelAssignmentDto,
  CandidateListDto,
  CandidatesQueryDto,
  CreateOffersDto,
  DeclineOfferDto,
  FairnessDto,
  FairnessQueryDto,
  ListAssignmentsQueryDto,
  ListOffersQueryDto,
  MatchingSettingsDto,
  OfferDto,
  OfferPageDto,
  PeriodQueryDto,
  SuggestionsDto,
  UpdateMatchingSettingsDto,
} from './dto/matching.dto';
import { AssignmentsService } from './assignments.service';
import { CalendarService } from './calendar.service';
import { CandidatesService } from './candidates.service';
import { FairnessService } from './fairness.service';
import { MatchingSettingsService } from './matching-settings.service';
import { OffersService } from './offers.service';
import { SuggestionsService } from './suggestions.service';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: true,
  description: 'The ETag (version) you acted on.',
});

@ApiTags('matching')
@Controller('api/v1')
export class MatchingController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly offers: OffersService,
    private readonly assignments: AssignmentsService,
    private readonly suggestions: SuggestionsService,
    private readonly fairness: FairnessService,
    private readonly settings: MatchingSettingsService,
    private readonly calendar: CalendarService,
  ) {}

  @Get('orders/:id/candidates')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary:
      'Ranked candidates with the reasons term by term; `explain` tells why someone is not on the list',
  })
  @ApiOkResponse({ type: CandidateListDto })
  @ApiProblems(400, 404)
  listOrderCandidates(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: CandidatesQueryDto,
  ): Promise<CandidateListDto> {
    return this.candidates.candidates(id, query);
  }

  @Post('orders/:id/offers')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary:
      'Offer the order’s times to one expert, or to several at once (first to accept, or coordinator picks)',
  })
  @ApiCreatedResponse({ type: [OfferDto] })
  @ApiProblems(400, 404, 409)
  createOrderOffers(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateOffersDto,
  ): Promise<OfferDto[]> {
    return this.offers.createOffers(user, id, dto);
  }

  @Get('offers')
  @Roles(Role.Expert, Role.Coordinator)
  @ApiOperation({ summary: 'An expert’s own offers (a coordinator: any, e.g. of one order)' })
  @ApiOkResponse({ type: OfferPageDto })
  @ApiProblems(400, 404)
  listOffers(@CurrentUser() user: UserPrincipal, @Query() query: ListOffersQueryDto): Promise<OfferPageDto> {
    return this.offers.listOffers(user, query);
  }

  @Get('offers/:id')
  @Roles(Role.Expert)
  @ApiOperation({ summary: 'One of my offers: time, place, preparation, fee basis and who ordered' })
  @ApiOkResponse({ type: OfferDto })
  @ApiProblems(400, 404)
  getOffer(@CurrentUser() user: UserPrincipal, @Param('id', ParseUUIDPipe) id: string): Promise<OfferDto> {
    return this.offers.getOffer(user, id);
  }

  @Post('offers/:id/accept')
  @HttpCode(200)
  @Roles(Role.Expert)
  @ApiOperation({ summary: 'Accept an offer' })
  @ApiOkResponse({ type: OfferDto })
  @ApiProblems(400, 404, 409)
  acceptOffer(@CurrentUser() user: UserPrincipal, @Param('id', ParseUUIDPipe) id: string): Promise<OfferDto> {
    return this.offers.acceptOffer(user, id);
  }

  @Post('offers/:id/decline')
  @HttpCode(200)
  @Roles(Role.Expert)
  @ApiOperation({ summary: 'Decline an offer (a reason is optional; declining never counts against you)' })
  @ApiOkResponse({ type: OfferDto })
  @ApiProblems(400, 404, 409)
  declineOffer(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeclineOfferDto,
  ): Promise<OfferDto> {
    return this.offers.declineOffer(user, id, dto.reason);
  }

  @Get('assignments')
  @Roles(Role.Coordinator, Role.Expert, Role.Orderer, Role.Approver, Role.Admin, Role.Reporter)
  @ApiOperation({
    summary: 'Assignments: an expert sees their own, an orderer their units’, a coordinator all',
  })
  @ApiOkResponse({ type: AssignmentPageDto })
  @ApiProblems(400, 404)
  listAssignments(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListAssignmentsQueryDto,
  ): Promise<AssignmentPageDto> {
    return this.assignments.listAssignments(user, query);
  }

  @Get('assignments/:id')
  @Roles(Role.Coordinator, Role.Expert, Role.Orderer, Role.Approver, Role.Admin, Role.Reporter)
  @ApiOperation({
    summary: 'One assignment (as the list shows it); its ETag is the version to send as If-Match',
  })
  @ApiOkResponse({ type: AssignmentDto })
  @ApiProblems(400, 404)
  async getAssignment(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AssignmentDto> {
    const assignment = await this.assignments.getAssignment(user, id);
    void reply.header('etag', etagOf(assignment.version));
    return assignment;
  }

  @Post('assignments/:id/confirm')
  @HttpCode(200)
  @Roles(Role.Coordinator)
  @IF_MATCH
  @ApiOperation({
    summary: 'Confirm an accepted assignment (409 if the expert already has a task at that time)',
  })
  @ApiOkResponse({ type: AssignmentDto })
  @ApiProblems(400, 404, 409, 412, 428)
  confirmAssignment(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    return this.assignments.changeAssignment(user, id, requireIfMatch(ifMatch), 'confirm');
  }

  @Post('assignments/:id/cancel')
  @HttpCode(200)
  @Roles(Role.Coordinator, Role.Expert)
  @IF_MATCH
  @ApiOperation({ summary: 'Cancel an assignment (close to the start it is flagged late)' })
  @ApiOkResponse({ type: AssignmentDto })
  @ApiProblems(400, 404, 409, 412, 428)
  cancelAssignment(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: CancelAssignmentDto,
  ) {
    return this.assignments.changeAssignment(
      user,
      id,
      requireIfMatch(ifMatch),
      'cancel',
      dto.reason,
      dto.onBehalfOf,
    );
  }

  @Post('assignments/:id/complete')
  @HttpCode(200)
  @Roles(Role.Coordinator, Role.Orderer)
  @IF_MATCH
  @ApiOperation({ summary: 'Confirm the task took place (starts the fee claim)' })
  @ApiOkResponse({ type: AssignmentDto })
  @ApiProblems(400, 404, 409, 412, 428)
  completeAssignment(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    return this.assignments.changeAssignment(user, id, requireIfMatch(ifMatch), 'complete');
  }

  @Post('assignments/:id/no-show')
  @HttpCode(200)
  @Roles(Role.Coordinator, Role.Orderer)
  @IF_MATCH
  @ApiOperation({ summary: 'Record that the expert did not come' })
  @ApiOkResponse({ type: AssignmentDto })
  @ApiProblems(400, 404, 409, 412, 428)
  markAssignmentNoShow(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    return this.assignments.changeAssignment(user, id, requireIfMatch(ifMatch), 'no_show');
  }

  @Post('matching/suggestions')
  @HttpCode(200)
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'Propose assignments for every open time in a period: the most fit, with load kept even',
  })
  @ApiOkResponse({ type: SuggestionsDto })
  @ApiProblems(400)
  suggestAssignments(@Body() dto: PeriodQueryDto): Promise<SuggestionsDto> {
    return this.suggestions.suggestions(dto);
  }

  @Get('matching/fairness')
  @Roles(Role.Coordinator, Role.Reporter)
  @ApiOperation({
    summary:
      'Hours and tasks per expert in a period, and the Gini coefficient overall, by municipality and by area',
  })
  @ApiOkResponse({ type: FairnessDto })
  @ApiProblems(400)
  getMatchingFairness(@Query() query: FairnessQueryDto): Promise<FairnessDto> {
    return this.fairness.fairness(query);
  }

  @Get('matching/settings')
  @AnyUser()
  @ApiOperation({ summary: 'The score weights and the offers’ answer time' })
  @ApiOkResponse({ type: MatchingSettingsDto })
  async getMatchingSettings(@Res({ passthrough: true }) reply: FastifyReply): Promise<MatchingSettingsDto> {
    const s = await this.settings.current();
    void reply.header('etag', etagOf(s.version));
    return s;
  }

  @Put('matching/settings')
  @Roles(Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Change the score weights or the offers’ answer time' })
  @ApiOkResponse({ type: MatchingSettingsDto })
  @ApiProblems(400, 412, 428)
  async updateMatchingSettings(
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateMatchingSettingsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MatchingSettingsDto> {
    const s = await this.settings.update(requireIfMatch(ifMatch), dto);
    void reply.header('etag', etagOf(s.version));
    return s;
  }

  @Post('experts/me/calendar-feed')
  @Roles(Role.Expert)
  @ApiOperation({ summary: 'A new secret address for my task calendar (ICS); the old one stops working' })
  @ApiCreatedResponse({ type: CalendarFeedDto })
  @ApiProblems(404)
  async createCalendarFeed(@CurrentUser() user: UserPrincipal): Promise<CalendarFeedDto> {
    return { url: await this.calendar.newCalendarFeed(user) };
  }

  @Get('calendar/:token')
  @Public()
  @ApiOperation({ summary: 'An expert’s confirmed tasks as a calendar (ICS), at a secret address' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblems(404)
  async getCalendarFeed(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const ics = await this.calendar.calendar(token.replace(/\.ics$/, ''));
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300');
    return ics;
  }
}
