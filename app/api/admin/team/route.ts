import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { answerTeamChange, linkBaseUrl } from "@/lib/team/http";
import { inviteMember } from "@/lib/team/invitations";
import { inviteBody } from "./schema";

/** Invites someone by email: the invitation link goes out through the desk's outgoing mail. */
export async function POST(request: Request) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const parsed = await readBody(request, inviteBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  return answerTeamChange(() => inviteMember(db, staff, parsed.data, linkBaseUrl(request)));
}
