import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { answerTeamChange } from "@/lib/team/http";
import { updateMemberProfile } from "@/lib/team/members";
import { memberIdParam, memberProfileBody } from "./schema";

/** Sets a person's role, skills, languages, seniority and chat limit; routing uses them on its next decision. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const id = memberIdParam.safeParse(await params);
  if (!id.success) return NextResponse.json({ error: "That is not a person's id." }, { status: 400 });
  const parsed = await readBody(request, memberProfileBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  return answerTeamChange(() => updateMemberProfile(db, staff, id.data.id, parsed.data));
}
