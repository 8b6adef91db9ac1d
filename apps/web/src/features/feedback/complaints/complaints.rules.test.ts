import { ComplaintOutcome, ComplaintStatus } from '@kokemus/api-client';
import {
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATUSES,
  complaintViewer,
  firstProblem,
  moveBody,
  moveProblems,
} from './complaints.rules';

describe('complaint rules', () => {
  it('hold exactly the contract’s statuses and outcomes', () => {
    expect([...COMPLAINT_STATUSES].sort()).toEqual(Object.values(ComplaintStatus).sort());
    expect([...COMPLAINT_OUTCOMES].sort()).toEqual(Object.values(ComplaintOutcome).sort());
  });

  it('shows a complaint as the API scopes it: a coordinator first, then the unit, else the expert', () => {
    expect(complaintViewer(['coordinator', 'orderer'])).toBe('coordinator');
    expect(complaintViewer(['orderer'])).toBe('unit');
    expect(complaintViewer(['approver'])).toBe('unit');
    expect(complaintViewer(['expert'])).toBe('expert');
  });

  it('asks words of every move but closing, and an outcome of closing', () => {
    expect(moveProblems('answer', { text: '  ', outcome: '' })).toEqual({
      text: 'complaints.validation.text.answer',
    });
    expect(moveProblems('give_view', { text: 'Myöhästyin bussin takia.', outcome: '' })).toEqual({});
    expect(moveProblems('close', { text: '', outcome: '' })).toEqual({
      outcome: 'complaints.validation.outcome',
    });
    expect(moveProblems('close', { text: '', outcome: 'withdrawn' })).toEqual({});
    expect(firstProblem({ outcome: 'x', text: 'y' })).toBe('outcome');
    expect(firstProblem({})).toBeNull();
  });

  it('sends the words trimmed, and the outcome only when closing', () => {
    expect(moveBody('answer', { text: ' Pahoittelemme. ', outcome: 'upheld' })).toEqual({
      move: 'answer',
      text: 'Pahoittelemme.',
    });
    expect(moveBody('close', { text: '', outcome: 'upheld' })).toEqual({
      move: 'close',
      outcome: 'upheld',
      text: undefined,
    });
  });
});
