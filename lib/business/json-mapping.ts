/**
 * The HTTP connector's translation between the desk's shapes and a shop's, as pure functions.
 * A string that is exactly `{{path}}` takes the value at that path with its type (a number stays
 * a number); `{{path}}` inside a longer string is written into it as text.
 */

export type JsonTemplate = string | number | boolean | null | JsonTemplate[] | { [key: string]: JsonTemplate };

export const TEMPLATE_REFERENCE = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;
const WHOLE_REFERENCE = /^\{\{\s*([A-Za-z0-9_.]+)\s*\}\}$/;

export function valueAt(source: unknown, path: string): unknown {
  let value: unknown = source;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function fillTemplate(template: JsonTemplate | undefined, source: unknown): unknown {
  if (typeof template === "string") {
    const whole = WHOLE_REFERENCE.exec(template);
    if (whole) return valueAt(source, whole[1]);
    return template.replace(TEMPLATE_REFERENCE, (_, path: string) => asText(valueAt(source, path)));
  }
  if (Array.isArray(template)) return template.map((item) => fillTemplate(item, source));
  if (template && typeof template === "object") {
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fillTemplate(value, source)]));
  }
  return template;
}

/** Fields in a URL are encoded, so an order "12/3" cannot reach another path. */
export function fillUrl(url: string, source: unknown): string {
  return url.replace(TEMPLATE_REFERENCE, (_, path: string) => encodeURIComponent(asText(valueAt(source, path))));
}

export interface MappedValue {
  from: string;
  map: Record<string, JsonTemplate>;
  otherwise?: JsonTemplate;
}

function isMappedValue(value: unknown): value is MappedValue {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "from" in value && "map" in value;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

/**
 * The shop's answer in the desk's shape: each mapped desk field (dotted, e.g. "order.number")
 * read from the answer. With no mapping the answer is taken as it is.
 */
export function mapResponse(mapping: Record<string, JsonTemplate | MappedValue>, answer: unknown): unknown {
  if (Object.keys(mapping).length === 0) return answer;
  const mapped: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(mapping)) {
    if (isMappedValue(rule)) {
      const raw = asText(fillTemplate(rule.from, answer));
      const value = Object.hasOwn(rule.map, raw) ? rule.map[raw] : rule.otherwise;
      if (value !== undefined) setAt(mapped, field, fillTemplate(value, answer));
      continue;
    }
    const value = fillTemplate(rule, answer);
    if (value !== undefined) setAt(mapped, field, value);
  }
  return mapped;
}
