import type { BriefingContentDto } from '@kokemus/api-client';

/** The briefing form's fields in the order they are asked (the first with a problem takes the focus). */
export const BRIEFING_FIELDS = [
  'contactOnSite',
  'audience',
  'mayAsk',
  'mayNotAsk',
  'safety',
  'quietRoom',
  'afterContact',
] as const;
export type BriefingField = (typeof BRIEFING_FIELDS)[number];
export type BriefingTextField = Exclude<BriefingField, 'quietRoom'>;

export const BRIEFING_REQUIRED: readonly BriefingField[] = [
  'contactOnSite',
  'audience',
  'safety',
  'quietRoom',
  'afterContact',
];
export const BRIEFING_TEXT_MAX = 2000;

export type BriefingFormValues = Record<BriefingTextField, string> & { quietRoom: 'yes' | 'no' | '' };

export type BriefingProblem = 'required' | 'tooLong' | 'chooseOne' | 'server';

/** The form's values from what was written before (or empty). */
export function briefingFormValues(content: BriefingContentDto | null): BriefingFormValues {
  return {
    contactOnSite: content?.contactOnSite ?? '',
    audience: content?.audience ?? '',
    mayAsk: content?.mayAsk ?? '',
    mayNotAsk: content?.mayNotAsk ?? '',
    safety: content?.safety ?? '',
    quietRoom: content?.quietRoom === true ? 'yes' : content?.quietRoom === false ? 'no' : '',
    afterContact: content?.afterContact ?? '',
  };
}

/** What to say beside each field before sending (the same rules as the API's). */
export function briefingFormProblems(v: BriefingFormValues): Partial<Record<BriefingField, BriefingProblem>> {
  const problems: Partial<Record<BriefingField, BriefingProblem>> = {};
  for (const field of BRIEFING_FIELDS) {
    if (field === 'quietRoom') {
      if (!v.quietRoom) problems.quietRoom = 'chooseOne';
      continue;
    }
    const value = v[field].trim();
    if (!value && BRIEFING_REQUIRED.includes(field)) problems[field] = 'required';
    else if (value.length > BRIEFING_TEXT_MAX) problems[field] = 'tooLong';
  }
  return problems;
}

/** The body of PUT /task-briefings/{occurrenceId}: blanks as null, words trimmed. */
export function briefingBody(v: BriefingFormValues): BriefingContentDto {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    contactOnSite: text(v.contactOnSite),
    audience: text(v.audience),
    mayAsk: text(v.mayAsk),
    mayNotAsk: text(v.mayNotAsk),
    safety: text(v.safety),
    quietRoom: v.quietRoom === '' ? null : v.quietRoom === 'yes',
    afterContact: text(v.afterContact),
  };
}

/** The field an API error key names (`errors.safety` → safety), if it is one of the form's. */
export function briefingFieldOf(key: string): BriefingField | undefined {
  return (BRIEFING_FIELDS as readonly string[]).includes(key) ? (key as BriefingField) : undefined;
}
