import type { QuestionnaireItemDto } from '@kokemus/api-client';
import { answersBody, itemProblems, itemText, missingRequired } from './feedback-answers.rules';

const text = { fi: 'Kysymys', sv: 'Fråga', en: 'Question' };
const item = (id: string, kind: QuestionnaireItemDto['kind'], required = true): QuestionnaireItemDto => ({
  id,
  kind,
  required,
  theme: null,
  text,
});
const items = [
  item('went-well', 'rating'),
  item('mood', 'emoji', false),
  item('again', 'yesno'),
  item('comments', 'text', false),
];

describe('answersBody', () => {
  it('sends numbers as numbers, yes/no as booleans, text trimmed, in the questionnaire’s order', () => {
    expect(answersBody(items, { comments: '  Hyvä ilta.  ', again: false, 'went-well': 4, mood: 1 })).toEqual(
      [
        { itemId: 'went-well', value: 4 },
        { itemId: 'mood', value: 1 },
        { itemId: 'again', value: false },
        { itemId: 'comments', text: 'Hyvä ilta.' },
      ],
    );
  });

  it('leaves out what is not answered, also text of spaces only', () => {
    expect(answersBody(items, { 'went-well': 2, comments: '   ' })).toEqual([
      { itemId: 'went-well', value: 2 },
    ]);
  });
});

describe('missingRequired', () => {
  it('names the required items left empty; "no" is an answer', () => {
    expect(missingRequired(items, {})).toEqual(['went-well', 'again']);
    expect(missingRequired(items, { 'went-well': 3, again: false })).toEqual([]);
    expect(missingRequired([item('why', 'text')], { why: '  ' })).toEqual(['why']);
  });
});

describe('itemProblems', () => {
  const sent = [
    { itemId: 'went-well', value: 9 },
    { itemId: 'comments', text: 'x' },
  ];
  it('puts required ones on their item and indexed ones on the answer sent at that index', () => {
    expect(
      itemProblems(
        {
          'answers.again': ['required'],
          'answers.0.value': ['a whole number 1–5'],
          'answers.1.text': ['at most 2000'],
          wantsToTalk: ['only the expert is offered a talk here'],
        },
        sent,
      ),
    ).toEqual({ again: 'required', 'went-well': 'invalid', comments: 'invalid' });
  });

  it('ignores what it cannot place', () => {
    expect(itemProblems({ 'answers.7.value': ['?'] }, sent)).toEqual({});
    expect(itemProblems(undefined, sent)).toEqual({});
  });
});

describe('itemText', () => {
  it('speaks the UI’s language; an expert in Finnish gets the plain wording when there is one', () => {
    const withSelko = { ...text, selko: 'Helppo kysymys' };
    expect(itemText(withSelko, 'sv', true)).toBe('Fråga');
    expect(itemText(withSelko, 'en')).toBe('Question');
    expect(itemText(withSelko, 'fi')).toBe('Kysymys');
    expect(itemText(withSelko, 'fi', true)).toBe('Helppo kysymys');
    expect(itemText(text, 'fi', true)).toBe('Kysymys');
  });
});
