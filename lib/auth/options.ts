import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { isPublishedDemoPassword } from "@/lib/demo/people";
import { deskMode } from "@/lib/desk-mode";
import { requestClientAddress } from "@/lib/http/client-address";
import { publicUrlIsHttps } from "@/lib/http/public-url";
import { isStaffRole, type StaffIdentity } from "./roles";
import { admitSignInAttempt, recordSignInSuccess } from "./sign-in-throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export class SignInThrottled extends Error {
  constructor(retryAfterMs: number) {
    const wait = retryAfterMs < 60_000 ? `${Math.ceil(retryAfterMs / 1000)} seconds` : `${Math.ceil(retryAfterMs / 60_000)} minute(s)`;
    super(`Too many failed sign-in attempts from this device. Try again in ${wait}.`);
  }
}

export class DemoPasswordRefused extends Error {
  constructor() {
    super(
      "Demo passwords are published, so a production desk refuses them. An admin sets a new password by starting the desk once with DESK_ADMIN_EMAIL and DESK_ADMIN_PASSWORD (README, First start).",
    );
  }
}

/** `address` is the client address the custom server stamped on the request. */
export async function verifyStaffCredentials(raw: unknown, address: string): Promise<StaffIdentity | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  // Counted before the password is compared, so parallel guesses cannot all be compared.
  const admission = await admitSignInAttempt(db, email, address);
  if (!admission.allowed) throw new SignInThrottled(admission.retryAfterMs);
  // Refused whoever's account it is, before any comparison, so the refusal says nothing about accounts.
  if (deskMode().mode === "production" && isPublishedDemoPassword(password)) throw new DemoPasswordRefused();

  const user = await db.user.findUnique({ where: { email } });
  // Compare against a dummy hash when the user is unknown so timing does not reveal accounts.
  const hash = user?.passwordHash ?? "$2b$10$taayDu1WAhFOyAUrKUM4TexYVrZ3CVs6GKy4XEBwj06nibQGxIfx6";
  const ok = await bcrypt.compare(password, hash);
  // A deactivated person's right password is refused like a wrong one.
  if (!user || !ok || !user.active || !isStaffRole(user.role)) return null;
  await recordSignInSuccess(db, email, address);
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
        const staff = await verifyStaffCredentials(credentials, requestClientAddress(req?.headers));
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
