import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { etagOf } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import { ApplicationPipelineService } from './application-pipeline.service';
import { ApplicationDto } from './dto/application.dto';
import {
  CreateOrientationItemDto,
  OrientationItemDto,
  OrientationItemListDto,
  SetOrientationChecksDto,
  UpdateOrientationItemDto,
} from './dto/orientation.dto';
import { OrientationService } from './orientation.service';

@ApiTags('onboarding')
@Controller('api/v1')
export class OrientationController {
  constructor(
    private readonly orientation: OrientationService,
    private readonly pipeline: ApplicationPipelineService,
  ) {}

  @Get('orientation-items')
  @Roles(Role.Coordinator, Role.Admin)
  @ApiOperation({ summary: 'The orientation checklist the county defines, in force first' })
  @ApiOkResponse({ type: OrientationItemListDto })
  listOrientationItems(): Promise<OrientationItemListDto> {
    return this.orientation.listItems();
  }

  @Post('orientation-items')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Add an item to the orientation checklist (fi/sv/en), last in order' })
  @ApiCreatedResponse({ type: OrientationItemDto })
  @ApiProblems(400, 409)
  createOrientationItem(@Body() dto: CreateOrientationItemDto): Promise<OrientationItemDto> {
    return this.orientation.createItem(dto);
  }

  @Patch('orientation-items/:id')
  @Roles(Role.Admin)
  @ApiOperation({
    summary: 'Change an item’s texts or order, or take it out of use',
    description: 'An item out of use is no longer asked; where it was done it stays on the application.',
  })
  @ApiOkResponse({ type: OrientationItemDto })
  @ApiProblems(400, 404)
  updateOrientationItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateOrientationItemDto,
  ): Promise<OrientationItemDto> {
    return this.orientation.updateItem(id, dto);
  }

  @Put('applications/:id/orientation')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'Which checklist items have been gone through with the applicant (at the orientation step)',
    description: 'Orientation can be marked done (`complete_orientation`) when every item in force is done.',
  })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiProblems(400, 404, 409)
  async setOrientationChecks(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SetOrientationChecksDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ApplicationDto> {
    await this.orientation.setChecks(user, id, dto.doneItemIds);
    const a = await this.pipeline.get(id);
    void reply.header('etag', etagOf(a.version));
    return a;
  }
}
