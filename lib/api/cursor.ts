import { ApiError } from "./errors";

/**
 * Keyset pagination: a page ends at a (createdAt, id) position, newest first, and the cursor
 * carries it. Rows written while a client pages through never shift or repeat what it sees.
 */

export interface Position {
  createdAt: Date;
  id: string;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString("base64url");
}

export function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const createdAt = new Date(String(at));
    if (typeof id !== "string" || Number.isNaN(createdAt.getTime())) throw new Error("bad cursor");
    return { createdAt, id };
  } catch {
    throw new ApiError("invalid_request", "Invalid query: cursor is not one this API gave out; start again without it.");
  }
}

/** Rows strictly after the position, in newest-first order. */
export function afterPosition(position: Position) {
  return { OR: [{ createdAt: { lt: position.createdAt } }, { createdAt: position.createdAt, id: { lt: position.id } }] };
}

export const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Fetch one row more than the page to know whether another page follows. */
export function pageOf<T extends Position>(rows: T[], limit: number): { rows: T[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  return { rows: pageRows, nextCursor: rows.length > limit ? encodeCursor(pageRows[pageRows.length - 1]!) : null };
}
