import { loadConfig } from '../config/config';
import { FieldCipher } from './field-cipher';

describe('FieldCipher', () => {
  const cipher = new FieldCipher(loadConfig({ NODE_ENV: 'test' }));

  it('round-trips, with a fresh IV each time', () => {
    const a = cipher.encrypt('131052-308T');
    const b = cipher.encrypt('131052-308T');
    expect(a).not.toEqual(b);
    expect(a).not.toContain('131052');
    expect(cipher.decrypt(a)).toBe('131052-308T');
  });

  it('refuses tampered ciphertext', () => {
    const c = cipher.encrypt('FI2112345600000785');
    const raw = Buffer.from(c.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
  });

  it('hashes stably with its own key', () => {
    expect(cipher.hash('x')).toBe(cipher.hash('x'));
    expect(new FieldCipher(loadConfig({ NODE_ENV: 'test' })).hash('x')).not.toBe(cipher.hash('x'));
  });
});
