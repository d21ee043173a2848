import { parseMarkdown, type Inline } from "../markdown";
import { h } from "./dom";

function inlineNodes(inlines: Inline[]): Node[] {
  return inlines.map((node): Node => {
    switch (node.kind) {
      case "text":
        return document.createTextNode(node.text);
      case "break":
        return h("br");
      case "code":
        return h("code", {}, node.text);
      case "strong":
        return h("strong", {}, ...inlineNodes(node.children));
      case "em":
        return h("em", {}, ...inlineNodes(node.children));
      case "link":
        // Relative links point into the desk's help centre, which opens beside the chat.
        return h("a", { href: node.href, target: "_blank", rel: "noopener noreferrer" }, ...inlineNodes(node.children));
    }
  });
}

export function renderMarkdown(source: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of parseMarkdown(source)) {
    if (block.kind === "paragraph") fragment.appendChild(h("p", {}, ...inlineNodes(block.children)));
    else fragment.appendChild(h(block.ordered ? "ol" : "ul", {}, ...block.items.map((item) => h("li", {}, ...inlineNodes(item)))));
  }
  return fragment;
}
