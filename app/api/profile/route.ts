import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { answerTeamChange } from "@/lib/team/http";
import { changeOwnName } from "@/lib/team/members";
import { ownProfileBody } from "./schema";

/** The signed-in person changes their display name; colleagues and customers see it from then on. */
export async function PATCH(request: Request) {
  const { staff, denied } = await requireStaffApi("agent");
  if (denied) return denied;
  const parsed = await readBody(request, ownProfileBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  return answerTeamChange(() => changeOwnName(db, staff, parsed.data.name));
}
