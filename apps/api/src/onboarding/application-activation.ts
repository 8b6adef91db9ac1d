import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvitationsService } from '../auth/invitations.service';
import { Locale, Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { EventBus } from '../events/event-bus';
import { RegistryService } from '../registry/registry.service';
import { AgreementsDue } from './agreements-due';
import { ApplicationSteps } from './application-steps';
import { CoursesService } from './courses.service';
import { ApplicationActor, ApplicationEntity } from './entities/onboarding.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import { ApplicationMove, ApplicationStep } from './onboarding.rules';

/**
 * The end of the path (docs/onboarding.md, "Becoming active"): when orientation is done the person is
 * added to the registry (in orientation) with an account and an invitation to set its password; when
 * they have accepted every required agreement the application is `active` and so is the expert.
 */
@Injectable()
export class ApplicationActivation {
  constructor(
    private readonly clock: Clock,
    private readonly steps: ApplicationSteps,
    private readonly registry: RegistryService,
    private readonly invitations: InvitationsService,
    private readonly due: AgreementsDue,
    private readonly bus: EventBus,
    private readonly courses: CoursesService,
  ) {}

  /** After the move to `agreements`, in the same transaction. */
  async takeIn(manager: EntityManager, a: ApplicationEntity, actorUserId: string): Promise<void> {
    const existing = await this.registry.expertIdByEmail(manager, a.email);
    if (existing)
      throw onboardingProblem(
        OnboardingErrorCode.AlreadyInRegistry,
        'Someone with this e-mail address is in the registry already: update their record there (a returning expert) or correct the address.',
        'email',
        { expertId: existing },
      );
    const invitation = await this.invitations.invite(manager, {
      email: a.email,
      displayName: `${a.firstName} ${a.lastName}`,
      locale: a.locale as Locale,
      role: Role.Expert,
    });
    const [accepted] = await manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM application_event WHERE application_id = $1 AND kind = $2`,
      [a.id, ApplicationMove.AcceptPriorTraining],
    );
    const expertId = await this.registry.enrol(manager, {
      userId: invitation.userId,
      firstName: a.firstName,
      lastName: a.lastName,
      email: a.email,
      phone: a.phone,
      birthDate: a.birthDate,
      municipalityCode: a.municipalityCode,
      languages: a.languages,
      taskTypes: a.taskTypes,
      areas: a.areas,
      trainings: [
        ...(accepted.n
          ? a.priorTraining.map((t) => ({
              course: t.course,
              provider: t.organiser,
              hours: t.hours,
              completedOn: `${t.year}-12-31`,
              mentorTraining: false,
            }))
          : []),
        // and the courses they completed as an applicant
        ...(await this.courses.completedByApplication(manager, a.id)),
      ],
      actorUserId,
    });
    await manager.update(ApplicationEntity, { id: a.id }, { expertId });
    await this.bus.publish(manager, {
      type: 'application.invited',
      aggregateType: 'application',
      aggregateId: a.id,
      payload: {
        applicationId: a.id,
        invitationId: invitation.invitationId,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    // A county with no required documents: nothing to accept, active at once.
    await this.activateIfDone(manager, expertId);
  }

  /** When nothing required is left to accept, the person's application and registry record become active. */
  async activateIfDone(manager: EntityManager, expertId: string): Promise<boolean> {
    if ((await this.due.dueFor(manager, [expertId])).size) return false;
    const a = await manager.findOne(ApplicationEntity, {
      where: { expertId, step: ApplicationStep.Agreements },
      lock: { mode: 'pessimistic_write' },
    });
    if (!a) return false;
    await this.steps.move(manager, a, ApplicationMove.Activate, {
      actor: ApplicationActor.Applicant,
      actorUserId: null,
    });
    await this.registry.activateEnrolled(manager, expertId, this.clock.now());
    return true;
  }
}
