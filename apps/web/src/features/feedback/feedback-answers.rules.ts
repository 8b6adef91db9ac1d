import type { ItemAnswerDto, ItemKind, ItemTextDto, QuestionnaireItemDto } from '@kokemus/api-client';

/** The kinds answered with a whole number 1–5. */
export const SCALE_KINDS = ['scale', 'rating', 'load', 'emoji'] as const satisfies readonly ItemKind[];
export type ScaleKind = (typeof SCALE_KINDS)[number];

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;

/** The emoji scale's faces, from 1 to 5; their words come from the UI strings. */
export const FACES = ['😞', '🙁', '😐', '🙂', '😄'] as const;

/** The text an answer box asks for; the text item's limit is the API's. */
export const ANSWER_TEXT_MAX = 2000;

export function isScale(kind: ItemKind): kind is ScaleKind {
  return (SCALE_KINDS as readonly ItemKind[]).includes(kind);
}

/** What the person has chosen or written so far, by item id. */
export type Draft = Record<string, number | boolean | string | undefined>;

/**
 * An item's question in the UI's language. For an expert in Finnish the plain-language (selko) wording
 * is used when the questionnaire has one.
 */
export function itemText(text: ItemTextDto, language: string, plain = false): string {
  if (language === 'sv') return text.sv;
  if (language === 'en') return text.en;
  return (plain && text.selko?.trim()) || text.fi;
}

/** The given answer of one item of the draft, as the API takes it; null when the item is left empty. */
function answerOf(item: QuestionnaireItemDto, draft: Draft): ItemAnswerDto | null {
  const given = draft[item.id];
  if (item.kind === 'text') {
    const text = typeof given === 'string' ? given.trim() : '';
    return text ? { itemId: item.id, text } : null;
  }
  if (item.kind === 'yesno') return typeof given === 'boolean' ? { itemId: item.id, value: given } : null;
  return typeof given === 'number' ? { itemId: item.id, value: given } : null;
}

/** The answers to send, in the questionnaire's order: numbers as numbers, text trimmed, empty ones left out. */
export function answersBody(items: readonly QuestionnaireItemDto[], draft: Draft): ItemAnswerDto[] {
  return items.flatMap((item) => {
    const answer = answerOf(item, draft);
    return answer ? [answer] : [];
  });
}

/** The required items left empty (the API says the same; asking first saves a round trip). */
export function missingRequired(items: readonly QuestionnaireItemDto[], draft: Draft): string[] {
  return items.filter((item) => item.required && !answerOf(item, draft)).map((item) => item.id);
}

export type ItemProblem = 'required' | 'invalid';

/**
 * The API's `errors` put on the items they are about: `answers.<itemId>` is a required item left empty,
 * `answers.<index>.value|text|itemId` is about the answer sent at that index. Anything else (e.g.
 * `wantsToTalk`) is not about an item and is left to the general message.
 */
export function itemProblems(
  errors: Record<string, string[]> | undefined,
  sent: readonly ItemAnswerDto[],
): Record<string, ItemProblem> {
  const out: Record<string, ItemProblem> = {};
  for (const key of Object.keys(errors ?? {})) {
    const parts = key.split('.');
    if (parts[0] !== 'answers') continue;
    if (parts.length === 2 && parts[1]) out[parts[1]] = 'required';
    else if (parts.length === 3 && /^\d+$/.test(parts[1])) {
      const itemId = sent[Number(parts[1])]?.itemId;
      if (itemId && !out[itemId]) out[itemId] = 'invalid';
    }
  }
  return out;
}

/** The answer given to an item, if any. */
export function givenAnswer(answers: readonly ItemAnswerDto[], itemId: string): ItemAnswerDto | undefined {
  return answers.find((a) => a.itemId === itemId);
}
