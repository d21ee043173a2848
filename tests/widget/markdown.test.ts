import { test } from "node:test";
import assert from "node:assert/strict";
import { parseInline, parseMarkdown, safeHref, type Block, type Inline } from "../../lib/widget/markdown";

function text(nodes: Inline[]): string {
  return nodes.map((n) => ("text" in n ? n.text : "children" in n ? text(n.children) : "\n")).join("");
}

function links(blocks: Block[]): string[] {
  const out: string[] = [];
  const walk = (nodes: Inline[]) => {
    for (const n of nodes) {
      if (n.kind === "link") out.push(n.href);
      if ("children" in n) walk(n.children);
    }
  };
  for (const b of blocks) (b.kind === "paragraph" ? [b.children] : b.items).forEach(walk);
  return out;
}

test("help-centre links and web links are kept", () => {
  const blocks = parseMarkdown("See [Return policy](/help/return-policy) or https://lumen.example/faq.");
  assert.deepEqual(links(blocks), ["/help/return-policy", "https://lumen.example/faq"]);
});

test("script, data and protocol-relative links lose their target and keep their text", () => {
  for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x", "/\\evil.example", "vbscript:x", "java\tscript:alert(1)"]) {
    assert.equal(safeHref(href), null, href);
  }
  const blocks = parseMarkdown("[click me](javascript:alert(1))");
  assert.deepEqual(links(blocks), []);
  assert.equal(text((blocks[0] as { children: Inline[] }).children).includes("click me"), true);
});

test("HTML in a message stays text", () => {
  const source = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const [block] = parseMarkdown(source);
  assert.deepEqual(block, { kind: "paragraph", children: [{ kind: "text", text: source }] });
});

test("emphasis, code, lists and line breaks are understood", () => {
  assert.deepEqual(parseInline("**30 days** and *free* `code`"), [
    { kind: "strong", children: [{ kind: "text", text: "30 days" }] },
    { kind: "text", text: " and " },
    { kind: "em", children: [{ kind: "text", text: "free" }] },
    { kind: "text", text: " " },
    { kind: "code", text: "code" },
  ]);
  const blocks = parseMarkdown("Steps:\n1. Pack it\n2. Ship it\n\n- one\n- two\nline one\nline two");
  assert.deepEqual(
    blocks.map((b) => b.kind + (b.kind === "list" ? `:${b.ordered}:${b.items.length}` : "")),
    ["paragraph", "list:true:2", "list:false:2", "paragraph"],
  );
  assert.deepEqual((blocks[3] as { children: Inline[] }).children.map((n) => n.kind), ["text", "break", "text"]);
});
