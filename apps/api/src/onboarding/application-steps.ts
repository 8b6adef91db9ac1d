import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addBusinessDays, helsinkiDate, helsinkiInstant } from '../common/business-days';
import { Clock } from '../common/clock';
import { EventBus } from '../events/event-bus';
import { RemindersService } from '../notifications/reminders.service';
import type { Localized } from '../notifications/templates/templates';
import { ApplicationActor, ApplicationEntity, ApplicationEventEntity } from './entities/onboarding.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import {
  ApplicationMove,
  ApplicationStep,
  nextStep,
  ownerOfStep,
  stepBusinessDays,
  StepOwner,
} from './onboarding.rules';

export const STEP_REMINDER = 'onboarding.step';

const STEP_TITLE: Record<ApplicationStep, Localized> = {
  [ApplicationStep.AwaitingGuardian]: {
    fi: 'huoltajan suostumus',
    sv: 'vårdnadshavarens samtycke',
    en: 'guardian’s consent',
  },
  [ApplicationStep.Received]: { fi: 'vastaanotettu', sv: 'mottagen', en: 'received' },
  [ApplicationStep.Screening]: { fi: 'hakemuksen arviointi', sv: 'bedömning av ansökan', en: 'screening' },
  [ApplicationStep.Interview]: { fi: 'haastattelu', sv: 'intervju', en: 'interview' },
  [ApplicationStep.Training]: { fi: 'koulutus', sv: 'utbildning', en: 'training' },
  [ApplicationStep.Orientation]: { fi: 'perehdytys', sv: 'introduktion', en: 'orientation' },
  [ApplicationStep.Agreements]: { fi: 'sopimukset', sv: 'avtal', en: 'agreements' },
  [ApplicationStep.Active]: { fi: 'aktiivinen', sv: 'aktiv', en: 'active' },
  [ApplicationStep.Rejected]: { fi: 'hylätty', sv: 'avslagen', en: 'rejected' },
  [ApplicationStep.Closed]: { fi: 'suljettu', sv: 'stängd', en: 'closed' },
};

export interface MoveOptions {
  actor: ApplicationActor;
  actorUserId?: string | null;
  reason?: string | null;
  note?: string | null;
  /** The coordinator who takes the application (from screening on). */
  ownerUserId?: string | null;
  interviewAt?: Date | null;
  interviewPlace?: string | null;
}

export type NewApplication = Omit<
  ApplicationEntity,
  | 'id'
  | 'ownerUserId'
  | 'stepEnteredAt'
  | 'stepDueOn'
  | 'interviewAt'
  | 'interviewPlace'
  | 'interviewAnswer'
  | 'interviewAnsweredAt'
  | 'outcomeReason'
  | 'expertId'
  | 'guardianConsentedAt'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
>;

/**
 * Every change of an application's step goes through here: the rule decides whether the move is
 * allowed, the step gets its due date in business days and its owner's reminder, and the timeline and
 * the event bus hear of it — all in the caller's transaction.
 */
@Injectable()
export class ApplicationSteps {
  constructor(
    private readonly clock: Clock,
    private readonly reminders: RemindersService,
    private readonly bus: EventBus,
  ) {}

  async create(manager: EntityManager, a: NewApplication): Promise<ApplicationEntity> {
    const now = this.clock.now();
    const saved = await manager.save(
      manager.create(ApplicationEntity, {
        ...a,
        ownerUserId: null,
        stepEnteredAt: now,
        stepDueOn: this.dueOn(a.step, now),
      }),
    );
    await manager.insert(ApplicationEventEntity, {
      applicationId: saved.id,
      at: now,
      kind: 'confirmed',
      actorKind: ApplicationActor.Applicant,
      actorUserId: null,
      fromStep: null,
      toStep: a.step,
      reason: null,
      note: null,
    });
    return saved;
  }

  /** Makes one move; throws APPLICATION_MOVE_NOT_ALLOWED when the step does not allow it. */
  async move(
    manager: EntityManager,
    a: ApplicationEntity,
    move: ApplicationMove,
    o: MoveOptions,
  ): Promise<ApplicationEntity> {
    const to = nextStep(a.step, move);
    if (!to) {
      throw onboardingProblem(
        OnboardingErrorCode.MoveNotAllowed,
        `An application at ${a.step} cannot ${move.replace(/_/g, ' ')}.`,
        'move',
        { step: a.step },
      );
    }
    const now = this.clock.now();
    const ownerUserId = o.ownerUserId !== undefined ? o.ownerUserId : a.ownerUserId;
    const change: Partial<ApplicationEntity> = {
      step: to,
      stepEnteredAt: now,
      stepDueOn: this.dueOn(to, now),
      ownerUserId,
      ...(o.interviewAt !== undefined
        ? {
            interviewAt: o.interviewAt,
            interviewPlace: o.interviewPlace ?? null,
            // a new time asks for a new answer
            interviewAnswer: null,
            interviewAnsweredAt: null,
          }
        : {}),
      ...(to === ApplicationStep.Rejected || to === ApplicationStep.Closed
        ? { outcomeReason: o.reason ?? null }
        : {}),
    };
    await manager.update(ApplicationEntity, { id: a.id }, { ...change, version: () => 'version + 1' });
    await manager.insert(ApplicationEventEntity, {
      applicationId: a.id,
      at: now,
      kind: move,
      actorKind: o.actor,
      actorUserId: o.actorUserId ?? null,
      fromStep: a.step,
      toStep: to,
      reason: o.reason ?? null,
      note: o.note ?? null,
    });
    const after = { ...a, ...change, version: a.version + 1 } as ApplicationEntity;
    await this.remind(manager, after);
    await this.bus.publish(manager, {
      type: 'application.moved',
      aggregateType: 'application',
      aggregateId: a.id,
      payload: { applicationId: a.id, move, fromStep: a.step, toStep: to },
    });
    return after;
  }

  /** The step's reminder follows the step: a coordinator's step with an owner reminds that owner, and then the coordinators. */
  private async remind(manager: EntityManager, a: ApplicationEntity): Promise<void> {
    if (ownerOfStep(a.step) !== StepOwner.Coordinator || !a.ownerUserId || !a.stepDueOn) {
      await this.reminders.close(manager, STEP_REMINDER, 'application', a.id);
      return;
    }
    const step = STEP_TITLE[a.step];
    const name = `${a.firstName} ${a.lastName}`;
    await this.reminders.open(manager, {
      kind: STEP_REMINDER,
      subjectType: 'application',
      subjectId: a.id,
      ownerUserId: a.ownerUserId,
      dueAt: helsinkiInstant(a.stepDueOn, 16, 0),
      title: {
        fi: `Hakemus ${name}: ${step.fi}`,
        sv: `Ansökan ${name}: ${step.sv}`,
        en: `Application ${name}: ${step.en}`,
      },
      link: `/onboarding/applications/${a.id}`,
    });
  }

  private dueOn(step: ApplicationStep, now: Date): string | null {
    const days = stepBusinessDays(step);
    return days === null ? null : addBusinessDays(helsinkiDate(now), days);
  }
}

export function stepTitle(step: ApplicationStep): Localized {
  return STEP_TITLE[step];
}
