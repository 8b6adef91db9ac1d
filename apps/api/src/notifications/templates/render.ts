import { Locale } from '../../common/access/roles';
import { MessageContent, TemplateKey, TemplateParams, TEMPLATES } from './templates';

export interface RenderedMessage {
  subject: string;
  /** One-line summary for the in-app list. */
  summary: string;
  text: string;
  html: string;
  link: string | null;
}

const CHROME: Record<Locale, { greeting: (name: string) => string; footer: string; settings: string }> = {
  fi: {
    greeting: (n) => `Hei ${n},`,
    footer: 'Tämä on Kokemus-palvelun automaattinen viesti. Älä vastaa tähän viestiin.',
    settings: 'Voit muuttaa ilmoitusasetuksiasi täältä',
  },
  sv: {
    greeting: (n) => `Hej ${n},`,
    footer: 'Det här är ett automatiskt meddelande från tjänsten Kokemus. Svara inte på det.',
    settings: 'Du kan ändra dina aviseringsinställningar här',
  },
  en: {
    greeting: (n) => `Hello ${n},`,
    footer: 'This is an automatic message from the Kokemus service. Please do not reply to it.',
    settings: 'You can change your notification settings here',
  },
};

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export function renderTemplate<K extends TemplateKey>(
  key: K,
  locale: Locale,
  params: TemplateParams<K>,
  recipientName: string,
  publicUrl: string,
  /** People without an account (applicants, guardians) have no settings to point to. */
  options: { settingsLink?: boolean } = {},
): RenderedMessage {
  const withSettings = options.settingsLink ?? true;
  const render = TEMPLATES[key].render[locale] as (p: TemplateParams<K>) => MessageContent;
  const content = render(params);
  const chrome = CHROME[locale];
  const firstName = recipientName.split(/\s+/)[0] || recipientName;
  const actionUrl = content.action ? `${publicUrl}${content.action.path}` : null;
  const settingsUrl = `${publicUrl}/account`;
  const text = [
    chrome.greeting(firstName),
    '',
    ...content.lines,
    ...(content.action ? ['', `${content.action.label}: ${actionUrl}`] : []),
    '',
    '—',
    chrome.footer,
    ...(withSettings ? [`${chrome.settings}: ${settingsUrl}`] : []),
    '',
  ].join('\n');
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family: 'Source Sans Pro', Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1f2a36; max-width: 600px;">
<p>${escapeHtml(chrome.greeting(firstName))}</p>
${content.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${
  content.action
    ? `<p><a href="${escapeHtml(actionUrl!)}" style="display: inline-block; padding: 10px 16px; background: #2a6ebb; color: #ffffff; text-decoration: none; border-radius: 2px;">${escapeHtml(content.action.label)}</a></p>`
    : ''
}
<hr style="border: 0; border-top: 1px solid #c8cdd0;">
<p style="font-size: 14px; color: #5f686d;">${escapeHtml(chrome.footer)}${withSettings ? `<br><a href="${escapeHtml(settingsUrl)}">${escapeHtml(chrome.settings)}</a>` : ''}</p>
</body></html>
`;
  return {
    subject: content.subject,
    summary: content.lines.join(' '),
    text,
    html,
    link: content.action?.path ?? null,
  };
}
