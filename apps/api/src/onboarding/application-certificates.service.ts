import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Locale } from '../common/access/roles';
import { Clock } from '../common/clock';
import { SignedLinks } from '../common/signed-links';
import { safeFileName } from '../common/stored-file';
import { ApplicantCertificatesDto, CertificateDto } from './dto/application.dto';
import {
  ApplicationActor,
  ApplicationCertificateEntity,
  ApplicationEntity,
  ApplicationEventEntity,
} from './entities/onboarding.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import {
  certificateProblem,
  certificateType,
  isOpen,
  MAX_CERTIFICATE_BYTES,
  MAX_CERTIFICATES,
} from './onboarding.rules';

const mapCertificate = (c: ApplicationCertificateEntity): CertificateDto => ({
  id: c.id,
  fileName: c.fileName,
  contentType: c.contentType,
  sizeBytes: c.sizeBytes,
  createdAt: c.createdAt.toISOString(),
});

/**
 * Certificates of earlier training: the applicant adds them (a PDF or a photo) from a signed link after
 * confirming the e-mail address, while the application is open; the coordinators read them on the
 * application (audited). Files are checked by their first bytes and only ever sent as downloads.
 */
@Injectable()
export class ApplicationCertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: SignedLinks,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The token of the applicant's certificate page. */
  token(applicationId: string): string {
    return this.links.sign('application-certificate', applicationId);
  }

  async forApplicant(token: string): Promise<ApplicantCertificatesDto> {
    const a = await this.applicationOf(this.dataSource.manager, token, false);
    return {
      firstName: a.firstName,
      locale: a.locale as Locale,
      open: isOpen(a.step),
      maxFiles: MAX_CERTIFICATES,
      maxBytes: MAX_CERTIFICATE_BYTES,
      items: await this.listOf(a.id),
    };
  }

  async addByApplicant(
    token: string,
    fileName: string,
    contentType: string | undefined,
    body: Buffer,
  ): Promise<CertificateDto> {
    const type = certificateType(contentType, body.subarray(0, 8));
    if (!type) {
      throw onboardingProblem(
        OnboardingErrorCode.CertificateType,
        'Add the certificate as a PDF or as a photo (PNG or JPEG).',
      );
    }
    if (body.length > MAX_CERTIFICATE_BYTES) {
      throw onboardingProblem(OnboardingErrorCode.CertificateTooLarge, 'A file can be at most 5 MB.');
    }
    return this.dataSource.transaction(async (manager) => {
      const a = await this.applicationOf(manager, token, true);
      const count = await manager.count(ApplicationCertificateEntity, { where: { applicationId: a.id } });
      const problem = certificateProblem(a.step, count);
      if (problem === 'closed') {
        throw onboardingProblem(
          OnboardingErrorCode.LinkExpired,
          'The application has been handled, so certificates cannot be added any more.',
          'token',
        );
      }
      if (problem === 'limit') {
        throw onboardingProblem(
          OnboardingErrorCode.CertificateLimit,
          `An application can have at most ${MAX_CERTIFICATES} certificates.`,
        );
      }
      const saved = await manager.save(
        manager.create(ApplicationCertificateEntity, {
          applicationId: a.id,
          fileName: safeFileName(fileName),
          contentType: type,
          sizeBytes: body.length,
          data: body,
        }),
      );
      await this.timeline(manager, a.id, 'certificate_added', saved.fileName);
      return mapCertificate(saved);
    });
  }

  /** The applicant takes back a file added by mistake (while the application is open). */
  async removeByApplicant(token: string, certificateId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const a = await this.applicationOf(manager, token, true);
      if (!isOpen(a.step)) {
        throw onboardingProblem(
          OnboardingErrorCode.LinkExpired,
          'The application has been handled, so its certificates cannot be changed.',
          'token',
        );
      }
      const c = await manager.findOne(ApplicationCertificateEntity, {
        where: { id: certificateId, applicationId: a.id },
      });
      if (!c) throw onboardingProblem(OnboardingErrorCode.CertificateNotFound);
      await manager.delete(ApplicationCertificateEntity, { id: c.id });
      await this.timeline(manager, a.id, 'certificate_removed', c.fileName);
    });
  }

  /** The application's certificates, without the files. */
  async listOf(applicationId: string): Promise<CertificateDto[]> {
    const rows = await this.dataSource.getRepository(ApplicationCertificateEntity).find({
      where: { applicationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(mapCertificate);
  }

  /** One certificate for a coordinator to read; each read is audited for the applicant. */
  async file(
    applicationId: string,
    certificateId: string,
  ): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    const c = await this.dataSource
      .getRepository(ApplicationCertificateEntity)
      .createQueryBuilder('c')
      .addSelect('c.data')
      .where('c.id = :certificateId AND c.applicationId = :applicationId', { certificateId, applicationId })
      .getOne();
    if (!c?.data) throw onboardingProblem(OnboardingErrorCode.CertificateNotFound);
    await this.audit.record({
      action: 'application.certificate.read',
      subjectType: 'application',
      subjectId: applicationId,
      fieldGroup: 'certificate',
      purpose: 'onboarding',
    });
    return { fileName: c.fileName, contentType: c.contentType, data: c.data };
  }

  private async timeline(manager: EntityManager, applicationId: string, kind: string, fileName: string) {
    await manager.save(
      manager.create(ApplicationEventEntity, {
        applicationId,
        at: this.clock.now(),
        kind,
        actorKind: ApplicationActor.Applicant,
        actorUserId: null,
        fromStep: null,
        toStep: null,
        reason: null,
        note: fileName,
      }),
    );
  }

  private async applicationOf(
    manager: EntityManager,
    token: string,
    lock: boolean,
  ): Promise<ApplicationEntity> {
    const id = this.links.verify('application-certificate', token);
    if (!id) {
      throw onboardingProblem(
        OnboardingErrorCode.LinkInvalid,
        'Open the link from the e-mail as it is.',
        'token',
      );
    }
    const a = await manager.findOne(ApplicationEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!a) {
      throw onboardingProblem(OnboardingErrorCode.LinkExpired, 'The application is no longer kept.', 'token');
    }
    return a;
  }
}
