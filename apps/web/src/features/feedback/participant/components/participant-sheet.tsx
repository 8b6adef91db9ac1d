import type { ParticipantLinkDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatSheetMoment } from '../participant-feedback.rules';
import { QrCodeImage } from './qr-code-image';

/** The instruction on the paper, always in Finnish and in Swedish (the county is bilingual). */
function Instruction({ link, language }: { link: ParticipantLinkDto; language: 'fi' | 'sv' }) {
  const { t } = useTranslation();
  const lng = { lng: language };
  return (
    <div lang={language}>
      <h2>{t('participant.sheet.heading', lng)}</h2>
      <p>{t('participant.sheet.instruction', lng)}</p>
      <p>{t('participant.sheet.until', { ...lng, until: formatSheetMoment(link.closesAt, language) })}</p>
    </div>
  );
}

/**
 * The printable QR sheet of one task time: the task and its time, a large QR code of the short link, the
 * link as text (to type from a slide) and how to answer, in Finnish and Swedish.
 */
export function ParticipantSheet({ link }: { link: ParticipantLinkDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi';
  return (
    <section className="participant-sheet" aria-label={link.title} data-testid="participant-sheet">
      <p className="participant-sheet-title">{link.title}</p>
      <p className="participant-sheet-when">{formatSheetMoment(link.startsAt, language)}</p>
      <QrCodeImage
        value={link.url}
        alt={t('participant.sheet.qrAlt', { url: link.url })}
        failedText={t('participant.sheet.qrFailed')}
      />
      <p className="participant-sheet-url">
        <span className="visually-hidden">{t('participant.sheet.address')}: </span>
        {link.url}
      </p>
      <div className="participant-sheet-instructions">
        <Instruction link={link} language="fi" />
        <Instruction link={link} language="sv" />
      </div>
    </section>
  );
}
