import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { authOptions } from "./options";
import { getDb } from "../db";
import { isStaffRole, roleAtLeast, type StaffIdentity, type StaffRole } from "./roles";

/**
 * The signed-in person as the database has them now, not as they were at sign-in: a deactivated
 * person's session stops working at once, and a changed role or name applies on the next request.
 */
export async function getStaff(): Promise<StaffIdentity | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.role) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: session.user.id }, select: { name: true, email: true, role: true, active: true, workspaceId: true } });
  if (!user?.active || !isStaffRole(user.role) || user.workspaceId !== session.user.workspaceId) return null;
  return { id: session.user.id, name: user.name, email: user.email, role: user.role, workspaceId: user.workspaceId };
}

/** For console pages: signed-out visitors go to sign-in, staff below the role see the refusal page. */
export async function requireStaffPage(minimum: StaffRole, returnTo: string): Promise<StaffIdentity> {
  const staff = await getStaff();
  if (!staff) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roleAtLeast(staff.role, minimum)) redirect(`/forbidden?need=${minimum}`);
  return staff;
}

/** For route handlers: answers 401/403 as JSON instead of redirecting. */
export async function requireStaffApi(
  minimum: StaffRole,
): Promise<{ staff: StaffIdentity; denied?: undefined } | { staff?: undefined; denied: NextResponse }> {
  const staff = await getStaff();
  if (!staff) {
    return { denied: NextResponse.json({ error: "Sign in to use this API." }, { status: 401 }) };
  }
  if (!roleAtLeast(staff.role, minimum)) {
    return { denied: NextResponse.json({ error: `This needs the ${minimum} role.` }, { status: 403 }) };
  }
  return { staff };
}
