import type {
  ApplicationStep,
  ClaimStatus,
  CourseKind,
  ExpertStatus,
  MentorshipStatus,
  OrderStatus,
  UnitKind,
} from '@kokemus/api-client';

// The contract's enums the route search schemas need, as small local lists: importing them from
// `@kokemus/api-client/zod` would pull that whole module into the entry chunk (see scripts/budget.mjs).
// `satisfies` keeps them honest against the generated types; the test compares them with the contract.

export const UNIT_KINDS = [
  'result_area',
  'service_area',
  'unit',
  'external',
] as const satisfies readonly UnitKind[];

export const EXPERT_STATUSES = [
  'applicant',
  'orientation',
  'active',
  'paused',
  'left',
] as const satisfies readonly ExpertStatus[];

export const ORDER_STATUSES = [
  'draft',
  'submitted',
  'in_matching',
  'partly_staffed',
  'staffed',
  'delivered',
  'closed',
  'cancelled',
] as const satisfies readonly OrderStatus[];

export const CLAIM_STATUSES = [
  'draft',
  'submitted',
  'confirmed',
  'approved',
  'exported',
  'paid',
  'returned',
  'rejected',
  'cancelled',
] as const satisfies readonly ClaimStatus[];

export const APPLICATION_STEPS = [
  'awaiting_guardian',
  'received',
  'screening',
  'interview',
  'training',
  'orientation',
  'agreements',
  'active',
  'rejected',
  'closed',
] as const satisfies readonly ApplicationStep[];

export const COURSE_KINDS = [
  'basic',
  'further',
  'mentor',
  'co_training',
] as const satisfies readonly CourseKind[];

export const MENTORSHIP_STATUSES = [
  'active',
  'completed',
  'ended',
] as const satisfies readonly MentorshipStatus[];
