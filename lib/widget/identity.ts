import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Identity verification for sites whose customers are already signed in: the site's server
 * computes HMAC-SHA256(userId, workspace widget secret) and puts it on the script tag, so a
 * visitor cannot claim someone else's id by editing the page.
 */
export function identityHash(userId: string, widgetSecret: string): string {
  return createHmac("sha256", widgetSecret).update(userId, "utf8").digest("hex");
}

export function isValidIdentityHash(userId: string, givenHash: string, widgetSecret: string): boolean {
  const expected = Buffer.from(identityHash(userId, widgetSecret), "utf8");
  const given = Buffer.from(givenHash.trim().toLowerCase(), "utf8");
  // Lengths are compared first because timingSafeEqual requires equal lengths; the length of a
  // hex SHA-256 digest is public anyway.
  return expected.length === given.length && timingSafeEqual(expected, given);
}
