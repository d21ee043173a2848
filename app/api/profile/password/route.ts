import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { answerTeamChange } from "@/lib/team/http";
import { changeOwnPassword } from "@/lib/team/members";
import { ownPasswordBody } from "./schema";

/** The signed-in person changes their password, giving the current one. */
export async function PUT(request: Request) {
  const { staff, denied } = await requireStaffApi("agent");
  if (denied) return denied;
  const parsed = await readBody(request, ownPasswordBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  return answerTeamChange(() => changeOwnPassword(db, staff, parsed.data));
}
