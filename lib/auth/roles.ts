export const staffRoles = ["agent", "supervisor", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

const rank: Record<StaffRole, number> = { agent: 1, supervisor: 2, admin: 3 };

/** Roles are ordered: a supervisor may do all an agent may, an admin all a supervisor may. */
export function roleAtLeast(role: StaffRole, minimum: StaffRole): boolean {
  return rank[role] >= rank[minimum];
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (staffRoles as readonly string[]).includes(value);
}

export interface StaffIdentity {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  workspaceId: string;
}
