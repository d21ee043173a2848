// `npm run lint` (also the first step of `npm test`): Next.js core-web-vitals and TypeScript rules.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    // Generated or built output, not source.
    ".next/**",
    "lib/generated/**",
    "public/widget/**",
    "test-results/**",
    "playwright-report/**",
    "data/**",
    "next-env.d.ts",
  ]),
]);
