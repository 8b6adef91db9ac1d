import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The e-mails the API started by e2e/run.mjs writes to $E2E_DATA_DIR/mail as .eml files (its mail catcher).

/** Quoted-printable: soft line breaks go, `=XX` are bytes of UTF-8. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** An RFC 2047 header (`=?UTF-8?Q?…?=` or `=?UTF-8?B?…?=`, possibly folded) as plain text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, body: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(body, 'base64').toString('utf8')
        : decodeQuotedPrintable(body.replace(/_/g, ' ')),
    );
}

export function header(eml: string, name: string): string {
  const head = eml.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return decodeHeader(line ? line.slice(name.length + 1).trim() : '');
}

/**
 * The app path of the newest e-mail to `to` whose subject starts with `subject` and whose body holds a link
 * to `path` with a `token` (e.g. `/invitation?token=…`), or null while none has arrived.
 */
export function mailedLink(to: string, subject: string, path: string): string | null {
  const dir = join(process.env.E2E_DATA_DIR ?? '', 'mail');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  } catch {
    return null;
  }
  const pattern = new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([A-Za-z0-9._~%-]+)`);
  // The file names start with the ISO time of sending: newest last.
  for (const file of files.sort().reverse()) {
    const eml = readFileSync(join(dir, file), 'utf8');
    if (!header(eml, 'To').includes(to) || !header(eml, 'Subject').startsWith(subject)) continue;
    const found = pattern.exec(decodeQuotedPrintable(eml));
    if (found) return `${path}?token=${found[1]}`;
  }
  return null;
}
