import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The page inside the widget's iframe: an empty shell for the chat bundle built by
 * scripts/widget-build.mjs. It is the one page any site may frame; everything else in the app
 * refuses framing (next.config.js). Its own policy allows scripts, styles and connections only
 * from the desk itself.
 */
const policy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  // Attachments are fetched with the chat's token and shown from blob: URLs.
  "img-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

export const dynamic = "force-dynamic";

export async function GET() {
  let manifest: { js?: string; css?: string };
  try {
    manifest = JSON.parse(await readFile(path.join(process.cwd(), "public", "widget", "manifest.json"), "utf8"));
  } catch {
    return new Response("The chat bundle is missing; run `node scripts/widget-build.mjs`.", { status: 503 });
  }
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Chat</title>
<link rel="stylesheet" href="${manifest.css}">
<script type="module" src="${manifest.js}"></script>
</head>
<body><main id="chat"></main></body>
</html>`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": policy,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-cache",
    },
  });
}
