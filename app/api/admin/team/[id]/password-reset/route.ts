import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { answerTeamChange, linkBaseUrl } from "@/lib/team/http";
import { sendPasswordReset } from "@/lib/team/password-reset";
import { memberIdParam } from "../schema";

/** Emails the person a link to set a new password. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const id = memberIdParam.safeParse(await params);
  if (!id.success) return NextResponse.json({ error: "That is not a person's id." }, { status: 400 });
  const db = await getDb();
  return answerTeamChange(() => sendPasswordReset(db, staff, id.data.id, linkBaseUrl(request)));
}
