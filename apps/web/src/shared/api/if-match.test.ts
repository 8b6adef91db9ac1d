import { ifMatch, ifMatchHeader } from './if-match';

describe('If-Match', () => {
  it('quotes the version for If-Match', () => {
    expect(ifMatch({ version: 7 })).toBe('"7"');
  });

  it('takes a bare version too, and makes the header', () => {
    expect(ifMatch(3)).toBe('"3"');
    expect(ifMatchHeader(12)).toEqual({ 'If-Match': '"12"' });
  });
});
