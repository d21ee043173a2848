import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { publicUrlIsHttps } from "@/lib/http/public-url";
import { isStaffRole, type StaffIdentity } from "./roles";
import { SignInThrottle } from "./sign-in-throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

// One throttle per process, shared by Next's bundle and the custom server through globalThis.
const globalForThrottle = globalThis as unknown as { deskSignInThrottle?: SignInThrottle };
const throttle = (globalForThrottle.deskSignInThrottle ??= new SignInThrottle());

export class SignInThrottled extends Error {
  constructor(retryAfterMs: number) {
    super(`Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterMs / 60_000)} minute(s).`);
  }
}

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" ? forwarded.split(",")[0].trim() : "local";
}

export async function verifyStaffCredentials(
  raw: unknown,
  address = "local",
): Promise<StaffIdentity | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = [`email:${email}`, `ip:${address}`];
  const decision = throttle.check(keys);
  if (!decision.allowed) throw new SignInThrottled(decision.retryAfterMs);

  const db = await getDb();
  const user = await db.user.findUnique({ where: { email } });
  // Compare against a dummy hash when the user is unknown so timing does not reveal accounts.
  const hash = user?.passwordHash ?? "$2b$10$taayDu1WAhFOyAUrKUM4TexYVrZ3CVs6GKy4XEBwj06nibQGxIfx6";
  const ok = await bcrypt.compare(password, hash);
  if (!user || !ok || !isStaffRole(user.role)) {
    throttle.recordFailure(keys);
    return null;
  }
  throttle.recordSuccess([`email:${email}`]);
  return { id: user.id, name: user.name, email: user.email, role: user.role, workspaceId: user.workspaceId };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Over HTTPS the session cookie is Secure and __Secure- named; the staff socket reads the same name.
  useSecureCookies: publicUrlIsHttps(),
  pages: { signIn: "/signin" },
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const staff = await verifyStaffCredentials(credentials, clientAddress(req?.headers));
        return staff;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const staff = user as unknown as StaffIdentity;
        token.sub = staff.id;
        token.role = staff.role;
        token.workspaceId = staff.workspaceId;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub && isStaffRole(token.role) && typeof token.workspaceId === "string") {
        session.user.id = token.sub;
        session.user.role = token.role;
        session.user.workspaceId = token.workspaceId;
      }
      return session;
    },
  },
};
