import { NextResponse, type NextRequest } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
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
  const parsed = await readBody(request, addLabelledExamplesBody);
  if (parsed.error) return parsed.error;
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
