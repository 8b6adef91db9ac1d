import { nextStep, remindAt } from './reminders.rules';

describe('reminder rules', () => {
  it('reminds at 08:00 Helsinki N business days before the due day', () => {
    // Due Monday 28 Dec 2026 16:00 EET; one business day before is Wed 23 Dec (24–26 Dec are holidays).
    expect(remindAt(new Date('2026-12-28T14:00:00Z'), 1).toISOString()).toBe('2026-12-23T06:00:00.000Z');
    // Two business days before Friday 27 Nov 2026 → Wednesday 25 Nov.
    expect(remindAt(new Date('2026-11-27T14:00:00Z'), 2).toISOString()).toBe('2026-11-25T06:00:00.000Z');
  });

  it('never reminds after the due moment', () => {
    const due = new Date('2026-11-23T05:00:00Z'); // 07:00 Helsinki, before the 08:00 reminder hour
    expect(remindAt(due, 0).getTime()).toBe(due.getTime());
  });

  it('reminds once, then escalates once the due moment passes', () => {
    const earlier = new Date('2026-11-25T06:00:00Z'); // when an earlier scan reminded or escalated
    const r = { remindAt: new Date('2026-11-25T06:00:00Z'), dueAt: new Date('2026-11-27T14:00:00Z'), remindedAt: null, escalatedAt: null };
    expect(nextStep(r, new Date('2026-11-24T12:00:00Z'))).toBe('none');
    expect(nextStep(r, new Date('2026-11-25T06:00:00Z'))).toBe('remind');
    expect(nextStep({ ...r, remindedAt: earlier }, new Date('2026-11-26T06:00:00Z'))).toBe('none');
    expect(nextStep({ ...r, remindedAt: earlier }, new Date('2026-11-27T14:00:01Z'))).toBe('escalate');
    expect(nextStep(r, new Date('2026-11-28T00:00:00Z'))).toBe('escalate');
    expect(nextStep({ ...r, escalatedAt: new Date('2026-11-27T14:00:01Z') }, new Date('2026-11-29T00:00:00Z'))).toBe('none');
  });
});
