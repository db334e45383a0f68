// Medusa's own lint rules (strict preset: type-aware) plus typescript-eslint's recommended set.
const medusa = require("@medusajs/eslint-plugin")
const tseslint = require("typescript-eslint")

module.exports = [
  {
    ignores: [
      ".data/**",
      "**/migrations/**",
      "scripts/**",
      "bench/**/*.mjs",
      "eslint.config.js",
      "jest.config.js",
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
    // Benchmarks read loosely-typed JSON answers from the HTTP API.
    files: ["bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
]
