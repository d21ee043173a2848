import { test } from "node:test";
import assert from "node:assert/strict";
import { issueWidgetToken, verifyWidgetToken } from "../../lib/realtime/widget-token";
import { authenticateSocket } from "../../lib/realtime/socket-auth";

const secret = "test-secret";
const claims = { conversationId: "conv1", workspaceId: "ws1", expiresAt: 2_000_000_000_000 };

test("a widget token opens exactly the conversation it was issued for", async () => {
  const token = issueWidgetToken(claims, secret);
  assert.deepEqual(verifyWidgetToken(token, secret, 1_000), claims);
  const principal = await authenticateSocket({}, { widgetToken: token }, secret);
  assert.deepEqual(principal, { kind: "widget", conversationId: "conv1", workspaceId: "ws1" });
});

test("a token edited to point at another conversation is refused", () => {
  const token = issueWidgetToken(claims, secret);
  const forged = token.replace("conv1", "conv2");
  assert.equal(verifyWidgetToken(forged, secret, 1_000), null);
});

test("an expired token or one signed with another secret is refused", () => {
  assert.equal(verifyWidgetToken(issueWidgetToken({ ...claims, expiresAt: 500 }, secret), secret, 1_000), null);
  assert.equal(verifyWidgetToken(issueWidgetToken(claims, "other"), secret, 1_000), null);
});

test("a socket with neither a session cookie nor a widget token is refused", async () => {
  assert.equal(await authenticateSocket({ cookie: "theme=dark" }, {}, secret), null);
});
