import {
  ApplicationStep,
  ClaimStatus,
  CourseKind,
  ExpertStatus,
  MentorshipStatus,
  OrderStatus,
  UnitKind,
} from '@kokemus/api-client';
import {
  APPLICATION_STEPS,
  CLAIM_STATUSES,
  COURSE_KINDS,
  EXPERT_STATUSES,
  MENTORSHIP_STATUSES,
  ORDER_STATUSES,
  UNIT_KINDS,
} from './route-enums';

describe('route search enums', () => {
  it('hold exactly the contract’s values', () => {
    expect([...UNIT_KINDS].sort()).toEqual(Object.values(UnitKind).sort());
    expect([...EXPERT_STATUSES].sort()).toEqual(Object.values(ExpertStatus).sort());
    expect([...ORDER_STATUSES].sort()).toEqual(Object.values(OrderStatus).sort());
    expect([...CLAIM_STATUSES].sort()).toEqual(Object.values(ClaimStatus).sort());
    expect([...COURSE_KINDS].sort()).toEqual(Object.values(CourseKind).sort());
    expect([...APPLICATION_STEPS].sort()).toEqual(Object.values(ApplicationStep).sort());
    expect([...MENTORSHIP_STATUSES].sort()).toEqual(Object.values(MentorshipStatus).sort());
  });
});
