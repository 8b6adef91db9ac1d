import type { ParticipantLocale } from '@kokemus/api-client';
import {
  LANGUAGE_CHOICE_LABEL,
  LOCALE_NAMES,
  PARTICIPANT_LOCALES,
  uiLanguageOf,
} from '../participant-feedback.rules';

/**
 * suomi / selkosuomi / svenska / English as four big toggle buttons, each named in its own language
 * (so a person finds theirs whatever the page is in); the pressed one is the choice.
 */
export function ParticipantLanguageChoice({
  locale,
  onChange,
}: {
  locale: ParticipantLocale;
  onChange: (locale: ParticipantLocale) => void;
}) {
  return (
    <div role="group" aria-label={LANGUAGE_CHOICE_LABEL} className="participant-languages">
      {PARTICIPANT_LOCALES.map((choice) => (
        <button
          key={choice}
          type="button"
          lang={uiLanguageOf(choice)}
          className="participant-language"
          aria-pressed={choice === locale}
          onClick={() => onChange(choice)}
        >
          {LOCALE_NAMES[choice]}
        </button>
      ))}
    </div>
  );
}
