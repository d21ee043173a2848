import type { Db } from "../db";

/**
 * The workspace a public page belongs to: the one named in the URL, or the first one created,
 * which on a single-store installation is the store.
 */
export function publicWorkspace(db: Db, slug: string | undefined) {
  return slug
    ? db.workspace.findUnique({ where: { slug } })
    : db.workspace.findFirst({ orderBy: { createdAt: "asc" } });
}
