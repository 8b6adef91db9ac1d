import { parseHoursMinutes, parseWhole, splitMinutes } from './duration';

describe('hours and minutes', () => {
  it('reads two boxes into minutes', () => {
    expect(parseHoursMinutes('2', '30')).toBe(150);
    expect(parseHoursMinutes('', '45')).toBe(45);
    expect(parseHoursMinutes('1', '')).toBe(60);
    expect(parseHoursMinutes('1', '60')).toBeNull();
    expect(parseHoursMinutes('1,5', '0')).toBeNull();
    expect(parseWhole('x')).toBeNull();
    expect(parseWhole('', false)).toBeNull();
  });

  it('splits minutes for the boxes', () => {
    expect(splitMinutes(150)).toEqual({ hours: '2', minutes: '30' });
    expect(splitMinutes(0)).toEqual({ hours: '0', minutes: '0' });
  });
});
