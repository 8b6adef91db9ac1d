import type { WeeklySlotDto, WeeklySlotOutDto } from '@kokemus/api-client';
import * as z from 'zod';
import { normaliseTime } from '../../../shared/format/date';
import { message } from '../../../shared/i18n/message';

/** One weekly time slot as typed: times as text ("9" or "9.30" are fine), checked and normalised on save. */
export const slotSchema = z
  .object({
    weekday: z.string().min(1, message('validation.choose')),
    startsAt: z.string().refine((v) => normaliseTime(v) !== null, message('registry.validation.time')),
    endsAt: z.string().refine((v) => normaliseTime(v) !== null, message('registry.validation.time')),
  })
  .superRefine((slot, ctx) => {
    const starts = normaliseTime(slot.startsAt);
    const ends = normaliseTime(slot.endsAt);
    if (starts && ends && ends <= starts) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: message('registry.validation.endsBeforeStarts'),
      });
    }
  });

export type SlotValues = z.input<typeof slotSchema>;
export type WithSlots = { slots: SlotValues[] };

export function toSlotValues(slots: readonly WeeklySlotOutDto[]): SlotValues[] {
  return slots.map((slot) => ({
    weekday: String(slot.weekday),
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
  }));
}

export function toSlotDtos(slots: readonly SlotValues[]): WeeklySlotDto[] {
  return slots.map((slot) => ({
    weekday: Number(slot.weekday),
    startsAt: normaliseTime(slot.startsAt) ?? slot.startsAt,
    endsAt: normaliseTime(slot.endsAt) ?? slot.endsAt,
  }));
}
