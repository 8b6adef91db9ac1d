import { Injectable } from '@nestjs/common';
import type { UserPrincipal } from '../common/access/principal';
import type { EntityManager } from 'typeorm';
import { ExpertProfileService } from './expert-profile.service';
import { Enrolment, ExpertStatusService } from './expert-status.service';
import { ExpertStatus } from './registry.rules';
import { MatchingCriteria, MatchingProfile, RegistrySearchService } from './registry-search.service';

export type { MatchingCriteria, MatchingProfile } from './registry-search.service';
export type { Enrolment } from './expert-status.service';

/**
 * What the registry offers the modules above it (orders, matching, fees): the one service RegistryModule
 * exports. The work is done by the registry's use-case services, which stay inside the module:
 * search (`RegistrySearchService`), the person's record (`ExpertProfileService`), status, training and
 * consents (`ExpertStatusService`), absences (`ExpertAvailabilityService`), and the bulk and data-protection
 * operations (`RegistryAdminService`).
 */
@Injectable()
export class RegistryService {
  constructor(
    private readonly search: RegistrySearchService,
    private readonly profiles: ExpertProfileService,
    private readonly statuses: ExpertStatusService,
  ) {}

  /** The registry record with this e-mail address (any status), if there is one. */
  async expertIdByEmail(manager: EntityManager, email: string): Promise<string | null> {
    const [row] = await manager.query<Array<{ id: string }>>(
      'SELECT id FROM expert WHERE lower(email) = lower($1)',
      [email],
    );
    return row?.id ?? null;
  }

  /** Onboarding adds the person it takes in (in orientation, with their account); in the caller's transaction. */
  enrol(manager: EntityManager, p: Enrolment): Promise<string> {
    return this.statuses.enrol(manager, p);
  }

  /** Onboarding: a course the person completed becomes a training record (the tier follows); in the caller's transaction. */
  addCompletedCourse(
    manager: EntityManager,
    expertId: string,
    c: { course: string; provider: string; hours: number; completedOn: string; mentorTraining: boolean },
  ): Promise<void> {
    return this.statuses.addCompletedCourse(manager, expertId, c);
  }

  /** Onboarding: the person accepted the agreements and becomes active; in the caller's transaction. */
  activateEnrolled(manager: EntityManager, expertId: string, at: Date): Promise<void> {
    return this.statuses.activateEnrolled(manager, expertId, at);
  }

  /** The signed-in expert's own registry id (404 problem when the account has no profile). */
  ownExpertId(user: UserPrincipal): Promise<string> {
    return this.profiles.ownExpertId(user);
  }

  /** The registry status of each of these people (unknown ids are left out); reads no sensitive field. */
  statusesOf(ids: string[]): Promise<Map<string, ExpertStatus>> {
    return this.search.statusesOf(ids);
  }

  /** What matching needs of the people who could take a task; see `RegistrySearchService.matchingProfiles`. */
  matchingProfiles(criteria: MatchingCriteria): Promise<MatchingProfile[]> {
    return this.search.matchingProfiles(criteria);
  }
}
