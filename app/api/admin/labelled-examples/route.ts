import { NextResponse, type NextRequest } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { addLabelledExamplesBody } from "./schema";

/** The workspace's own labelled examples, per intent; the offline intent model retrains on them. */
export async function GET() {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const db = await getDb();
  const counts = await db.labelledExample.groupBy({ by: ["intent"], where: { workspaceId: staff.workspaceId }, _count: true });
  return NextResponse.json({ intents: counts.map((c) => ({ intent: c.intent, examples: c._count })) });
}

export async function POST(request: NextRequest) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const raw = await request.text();
  if (raw.length > 300_000) return NextResponse.json({ error: "The request is too large; send at most 500 examples at a time." }, { status: 413 });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return NextResponse.json({ error: "The body must be JSON: {\"examples\":[{\"text\":…,\"intent\":…}]}." }, { status: 400 });
  }
  const parsed = addLabelledExamplesBody.safeParse(json);
  if (!parsed.success) return NextResponse.json({ error: "Invalid examples.", issues: parsed.error.issues }, { status: 400 });
  const db = await getDb();
  await db.$transaction([
    db.labelledExample.createMany({ data: parsed.data.examples.map((e) => ({ workspaceId: staff.workspaceId, text: e.text, intent: e.intent })) }),
    db.auditLog.create({
      data: {
        workspaceId: staff.workspaceId,
        actorType: "user",
        actorId: staff.id,
        action: "intent_model.examples_added",
        targetType: "workspace",
        targetId: staff.workspaceId,
        detail: { count: parsed.data.examples.length },
      },
    }),
  ]);
  return NextResponse.json({ added: parsed.data.examples.length, retraining: true }, { status: 201 });
}
