import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import { PageQueryDto } from '../common/pagination';
import { RegistryImportDto, RegistryImportPageDto } from './dto/import.dto';
import { ImportService } from './import.service';

export const SPREADSHEET_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

@ApiTags('registry')
@Controller('api/v1/imports')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post()
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'Upload a registry spreadsheet (CSV with ; or ,, UTF-8 or Windows-1252; or XLSX): validates every row (dry run)',
  })
  @ApiConsumes(...SPREADSHEET_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'fileName', required: false, description: 'The original file name, for the history.' })
  @ApiCreatedResponse({ type: RegistryImportDto, description: 'Validated; the same file uploaded again returns the same import.' })
  @ApiProblems(400, 413, 415)
  uploadImport(
    @CurrentUser() user: UserPrincipal,
    @Body() body: Buffer,
    @Query('fileName') fileName: string | undefined,
  ): Promise<RegistryImportDto> {
    return this.imports.upload(user, (fileName ?? 'rekisteri').slice(0, 200), Buffer.isBuffer(body) ? body : Buffer.alloc(0));
  }

  @Get()
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Earlier imports, newest first' })
  @ApiOkResponse({ type: RegistryImportPageDto })
  @ApiProblems(400)
  listImports(@Query() query: PageQueryDto): Promise<RegistryImportPageDto> {
    return this.imports.list(query);
  }

  @Post(':id/run')
  @Roles(Role.Coordinator)
  @HttpCode(202)
  @ApiOperation({ summary: 'Import the valid rows in the background (follow the progress with getImport)' })
  @ApiAcceptedResponse({ type: RegistryImportDto })
  @ApiProblems(400, 404, 409)
  runImport(@Param('id', ParseUUIDPipe) id: string): Promise<RegistryImportDto> {
    return this.imports.start(id);
  }

  @Get(':id')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'An import with its progress and problems' })
  @ApiOkResponse({ type: RegistryImportDto })
  @ApiProblems(400, 404)
  getImport(@Param('id', ParseUUIDPipe) id: string): Promise<RegistryImportDto> {
    return this.imports.get(id);
  }

  @Get(':id/problems.csv')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'All problems of an import as a CSV report' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async downloadImportProblems(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const csv = await this.imports.problemsCsv(id);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="import-problems-${id}.csv"`);
    return csv;
  }
}
