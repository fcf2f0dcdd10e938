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
    // The only script patients' browsers run.
    files: ["site/public/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
