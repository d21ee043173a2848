import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { revokeApiToken } from "@/lib/api/tokens";
import { getDb } from "@/lib/db";

/** Revokes the token at once, on every instance. */
export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const { id } = await params;
  const revoked = await revokeApiToken(await getDb(), { userId: staff.id, workspaceId: staff.workspaceId }, id);
  if (!revoked) return NextResponse.json({ error: "No such token, or it was revoked already." }, { status: 404 });
  return NextResponse.json({ ok: true });
}
