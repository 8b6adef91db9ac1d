import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { etagOf, requireIfMatch } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import { CreateUnitDto, ListUnitsQueryDto, UnitDto, UnitPageDto, UpdateUnitDto } from './dto/unit.dto';
import { UnitsService } from './units.service';

const READERS = [Role.Admin, Role.Coordinator, Role.Reporter, Role.Orderer, Role.Approver];
const IF_MATCH = ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version you edited.' });

@ApiTags('units')
@Controller('api/v1/units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'List organisation units (orderers and approvers: their own units and those under them)' })
  @ApiOkResponse({ type: UnitPageDto })
  @ApiProblems(400)
  listUnits(@CurrentUser() user: UserPrincipal, @Query() query: ListUnitsQueryDto): Promise<UnitPageDto> {
    return this.units.list(user, query);
  }

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Create an organisation unit' })
  @ApiCreatedResponse({ type: UnitDto })
  @ApiProblems(400, 409, 422)
  async createUnit(@Body() dto: CreateUnitDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitDto> {
    const unit = await this.units.create(dto);
    void reply.header('etag', etagOf(unit.version)).header('location', `/api/v1/units/${unit.id}`);
    return unit;
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One organisation unit' })
  @ApiOkResponse({ type: UnitDto })
  @ApiProblems(400, 404)
  async getUnit(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitDto> {
    const unit = await this.units.get(user, id);
    void reply.header('etag', etagOf(unit.version));
    return unit;
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @IF_MATCH
  @ApiOperation({ summary: 'Rename, move or re-code a unit' })
  @ApiOkResponse({ type: UnitDto })
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async updateUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateUnitDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitDto> {
    const unit = await this.units.update(id, requireIfMatch(ifMatch), dto);
    void reply.header('etag', etagOf(unit.version));
    return unit;
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles(Role.Admin)
  @IF_MATCH
  @ApiOperation({ summary: 'Deactivate a unit (its history stays; no new orders)' })
  @ApiOkResponse({ type: UnitDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async deactivateUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitDto> {
    const unit = await this.units.setActive(id, requireIfMatch(ifMatch), false);
    void reply.header('etag', etagOf(unit.version));
    return unit;
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Roles(Role.Admin)
  @IF_MATCH
  @ApiOperation({ summary: 'Reactivate a deactivated unit' })
  @ApiOkResponse({ type: UnitDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async reactivateUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitDto> {
    const unit = await this.units.setActive(id, requireIfMatch(ifMatch), true);
    void reply.header('etag', etagOf(unit.version));
    return unit;
  }
}
