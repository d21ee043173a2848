import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

/**
 * Sessions and widget tokens are signed with AUTH_SECRET. When an operator has not set one, a
 * random secret is generated once and kept in the git-ignored data directory, so sessions survive
 * restarts without anyone committing a secret.
 */
export function ensureAuthSecret(dataDir = path.join(process.cwd(), "data")): string {
  const configured = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (configured) {
    process.env.AUTH_SECRET = configured;
    process.env.NEXTAUTH_SECRET = configured;
    return configured;
  }
  const file = path.join(dataDir, "auth-secret");
  let secret: string;
  if (existsSync(file)) {
    secret = readFileSync(file, "utf8").trim();
  } else {
    mkdirSync(dataDir, { recursive: true });
    secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret + "\n", { mode: 0o600 });
  }
  process.env.AUTH_SECRET = secret;
  process.env.NEXTAUTH_SECRET = secret;
  return secret;
}

export function authSecret(): string {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set; start the app with `npm start` or set it in the environment.");
  return secret;
}
