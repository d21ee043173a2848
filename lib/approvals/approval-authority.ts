import { roleAtLeast, type StaffRole } from "../auth/roles";
import type { Owner } from "../events/catalogue";

/**
 * Who may approve or deny an action above the AI's authority. Supervisors and admins decide any
 * request in their workspace. An agent decides only in a conversation they have taken over: they
 * are then the one speaking for the business to this customer, so the call is theirs; otherwise
 * the request waits for a supervisor, whatever the amount, rather than any agent who sees it.
 */
export type ApprovalAuthority = { allowed: true; reason: string } | { allowed: false; reason: string };

export function mayDecideApproval(staff: { userId: string; role: StaffRole }, owner: Owner): ApprovalAuthority {
  if (roleAtLeast(staff.role, "supervisor")) return { allowed: true, reason: `As ${staff.role === "admin" ? "an admin" : "a supervisor"} you can decide any approval.` };
  if (owner.kind === "human" && owner.userId === staff.userId) return { allowed: true, reason: "You have this conversation, so the decision is yours." };
  return { allowed: false, reason: "Only a supervisor, or the agent who has taken this conversation over, can decide this." };
}
