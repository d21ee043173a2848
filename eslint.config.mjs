// `npm run lint` (also the first step of `npm test`): Next.js core-web-vitals and TypeScript rules.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import stylistic from "@stylistic/eslint-plugin";

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
    // Formatting: the conventions the code already follows, checked rather than rewritten (no
    // Prettier pass over the tree). No indent rule: it disagrees with how ternaries and
    // continued expressions are indented here.
    plugins: { "@stylistic": stylistic },
    rules: {
      "@stylistic/quotes": ["error", "double", { avoidEscape: true, allowTemplateLiterals: "always" }],
      "@stylistic/jsx-quotes": ["error", "prefer-double"],
      "@stylistic/semi": ["error", "always"],
      "@stylistic/no-extra-semi": "error",
      "@stylistic/member-delimiter-style": "error",
      "@stylistic/comma-dangle": ["error", "always-multiline"],
      "@stylistic/comma-spacing": "error",
      "@stylistic/key-spacing": "error",
      "@stylistic/keyword-spacing": "error",
      "@stylistic/space-infix-ops": "error",
      "@stylistic/space-before-blocks": "error",
      "@stylistic/space-before-function-paren": ["error", { anonymous: "always", named: "never", asyncArrow: "always" }],
      "@stylistic/type-annotation-spacing": "error",
      "@stylistic/block-spacing": "error",
      "@stylistic/brace-style": ["error", "1tbs", { allowSingleLine: true }],
      "@stylistic/arrow-parens": ["error", "always"],
      "@stylistic/spaced-comment": ["error", "always", { block: { markers: ["!"], balanced: true } }],
      "@stylistic/eol-last": "error",
      "@stylistic/no-trailing-spaces": "error",
      "@stylistic/no-multiple-empty-lines": ["error", { max: 1 }],
      "@stylistic/no-tabs": "error",
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
