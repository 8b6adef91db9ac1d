import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentClient, CurrentUser, Roles, Scopes } from '../common/access/decorators';
import type { ClientPrincipal, UserPrincipal } from '../common/access/principal';
import { Role, Scope } from '../common/access/roles';
import { etagOf, requireIfMatch } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import { sendFile } from '../common/stored-file';
import { PageQueryDto } from '../common/pagination';
import {
  AckBatchDto,
  AssigneeListDto,
  AckResultDto,
  BatchStatusPageDto,
  BulkClaimsDto,
  BulkResultsDto,
  ClaimDto,
  ClaimPageDto,
  ClaimTimelineDto,
  CreateExportBatchDto,
  ExportBatchDto,
  ListClaimsQueryDto,
  MoneyTotalsDto,
  ReassignClaimDto,
  ReceiptDto,
  ReceiptQueryDto,
  ReleaseBatchDto,
  ReturnClaimDto,
  SubmitClaimDto,
  UpdateClaimDto,
  IncomeTypeDto,
  IncomeTypeListDto,
  MileageRateListDto,
  SaveIncomeTypeDto,
  SaveMileageRateDto,
  SaveScheduleDto,
  ScheduleDto,
  ScheduleListDto,
} from './dto/fees.dto';
import { FeesErrorCode, feesProblem } from './fees.exception';
import { ClaimLifecycleService } from './claim-lifecycle.service';
import { ClaimQueriesService } from './claim-queries.service';
import { ClaimReceiptsService, RECEIPT_TYPES } from './claim-receipts.service';
import { ClaimSettlementService } from './claim-settlement.service';
import { PayrollService } from './payroll.service';
import { SchedulesService } from './schedules.service';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: true,
  description: 'The ETag (version) you acted on.',
});
const EVERYONE = [Role.Expert, Role.Orderer, Role.Approver, Role.Coordinator, Role.Admin];

@ApiTags('fees')
@Controller('api/v1')
export class FeesController {
  constructor(
    private readonly claims: ClaimQueriesService,
    private readonly lifecycle: ClaimLifecycleService,
    private readonly receipts: ClaimReceiptsService,
    private readonly settlement: ClaimSettlementService,
    private readonly payroll: PayrollService,
  ) {}

  @Get('fee-claims')
  @Roles(...EVERYONE)
  @ApiOperation({
    summary: 'Fee claims the caller may see, overdue first (views: mine, to confirm, to approve, all)',
  })
  @ApiOkResponse({ type: ClaimPageDto })
  @ApiProblems(400)
  listFeeClaims(
    @CurrentUser() user: UserPrincipal,
    @Query() query: ListClaimsQueryDto,
  ): Promise<ClaimPageDto> {
    return this.claims.list(user, query);
  }

  @Get('fee-claims/my-totals')
  @Roles(Role.Expert)
  @ApiOperation({
    summary: 'The expert’s own money: the month’s and the year’s totals and their earnings ceiling',
  })
  @ApiOkResponse({ type: MoneyTotalsDto })
  @ApiProblems(404)
  getMyFeeTotals(@CurrentUser() user: UserPrincipal): Promise<MoneyTotalsDto> {
    return this.claims.myTotals(user);
  }

  @Post('fee-claims/bulk-confirm')
  @HttpCode(200)
  @Roles(Role.Orderer, Role.Coordinator)
  @ApiOperation({ summary: 'Confirm many claims at once (each on its own)' })
  @ApiOkResponse({ type: BulkResultsDto })
  @ApiProblems(400)
  bulkConfirmFeeClaims(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: BulkClaimsDto,
  ): Promise<BulkResultsDto> {
    return this.lifecycle.bulk(user, dto.claimIds, 'confirm');
  }

  @Post('fee-claims/bulk-approve')
  @HttpCode(200)
  @Roles(Role.Approver, Role.Coordinator)
  @ApiOperation({ summary: 'Approve many claims at once (each on its own)' })
  @ApiOkResponse({ type: BulkResultsDto })
  @ApiProblems(400)
  bulkApproveFeeClaims(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: BulkClaimsDto,
  ): Promise<BulkResultsDto> {
    return this.lifecycle.bulk(user, dto.claimIds, 'approve');
  }

  @Get('fee-claims/:id')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'One claim: lines, where it is, who has it and by when, what the caller may do' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(404)
  async getFeeClaim(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClaimDto> {
    const claim = await this.claims.get(user, id);
    void reply.header('etag', etagOf(claim.version));
    return claim;
  }

  @Get('fee-claims/:id/timeline')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'Every step of the claim: who, when, from and to' })
  @ApiOkResponse({ type: ClaimTimelineDto })
  @ApiProblems(404)
  getFeeClaimTimeline(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ClaimTimelineDto> {
    return this.claims.timeline(user, id);
  }

  @Patch('fee-claims/:id')
  @Roles(Role.Expert, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'The expert adjusts hours, kilometres and expenses (or chooses to volunteer)' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(400, 404, 409, 412, 428)
  updateFeeClaim(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateClaimDto,
  ): Promise<ClaimDto> {
    return this.lifecycle.update(user, id, requireIfMatch(ifMatch), dto);
  }

  @Post('fee-claims/:id/submit')
  @HttpCode(200)
  @Roles(Role.Expert, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({
    summary:
      'Send the claim (one tap when nothing changed); warns first when the month goes over one’s own ceiling',
  })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(404, 409, 412, 428)
  submitFeeClaim(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: SubmitClaimDto,
  ): Promise<ClaimDto> {
    return this.lifecycle.submit(user, id, requireIfMatch(ifMatch), dto.acceptOverCeiling ?? false);
  }

  @Post('fee-claims/:id/confirm')
  @HttpCode(200)
  @Roles(Role.Orderer, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'The orderer confirms the task took place as reported' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(403, 404, 409, 412, 428)
  confirmFeeClaim(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ClaimDto> {
    return this.lifecycle.confirm(user, id, requireIfMatch(ifMatch));
  }

  @Post('fee-claims/:id/approve')
  @HttpCode(200)
  @Roles(Role.Approver, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'The cost centre’s approver approves: the lines are ready for payroll' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(403, 404, 409, 412, 428)
  approveFeeClaim(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ClaimDto> {
    return this.lifecycle.approve(user, id, requireIfMatch(ifMatch));
  }

  @Post('fee-claims/:id/return')
  @HttpCode(200)
  @Roles(Role.Orderer, Role.Approver, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Send the claim back to the expert with a reason' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(400, 403, 404, 409, 412, 428)
  returnFeeClaim(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: ReturnClaimDto,
  ): Promise<ClaimDto> {
    return this.lifecycle.returnToExpert(user, id, requireIfMatch(ifMatch), dto.reason);
  }

  @Post('fee-claims/:id/receipts')
  @Roles(Role.Expert, Role.Coordinator)
  @ApiOperation({
    summary:
      'Add a receipt for tickets or other expenses (a JPEG or PNG photo or a PDF; at most 10 MB, 10 a claim)',
  })
  @ApiConsumes(...RECEIPT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ReceiptDto })
  @ApiProblems(400, 403, 404, 409, 413, 415)
  addFeeClaimReceipt(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ReceiptQueryDto,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: Buffer,
  ): Promise<ReceiptDto> {
    return this.receipts.addReceipt(
      user,
      id,
      query.fileName,
      contentType,
      Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    );
  }

  @Get('fee-claims/:id/receipts/:receiptId')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'Download a receipt (audited)' })
  @ApiProduces(...RECEIPT_TYPES)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async getFeeClaimReceipt(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('receiptId', ParseUUIDPipe) receiptId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.receipts.receipt(user, id, receiptId);
    return sendFile(reply, file);
  }

  @Delete('fee-claims/:id/receipts/:receiptId')
  @HttpCode(204)
  @Roles(Role.Expert, Role.Coordinator)
  @ApiOperation({ summary: 'Remove a receipt while the claim is the expert’s to change' })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404, 409)
  async removeFeeClaimReceipt(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('receiptId', ParseUUIDPipe) receiptId: string,
  ): Promise<void> {
    await this.receipts.removeReceipt(user, id, receiptId);
  }

  @Get('fee-claims/:id/assignees')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Who could take the claim’s current step (for giving it to someone else)' })
  @ApiOkResponse({ type: AssigneeListDto })
  @ApiProblems(404)
  listFeeClaimAssignees(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AssigneeListDto> {
    return this.claims.assignees(user, id);
  }

  @Post('fee-claims/:id/reassign')
  @HttpCode(200)
  @Roles(Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'The coordinator gives the current step to another person' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(400, 403, 404, 409, 412, 428)
  reassignFeeClaim(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: ReassignClaimDto,
  ): Promise<ClaimDto> {
    return this.lifecycle.reassign(user, id, requireIfMatch(ifMatch), dto.userId);
  }

  @Post('fee-claims/:id/reapprove')
  @HttpCode(200)
  @Roles(Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'After payroll rejected lines: the coordinator puts them up for export again' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(404, 409, 412, 428)
  reapproveFeeClaim(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ClaimDto> {
    return this.settlement.reapprove(user, id, requireIfMatch(ifMatch));
  }

  @Post('fee-claims/:id/cancel')
  @HttpCode(200)
  @Roles(Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Cancel a claim before approval (e.g. made by mistake)' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(400, 404, 409, 412, 428)
  cancelFeeClaim(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: ReturnClaimDto,
  ): Promise<ClaimDto> {
    return this.lifecycle.cancel(user, id, requireIfMatch(ifMatch), dto.reason);
  }

  // ------------------------------------------------------------------ the coordinator's view of batches

  @Get('fees/export-batches')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Export batches and how far payroll has got with each, newest first' })
  @ApiOkResponse({ type: BatchStatusPageDto })
  @ApiProblems(400)
  listExportBatches(@Query() query: PageQueryDto): Promise<BatchStatusPageDto> {
    return this.payroll.list(query);
  }

  @Post('fees/export-batches/:id/release')
  @HttpCode(204)
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'Release a batch payroll never acknowledged: its lines wait for the next batch (audited)',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async releaseExportBatch(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReleaseBatchDto,
  ): Promise<void> {
    await this.payroll.release(user, id, dto.reason);
  }
}

@ApiTags('fee-schedules')
@Controller('api/v1')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Get('fee-schedules')
  @Roles(Role.Coordinator, Role.Admin, Role.Approver)
  @ApiOperation({ summary: 'Fee schedules, newest first, with the one in force today' })
  @ApiOkResponse({ type: ScheduleListDto })
  listFeeSchedules(): Promise<ScheduleListDto> {
    return this.schedules.list();
  }

  @Get('fee-schedules/:id')
  @Roles(Role.Coordinator, Role.Admin, Role.Approver)
  @ApiOperation({ summary: 'One schedule with its rates by tier × task type (or product)' })
  @ApiOkResponse({ type: ScheduleDto })
  @ApiProblems(404)
  async getFeeSchedule(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ScheduleDto> {
    const s = await this.schedules.get(id);
    void reply.header('etag', etagOf(s.version));
    return s;
  }

  @Post('fee-schedules')
  @Roles(Role.Coordinator, Role.Admin)
  @ApiOperation({ summary: 'A new schedule, in force from its first day until the next one starts' })
  @ApiCreatedResponse({ type: ScheduleDto })
  @ApiProblems(400, 409)
  createFeeSchedule(@CurrentUser() user: UserPrincipal, @Body() dto: SaveScheduleDto): Promise<ScheduleDto> {
    return this.schedules.create(user, dto);
  }

  @Put('fee-schedules/:id')
  @Roles(Role.Coordinator, Role.Admin)
  @IF_MATCH
  @ApiOperation({
    summary: 'Replace a schedule’s name, first day and rates (claims already made keep their lines)',
  })
  @ApiOkResponse({ type: ScheduleDto })
  @ApiProblems(400, 404, 409, 412, 428)
  replaceFeeSchedule(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: SaveScheduleDto,
  ): Promise<ScheduleDto> {
    return this.schedules.replace(user, id, requireIfMatch(ifMatch), dto);
  }

  @Get('mileage-rates')
  @Roles(Role.Coordinator, Role.Admin, Role.Approver, Role.Expert)
  @ApiOperation({ summary: 'The tax-free kilometre allowance by year' })
  @ApiOkResponse({ type: MileageRateListDto })
  listMileageRates(): Promise<MileageRateListDto> {
    return this.schedules.mileageRates();
  }

  @Put('mileage-rates/:year')
  @Roles(Role.Coordinator, Role.Admin)
  @ApiOperation({ summary: 'Set a year’s kilometre rate (check the Tax Administration’s decision)' })
  @ApiOkResponse({ type: MileageRateListDto })
  @ApiProblems(400)
  saveMileageRate(
    @Param('year', ParseIntPipe) year: number,
    @Body() dto: SaveMileageRateDto,
  ): Promise<MileageRateListDto> {
    if (year < 2000 || year > 2100)
      throw feesProblem(FeesErrorCode.InvalidRate, 'A year between 2000 and 2100.', 'year');
    return this.schedules.saveMileageRate(year, dto.centsPerKm);
  }

  @Get('income-types')
  @Roles(Role.Coordinator, Role.Admin, Role.Approver)
  @ApiOperation({ summary: 'Incomes Register income types the lines carry' })
  @ApiOkResponse({ type: IncomeTypeListDto })
  listIncomeTypes(): Promise<IncomeTypeListDto> {
    return this.schedules.incomeTypes();
  }

  @Put('income-types/:code')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Add or rename an income type' })
  @ApiOkResponse({ type: IncomeTypeDto })
  @ApiProblems(400)
  saveIncomeType(@Param('code') code: string, @Body() dto: SaveIncomeTypeDto): Promise<IncomeTypeDto> {
    if (!/^[a-z0-9_]{1,20}$/.test(code))
      throw feesProblem(FeesErrorCode.InvalidRate, 'Digits, lowercase letters or _.', 'code');
    return this.schedules.saveIncomeType(code, dto);
  }
}

@ApiTags('payroll')
@Controller('api/v1/payroll')
export class PayrollController {
  constructor(private readonly payroll: PayrollService) {}

  @Post('export-batches')
  @Scopes(Scope.PayrollWrite)
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'The same key returns the same batch' })
  @ApiOperation({ summary: 'Move every approved, unbatched line into a new immutable batch (exactly once)' })
  @ApiCreatedResponse({ type: ExportBatchDto })
  @ApiProblems(400, 409, 422)
  async createExportBatch(
    @CurrentClient() client: ClientPrincipal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateExportBatchDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { batch, replayed } = await this.payroll.createBatch(client, key, dto);
    if (replayed) void reply.header('idempotent-replayed', 'true');
    void reply
      .status(201)
      .header('etag', batch.etag)
      .header('location', `/api/v1/payroll/export-batches/${batch.id}`)
      .type('application/json; charset=utf-8')
      .send(batch.document);
  }

  @Get('export-batches/:id')
  @Scopes(Scope.PayrollRead)
  @ApiOperation({ summary: 'The batch, byte for byte as created (strong ETag)' })
  @ApiOkResponse({ type: ExportBatchDto })
  @ApiProblems(404)
  async getExportBatch(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const batch = await this.payroll.batch(id);
    void reply.header('etag', batch.etag).header('cache-control', 'private, no-cache');
    if (ifNoneMatch === batch.etag) {
      void reply.status(304).send();
      return;
    }
    void reply.status(200).type('application/json; charset=utf-8').send(batch.document);
  }

  @Get('export-batches/:id/lines.csv')
  @Scopes(Scope.PayrollRead)
  @ApiProduces('text/csv')
  @ApiOperation({
    summary:
      'The lines with payee identity code, name, IBAN, income type, amount, cost centre, task date and order number (semicolons, UTF-8 with BOM); every read is audited',
  })
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblems(404)
  async getExportBatchLines(
    @CurrentClient() client: ClientPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const csv = await this.payroll.linesCsv(client, id);
    void reply
      .status(200)
      .type('text/csv; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="batch-${id}.csv"`)
      .send(csv);
  }

  @Post('export-batches/:id/ack')
  @HttpCode(200)
  @Scopes(Scope.PayrollWrite)
  @ApiOperation({
    summary:
      'Report lines paid or rejected (idempotent; rejected lines go to the coordinator with the reason)',
  })
  @ApiOkResponse({ type: AckResultDto })
  @ApiProblems(400, 404, 409, 422)
  ackExportBatch(
    @CurrentClient() client: ClientPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AckBatchDto,
  ): Promise<AckResultDto> {
    return this.payroll.ack(client, id, dto);
  }
}
