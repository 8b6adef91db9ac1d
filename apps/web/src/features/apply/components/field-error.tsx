import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../../shared/i18n/message';

/** A group's or a native control's error text, for `aria-describedby` (Suomi.fi inputs render their own). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p id={id} className="apply-field-error">
      {translateMessage(t, message)}
    </p>
  );
}

/** Ids for `aria-describedby`: the ones that exist, space-separated, or undefined. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}
