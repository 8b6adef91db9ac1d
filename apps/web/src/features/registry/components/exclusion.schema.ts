import type { ExclusionDto, ExclusionInputDto } from '@kokemus/api-client';
import * as z from 'zod';
import { message } from '../../../shared/i18n/message';

/** The dropdown's value for "no particular unit" (the row names a topic only). */
export const NO_UNIT = 'none';

/**
 * A setting or unit the person will not work with (their safety, a conflict of interest, a unit where they
 * are a client): a unit, a topic in their own words, or both.
 */
export const exclusionSchema = z
  .object({
    unitId: z.string(),
    topic: z.string().max(200, message('validation.tooLong', { max: 200 })),
  })
  .superRefine((row, ctx) => {
    if (row.unitId === NO_UNIT && row.topic.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['topic'],
        message: message('registry.validation.exclusionEmpty'),
      });
    }
  });

export type ExclusionValues = z.input<typeof exclusionSchema>;
export type WithExclusions = { exclusions: ExclusionValues[] };

export function toExclusionValues(exclusions: readonly ExclusionDto[]): ExclusionValues[] {
  return exclusions.map((row) => ({ unitId: row.unitId ?? NO_UNIT, topic: row.topic ?? '' }));
}

export function toExclusionDtos(rows: readonly ExclusionValues[]): ExclusionInputDto[] {
  return rows.map((row) => ({
    unitId: row.unitId === NO_UNIT ? null : row.unitId,
    topic: row.topic.trim() || null,
  }));
}
