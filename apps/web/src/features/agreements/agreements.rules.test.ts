import type { AgreementVersionDto, MyAgreementDto } from '@kokemus/api-client';
import {
  acceptanceSummary,
  changeNoteMissing,
  dayOf,
  dueAfterAccepting,
  groupMyAgreements,
  hasNewerMinorVersion,
  isReacceptance,
  localeOf,
  paragraphsOf,
  positionValid,
  publishValuesFrom,
  stateOf,
  textIn,
  toCreateBody,
  toPublishBody,
} from './agreements.rules';

function version(overrides: Partial<AgreementVersionDto> = {}): AgreementVersionDto {
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    number: 1,
    title: { fi: 'Vaitiolositoumus', sv: 'Tystnadsförbindelse', en: 'Confidentiality pledge' },
    body: { fi: 'Lupaan.', sv: 'Jag lovar.', en: 'I promise.' },
    requiresReacceptance: false,
    changeNote: null,
    contentHash: 'abc',
    publishedAt: '2026-01-05T07:00:00.000Z',
    ...overrides,
  };
}

function mine(overrides: Partial<MyAgreementDto> & Pick<MyAgreementDto, 'documentId'>): MyAgreementDto {
  return {
    code: overrides.documentId,
    required: true,
    current: version(),
    acceptedVersionNumber: null,
    acceptedAt: null,
    due: false,
    ...overrides,
  };
}

describe('agreements rules', () => {
  it('reads a version in the person’s language, Finnish when the language is unknown', () => {
    const v = version();
    expect(textIn(v.title, 'sv')).toBe('Tystnadsförbindelse');
    expect(textIn(v.title, 'en')).toBe('Confidentiality pledge');
    expect(textIn(v.title, 'de')).toBe('Vaitiolositoumus');
    expect(localeOf('en')).toBe('en');
    expect(localeOf('de')).toBe('fi');
  });

  it('splits a body into paragraphs at blank lines and keeps single line breaks', () => {
    expect(paragraphsOf('Eka kappale.\nToinen rivi.\n\n  \nToka kappale.\r\n\r\nKolmas.')).toEqual([
      ['Eka kappale.', 'Toinen rivi.'],
      ['Toka kappale.'],
      ['Kolmas.'],
    ]);
    expect(paragraphsOf('\n\n')).toEqual([]);
  });

  it('shows days in Helsinki time', () => {
    // 22.30 UTC on 31 March is already 1 April in Helsinki (summer time, UTC+3).
    expect(dayOf('2026-03-31T22:30:00.000Z')).toBe('1.4.2026');
    expect(dayOf('2026-01-05T07:00:00.000Z')).toBe('5.1.2026');
  });

  it('puts what is due first, then accepted, then what is only to read', () => {
    const due = mine({ documentId: 'a', due: true });
    const again = mine({
      documentId: 'b',
      due: true,
      acceptedVersionNumber: 1,
      acceptedAt: '2025-05-01T09:00:00.000Z',
      current: version({ number: 2, requiresReacceptance: true }),
    });
    const accepted = mine({
      documentId: 'c',
      acceptedVersionNumber: 1,
      acceptedAt: '2025-05-01T09:00:00.000Z',
    });
    const info = mine({ documentId: 'd', required: false });
    expect(groupMyAgreements([info, accepted, due, again])).toEqual({
      due: [due, again],
      accepted: [accepted],
      info: [info],
    });
    expect([due, accepted, info].map(stateOf)).toEqual(['due', 'accepted', 'info']);
    expect(isReacceptance(again)).toBe(true);
    expect(isReacceptance(due)).toBe(false);
  });

  it('tells a minor correction after the acceptance from a change to accept again', () => {
    const corrected = mine({
      documentId: 'a',
      acceptedVersionNumber: 1,
      acceptedAt: '2025-05-01T09:00:00.000Z',
      current: version({ number: 2 }),
    });
    expect(hasNewerMinorVersion(corrected)).toBe(true);
    expect(hasNewerMinorVersion({ ...corrected, due: true })).toBe(false);
    expect(hasNewerMinorVersion({ ...corrected, acceptedVersionNumber: 2 })).toBe(false);
  });

  it('counts what still waits once a document is accepted', () => {
    const items = [
      mine({ documentId: 'a', due: true }),
      mine({ documentId: 'b', due: true }),
      mine({ documentId: 'c' }),
    ];
    expect(dueAfterAccepting(items, 'a')).toBe(1);
    expect(dueAfterAccepting(items.slice(1), 'b')).toBe(0);
  });

  it('follows acceptances of required documents only', () => {
    expect(acceptanceSummary({ required: true, acceptedCount: 12, outstandingCount: 3 })).toEqual({
      kind: 'counts',
      accepted: 12,
      outstanding: 3,
    });
    expect(acceptanceSummary({ required: false, acceptedCount: 0, outstandingCount: 0 })).toEqual({
      kind: 'optional',
    });
  });

  it('asks for a change note when everyone must accept again', () => {
    expect(changeNoteMissing({ requiresReacceptance: true, changeNote: '  ' })).toBe(true);
    expect(changeNoteMissing({ requiresReacceptance: true, changeNote: 'Uusi kohta' })).toBe(false);
    expect(changeNoteMissing({ requiresReacceptance: false, changeNote: '' })).toBe(false);
  });

  it('starts a new version from the current text and sends it trimmed', () => {
    const values = publishValuesFrom({ current: version({ number: 2 }) });
    expect(values).toEqual({
      title: { fi: 'Vaitiolositoumus', sv: 'Tystnadsförbindelse', en: 'Confidentiality pledge' },
      body: { fi: 'Lupaan.', sv: 'Jag lovar.', en: 'I promise.' },
      requiresReacceptance: false,
      changeNote: '',
    });
    expect(toPublishBody({ ...values, title: { ...values.title, fi: ' Uusi ' } })).toEqual({
      title: { fi: 'Uusi', sv: 'Tystnadsförbindelse', en: 'Confidentiality pledge' },
      body: values.body,
      requiresReacceptance: false,
      changeNote: null,
    });
    expect(
      toPublishBody({ ...values, requiresReacceptance: true, changeNote: ' Uusi kohta ' }).changeNote,
    ).toBe('Uusi kohta');
  });

  it('leaves the order out when it is empty, and checks its range', () => {
    const texts = { title: { fi: 'A', sv: 'B', en: 'C' }, body: { fi: 'a', sv: 'b', en: 'c' } };
    expect(toCreateBody({ code: ' ohje ', required: false, position: '', ...texts })).toEqual({
      code: 'ohje',
      required: false,
      ...texts,
    });
    expect(toCreateBody({ code: 'ohje', required: true, position: '7', ...texts }).position).toBe(7);
    expect(['', '0', '1000', ' 12 '].map(positionValid)).toEqual([true, true, true, true]);
    expect(['-1', '1001', '1.5', 'x'].map(positionValid)).toEqual([false, false, false, false]);
  });
});
