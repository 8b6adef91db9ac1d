import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { etagOf, requireIfMatch } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import {
  ChangeExpertStatusDto,
  CreateAbsenceDto,
  CreateExpertDto,
  CreateTrainingRecordDto,
  ListExpertsQueryDto,
  PublicProfilesQueryDto,
  RecordConsentDto,
  UpdateExpertDto,
  UpdateOwnProfileDto,
} from './dto/expert.dto';
import {
  AbsenceDto,
  ExpertDto,
  ExpertPageDto,
  PublicProfileDto,
  PublicProfilePageDto,
  TrainingRecordDto,
} from './dto/expert-response.dto';
import { DataExportDto, DuplicateListDto, ExportExpertsQueryDto, MergeExpertsDto } from './dto/registry-admin.dto';
import { ExpertAvailabilityService } from './expert-availability.service';
import { ExpertProfileService } from './expert-profile.service';
import { ExpertStatusService } from './expert-status.service';
import { RegistryAdminService } from './registry-admin.service';
import { RegistrySearchService } from './registry-search.service';

const IF_MATCH = ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version you edited.' });

@ApiTags('registry')
@Controller('api/v1')
export class RegistryController {
  constructor(
    private readonly search: RegistrySearchService,
    private readonly profiles: ExpertProfileService,
    private readonly status: ExpertStatusService,
    private readonly availability: ExpertAvailabilityService,
    private readonly admin: RegistryAdminService,
  ) {}

  private withEtag(reply: FastifyReply, expert: ExpertDto): ExpertDto {
    void reply.header('etag', etagOf(expert.version));
    return expert;
  }

  @Get('experts')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Search the registry (each returned person’s experience areas are audited as read)' })
  @ApiOkResponse({ type: ExpertPageDto })
  @ApiProblems(400)
  listExperts(@Query() query: ListExpertsQueryDto): Promise<ExpertPageDto> {
    return this.search.list(query);
  }

  @Post('experts')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Add a person to the registry' })
  @ApiCreatedResponse({ type: ExpertDto })
  @ApiProblems(400, 409)
  async createExpert(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: CreateExpertDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExpertDto> {
    const expert = await this.profiles.create(user, dto);
    void reply.header('location', `/api/v1/experts/${expert.id}`);
    return this.withEtag(reply, expert);
  }

  @Get('experts/export')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'The registry (with the list filters) as XLSX or CSV; the import reads it back' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400)
  async exportExperts(@Query() query: ExportExpertsQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const file = await this.admin.export(query);
    void reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }

  @Get('experts/duplicates')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Records that look like the same person (same name and birth date, or same name and phone)' })
  @ApiOkResponse({ type: DuplicateListDto })
  listExpertDuplicates(): Promise<DuplicateListDto> {
    return this.admin.duplicates();
  }

  @Get('experts/me/data-export')
  @Roles(Role.Expert)
  @ApiOperation({ summary: 'Everything held about me, and when and why it was read' })
  @ApiOkResponse({ type: DataExportDto })
  @ApiProblems(404)
  async exportOwnData(@CurrentUser() user: UserPrincipal): Promise<DataExportDto> {
    return this.admin.dataExport(await this.profiles.ownExpertId(user), 'own data request');
  }

  @Get('experts/me')
  @Roles(Role.Expert)
  @ApiOperation({ summary: 'My own expert profile' })
  @ApiOkResponse({ type: ExpertDto })
  @ApiProblems(404)
  async getOwnExpertProfile(@CurrentUser() user: UserPrincipal, @Res({ passthrough: true }) reply: FastifyReply): Promise<ExpertDto> {
    return this.withEtag(reply, await this.profiles.getOwn(user));
  }

  @Patch('experts/me')
  @Roles(Role.Expert)
  @IF_MATCH
  @ApiOperation({ summary: 'Change my own profile: contact, availability, who sees my areas, my limits' })
  @ApiOkResponse({ type: ExpertDto })
  @ApiProblems(400, 404, 412, 428)
  async updateOwnExpertProfile(
    @CurrentUser() user: UserPrincipal,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateOwnProfileDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExpertDto> {
    return this.withEtag(reply, await this.profiles.updateOwn(user, requireIfMatch(ifMatch), dto));
  }

  @Post('experts/me/absences')
  @Roles(Role.Expert)
  @ApiOperation({ summary: 'Add an absence, or a break for my own wellbeing' })
  @ApiCreatedResponse({ type: AbsenceDto })
  @ApiProblems(400, 404)
  async addOwnAbsence(@CurrentUser() user: UserPrincipal, @Body() dto: CreateAbsenceDto): Promise<AbsenceDto> {
    return this.availability.addAbsence(await this.profiles.ownExpertId(user), dto);
  }

  @Delete('experts/me/absences/:absenceId')
  @Roles(Role.Expert)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove one of my absences' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async removeOwnAbsence(@CurrentUser() user: UserPrincipal, @Param('absenceId', ParseUUIDPipe) absenceId: string): Promise<void> {
    await this.availability.removeAbsence(await this.profiles.ownExpertId(user), absenceId);
  }

  @Post('experts/me/consents')
  @Roles(Role.Expert)
  @HttpCode(204)
  @ApiOperation({ summary: 'Give a consent (registry, public profile, video, research)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async giveOwnConsent(@CurrentUser() user: UserPrincipal, @Body() dto: RecordConsentDto): Promise<void> {
    await this.status.giveConsent(await this.profiles.ownExpertId(user), dto);
  }

  @Post('experts/me/consents/withdraw')
  @Roles(Role.Expert)
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw a consent' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async withdrawOwnConsent(@CurrentUser() user: UserPrincipal, @Body() dto: RecordConsentDto): Promise<void> {
    await this.status.withdrawConsent(await this.profiles.ownExpertId(user), dto);
  }

  @Post('experts/:id/consents')
  @Roles(Role.Coordinator)
  @HttpCode(204)
  @ApiOperation({ summary: 'Record a consent the person gave (e.g. on paper at orientation)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async giveExpertConsent(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordConsentDto): Promise<void> {
    await this.status.giveConsent(id, dto);
  }

  @Post('experts/:id/consents/withdraw')
  @Roles(Role.Coordinator)
  @HttpCode(204)
  @ApiOperation({ summary: 'Record that the person withdrew a consent' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async withdrawExpertConsent(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordConsentDto): Promise<void> {
    await this.status.withdrawConsent(id, dto);
  }

  @Get('experts/:id')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'One person in the registry, with sensitive fields (audited)' })
  @ApiOkResponse({ type: ExpertDto })
  @ApiProblems(400, 404)
  async getExpert(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ExpertDto> {
    return this.withEtag(reply, await this.profiles.get(id));
  }

  @Patch('experts/:id')
  @Roles(Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Edit a person in the registry' })
  @ApiOkResponse({ type: ExpertDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async updateExpert(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateExpertDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExpertDto> {
    return this.withEtag(reply, await this.profiles.update(id, requireIfMatch(ifMatch), dto));
  }

  @Post('experts/:id/status')
  @Roles(Role.Coordinator)
  @HttpCode(200)
  @IF_MATCH
  @ApiOperation({ summary: 'Change the status (applicant, orientation, active, paused until a date, left) with a reason' })
  @ApiOkResponse({ type: ExpertDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async changeExpertStatus(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: ChangeExpertStatusDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExpertDto> {
    return this.withEtag(reply, await this.status.changeStatus(user, id, requireIfMatch(ifMatch), dto));
  }

  @Post('experts/:id/merge')
  @Roles(Role.Coordinator)
  @HttpCode(200)
  @IF_MATCH
  @ApiOperation({ summary: 'Merge a duplicate into this person (the duplicate stays, marked merged, for history)' })
  @ApiOkResponse({ type: ExpertDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async mergeExperts(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: MergeExpertsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExpertDto> {
    return this.withEtag(reply, await this.admin.merge(user, id, requireIfMatch(ifMatch), dto.duplicateId));
  }

  @Get('experts/:id/data-export')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Everything held about a person, with the dates and purposes of reads (data subject access request)' })
  @ApiOkResponse({ type: DataExportDto })
  @ApiProblems(400, 404)
  exportExpertData(@Param('id', ParseUUIDPipe) id: string): Promise<DataExportDto> {
    return this.admin.dataExport(id, 'data subject access request');
  }

  @Post('experts/:id/erase')
  @Roles(Role.Coordinator)
  @HttpCode(204)
  @IF_MATCH
  @ApiOperation({ summary: 'Erase a person’s data, keeping only what accounting law requires (fee and payment records)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 412, 428)
  async eraseExpert(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    await this.admin.erase(user, id, requireIfMatch(ifMatch));
  }

  @Post('experts/:id/training-records')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Record completed training (the tier is derived again)' })
  @ApiCreatedResponse({ type: TrainingRecordDto })
  @ApiProblems(400, 404)
  addTrainingRecord(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateTrainingRecordDto): Promise<TrainingRecordDto> {
    return this.status.addTraining(id, dto);
  }

  @Delete('experts/:id/training-records/:recordId')
  @Roles(Role.Coordinator)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a training record (the tier is derived again)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async removeTrainingRecord(@Param('id', ParseUUIDPipe) id: string, @Param('recordId', ParseUUIDPipe) recordId: string): Promise<void> {
    await this.status.removeTraining(id, recordId);
  }

  @Post('experts/:id/absences')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Record an absence or a break' })
  @ApiCreatedResponse({ type: AbsenceDto })
  @ApiProblems(400, 404)
  addExpertAbsence(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateAbsenceDto): Promise<AbsenceDto> {
    return this.availability.addAbsence(id, dto);
  }

  @Delete('experts/:id/absences/:absenceId')
  @Roles(Role.Coordinator)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an absence' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async removeExpertAbsence(@Param('id', ParseUUIDPipe) id: string, @Param('absenceId', ParseUUIDPipe) absenceId: string): Promise<void> {
    await this.availability.removeAbsence(id, absenceId);
  }

  @Get('expert-profiles')
  @Roles(Role.Orderer, Role.Approver, Role.Coordinator)
  @ApiOperation({ summary: 'Public profiles of active experts (introduction, languages, tier, the areas they chose to show)' })
  @ApiOkResponse({ type: PublicProfilePageDto })
  @ApiProblems(400)
  listExpertProfiles(@Query() query: PublicProfilesQueryDto): Promise<PublicProfilePageDto> {
    return this.search.publicProfiles(query);
  }

  @Get('expert-profiles/:id')
  @Roles(Role.Orderer, Role.Approver, Role.Coordinator)
  @ApiOperation({ summary: 'One public profile of an active expert' })
  @ApiOkResponse({ type: PublicProfileDto })
  @ApiProblems(400, 404)
  getExpertProfile(@Param('id', ParseUUIDPipe) id: string): Promise<PublicProfileDto> {
    return this.search.publicProfile(id);
  }
}
