import { NextResponse } from "next/server";
import type { StaffIdentity } from "../auth/roles";
import { HelpCentreError, type ArticleEditor } from "./articles";

export function editorOf(staff: StaffIdentity): ArticleEditor {
  return { workspaceId: staff.workspaceId, user: { id: staff.id, role: staff.role } };
}

const STATUS: Record<HelpCentreError["reason"], number> = { forbidden: 403, not_found: 404, slug_taken: 409 };

/** The answer for a refused help-centre change; anything else is not ours to explain and is rethrown. */
export function helpCentreErrorResponse(error: unknown): NextResponse {
  if (error instanceof HelpCentreError) return NextResponse.json({ error: error.message }, { status: STATUS[error.reason] });
  throw error;
}
