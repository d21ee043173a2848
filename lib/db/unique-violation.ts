/**
 * An insert or update refused because another row already holds the unique key: another writer
 * won. Prisma reports it as P2002 from its own queries, and from a plain SQL statement as a failed
 * raw query (P2010) carrying the driver adapter's kind of error.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return code === "P2002" || (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation");
}
