import { zCreateAgreementDto } from '@kokemus/api-client/zod';
import * as z from 'zod';
import { message } from '../../../shared/i18n/message';
import { changeNoteMissing, LIMITS, positionValid, RESERVED_CODES } from '../agreements.rules';

/** Required text, trimmed, within the contract's length (the contract's schema does not say "not empty"). */
const text = (max: number) => z.string().trim().min(1).max(max);

const texts = z.object({
  title: z.object({ fi: text(LIMITS.title), sv: text(LIMITS.title), en: text(LIMITS.title) }),
  body: z.object({ fi: text(LIMITS.body), sv: text(LIMITS.body), en: text(LIMITS.body) }),
});

export const publishSchema = texts
  .extend({
    requiresReacceptance: z.boolean(),
    changeNote: z.string().max(LIMITS.changeNote),
  })
  .superRefine(
    (values, ctx) => {
      if (changeNoteMissing(values)) {
        ctx.addIssue({
          code: 'custom',
          path: ['changeNote'],
          message: message('agreements.admin.validation.changeNoteNeeded'),
        });
      }
    },
    // Also while other fields are still wrong, so the error summary lists every answer to fix at once.
    { when: ({ issues }) => !issues.some((issue) => String(issue.path?.[0]) === 'changeNote') },
  );

export const createSchema = texts.extend({
  code: zCreateAgreementDto.shape.code.refine((code) => !RESERVED_CODES.includes(code), {
    message: message('agreements.admin.validation.codeReserved'),
  }),
  required: z.boolean(),
  position: z.string().refine(positionValid, { message: message('agreements.admin.validation.position') }),
});

/** Field-specific texts for patterns a person cannot guess. */
export const FORMAT_MESSAGES = { code: 'agreements.admin.validation.codeFormat' };
