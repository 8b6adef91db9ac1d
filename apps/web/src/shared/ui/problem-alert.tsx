import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import type { ApiProblem } from '../api/api-problem';
import { problemText } from '../api/problem-text';

/** The one way a failed request is shown to a person: a translated explanation and a reference for support. */
export const ProblemAlert = forwardRef<HTMLDivElement, { problem: ApiProblem; className?: string }>(
  function ProblemAlert({ problem, className }, ref) {
    const { t } = useTranslation();
    return (
      <div ref={ref} tabIndex={-1} className={className} data-testid="problem-alert">
        <InlineAlert status="error">
          {problemText(t, problem)}
          {problem.requestId ? (
            <>
              {' '}
              <small>{t('errors.reference', { id: problem.requestId.slice(0, 8) })}</small>
            </>
          ) : null}
        </InlineAlert>
      </div>
    );
  },
);
