import type * as z from 'zod';
import { message } from './message';

/**
 * Contract schemas (from @kokemus/api-client/zod) validate the forms; this map turns their issues into
 * translatable messages. `formats` names a field-specific text for a pattern a person cannot guess.
 */
export function zodMessages(formats: Record<string, string> = {}): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.input === '' || issue.input === undefined || issue.input === null) {
      return message('validation.required');
    }
    switch (issue.code) {
      case 'too_small':
        return message('validation.tooShort', { min: Number(issue.minimum) });
      case 'too_big':
        return message('validation.tooLong', { max: Number(issue.maximum) });
      case 'invalid_format': {
        if (issue.format === 'email') return message('validation.email');
        const field = String(issue.path?.[0] ?? '');
        return formats[field] ? message(formats[field]) : message('validation.format');
      }
      case 'invalid_value':
        return message('validation.choose');
      default:
        return message('validation.invalid');
    }
  };
}
