import { describe, expect, it } from 'vitest';
import {
  briefingBody,
  briefingFieldOf,
  briefingFormProblems,
  briefingFormValues,
  type BriefingFormValues,
} from './briefing-form.rules';

const filled: BriefingFormValues = {
  contactOnSite: ' Olga, 040 123 4567 ',
  audience: 'Hoitajat',
  mayAsk: '',
  mayNotAsk: 'Lääkityksestä',
  safety: 'Ei erityisiä riskejä',
  quietRoom: 'no',
  afterContact: 'Olga',
};

describe('the briefing form', () => {
  it('starts empty, or from what was written', () => {
    expect(briefingFormValues(null).quietRoom).toBe('');
    const v = briefingFormValues({ ...briefingBody(filled), quietRoom: true });
    expect(v).toMatchObject({ contactOnSite: 'Olga, 040 123 4567', mayAsk: '', quietRoom: 'yes' });
  });

  it('asks for every required answer and the quiet room, not the optional ones', () => {
    expect(briefingFormProblems(filled)).toEqual({});
    expect(briefingFormProblems(briefingFormValues(null))).toEqual({
      contactOnSite: 'required',
      audience: 'required',
      safety: 'required',
      quietRoom: 'chooseOne',
      afterContact: 'required',
    });
    expect(briefingFormProblems({ ...filled, mayAsk: 'x'.repeat(2001) })).toEqual({ mayAsk: 'tooLong' });
  });

  it('sends blanks as null and trims the words', () => {
    expect(briefingBody(filled)).toEqual({
      contactOnSite: 'Olga, 040 123 4567',
      audience: 'Hoitajat',
      mayAsk: null,
      mayNotAsk: 'Lääkityksestä',
      safety: 'Ei erityisiä riskejä',
      quietRoom: false,
      afterContact: 'Olga',
    });
  });

  it('knows which API error keys are its fields', () => {
    expect(briefingFieldOf('safety')).toBe('safety');
    expect(briefingFieldOf('revision')).toBeUndefined();
  });
});
