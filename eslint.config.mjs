import { createRequire } from "node:module";

createRequire(import.meta.url)("./scripts/eslint-typescript.cjs");

const { default: tseslint } = await import("typescript-eslint");
const { default: reactHooks } = await import("eslint-plugin-react-hooks");
const { default: jsxA11y } = await import("eslint-plugin-jsx-a11y");
const { default: nextPlugin } = await import("@next/eslint-plugin-next");

const web = ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation*.ts"];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".data/",
      ".test-data/",
      ".test-results/",
      "coverage/",
      ".bench/",
      "next-env.d.ts",
    ],
  },
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      // Long strings (messages, class lists) may run on; code wraps at 120 as Prettier writes it.
      "max-len": [
        "error",
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["**/*.tsx", ...web],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/exhaustive-deps": "error",
      // The React Compiler's checks: the app is not compiled by it, so they advise rather than fail.
      "react-hooks/set-state-in-effect": "warn",
      "react-hooks/refs": "warn",
      // A keyboard-scrollable region (a wide table) is focusable on purpose.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"] }],
      "jsx-a11y/no-noninteractive-element-interactions": [
        "error",
        {
          handlers: ["onClick", "onError", "onLoad", "onMouseDown", "onMouseUp", "onKeyPress", "onKeyDown", "onKeyUp"],
          alert: ["onKeyUp", "onKeyDown", "onKeyPress"],
          dialog: ["onKeyUp", "onKeyDown", "onKeyPress"],
          body: ["onError", "onLoad"],
          iframe: ["onError", "onLoad"],
          img: ["onError", "onLoad"],
        },
      ],
    },
    settings: { next: { rootDir: "." } },
  },
  {
    // Boundaries: the web app reaches the Policy API over HTTP only (its tests may start the API's test harness).
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation*.ts"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@/backend/*", "**/backend/*"], message: "Share code with the API through contract/." }],
        },
      ],
    },
  },
  {
    // A form its script submits, rendered on the server, would send its fields in the page's address if submitted
    // before hydration: ClientForm holds that submit (lib/early-submit.ts). A plain GET or POST form says its method.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "JSXOpeningElement[name.name='form']:has(JSXAttribute[name.name='onSubmit']):not(:has(JSXAttribute[name.name='method']))",
          message: "A form its script submits is a ClientForm (components/ui/client-form.tsx).",
        },
      ],
    },
  },
  {
    files: ["contract/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/components/*", "@/lib/*", "@/backend/*", "next", "next/*", "react", "react-dom"],
              message: "contract/ is shared by both sides: zod schemas and plain TypeScript only.",
            },
          ],
        },
      ],
    },
  },
  {
    // The backend's layers: scripts/import-boundaries.test.ts holds the rest of the rules.
    files: ["backend/domain/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["fastify", "@fastify/*", "drizzle-orm", "drizzle-orm/*", "**/http/*", "**/routes/*"],
              message: "domain/ is plain logic: no HTTP, no routes, no queries (storage/ owns those).",
            },
          ],
        },
      ],
    },
  },
  {
    // Linted with the same rules; their long lines wait for the one-off Prettier run rather than a hand reformat.
    files: ["backend/**", "e2e/**", "scripts/**"],
    rules: { "max-len": "warn" },
  },
  {
    files: ["**/*.test.{ts,tsx}", "e2e/**", "mocks/**", "backend/test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
