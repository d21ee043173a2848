import { test } from "node:test";
import assert from "node:assert/strict";
import { encode } from "next-auth/jwt";
import { authenticateSocket } from "../../lib/realtime/socket-auth";
import { publicUrlIsHttps } from "../../lib/http/public-url";

const secret = "staff-session-test-secret";

async function sessionCookie(name = "next-auth.session-token"): Promise<string> {
  const token = await encode({ token: { sub: "u1", role: "agent", workspaceId: "w1" }, secret });
  return `${name}=${token}`;
}

test("a staff socket opened by another site's page is refused even with a valid session cookie", async () => {
  const cookie = await sessionCookie();
  const own = await authenticateSocket({ cookie, host: "desk.example:3000", origin: "http://desk.example:3000" }, {}, secret);
  assert.deepEqual(own, { kind: "staff", userId: "u1", role: "agent", workspaceId: "w1" });
  assert.equal(await authenticateSocket({ cookie, host: "desk.example:3000", origin: "https://evil.example" }, {}, secret), null);
  assert.equal(await authenticateSocket({ cookie, host: "desk.example:3000" }, {}, secret), null, "no Origin says nothing about the page");
});

test("the session cookie is Secure exactly when the desk's public URL is HTTPS", async () => {
  assert.equal(publicUrlIsHttps({ DESK_PUBLIC_URL: "https://desk.example" }), true);
  assert.equal(publicUrlIsHttps({ NEXTAUTH_URL: "https://desk.example" }), true);
  assert.equal(publicUrlIsHttps({ NEXTAUTH_URL: "http://localhost:3000" }), false);
  assert.equal(publicUrlIsHttps({}), false);

  process.env.DESK_PUBLIC_URL = "https://desk.example";
  try {
    // next-auth's useSecureCookies (lib/auth/options.ts) is publicUrlIsHttps(); the socket reads
    // the Secure cookie's name too, so staff behind HTTPS still connect.
    const principal = await authenticateSocket({ cookie: await sessionCookie("__Secure-next-auth.session-token"), host: "internal:3000", origin: "https://desk.example" }, {}, secret);
    assert.equal(principal?.kind, "staff");
  } finally {
    delete process.env.DESK_PUBLIC_URL;
  }
});
