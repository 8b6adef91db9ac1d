import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyUser, Public, Roles } from '../common/access/decorators';
import { Role } from '../common/access/roles';
import { AuditService } from '../audit/audit.service';
import { ApiProblems } from '../common/openapi-decorators';
import { ProblemException, CommonErrorCode } from '../common/problem';
import { CatalogListDto, MunicipalityListDto, TrainingTierDto, TrainingTierListDto, UpdateTrainingTierDto } from './catalog.dto';
import { CatalogName, CatalogService } from './catalog.service';

@ApiTags('catalogs')
@Controller('api/v1/catalogs')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
  ) {}

  private async list(name: CatalogName): Promise<CatalogListDto> {
    const rows = await this.catalog.labelled(name);
    return { items: rows.map((r) => ({ code: r.code, labelFi: r.labelFi, labelSv: r.labelSv, labelEn: r.labelEn, active: r.active })) };
  }

  @Get('experience-areas')
  @Public()
  @ApiOperation({ summary: 'Experience areas (fi/sv/en)' })
  @ApiOkResponse({ type: CatalogListDto })
  listExperienceAreas(): Promise<CatalogListDto> {
    return this.list('experience-areas');
  }

  @Get('task-types')
  @Public()
  @ApiOperation({ summary: 'Task types (fi/sv/en)' })
  @ApiOkResponse({ type: CatalogListDto })
  listTaskTypes(): Promise<CatalogListDto> {
    return this.list('task-types');
  }

  @Get('languages')
  @Public()
  @ApiOperation({ summary: 'Languages, including sign languages and Sámi (fi/sv/en)' })
  @ApiOkResponse({ type: CatalogListDto })
  listLanguages(): Promise<CatalogListDto> {
    return this.list('languages');
  }

  @Get('training-tiers')
  @AnyUser()
  @ApiOperation({ summary: 'Training tiers and the thresholds that derive them' })
  @ApiOkResponse({ type: TrainingTierListDto })
  async listTrainingTiers(): Promise<TrainingTierListDto> {
    const rows = await this.catalog.tiers();
    return {
      items: rows.map((r) => ({
        code: r.code,
        labelFi: r.labelFi,
        labelSv: r.labelSv,
        labelEn: r.labelEn,
        active: r.active,
        rank: r.rank,
        minHours: r.minHours,
        requiresMentorTraining: r.requiresMentorTraining,
      })),
    };
  }

  @Patch('training-tiers/:code')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Change a tier’s threshold or labels; every expert’s tier is derived again' })
  @ApiOkResponse({ type: TrainingTierDto })
  @ApiProblems(400, 404)
  async updateTrainingTier(@Param('code') code: string, @Body() dto: UpdateTrainingTierDto): Promise<TrainingTierDto> {
    const t = await this.catalog.updateTier(code, dto);
    if (!t) throw new ProblemException(404, CommonErrorCode.NotFound, 'Training tier not found');
    await this.audit.record({ action: 'training_tier.update', subjectType: 'training_tier', subjectId: code });
    return {
      code: t.code,
      labelFi: t.labelFi,
      labelSv: t.labelSv,
      labelEn: t.labelEn,
      active: t.active,
      rank: t.rank,
      minHours: t.minHours,
      requiresMentorTraining: t.requiresMentorTraining,
    };
  }

  @Get('municipalities')
  @Public()
  @ApiOperation({ summary: 'Finnish municipalities with Swedish names and centre points (former ones point to their successor)' })
  @ApiOkResponse({ type: MunicipalityListDto })
  async listMunicipalities(): Promise<MunicipalityListDto> {
    const rows = await this.catalog.municipalities();
    return {
      items: rows.map((m) => ({
        code: m.code,
        nameFi: m.nameFi,
        nameSv: m.nameSv,
        latitude: m.latitude,
        longitude: m.longitude,
        mergedInto: m.mergedInto,
      })),
    };
  }
}
