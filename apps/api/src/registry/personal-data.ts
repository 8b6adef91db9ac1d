import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One module's part of a person's data export: its sections, each a list of rows as the person may read them. */
export type PersonalDataPart = Record<string, Array<Record<string, unknown>>>;

/**
 * A module above the registry that holds data about a person (onboarding's applications and agreements,
 * later feedback). The registry cannot import those modules, so each hands its part of the access request
 * (GDPR art. 15) in here when it starts. Erasure and merging reach them as the registry's facts
 * `expert.erased` and `expert.merged`, which they react to in the same transaction.
 */
export interface PersonalDataHolder {
  exportOf(manager: EntityManager, expertId: string): Promise<PersonalDataPart>;
}

/** Where the registry's data export asks the modules above it for their part of a person's data. */
@Injectable()
export class PersonalDataHolders {
  private readonly holders = new Map<string, PersonalDataHolder>();

  /** `module` names the part in the export (`modules.<module>`). */
  provide(module: string, holder: PersonalDataHolder): void {
    this.holders.set(module, holder);
  }

  /** Every module's part, by module name in a stable order. */
  async exportOf(manager: EntityManager, expertId: string): Promise<Record<string, PersonalDataPart>> {
    const out: Record<string, PersonalDataPart> = {};
    for (const module of [...this.holders.keys()].sort()) {
      out[module] = await this.holders.get(module)!.exportOf(manager, expertId);
    }
    return out;
  }
}
