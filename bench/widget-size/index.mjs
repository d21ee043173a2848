// `npm run bench:widget-size [-- --url http://localhost:3000]`
//
// Gzipped size of what a visitor downloads for the chat widget: the loader every page of the
// customer's site fetches, and the JavaScript the chat iframe loads when opened. Without --url
// the files are read from disk (building the chat first if needed), following the same
// manifest the iframe page links; with --url the iframe page of a running desk is fetched and
// every script and style sheet it references is measured.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const KB = 1024;
const targets = { loader: 5 * KB, js: 120 * KB };
const { values } = parseArgs({ options: { url: { type: "string" } } });

async function fromServer(base) {
  const get = async (p) => {
    const response = await fetch(new URL(p, base));
    if (!response.ok) throw new Error(`${p}: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const html = (await get("/widget/frame")).toString("utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return {
    loader: { name: "/widget.js", bytes: await get("/widget.js") },
    js: await Promise.all(scripts.map(async (name) => ({ name, bytes: await get(name) }))),
    css: await Promise.all(styles.map(async (name) => ({ name, bytes: await get(name) }))),
  };
}

async function fromDisk() {
  const manifestFile = path.join(root, "public", "widget", "manifest.json");
  if (!existsSync(manifestFile)) await (await import("../../scripts/widget-build.mjs")).buildWidget();
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  const read = (p) => ({ name: p, bytes: readFileSync(path.join(root, "public", p)) });
  return { loader: read("/widget.js"), js: [read(manifest.js)], css: [read(manifest.css)] };
}

const files = values.url ? await fromServer(values.url) : await fromDisk();
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const row = (label, list, target) => {
  const raw = list.reduce((s, f) => s + f.bytes.length, 0);
  const zipped = list.reduce((s, f) => s + gz(f.bytes), 0);
  const budget = target ? `  target ${kb(target)}  ${((zipped / target) * 100).toFixed(0)}% ${zipped <= target ? "ok" : "OVER"}` : "";
  console.log(`${label.padEnd(22)} ${kb(raw).padStart(9)} raw ${kb(zipped).padStart(9)} gzip${budget}`);
  for (const f of list) console.log(`  ${f.name}`);
  return zipped <= (target ?? Infinity);
};

console.log(`widget size (${values.url ? values.url : "files on disk"})`);
const ok = [row("loader", [files.loader], targets.loader), row("iframe page JavaScript", files.js, targets.js), row("iframe page CSS", files.css)];
process.exit(ok.every(Boolean) ? 0 : 1);
