import type { QuestionnaireDto } from '@kokemus/api-client';
import {
  editorValuesFrom,
  fieldOrder,
  firstErrorField,
  formProblems,
  mapServerErrors,
  messageKeyFor,
  moveItem,
  removeItem,
  toCreateBody,
} from './questionnaires.rules';

function version(overrides: Partial<QuestionnaireDto> = {}): QuestionnaireDto {
  return {
    id: '00000000-0000-4000-a000-000000000901',
    key: 'participant',
    version: 2,
    current: true,
    audience: 'participant',
    title: { fi: 'Osallistujat', sv: 'Deltagarna', en: 'Participants' },
    items: [
      {
        id: 'useful',
        kind: 'emoji',
        theme: 'tieto',
        required: true,
        text: {
          fi: 'Oliko hyödyllistä?',
          sv: 'Var det nyttigt?',
          en: 'Was it useful?',
          selko: 'Oliko hyvä?',
        },
      },
      {
        id: 'words',
        kind: 'text',
        theme: null,
        required: false,
        text: { fi: 'Kerro', sv: 'Berätta', en: 'Tell', selko: 'Kerro' },
      },
    ],
    locked: false,
    source: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

describe('the questionnaire editor’s rules', () => {
  it('prefills the next version from the previous one, its items’ ids kept', () => {
    const values = editorValuesFrom(version());
    expect(values.items.map((i) => [i.id, i.existing, i.theme])).toEqual([
      ['useful', true, 'tieto'],
      ['words', true, ''],
    ]);
    expect(values.locked).toBe(false);
    expect(editorValuesFrom(null).items).toHaveLength(1);
  });

  it('builds the POST body: trimmed, null for no theme or source, selkokieli only for participants', () => {
    const values = editorValuesFrom(version());
    values.items[0].text.fi = '  Oliko tästä hyötyä?  ';
    values.source = '  ';
    expect(toCreateBody(values)).toEqual({
      key: 'participant',
      audience: 'participant',
      title: { fi: 'Osallistujat', sv: 'Deltagarna', en: 'Participants' },
      items: [
        {
          id: 'useful',
          kind: 'emoji',
          theme: 'tieto',
          required: true,
          text: {
            fi: 'Oliko tästä hyötyä?',
            sv: 'Var det nyttigt?',
            en: 'Was it useful?',
            selko: 'Oliko hyvä?',
          },
        },
        {
          id: 'words',
          kind: 'text',
          theme: null,
          required: false,
          text: { fi: 'Kerro', sv: 'Berätta', en: 'Tell', selko: 'Kerro' },
        },
      ],
      locked: false,
      source: null,
    });
    const orderer = toCreateBody({ ...editorValuesFrom(version()), audience: 'orderer' });
    expect(orderer.items[0].text).toEqual({
      fi: 'Oliko hyödyllistä?',
      sv: 'Var det nyttigt?',
      en: 'Was it useful?',
    });
  });

  it('moves an item up and down, never past the ends, and removes one', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('puts the server’s errors on the fields and finds the first on the page', () => {
    const values = editorValuesFrom(version());
    const order = fieldOrder(values, false);
    const errors = mapServerErrors(
      {
        'items.1.text.sv': ['missing'],
        'items.0.id': ['used twice'],
        'items.1': ['nested'],
        'items.9.text.fi': ['missing'],
        key: ['locked'],
      },
      order,
    );
    expect(errors).toEqual({
      'items.1.text.sv': ['questionnaires.errors.textMissing'],
      'items.0.id': ['questionnaires.errors.idTwice'],
      'items.1.id': ['questionnaires.errors.invalid'],
      items: ['questionnaires.errors.textMissing'],
    });
    expect(firstErrorField(errors, order)).toBe('items');
    const { items: _whole, ...perItem } = errors;
    expect(firstErrorField(perItem, order)).toBe('items.0.id');
    expect(firstErrorField({}, order)).toBeNull();
  });

  it('names what is wrong from the path and the server’s words', () => {
    expect(messageKeyFor('items.0.kind', ['an indicator has scale items only'])).toBe(
      'questionnaires.errors.indicatorScale',
    );
    expect(messageKeyFor('items.0.id', ['a-z, 0-9 and dashes, at most 40'])).toBe(
      'questionnaires.errors.idFormat',
    );
    expect(messageKeyFor('items', ['at most 5 items'])).toBe('questionnaires.errors.itemCount');
    expect(messageKeyFor('title.fi', ['fi must be shorter than or equal to 500 characters'])).toBe(
      'questionnaires.errors.textTooLong',
    );
  });

  it('checks before sending what the API would refuse', () => {
    const values = editorValuesFrom(version());
    values.items[1].id = 'useful';
    values.items[0].text.selko = '';
    values.items.push(...Array.from({ length: 4 }, () => ({ ...values.items[0], id: 'x' })));
    expect(formProblems(values, false)).toMatchObject({
      items: ['questionnaires.errors.itemCount'],
      'items.0.text.selko': ['questionnaires.errors.textMissing'],
      'items.1.id': ['questionnaires.errors.idTwice'],
    });
    const fresh = editorValuesFrom(null);
    expect(Object.keys(formProblems(fresh, true))).toEqual(
      expect.arrayContaining(['key', 'audience', 'title.fi', 'items.0.id', 'items.0.text.fi']),
    );
    const indicator = { ...editorValuesFrom(version()), audience: 'indicator' as const };
    expect(formProblems(indicator, false)['items.0.kind']).toEqual(['questionnaires.errors.indicatorScale']);
  });
});
