import { useEffect, useRef } from 'react';
import type { FieldError, FieldErrors, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from 'suomifi-ui-components';
import type { ApiProblem } from '../api/api-problem';
import { translateMessage } from '../i18n/message';
import { ProblemAlert } from './problem-alert';

export type SummaryField<T extends FieldValues> = { name: Path<T>; label: string; inputId: string };

/** The error at a field's path, also inside arrays (`slots.0.startsAt`). */
function errorAt(errors: FieldErrors, path: string): FieldError | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof (node as FieldError).message === 'string' ? (node as FieldError) : undefined;
}

type Props<T extends FieldValues> = {
  errors: FieldErrors<T>;
  fields: ReadonlyArray<SummaryField<T>>;
  /** Bumps on every failed submission (client or server side): focus moves to the summary each time. */
  failedSubmits: number;
  /** A failure not tied to any field (a conflict, a lost connection). */
  problem?: ApiProblem | null;
};

/**
 * Shown at the top of a form when submitting fails: lists each error as a link to its field and takes
 * the focus, so keyboard and screen reader users learn at once what to fix (WCAG 3.3.1, 3.3.3).
 */
export function FormErrorSummary<T extends FieldValues>({
  errors,
  fields,
  failedSubmits,
  problem,
}: Props<T>) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const items = fields
    .filter((field) => errorAt(errors, field.name))
    .map((field) => ({
      inputId: field.inputId,
      text: `${field.label}: ${translateMessage(t, errorAt(errors, field.name)?.message)}`,
    }));

  // The summary can mount a render later than failedSubmits changes (react-hook-form publishes its errors
  // separately), so this runs after every render and focuses once per failed submission, when it exists.
  const focusedFor = useRef(0);
  useEffect(() => {
    if (failedSubmits === 0 || focusedFor.current === failedSubmits) return;
    const target = headingRef.current ?? alertRef.current;
    if (!target) return;
    focusedFor.current = failedSubmits;
    target.focus();
  });

  if (failedSubmits === 0) return null;
  return (
    <>
      {items.length > 0 ? (
        <ErrorSummary
          headingText={t('form.errorSummary', { count: items.length })}
          headingVariant="h2"
          headingRef={headingRef}
          items={items}
          mb="m"
        />
      ) : null}
      {problem && items.length === 0 ? <ProblemAlert problem={problem} ref={alertRef} /> : null}
    </>
  );
}
