import {
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  Body,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public, Roles } from '../common/access/decorators';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import { sendFile } from '../common/stored-file';
import { ApplicationCertificatesService } from './application-certificates.service';
import {
  ApplicantCertificatesDto,
  CertificateDto,
  CertificateQueryDto,
  TokenDto,
} from './dto/application.dto';
import { CERTIFICATE_TYPES } from './onboarding.rules';

/** Certificates of earlier training: the applicant adds them by a signed link, the coordinators read them. */
@ApiTags('onboarding')
@Controller('api/v1')
export class ApplicationCertificatesController {
  constructor(private readonly certificates: ApplicationCertificatesService) {}

  @Get('applications/certificates')
  @Public()
  @ApiOperation({
    summary:
      'The applicant’s certificates of earlier training (the token from the confirmation page or letter)',
  })
  @ApiOkResponse({ type: ApplicantCertificatesDto })
  @ApiProblems(400, 410)
  getApplicantCertificates(@Query() query: TokenDto): Promise<ApplicantCertificatesDto> {
    return this.certificates.forApplicant(query.token);
  }

  @Post('applications/certificates')
  @Public()
  @ApiOperation({
    summary:
      'The applicant adds a certificate (a PDF or a photo, at most 5 MB and 5 files) to an open application',
  })
  @ApiConsumes(...CERTIFICATE_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: CertificateDto })
  @ApiProblems(400, 409, 410, 413, 415)
  addApplicantCertificate(
    @Query() query: CertificateQueryDto,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: Buffer,
  ): Promise<CertificateDto> {
    return this.certificates.addByApplicant(
      query.token,
      query.fileName,
      contentType,
      Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    );
  }

  @Delete('applications/certificates/:certificateId')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'The applicant takes back a certificate added by mistake' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 410)
  async removeApplicantCertificate(
    @Param('certificateId', ParseUUIDPipe) certificateId: string,
    @Query() query: TokenDto,
  ): Promise<void> {
    await this.certificates.removeByApplicant(query.token, certificateId);
  }

  @Get('applications/:id/certificates/:certificateId')
  @Roles(Role.Coordinator)
  @ApiOperation({ summary: 'Download a certificate the applicant added (audited)' })
  @ApiProduces(...CERTIFICATE_TYPES)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async getApplicationCertificate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('certificateId', ParseUUIDPipe) certificateId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendFile(reply, await this.certificates.file(id, certificateId));
  }
}
