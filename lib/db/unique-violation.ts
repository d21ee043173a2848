/** An insert or update refused because another row already holds the unique key (Prisma's P2002): another writer won. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
