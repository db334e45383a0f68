const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// The plugin's own tests: pure functions (unit) and each module against a real PostgreSQL.
// HTTP tests boot an app, so they live in apps/demo, the app that installs this plugin.
const testMatchByType = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
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
  setupFiles: ["./jest.setup.js"],
  testPathIgnorePatterns: testType === "integration:modules" ? ["\\.unit\\.spec\\.[jt]s$"] : [],
  testMatch: testType ? testMatchByType[testType] : Object.values(testMatchByType).flat(),
}
