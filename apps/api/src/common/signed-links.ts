import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { FieldCipher } from './field-cipher';

/** What a signed link is for: a link signed for one purpose never works for another. */
export type LinkPurpose =
  | 'application-confirm'
  | 'application-certificate'
  | 'guardian-consent'
  | 'interview-answer'
  | 'invitation';

/**
 * Signed links for people without an account (yet): `<id>.<keyed hash of purpose and id>`. No token is stored
 * (the signature is recomputed from the server's key), the e-mail that carries it is blanked in the log
 * once sent, and whether the link still works is the row's own state (expired, already used).
 */
@Injectable()
export class SignedLinks {
  constructor(private readonly cipher: FieldCipher) {}

  sign(purpose: LinkPurpose, id: string): string {
    return `${id}.${this.cipher.hash(`${purpose}:${id}`)}`;
  }

  /** The id the token was signed for, or null when it was not signed by us for this purpose. */
  verify(purpose: LinkPurpose, token: string): string | null {
    const [id, signature, ...rest] = token.split('.');
    if (!id || !signature || rest.length || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const expected = Buffer.from(this.cipher.hash(`${purpose}:${id}`));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
  }
}
