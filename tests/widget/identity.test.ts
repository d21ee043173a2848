import { test } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { identityHash, isValidIdentityHash } from "../../lib/widget/identity";

const secret = "workspace-widget-secret";

test("the identity hash is the hex HMAC-SHA256 of the user id, as a site's server computes it", () => {
  const expected = createHmac("sha256", secret).update("cus_1001").digest("hex");
  assert.equal(identityHash("cus_1001", secret), expected);
  assert.equal(isValidIdentityHash("cus_1001", expected, secret), true);
  assert.equal(isValidIdentityHash("cus_1001", expected.toUpperCase(), secret), true);
});

test("a hash for another user, another secret or a truncated hash is refused", () => {
  const hash = identityHash("cus_1001", secret);
  assert.equal(isValidIdentityHash("cus_1002", hash, secret), false);
  assert.equal(isValidIdentityHash("cus_1001", identityHash("cus_1001", "another-secret"), secret), false);
  assert.equal(isValidIdentityHash("cus_1001", hash.slice(0, 63), secret), false);
  assert.equal(isValidIdentityHash("cus_1001", "", secret), false);
});
