import { Injectable } from '@nestjs/common';
import type { UserPrincipal } from '../common/access/principal';
import { ExpertProfileService } from './expert-profile.service';
import { ExpertStatus } from './registry.rules';
import { MatchingCriteria, MatchingProfile, RegistrySearchService } from './registry-search.service';

export type { MatchingCriteria, MatchingProfile } from './registry-search.service';

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
  ) {}

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
