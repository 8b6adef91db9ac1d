import { ClaimStatus, ExpertStatus, OrderStatus, UnitKind } from '@kokemus/api-client';
import { CLAIM_STATUSES, EXPERT_STATUSES, ORDER_STATUSES, UNIT_KINDS } from './route-enums';

describe('route search enums', () => {
  it('hold exactly the contract’s values', () => {
    expect([...UNIT_KINDS].sort()).toEqual(Object.values(UnitKind).sort());
    expect([...EXPERT_STATUSES].sort()).toEqual(Object.values(ExpertStatus).sort());
    expect([...ORDER_STATUSES].sort()).toEqual(Object.values(OrderStatus).sort());
    expect([...CLAIM_STATUSES].sort()).toEqual(Object.values(ClaimStatus).sort());
  });
});
