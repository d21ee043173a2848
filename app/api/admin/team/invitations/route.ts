import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { answerTeamChange } from "@/lib/team/http";
import { revokeInvitation } from "@/lib/team/invitations";
import { revokeInvitationBody } from "./schema";

/** Withdraws the open invitations to an address; their links stop working. */
export async function DELETE(request: Request) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const parsed = await readBody(request, revokeInvitationBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  return answerTeamChange(
    () => revokeInvitation(db, staff, parsed.data.email),
    (revoked) => NextResponse.json({ ok: true, revoked }),
  );
}
