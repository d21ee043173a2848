import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { answerTeamChange } from "@/lib/team/http";
import { deactivateMember, reactivateMember, type Deactivation } from "@/lib/team/deactivation";
import { memberIdParam } from "../schema";

/** Deactivates a person: no sign-in, no routing, their conversations back in the queue with the reason. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const id = memberIdParam.safeParse(await params);
  if (!id.success) return NextResponse.json({ error: "That is not a person's id." }, { status: 400 });
  const db = await getDb();
  return answerTeamChange(
    () => deactivateMember(db, staff, id.data.id),
    (result) => NextResponse.json({ ok: true, requeued: (result as Deactivation).requeued.length }),
  );
}

/** Lets a deactivated person sign in again. */
export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const id = memberIdParam.safeParse(await params);
  if (!id.success) return NextResponse.json({ error: "That is not a person's id." }, { status: 400 });
  const db = await getDb();
  return answerTeamChange(() => reactivateMember(db, staff, id.data.id));
}
