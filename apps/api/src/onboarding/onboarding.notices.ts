import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Locale } from '../common/access/roles';
import type { Delivery, PlannedEvent } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import { InvitationsService } from '../auth/invitations.service';
import { UsersService } from '../auth/users.service';
import { SignedLinks } from '../common/signed-links';
import { helsinkiDate } from '../common/business-days';
import { ApplicationEntity } from './entities/onboarding.entities';
import { ApplicationMove } from './onboarding.rules';

/**
 * Who hears what as an application moves. Applicants and guardians have no account: their letters go
 * to their address, in the applicant's language; links are signed here, so no token is in the outbox.
 */
@Injectable()
export class OnboardingNotices implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly links: SignedLinks,
    private readonly invitations: InvitationsService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.notifications.registerPlanner('application.submitted', async (event) => this.submitted(event));
    this.notifications.registerPlanner('application.confirmed', (event, manager) =>
      this.confirmed(event, manager),
    );
    this.notifications.registerPlanner('application.moved', (event, manager) => this.moved(event, manager));
    this.notifications.registerPlanner('application.invited', (event, manager) =>
      this.invited(event, manager),
    );
    this.notifications.registerPlanner('application.reminded', (event, manager) =>
      this.reminded(event, manager),
    );
    this.notifications.registerPlanner('application.interview_other_time', (event, manager) =>
      this.otherTimeAsked(event, manager),
    );
  }

  /** The applicant needs another interview time: the application's owner is told (all coordinators if none). */
  private async otherTimeAsked(event: PlannedEvent, manager: EntityManager): Promise<Delivery[]> {
    const a = await this.application(manager, event);
    if (!a || !a.interviewAt) return [];
    const owners = a.ownerUserId ? [a.ownerUserId] : await this.users.coordinatorIds(manager);
    return owners.map((userId) => ({
      userId,
      template: 'application.interview_other_time' as const,
      params: {
        applicantName: `${a.firstName} ${a.lastName}`,
        at: a.interviewAt!.toISOString(),
        link: `/onboarding/${a.id}`,
      },
    }));
  }

  private submitted(event: PlannedEvent): Delivery[] {
    const p = event.payload as {
      submissionId: string;
      email: string;
      firstName: string;
      locale: Locale;
      hours: number;
    };
    return [
      {
        to: { address: p.email, locale: p.locale, name: p.firstName },
        template: 'application.confirm',
        params: {
          link: `/apply/confirm?token=${this.links.sign('application-confirm', p.submissionId)}`,
          hours: p.hours,
        },
        sensitive: true,
      },
    ];
  }

  private async application(manager: EntityManager, event: PlannedEvent): Promise<ApplicationEntity | null> {
    return manager.findOne(ApplicationEntity, { where: { id: String(event.payload.applicationId) } });
  }

  private async invited(event: PlannedEvent, manager: EntityManager): Promise<Delivery[]> {
    const a = await this.application(manager, event);
    if (!a) return [];
    const p = event.payload as { invitationId: string; expiresAt: string };
    return [
      {
        to: this.applicant(a),
        template: 'application.invitation',
        params: {
          link: this.invitations.link(p.invitationId),
          expiresOn: helsinkiDate(new Date(p.expiresAt)),
        },
        sensitive: true,
      },
    ];
  }

  private applicant(a: ApplicationEntity) {
    return { address: a.email, locale: a.locale as Locale, name: a.firstName };
  }

  private guardianRequest(a: ApplicationEntity, closesOn: string): Delivery[] {
    if (!a.guardianEmail) return [];
    return [
      {
        to: { address: a.guardianEmail, locale: a.locale as Locale, name: a.guardianName ?? '' },
        template: 'application.guardian_consent',
        params: {
          applicantName: `${a.firstName} ${a.lastName}`,
          link: `/apply/guardian?token=${this.links.sign('guardian-consent', a.id)}`,
          closesOn,
        },
        sensitive: true,
      },
    ];
  }

  private async confirmed(event: PlannedEvent, manager: EntityManager): Promise<Delivery[]> {
    const a = await this.application(manager, event);
    if (!a) return [];
    const minor = Boolean(event.payload.minor);
    return [
      {
        to: this.applicant(a),
        template: 'application.received',
        params: {
          minor,
          // earlier training listed: the letter links to the page that adds its certificates
          certificateLink: a.priorTraining.length
            ? `/apply/certificates?token=${this.links.sign('application-certificate', a.id)}`
            : '',
        },
        sensitive: a.priorTraining.length > 0,
      },
      ...(minor ? this.guardianRequest(a, '') : []),
    ];
  }

  private async reminded(event: PlannedEvent, manager: EntityManager): Promise<Delivery[]> {
    const a = await this.application(manager, event);
    return a ? this.guardianRequest(a, String(event.payload.closesOn)) : [];
  }

  private async moved(event: PlannedEvent, manager: EntityManager): Promise<Delivery[]> {
    const a = await this.application(manager, event);
    if (!a) return [];
    switch (event.payload.move as ApplicationMove) {
      case ApplicationMove.Reject:
        return [
          {
            to: this.applicant(a),
            template: 'application.rejected',
            params: { reason: a.outcomeReason ?? '' },
          },
        ];
      case ApplicationMove.Close:
        return [
          {
            to: this.applicant(a),
            template: 'application.closed',
            params: { reason: a.outcomeReason ?? '' },
          },
        ];
      case ApplicationMove.InviteToInterview:
      case ApplicationMove.RescheduleInterview:
        return a.interviewAt
          ? [
              {
                to: this.applicant(a),
                template: 'application.interview',
                params: {
                  at: a.interviewAt.toISOString(),
                  place: a.interviewPlace ?? '',
                  link: `/apply/interview?token=${this.links.sign('interview-answer', a.id)}`,
                },
                sensitive: true,
              },
            ]
          : [];
      default:
        return [];
    }
  }
}
