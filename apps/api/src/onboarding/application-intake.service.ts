import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogService } from '../catalog/catalog.service';
import { Locale } from '../common/access/roles';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { FieldCipher } from '../common/field-cipher';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import { SignedLinks } from '../common/signed-links';
import { ApplicationSteps } from './application-steps';
import {
  ApplicationConfirmedDto,
  GuardianConsentDto,
  GuardianRequestDto,
  SubmissionReceivedDto,
  SubmitApplicationDto,
} from './dto/application.dto';
import { AnswerInterviewDto, InterviewInvitationDto } from './dto/application.dto';
import { ApplicationActor, ApplicationEntity, ApplicationEventEntity } from './entities/onboarding.entities';
import { OnboardingErrorCode, onboardingProblem, tooManyApplications } from './onboarding.exception';
import { ageOn, ApplicationMove, ApplicationStep, firstStep, InterviewAnswer, isOpen } from './onboarding.rules';
import { RecruitmentService } from './recruitment.service';

const HOUR_MS = 3_600_000;

/** What the confirmation link brings back: the form as sent, and the round it was sent in. */
interface SubmittedForm extends Omit<SubmitApplicationDto, 'website' | 'privacyNoticeRead'> {
  roundId: string | null;
}

/**
 * The public side of an application: the form (honeypot, rate limits, recruitment open), the e-mail
 * confirmation that turns it into an application, and the guardian's consent for a minor.
 */
@Injectable()
export class ApplicationIntakeService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly links: SignedLinks,
    private readonly catalog: CatalogService,
    private readonly recruitment: RecruitmentService,
    private readonly steps: ApplicationSteps,
    private readonly bus: EventBus,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'application-submissions-purge',
      async () => {
        await this.purgeExpired();
      },
      { cron: '20 * * * *' },
    );
  }

  /** Unconfirmed forms are deleted when their link expires; confirmed ones keep only the rate-limit facts for a day. */
  async purgeExpired(): Promise<number> {
    const now = this.clock.now();
    const [, count] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM application_submission WHERE expires_at < $1 OR (confirmed_at IS NOT NULL AND created_at < $2)`,
      [now, new Date(now.getTime() - 24 * HOUR_MS)],
    );
    return count;
  }

  async submit(dto: SubmitApplicationDto, address: string): Promise<SubmissionReceivedDto> {
    const received: SubmissionReceivedDto = {
      status: 'confirmation_sent',
      confirmWithinHours: this.config.APPLICATION_CONFIRM_HOURS,
    };
    // A form that fills the field people cannot see was not sent by a person: answer as usual, keep nothing.
    if (dto.website) return received;
    const now = this.clock.now();
    const today = helsinkiDate(now);
    await this.assertValid(dto, today);
    const status = await this.recruitment.statusOn(today);
    if (!status.open) {
      throw onboardingProblem(
        OnboardingErrorCode.RecruitmentClosed,
        status.nextOpensOn ? `The next round opens on ${status.nextOpensOn}.` : 'No round is planned yet.',
        undefined,
        { nextOpensOn: status.nextOpensOn, reason: status.reason },
      );
    }
    const { website: _honeypot, privacyNoticeRead: _read, ...form } = dto;
    const payload: SubmittedForm = { ...form, roundId: status.roundId };
    await this.dataSource.transaction(async (manager) => {
      await this.assertWithinLimits(manager, dto.email, address, now);
      const [row] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO application_submission (payload_encrypted, email_hash, address, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          this.cipher.encrypt(JSON.stringify(payload)),
          this.cipher.hash(dto.email),
          address,
          now,
          new Date(now.getTime() + this.config.APPLICATION_CONFIRM_HOURS * HOUR_MS),
        ],
      );
      await this.bus.publish(manager, {
        type: 'application.submitted',
        aggregateType: 'application_submission',
        aggregateId: row.id,
        payload: {
          submissionId: row.id,
          email: dto.email,
          firstName: dto.firstName,
          locale: dto.locale,
          hours: this.config.APPLICATION_CONFIRM_HOURS,
        },
      });
    });
    return received;
  }

  /** The link in the confirmation e-mail: the form becomes an application (once; a second click says so). */
  async confirm(token: string): Promise<ApplicationConfirmedDto> {
    const id = this.links.verify('application-confirm', token);
    if (!id)
      throw onboardingProblem(
        OnboardingErrorCode.LinkInvalid,
        'Open the link from the e-mail as it is.',
        'token',
      );
    return this.dataSource.transaction(async (manager) => {
      const [sub] = await manager.query<
        Array<{ payload_encrypted: string | null; expires_at: Date; confirmed_at: Date | null }>
      >(
        `SELECT payload_encrypted, expires_at, confirmed_at FROM application_submission WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const now = this.clock.now();
      if (!sub || (!sub.confirmed_at && sub.expires_at < now)) {
        throw onboardingProblem(
          OnboardingErrorCode.LinkExpired,
          'The link has expired. Please fill in the form again.',
          'token',
        );
      }
      if (sub.confirmed_at || !sub.payload_encrypted) {
        return { status: 'already_confirmed', awaitingGuardian: false, locale: Locale.Fi, certificateToken: null };
      }
      const form = JSON.parse(this.cipher.decrypt(sub.payload_encrypted)) as SubmittedForm;
      await manager.query(
        `UPDATE application_submission SET payload_encrypted = NULL, confirmed_at = $2 WHERE id = $1`,
        [id, now],
      );
      // One open application per address: a second confirmed form does not start a second path.
      const [open] = await manager.query<Array<{ id: string; step: ApplicationStep }>>(
        `SELECT id, step FROM application WHERE email = $1 AND step = ANY($2) LIMIT 1`,
        [form.email, Object.values(ApplicationStep).filter(isOpen)],
      );
      if (open) {
        return {
          status: 'already_confirmed',
          awaitingGuardian: open.step === ApplicationStep.AwaitingGuardian,
          locale: form.locale,
          certificateToken: null,
        };
      }
      const step = firstStep(form.birthDate, helsinkiDate(now));
      const application = await this.steps.create(manager, {
        step,
        firstName: form.firstName,
        lastName: form.lastName,
        email: form.email,
        phone: form.phone || null,
        birthDate: form.birthDate,
        locale: form.locale,
        municipalityCode: form.municipalityCode,
        languages: form.languages,
        areas: form.areas,
        taskTypes: form.taskTypes,
        priorTraining: form.priorTraining ?? [],
        availability: form.availability || null,
        heardFrom: form.heardFrom || null,
        message: form.message || null,
        privacyNoticeVersion: form.privacyNoticeVersion,
        guardianName: form.guardian?.name ?? null,
        guardianEmail: form.guardian?.email ?? null,
        guardianPhone: form.guardian?.phone || null,
        roundId: form.roundId,
        confirmedAt: now,
      });
      await this.bus.publish(manager, {
        type: 'application.confirmed',
        aggregateType: 'application',
        aggregateId: application.id,
        payload: { applicationId: application.id, minor: step === ApplicationStep.AwaitingGuardian },
      });
      return {
        status: 'confirmed',
        awaitingGuardian: step === ApplicationStep.AwaitingGuardian,
        locale: form.locale,
        certificateToken: application.priorTraining.length
          ? this.links.sign('application-certificate', application.id)
          : null,
      };
    });
  }

  /** What the guardian's page shows before they answer. */
  async guardianRequest(token: string): Promise<GuardianRequestDto> {
    const application = await this.guardianApplication(this.dataSource.manager, token, false);
    return {
      applicantFirstName: application.firstName,
      guardianName: application.guardianName ?? '',
      locale: application.locale as Locale,
      answer: this.guardianAnswer(application),
    };
  }

  /** The guardian's answer: consent moves the application on; a refusal closes it. Answering twice changes nothing. */
  async guardianConsent(dto: GuardianConsentDto): Promise<GuardianRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.guardianApplication(manager, dto.token, true);
      const answered = this.guardianAnswer(application);
      if (answered === null) {
        if (dto.consent) {
          await manager.update(
            ApplicationEntity,
            { id: application.id },
            { guardianConsentedAt: this.clock.now() },
          );
          await this.steps.move(manager, application, ApplicationMove.GuardianConsented, {
            actor: ApplicationActor.Guardian,
          });
        } else {
          await this.steps.move(manager, application, ApplicationMove.Close, {
            actor: ApplicationActor.Guardian,
            reason: 'guardian_declined',
          });
        }
      }
      const after = await manager.findOneByOrFail(ApplicationEntity, { id: application.id });
      return {
        applicantFirstName: after.firstName,
        guardianName: after.guardianName ?? '',
        locale: after.locale as Locale,
        answer: this.guardianAnswer(after),
      };
    });
  }

  /** What the applicant's interview page shows: the time and place offered, and any answer given. */
  async interviewInvitation(token: string): Promise<InterviewInvitationDto> {
    return this.interviewView(await this.interviewApplication(this.dataSource.manager, token, false));
  }

  /**
   * The applicant's answer to the interview time: it suits, or another is needed (with a message). The
   * answer is for the time the page showed; a time changed meanwhile refuses it. Answering again replaces
   * the answer; each answer is on the timeline, where the coordinators see it.
   */
  async answerInterview(dto: AnswerInterviewDto): Promise<InterviewInvitationDto> {
    return this.dataSource.transaction(async (manager) => {
      const a = await this.interviewApplication(manager, dto.token, true);
      if (a.interviewAt!.getTime() !== new Date(dto.interviewAt).getTime())
        throw onboardingProblem(
          OnboardingErrorCode.InterviewChanged,
          'The interview time has changed: read the new time and answer again.',
          'interviewAt',
          { interviewAt: a.interviewAt!.toISOString() },
        );
      const now = this.clock.now();
      await manager.update(
        ApplicationEntity,
        { id: a.id },
        { interviewAnswer: dto.answer, interviewAnsweredAt: now, version: () => 'version + 1' },
      );
      await manager.insert(ApplicationEventEntity, {
        applicationId: a.id,
        at: now,
        kind: dto.answer === InterviewAnswer.Confirmed ? 'interview_confirmed' : 'interview_other_time',
        actorKind: ApplicationActor.Applicant,
        actorUserId: null,
        fromStep: null,
        toStep: null,
        reason: null,
        note: dto.message?.trim() || null,
      });
      // another time is needed: the step's owner (or the coordinators) is told, to offer one
      if (dto.answer === InterviewAnswer.OtherTime)
        await this.bus.publish(manager, {
          type: 'application.interview_other_time',
          aggregateType: 'application',
          aggregateId: a.id,
          payload: { applicationId: a.id },
        });
      return this.interviewView(await manager.findOneByOrFail(ApplicationEntity, { id: a.id }));
    });
  }

  private interviewView(a: ApplicationEntity): InterviewInvitationDto {
    return {
      firstName: a.firstName,
      interviewAt: a.interviewAt!.toISOString(),
      interviewPlace: a.interviewPlace,
      locale: a.locale as Locale,
      answer: a.interviewAnswer,
    };
  }

  private async interviewApplication(
    manager: EntityManager,
    token: string,
    lock: boolean,
  ): Promise<ApplicationEntity> {
    const id = this.links.verify('interview-answer', token);
    if (!id)
      throw onboardingProblem(OnboardingErrorCode.LinkInvalid, 'Open the link from the e-mail as it is.', 'token');
    const a = await manager.findOne(ApplicationEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!a || a.step !== ApplicationStep.Interview || !a.interviewAt)
      throw onboardingProblem(
        OnboardingErrorCode.LinkExpired,
        'The interview is no longer waiting for an answer.',
        'token',
      );
    return a;
  }

  private guardianAnswer(a: ApplicationEntity): boolean | null {
    if (a.guardianConsentedAt) return true;
    if (a.step === ApplicationStep.AwaitingGuardian) return null;
    return false;
  }

  private async guardianApplication(
    manager: EntityManager,
    token: string,
    lock: boolean,
  ): Promise<ApplicationEntity> {
    const id = this.links.verify('guardian-consent', token);
    if (!id)
      throw onboardingProblem(
        OnboardingErrorCode.LinkInvalid,
        'Open the link from the e-mail as it is.',
        'token',
      );
    const application = await manager.findOne(ApplicationEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!application || !application.guardianEmail) {
      throw onboardingProblem(
        OnboardingErrorCode.LinkExpired,
        'This application is no longer open.',
        'token',
      );
    }
    return application;
  }

  private async assertValid(dto: SubmitApplicationDto, today: string): Promise<void> {
    const age = ageOn(dto.birthDate, today);
    if (dto.birthDate > today || age > 110) {
      throw onboardingProblem(OnboardingErrorCode.BirthDateInvalid, 'Check the date of birth.', 'birthDate');
    }
    if (age < 15) {
      throw onboardingProblem(
        OnboardingErrorCode.BirthDateInvalid,
        'Applicants must be at least 15 years old.',
        'birthDate',
      );
    }
    if (age < 18 && !dto.guardian) {
      throw onboardingProblem(
        OnboardingErrorCode.GuardianRequired,
        'An applicant under 18 gives a guardian’s name and e-mail.',
        'guardian',
      );
    }
    if (dto.guardian && dto.guardian.email === dto.email) {
      throw onboardingProblem(
        OnboardingErrorCode.GuardianRequired,
        'The guardian’s e-mail must be the guardian’s own.',
        'guardian.email',
      );
    }
    const checks: Array<[string, Promise<string[]>]> = [
      ['languages', this.catalog.unknownCodes('languages', dto.languages)],
      [
        'areas',
        this.catalog.unknownCodes(
          'experience-areas',
          dto.areas.map((a) => a.code),
        ),
      ],
      ['taskTypes', this.catalog.unknownCodes('task-types', dto.taskTypes)],
    ];
    for (const [field, pending] of checks) {
      const unknown = await pending;
      if (unknown.length)
        throw onboardingProblem(OnboardingErrorCode.UnknownCode, `Unknown: ${unknown.join(', ')}`, field);
    }
    const municipality = (await this.catalog.municipalities()).find(
      (m) => m.code === dto.municipalityCode && !m.mergedInto,
    );
    if (!municipality) {
      throw onboardingProblem(
        OnboardingErrorCode.UnknownCode,
        `Unknown municipality: ${dto.municipalityCode}`,
        'municipalityCode',
      );
    }
    const year = Number(today.slice(0, 4));
    const future = (dto.priorTraining ?? []).findIndex((t) => t.year > year);
    if (future >= 0) {
      throw onboardingProblem(
        OnboardingErrorCode.UnknownCode,
        'A course cannot be from a future year.',
        `priorTraining.${future}.year`,
      );
    }
  }

  /**
   * Per network address per hour and per e-mail address per day, counted in PostgreSQL for every
   * instance; the address's advisory lock makes simultaneous posts count one after another.
   */
  private async assertWithinLimits(
    manager: EntityManager,
    email: string,
    address: string,
    now: Date,
  ): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('application-submission:' || $1))`, [address]);
    const [row] = await manager.query<Array<{ by_address: number; by_email: number }>>(
      `SELECT
         (SELECT count(*)::int FROM application_submission WHERE address = $1 AND created_at > $3) AS by_address,
         (SELECT count(*)::int FROM application_submission WHERE email_hash = $2 AND created_at > $4) AS by_email`,
      [
        address,
        this.cipher.hash(email),
        new Date(now.getTime() - HOUR_MS),
        new Date(now.getTime() - 24 * HOUR_MS),
      ],
    );
    if (row.by_address >= this.config.APPLICATION_MAX_PER_ADDRESS_PER_HOUR) throw tooManyApplications(3600);
    if (row.by_email >= this.config.APPLICATION_MAX_PER_EMAIL_PER_DAY) throw tooManyApplications(24 * 3600);
  }
}
