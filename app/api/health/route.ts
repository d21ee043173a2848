import { NextResponse } from "next/server";
import { databaseProvider, getDb } from "@/lib/db";
import { socketServer } from "@/lib/realtime/hub";

const startedAt = Date.now();

export async function GET() {
  const began = performance.now();
  let database: { provider: string; status: "ok" | "error"; latencyMs?: number; error?: string };
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    database = { provider: databaseProvider(), status: "ok", latencyMs: Math.round((performance.now() - began) * 10) / 10 };
  } catch (error) {
    database = { provider: databaseProvider(), status: "error", error: error instanceof Error ? error.message : String(error) };
  }
  const ok = database.status === "ok";
  return NextResponse.json(
    {
      status: ok ? "ok" : "degraded",
      app: {
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        realtime: socketServer() ? "ok" : "not attached",
      },
      database,
    },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
