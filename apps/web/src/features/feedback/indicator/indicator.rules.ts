import type {
  IndicatorAnswerDto,
  IndicatorRequestSummaryDto,
  QuestionnaireItemDto,
} from '@kokemus/api-client';

/** What the expert has chosen so far, by statement id (1–5). */
export type IndicatorDraft = Record<string, number | undefined>;

/** The statements not yet answered, in the form's order (every one is needed for a score). */
export function unanswered(
  items: readonly Pick<QuestionnaireItemDto, 'id'>[],
  draft: IndicatorDraft,
): string[] {
  return items.filter((item) => typeof draft[item.id] !== 'number').map((item) => item.id);
}

/** The answers to send, in the form's order. */
export function indicatorBody(
  items: readonly Pick<QuestionnaireItemDto, 'id'>[],
  draft: IndicatorDraft,
): IndicatorAnswerDto[] {
  return items.flatMap((item) => {
    const value = draft[item.id];
    return typeof value === 'number' ? [{ itemId: item.id, value }] : [];
  });
}

/** The one open request to show on top (the list comes open first), if any. */
export function openRequest(items: readonly IndicatorRequestSummaryDto[]): IndicatorRequestSummaryDto | null {
  return items.find((r) => r.status === 'open') ?? null;
}

/**
 * The statements the API said something about: `answers.<itemId>` is one left out, `answers.<index>.value`
 * one sent at that index that was not a whole number 1–5.
 */
export function rejectedStatements(
  errors: Record<string, string[]> | undefined,
  sent: readonly IndicatorAnswerDto[],
): string[] {
  const out = new Set<string>();
  for (const key of Object.keys(errors ?? {})) {
    const parts = key.split('.');
    if (parts[0] !== 'answers') continue;
    if (parts.length === 2 && parts[1]) out.add(parts[1]);
    else if (/^\d+$/.test(parts[1] ?? '')) {
      const itemId = sent[Number(parts[1])]?.itemId;
      if (itemId) out.add(itemId);
    }
  }
  return [...out];
}
