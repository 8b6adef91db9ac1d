import { internalPath } from './notifications.rules';

describe('internalPath', () => {
  it.each([
    ['/units/123', '/units/123'],
    ['/notifications?x=1', '/notifications?x=1'],
    [null, null],
    ['', null],
    ['https://evil.example/', null],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['javascript:alert(1)', null],
  ])('%s → %s', (link, expected) => {
    expect(internalPath(link)).toBe(expected);
  });
});
