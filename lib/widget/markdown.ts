/**
 * The small markdown subset chat replies use (paragraphs, lists, bold, italics, code, links),
 * parsed into a tree the widget turns into DOM nodes itself. Nothing in a message is ever
 * interpreted as HTML, and only http(s) and same-site relative links survive.
 */

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "strong"; children: Inline[] }
  | { kind: "em"; children: Inline[] }
  | { kind: "code"; text: string }
  | { kind: "link"; href: string; children: Inline[] }
  | { kind: "break" };

export type Block = { kind: "paragraph"; children: Inline[] } | { kind: "list"; ordered: boolean; items: Inline[][] };

/** The link target if it is safe to follow, otherwise null (the link text stays as text). */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  // Browsers drop tabs and newlines inside URLs and treat backslashes like slashes, so
  // "java\tscript:" and "/\evil.example" must be judged by what the browser will see.
  if (/[\u0000-\u001f\u007f\\\s]/.test(href)) return null;
  if (/^https?:\/\/[^/?#]+/i.test(href)) return href;
  if (href.startsWith("/") && !href.startsWith("//")) return href;
  if (href.startsWith("#")) return href;
  return null;
}

const inlinePattern = /`([^`\n]+)`|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|_([^_\s](?:[^_]*[^_\s])?)_|\[([^\]\n]+)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/;

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let rest = source;
  const pushText = (text: string) => {
    if (!text) return;
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      if (i > 0) out.push({ kind: "break" });
      if (!line) return;
      const last = out[out.length - 1];
      if (last?.kind === "text") last.text += line;
      else out.push({ kind: "text", text: line });
    });
  };
  while (rest) {
    const m = inlinePattern.exec(rest);
    if (!m) {
      pushText(rest);
      break;
    }
    pushText(rest.slice(0, m.index));
    const [whole, code, strong1, strong2, em1, em2, linkText, linkHref, bare] = m;
    if (code !== undefined) out.push({ kind: "code", text: code });
    else if (strong1 !== undefined || strong2 !== undefined) out.push({ kind: "strong", children: parseInline(strong1 ?? strong2) });
    else if (em1 !== undefined || em2 !== undefined) out.push({ kind: "em", children: parseInline(em1 ?? em2) });
    else if (linkText !== undefined) {
      const href = safeHref(linkHref);
      if (href) out.push({ kind: "link", href, children: parseInline(linkText) });
      else pushText(linkText);
    } else if (bare !== undefined) {
      const href = safeHref(bare);
      if (href) out.push({ kind: "link", href, children: [{ kind: "text", text: bare }] });
      else pushText(bare);
    }
    rest = rest.slice(m.index + whole.length);
  }
  return out;
}

const bullet = /^\s*[-*•]\s+(.*)$/;
const numbered = /^\s*\d{1,3}[.)]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", children: parseInline(paragraph.join("\n")) });
    paragraph = [];
  };
  for (const line of lines) {
    const item = bullet.exec(line) ?? numbered.exec(line);
    if (item) {
      flush();
      const ordered = !bullet.test(line);
      const last = blocks[blocks.length - 1];
      if (last?.kind === "list" && last.ordered === ordered) last.items.push(parseInline(item[1]));
      else blocks.push({ kind: "list", ordered, items: [parseInline(item[1])] });
    } else if (!line.trim()) {
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
