import { parseMarkdown, type Inline } from "../widget/markdown";

/** The words of a chat message without its markdown, cut to fit one line of the inbox. */

const PREVIEW_LENGTH = 120;

function words(nodes: Inline[]): string {
  return nodes.map((node) => (node.kind === "text" || node.kind === "code" ? node.text : node.kind === "break" ? " " : words(node.children))).join("");
}

export function messagePreview(body: string, length = PREVIEW_LENGTH): string {
  const text = parseMarkdown(body)
    .map((block) => (block.kind === "paragraph" ? words(block.children) : block.items.map(words).join("; ")))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}
