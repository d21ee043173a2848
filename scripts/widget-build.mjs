// Bundles the chat that runs inside the widget's iframe (lib/widget/frame) into public/widget/.
// The chat is plain TypeScript on the DOM plus socket.io-client, not a Next.js page: a React
// page would ship about 100 KB of framework to every visitor of every site that embeds the
// widget. Files are named by content hash so browsers may cache them for good; the iframe page
// (app/widget/frame) reads manifest.json to link the current ones.
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const widgetOutDir = path.join(root, "public", "widget");

export async function buildWidget() {
  const result = await build({
    entryPoints: { chat: path.join(root, "lib", "widget", "frame", "main.ts"), style: path.join(root, "lib", "widget", "frame", "chat.css") },
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    legalComments: "none",
    write: false,
    outdir: "out",
    logLevel: "warning",
  });
  rmSync(widgetOutDir, { recursive: true, force: true });
  mkdirSync(widgetOutDir, { recursive: true });
  const manifest = {};
  for (const file of result.outputFiles) {
    const ext = path.extname(file.path);
    const hash = createHash("sha256").update(file.contents).digest("hex").slice(0, 12);
    const name = `chat.${hash}${ext}`;
    writeFileSync(path.join(widgetOutDir, name), file.contents);
    manifest[ext.slice(1)] = `/widget/${name}`;
  }
  writeFileSync(path.join(widgetOutDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = await buildWidget();
  console.log(`widget chat built: ${Object.values(manifest).join(", ")}`);
}
