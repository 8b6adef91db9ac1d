import type { ClaimOwner, ClaimStatus, PaymentMethod, Report } from './fees.rules';

/** A claim as the lists and the claim page read it: with the names of its expert, order, unit and owner. */
export interface ClaimRow {
  id: string;
  number: string;
  status: ClaimStatus;
  owner: ClaimOwner;
  owner_user_id: string | null;
  owner_name: string | null;
  due_at: Date | null;
  expert_id: string;
  expert_user_id: string | null;
  expert_name: string;
  earnings_ceiling_cents: number | null;
  order_id: string;
  assignment_id: string;
  order_number: string;
  title: string;
  contact_user_id: string | null;
  unit_id: string;
  unit_name: string;
  cost_centre: string;
  task_date: string;
  payment_method: PaymentMethod;
  late_cancellation: boolean;
  as_volunteer: boolean;
  training_task: boolean;
  report: Report;
  prefilled_report: Report;
  total_cents: number;
  earnings_cents: number;
  return_reason: string | null;
  schedule_id: string | null;
  tier_code: string | null;
  task_type_code: string | null;
  product_code: string;
  version: number;
}

export const CLAIM_SELECT = `SELECT c.id, c.number, c.status, c.owner, c.owner_user_id, ou.display_name AS owner_name, c.due_at,
    c.expert_id, e.user_id AS expert_user_id, e.first_name || ' ' || e.last_name AS expert_name, e.earnings_ceiling_cents,
    c.order_id, c.assignment_id, o.number AS order_number, o.title, o.contact_user_id, c.unit_id, u.name AS unit_name, c.cost_centre,
    c.task_date::text AS task_date, c.payment_method, c.late_cancellation, c.as_volunteer, c.training_task, c.report, c.prefilled_report,
    c.total_cents, c.earnings_cents, c.return_reason, c.schedule_id, c.tier_code, c.task_type_code, c.product_code, c.version
  FROM fee_claim c JOIN registry.experts e ON e.id = c.expert_id JOIN orders.orders o ON o.id = c.order_id
  JOIN units.units u ON u.id = c.unit_id LEFT JOIN auth.users ou ON ou.id = c.owner_user_id`;
