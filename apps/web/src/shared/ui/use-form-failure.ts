import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { type ApiProblem, toApiProblem } from '../api/api-problem';
import { fieldProblemMessage } from '../api/problem-text';

/**
 * Tracks why a form's submission failed, for FormErrorSummary: the client-side validation (`onInvalid`)
 * or the server's answer (`onProblem`), whose field errors are put on the matching fields.
 */
export function useFormFailure<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldNames: ReadonlyArray<Path<T>>,
  /** Where the API's name for a field differs from the form's (`earningsCeilingCents` → `earningsCeiling`). */
  aliases: Readonly<Record<string, Path<T>>> = {},
) {
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const onInvalid = useCallback(() => {
    setProblem(null);
    setFailedSubmits((n) => n + 1);
  }, []);

  const onProblem = useCallback(
    (error: unknown) => {
      const p = toApiProblem(error);
      for (const field of Object.keys(p.fieldErrors)) {
        const name = aliases[field] ?? fieldNames.find((candidate) => candidate === field);
        if (name) setError(name, { type: 'server', message: fieldProblemMessage(p) });
      }
      setProblem(p);
      setFailedSubmits((n) => n + 1);
    },
    [fieldNames, aliases, setError],
  );

  return { failedSubmits, problem, onInvalid, onProblem };
}
