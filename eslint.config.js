// Medusa's own lint rules (strict preset: type-aware) plus typescript-eslint's recommended set.
const medusa = require("@medusajs/eslint-plugin")
const tseslint = require("typescript-eslint")

module.exports = [
  {
    ignores: [
      ".data/**",
      "**/.medusa/**",
      "**/migrations/**",
      "**/scripts/**/*.mjs",
      "**/bench/**/*.mjs",
      "eslint.config.js",
      "**/jest.config.js",
      "**/jest.setup.js",
      "**/integration-tests/setup.js",
    ],
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ["**/*.{ts,tsx}"] })),
  ...medusa.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The demo's scripts, tests and benchmarks import the plugin's sources through the type
    // check's path mapping (its build tsconfig leaves them out).
    files: ["apps/demo/**/*.ts"],
    languageOptions: { parserOptions: { project: "./apps/demo/tsconfig.typecheck.json" } },
  },
  {
    // Benchmarks read loosely-typed JSON answers from the HTTP API.
    files: ["apps/demo/bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
]
