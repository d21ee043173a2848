import type { ReactNode } from "react";
import { parseMarkdown, type Inline } from "@/lib/widget/markdown";

/** Help-centre text rendered from the same safe markdown tree the chat uses: React escapes the text, links are vetted. */
function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case "text":
        return node.text;
      case "strong":
        return <strong key={i}>{inline(node.children)}</strong>;
      case "em":
        return <em key={i}>{inline(node.children)}</em>;
      case "code":
        return (
          <code key={i} className="rounded bg-slate-100 px-1">
            {node.text}
          </code>
        );
      case "link":
        return (
          <a key={i} href={node.href} className="text-brand-700 underline">
            {inline(node.children)}
          </a>
        );
      case "break":
        return <br key={i} />;
    }
  });
}

/** `className` replaces the help centre's roomy article spacing, e.g. for a chat bubble. */
export function MarkdownView({ source, className = "space-y-4 leading-relaxed text-slate-700" }: { source: string; className?: string }) {
  return (
    <div className={className}>
      {parseMarkdown(source).map((block, i) =>
        block.kind === "paragraph" ? (
          <p key={i}>{inline(block.children)}</p>
        ) : block.ordered ? (
          <ol key={i} className="list-decimal space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ol>
        ) : (
          <ul key={i} className="list-disc space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
