const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// The demo app's tests: its own config helpers (unit) and every salon route over HTTP, against
// this app with medusa-plugin-salon-erp installed (the plugin is built first: see scripts/test.mjs).
const testMatchByType = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
}

const testType = process.env.TEST_TYPE

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { decoratorMetadata: true, legacyDecorator: true },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: testType ? testMatchByType[testType] : Object.values(testMatchByType).flat(),
}
