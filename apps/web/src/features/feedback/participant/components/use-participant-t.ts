import type { ParticipantLocale } from '@kokemus/api-client';
import type { TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { stringNamespaces } from '../participant-feedback.rules';

/** `t` in the participant's choice: in selkosuomi a string's plain wording where one is written (selko.json). */
export function useParticipantT(locale: ParticipantLocale) {
  const { t } = useTranslation();
  return useCallback(
    (key: string, options: TOptions = {}) => {
      const ns = stringNamespaces(locale);
      return t(key, ns ? { ...options, ns } : options);
    },
    [t, locale],
  );
}
