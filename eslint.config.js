// One lint config for the workspace. Formatting is Prettier's job (`prettier --check` in `pnpm lint`).
import eslint from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/",
      "**/dist/",
      "**/.astro/",
      "**/.sanity/",
      "**/.dist-*/",
      "packages/content/generated/",
      "reports/",
      "**/.cache/",
      "**/fixtures/floor/",
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Code the Studio bundles for the browser: Vite would replace a Node built-in with an empty stub and the
    // Studio would crash on load. `sanity build` checks the real bundle (studio/src/build/browserSafety.ts);
    // this says so at the import, as you type it.
    files: [
      "packages/content/src/**/*.ts",
      "packages/review/src/**/*.ts",
      "studio/sanity.config.ts",
      "studio/src/{review,schemaTypes,structure}/**/*.ts",
      "studio/src/*.ts",
    ],
    // nodeCrypto.ts is what Node resolves `#signoff-crypto` to (package.json "imports"); browsers get browserCrypto.ts.
    ignores: [
      "packages/content/src/node.ts",
      "packages/content/src/node/**",
      "packages/content/src/signoff/crypto/nodeCrypto.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^node:", message: "Browser-safe code: Node built-ins belong behind a package's `node` entry." },
            { regex: "^tar$", message: "Browser-safe code: archives are read behind `@patient-ed/content/node`." },
            { regex: "(^|/)node(\\.ts)?$|/node/", message: "Browser-safe code cannot import a `node` entry." },
          ],
        },
      ],
    },
  },
  {
    // The only script patients' browsers run.
    files: ["site/public/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
