import { randomBytes } from "node:crypto";
import os from "node:os";

/**
 * Row ids in the shape of Prisma's `cuid()` ("c", the time, a counter, this process, randomness),
 * for rows the desk inserts with plain SQL. Unlike the cuid counter, which runs on across
 * milliseconds and wraps, this one restarts each millisecond, so ids made here only ever increase:
 * a log reads the events of one moment in id order, which must be the order they were written in.
 */

const BASE = 36;
const COUNTER_DIGITS = 4;
const fingerprint = (process.pid.toString(BASE) + os.hostname().split("").reduce((sum, char) => sum + char.charCodeAt(0), 0).toString(BASE)).slice(-4).padStart(4, "0");
let lastMs = 0;
let counter = 0;

export function orderedId(): string {
  let now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter >= BASE ** COUNTER_DIGITS) {
    // More ids than the counter holds in one millisecond: borrow the next one rather than repeat.
    lastMs += 1;
    counter = 0;
  }
  now = lastMs;
  const random = randomBytes(6).readUIntBE(0, 6).toString(BASE).padStart(10, "0").slice(-8);
  return `c${now.toString(BASE).padStart(8, "0")}${counter.toString(BASE).padStart(COUNTER_DIGITS, "0")}${fingerprint}${random}`;
}
