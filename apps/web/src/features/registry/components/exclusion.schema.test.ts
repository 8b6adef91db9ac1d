import { exclusionSchema, NO_UNIT, toExclusionDtos, toExclusionValues } from './exclusion.schema';

describe('exclusions', () => {
  it('need a unit or a topic, and a topic of at most 200 characters', () => {
    expect(exclusionSchema.safeParse({ unitId: NO_UNIT, topic: '  ' }).success).toBe(false);
    expect(exclusionSchema.safeParse({ unitId: NO_UNIT, topic: 'x'.repeat(201) }).success).toBe(false);
    expect(exclusionSchema.safeParse({ unitId: NO_UNIT, topic: 'Lastensuojelu' }).success).toBe(true);
    expect(exclusionSchema.safeParse({ unitId: 'a-unit', topic: '' }).success).toBe(true);
  });

  it('go to the API with null for no unit and an empty topic, and come back the same', () => {
    const rows = [
      { unitId: 'u1', topic: ' ' },
      { unitId: NO_UNIT, topic: ' Oma turvallisuus ' },
    ];
    expect(toExclusionDtos(rows)).toEqual([
      { unitId: 'u1', topic: null },
      { unitId: null, topic: 'Oma turvallisuus' },
    ]);
    expect(
      toExclusionValues([
        { id: 'x', unitId: 'u1', topic: null },
        { id: 'y', unitId: null, topic: 'Oma turvallisuus' },
      ]),
    ).toEqual([
      { unitId: 'u1', topic: '' },
      { unitId: NO_UNIT, topic: 'Oma turvallisuus' },
    ]);
  });
});
