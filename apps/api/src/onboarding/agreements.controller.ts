import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import { PageQueryDto } from '../common/pagination';
import { AgreementsService } from './agreements.service';
import { RecordCheckListDto, RecordRecordCheckDto } from './dto/record-check.dto';
import { RecordChecksService } from './record-checks.service';
import {
  AcceptAgreementDto,
  AgreementAcceptanceDto,
  AgreementDto,
  AgreementPageDto,
  CreateAgreementDto,
  MyAgreementsDto,
  OutstandingExpertPageDto,
  PublishAgreementVersionDto,
} from './dto/agreement.dto';

@ApiTags('onboarding')
@Controller('api/v1')
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly recordChecks: RecordChecksService,
  ) {}

  @Get('agreements')
  @Roles(Role.Admin, Role.Coordinator)
  @ApiOperation({
    summary: 'The agreement documents with their versions and how many active experts are behind',
  })
  @ApiOkResponse({ type: AgreementPageDto })
  @ApiProblems(400)
  listAgreements(@Query() query: PageQueryDto): Promise<AgreementPageDto> {
    return this.agreements.list(query);
  }

  @Post('agreements')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Add a document with its first version in Finnish, Swedish and English' })
  @ApiCreatedResponse({ type: AgreementDto })
  @ApiProblems(400, 409)
  createAgreement(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: CreateAgreementDto,
  ): Promise<AgreementDto> {
    return this.agreements.create(user, dto);
  }

  @Get('agreements/:id')
  @Roles(Role.Admin, Role.Coordinator)
  @ApiOperation({ summary: 'One agreement document with every version' })
  @ApiOkResponse({ type: AgreementDto })
  @ApiProblems(404)
  getAgreement(@Param('id', ParseUUIDPipe) id: string): Promise<AgreementDto> {
    return this.agreements.get(id);
  }

  @Post('agreements/:id/versions')
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      'Publish a new version; with requiresReacceptance every expert accepts it again before new offers',
  })
  @ApiCreatedResponse({ type: AgreementDto })
  @ApiProblems(400, 404)
  publishAgreementVersion(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PublishAgreementVersionDto,
  ): Promise<AgreementDto> {
    return this.agreements.publishVersion(user, id, dto);
  }

  @Get('agreements/:id/outstanding')
  @Roles(Role.Admin, Role.Coordinator)
  @ApiOperation({ summary: 'Active experts who must still accept this document, by name' })
  @ApiOkResponse({ type: OutstandingExpertPageDto })
  @ApiProblems(400, 404)
  listOutstandingExperts(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<OutstandingExpertPageDto> {
    return this.agreements.outstanding(id, query);
  }

  @Post('agreements/:id/acceptances')
  @Roles(Role.Expert)
  @ApiOperation({
    summary:
      'Accept the newest version of a document (who, when, which version, its hash and the address are kept)',
  })
  @ApiCreatedResponse({ type: AgreementAcceptanceDto })
  @ApiProblems(400, 404, 409)
  acceptAgreement(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AcceptAgreementDto,
    @Req() req: FastifyRequest,
  ): Promise<AgreementAcceptanceDto> {
    return this.agreements.accept(user, id, dto, req.ip ?? null);
  }

  @Post('experts/:id/record-checks')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'Record that the criminal-record extract was seen: its date (no copy is kept)',
    description:
      'Counts for tasks with minors for six months from its date. An extract dated in the future or older than six months is refused.',
  })
  @ApiCreatedResponse({ type: RecordCheckListDto })
  @ApiProblems(400, 404)
  recordRecordCheck(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordRecordCheckDto,
  ): Promise<RecordCheckListDto> {
    return this.recordChecks.record(user, id, dto);
  }

  @Get('experts/:id/record-checks')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'The extracts seen for a person, newest first, and whether one counts today (audited)',
  })
  @ApiOkResponse({ type: RecordCheckListDto })
  @ApiProblems(404)
  listRecordChecks(@Param('id', ParseUUIDPipe) id: string): Promise<RecordCheckListDto> {
    return this.recordChecks.list(id);
  }

  @Get('experts/me/agreements')
  @Roles(Role.Expert)
  @ApiOperation({ summary: 'My agreements: the newest version of each, what I accepted and what is due' })
  @ApiOkResponse({ type: MyAgreementsDto })
  @ApiProblems(404)
  listMyAgreements(@CurrentUser() user: UserPrincipal): Promise<MyAgreementsDto> {
    return this.agreements.mine(user);
  }
}
