import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { AssignmentsService } from './assignments.service';
import { planToCoordinators, planToExpert } from './matching.planners';
import { OffersService } from './offers.service';

/**
 * Matching as the rest of the app sees it: what it does when other modules' facts arrive, who is told
 * of its own, and its jobs — all wired here, once, when the module starts. The use cases live in their
 * own services (candidates, offers, assignments, suggestions, fairness, calendar, settings).
 */
@Injectable()
export class MatchingService implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly offers: OffersService,
    private readonly assignments: AssignmentsService,
  ) {}

  onModuleInit(): void {
    this.notifications.registerPlanner('offer.created', (e, m) => planToExpert('offer.new', e.payload, m));
    this.notifications.registerPlanner('assignment.confirmed', (e, m) =>
      planToExpert('assignment.confirmed', e.payload, m),
    );
    this.notifications.registerPlanner('assignment.cancelled', (e, m) =>
      planToExpert('assignment.cancelled', e.payload, m),
    );
    this.notifications.registerPlanner('offer.answered', (e, m) => planToCoordinators(e.payload, m));
    // the orderer cancelled the order or some of its times: the experts' tasks on them are cancelled too
    this.bus.react('order.cancelled', (e, m) =>
      this.assignments.cancelForOrder(m, String(e.payload.orderId), String(e.payload.reason ?? '')),
    );
    // a time was moved: the tasks on it move too, or reopen when the expert has another task then
    this.bus.react('order.occurrence_moved', (e, m) =>
      this.assignments.followMovedTime(
        m,
        String(e.payload.orderId),
        String(e.payload.occurrenceId),
        new Date(String(e.payload.startsAt)),
        new Date(String(e.payload.endsAt)),
      ),
    );
    this.notifications.registerPlanner('assignment.moved', (e, m) =>
      planToExpert('assignment.moved', e.payload, m),
    );
    this.jobs.register(
      'offers-expire',
      async () => {
        await this.expireOffers();
      },
      { cron: '*/15 * * * *' },
    );
  }

  /** Closes offers whose answer time has passed (the job every 15 minutes); the count closed. */
  expireOffers(): Promise<number> {
    return this.offers.expireOffers();
  }
}
