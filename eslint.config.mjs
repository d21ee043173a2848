// `npm run lint` (also the first step of `npm test`): Next.js core-web-vitals and TypeScript rules.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { secret: _secret, ...rest } = x` is how the code leaves a field out of a copy.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  {
    files: ["tests/**", "e2e/**"],
    rules: {
      // Tests read JSON responses as `any`: the assertions that follow are the shape check.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    files: ["public/widget.js"],
    rules: {
      // The loader runs on any host page in ES5 syntax, where `catch` must name its error.
      "@typescript-eslint/no-unused-vars": ["warn", { caughtErrors: "none" }],
    },
  },
  globalIgnores([
    // Generated or built output, not source.
    ".next/**",
    "lib/generated/**",
    "public/widget/**",
    "test-results/**",
    "playwright-report/**",
    "data/**",
    "next-env.d.ts",
    // Held-out evaluation sets are not read by tooling.
    "tests/heldout/**",
  ]),
]);
