/**
 * The front matter of a help-centre Markdown file: a `---` block of `key: value` lines before the
 * text. Only what articles need is read — strings, true/false, and lists written `[a, b]`, `a, b`
 * or as `- a` lines — so an unknown YAML feature is reported rather than half-understood.
 */
export type FrontMatterValue = string | boolean | string[];

export interface MarkdownDocument {
  fields: Record<string, FrontMatterValue>;
  body: string;
}

const FENCE = /^---\s*$/;
const FIELD = /^([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(.*)$/;
const LIST_ITEM = /^\s+-\s+(.*)$/;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}

function scalar(raw: string): FrontMatterValue {
  const value = raw.trim();
  if (value === "true" || value === "false") return value === "true";
  if (value.startsWith("[") && value.endsWith("]")) {
    return value
      .slice(1, -1)
      .split(",")
      .map(unquote)
      .filter(Boolean);
  }
  return unquote(value);
}

export function parseMarkdownDocument(text: string): MarkdownDocument {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  if (!FENCE.test(lines[0] ?? "")) return { fields: {}, body: lines.join("\n") };
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) throw new Error("The front matter starts with --- but has no closing --- line.");
  const fields: Record<string, FrontMatterValue> = {};
  let listing: string | null = null;
  for (const [offset, line] of lines.slice(1, end).entries()) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    const item = LIST_ITEM.exec(line);
    if (item && listing) {
      (fields[listing] as string[]).push(unquote(item[1]!));
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) throw new Error(`Front matter line ${offset + 2} is not "key: value": ${line.trim().slice(0, 60)}`);
    const [, key, value] = field;
    if (value!.trim() === "") {
      fields[key!] = [];
      listing = key!;
    } else {
      fields[key!] = scalar(value!);
      listing = null;
    }
  }
  return { fields, body: lines.slice(end + 1).join("\n") };
}
