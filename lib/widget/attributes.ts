import { z } from "zod";
import { userText } from "../validation/user-text";

/**
 * Custom attributes a business's site tells the widget about a signed-in customer (plan, signup
 * date, company), through the SDK's `boot` and `update`. They are stored on the customer and put
 * in front of the person who takes a handoff. The limits keep one page's script from turning a
 * customer record into a storage bucket.
 */
export const MAX_ATTRIBUTES = 50;
export const MAX_ATTRIBUTE_VALUE_LENGTH = 500;
export const MAX_ATTRIBUTES_BYTES = 8 * 1024;

export type AttributeValue = string | number | boolean;
export type CustomerAttributes = Record<string, AttributeValue>;

const attributeKey = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const attributeValue = z.union([
  userText("An attribute value").max(MAX_ATTRIBUTE_VALUE_LENGTH, `Attribute values are limited to ${MAX_ATTRIBUTE_VALUE_LENGTH} characters.`),
  z.number().finite(),
  z.boolean(),
  // Removes the attribute.
  z.null(),
]);

/** What a page may send: values to set, and null for ones to remove. */
export const attributesUpdateSchema = z.record(z.string(), attributeValue).superRefine((attributes, ctx) => {
  const keys = Object.keys(attributes);
  if (keys.length > MAX_ATTRIBUTES) ctx.addIssue({ code: "custom", message: `At most ${MAX_ATTRIBUTES} attributes.` });
  for (const key of keys.filter((k) => !attributeKey.test(k))) {
    ctx.addIssue({ code: "custom", path: [key], message: `"${key.slice(0, 64)}": attribute names start with a letter and have up to 64 letters, digits, dots, dashes and underscores.` });
  }
});

const storedSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** The attributes stored on a customer; anything malformed stored there reads as none. */
export function storedAttributes(raw: unknown): CustomerAttributes {
  const parsed = storedSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

export type AttributesMerge = { ok: true; attributes: CustomerAttributes; changed: boolean } | { ok: false; error: string };

/** The stored attributes with an update applied, refused whole if the result is over a limit. */
export function mergeAttributes(stored: CustomerAttributes, update: Record<string, AttributeValue | null>): AttributesMerge {
  const merged: CustomerAttributes = { ...stored };
  for (const [key, value] of Object.entries(update)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  if (Object.keys(merged).length > MAX_ATTRIBUTES) return { ok: false, error: `A customer can have at most ${MAX_ATTRIBUTES} attributes.` };
  if (new TextEncoder().encode(JSON.stringify(merged)).length > MAX_ATTRIBUTES_BYTES) {
    return { ok: false, error: `A customer's attributes are limited to ${MAX_ATTRIBUTES_BYTES / 1024} KB in all.` };
  }
  const changed = JSON.stringify(merged) !== JSON.stringify(stored);
  return { ok: true, attributes: merged, changed };
}
