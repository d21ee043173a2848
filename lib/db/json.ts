import type { Prisma } from "./index";

/**
 * A value as the JSON a Json column stores: what JSON cannot hold (undefined, functions) is left
 * out and dates become ISO strings, exactly as they would be written, so the column's type holds.
 */
export function asJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
