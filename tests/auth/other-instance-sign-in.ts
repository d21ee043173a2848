// Run as its own process, as a second instance of the desk would be: makes sign-in attempts one
// after the other against DATABASE_URL and prints how each ended as one JSON line.
// Usage: node --import tsx other-instance-sign-in.ts '{"email":…,"password":…,"address":…,"times":5}'
import { createRequire } from "node:module";
import { disconnectDb } from "../../lib/db/index";

// next-auth 4 is CommonJS: required, its default exports resolve as they do in Next's bundle.
const { verifyStaffCredentials } = createRequire(import.meta.url)("../../lib/auth/options.ts") as typeof import("../../lib/auth/options");

const { email, password, address, times } = JSON.parse(process.argv[2] ?? "{}") as { email: string; password: string; address: string; times: number };
const outcomes: string[] = [];
for (let i = 0; i < times; i++) {
  try {
    outcomes.push((await verifyStaffCredentials({ email, password }, address)) ? "signed_in" : "wrong");
  } catch {
    outcomes.push("refused");
  }
}
await disconnectDb();
console.log(JSON.stringify(outcomes));
