import { test } from "node:test";
import assert from "node:assert/strict";
import type { IncomingMessage } from "node:http";
import {
  cameOverHttps,
  clientAddress,
  requestClientAddress,
  requestIsHttps,
  stampClientHeaders,
  trustedProxyHops,
} from "../../lib/http/client-address";

test("with no trusted proxy a forged X-Forwarded-For is ignored: the socket's address is the client", () => {
  assert.equal(clientAddress("203.0.113.9", "1.2.3.4", 0), "203.0.113.9");
  assert.equal(clientAddress("203.0.113.9", undefined, 0), "203.0.113.9");
});

test("behind one proxy the client is the address the proxy appended, not what the client wrote before it", () => {
  // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real peer.
  assert.equal(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7", 1), "198.51.100.7");
  assert.equal(clientAddress("10.0.0.2", "198.51.100.7", 1), "198.51.100.7");
  // Repeated headers arrive as one list.
  assert.equal(clientAddress("10.0.0.2", ["1.2.3.4", "198.51.100.7"], 1), "198.51.100.7");
});

test("behind two proxies the client is the second address from the right", () => {
  assert.equal(clientAddress("10.0.0.3", "6.6.6.6, 198.51.100.7, 10.0.0.2", 2), "198.51.100.7");
  // A chain shorter than configured: the leftmost entry is still one a trusted proxy wrote.
  assert.equal(clientAddress("10.0.0.3", "198.51.100.7", 2), "198.51.100.7");
});

test("without a usable forwarded entry the socket's address is used", () => {
  assert.equal(clientAddress("10.0.0.2", undefined, 1), "10.0.0.2");
  assert.equal(clientAddress("10.0.0.2", "not-an-address", 1), "10.0.0.2");
  assert.equal(clientAddress(undefined, undefined, 0), "unknown");
});

test("an IPv4 client on a dual-stack socket is one client whichever way it is spelled", () => {
  assert.equal(clientAddress("::ffff:203.0.113.9", undefined, 0), "203.0.113.9");
  assert.equal(clientAddress("2001:DB8::1", undefined, 0), "2001:db8::1");
});

test("HTTPS is believed from X-Forwarded-Proto only when a proxy is trusted", () => {
  assert.equal(cameOverHttps(false, "https", 0), false);
  assert.equal(cameOverHttps(false, "https", 1), true);
  assert.equal(cameOverHttps(false, "http", 1), false);
  assert.equal(cameOverHttps(true, undefined, 0), true);
});

test("DESK_TRUSTED_PROXIES is a whole number of hops, 0 when unset", () => {
  assert.equal(trustedProxyHops(undefined), 0);
  assert.equal(trustedProxyHops(""), 0);
  assert.equal(trustedProxyHops("2"), 2);
  assert.throws(() => trustedProxyHops("yes"), /DESK_TRUSTED_PROXIES/);
  assert.throws(() => trustedProxyHops("-1"), /DESK_TRUSTED_PROXIES/);
});

test("the server replaces client-sent private headers with what it saw on the socket", () => {
  const request = {
    socket: { remoteAddress: "203.0.113.9" },
    headers: { "x-desk-client-address": "127.0.0.1", "x-desk-https": "1", "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https" },
  } as unknown as IncomingMessage;
  stampClientHeaders(request, 0);
  assert.equal(requestClientAddress(request.headers as Record<string, unknown>), "203.0.113.9");
  assert.equal(requestIsHttps(request.headers as Record<string, unknown>), false);

  const routed = new Request("http://desk.test/api", { headers: { "x-desk-client-address": "203.0.113.9", "x-desk-https": "1" } });
  assert.equal(requestClientAddress(routed), "203.0.113.9");
  assert.equal(requestIsHttps(routed), true);
});
