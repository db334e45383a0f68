#!/usr/bin/env node
// `npm test`: unit, module integration and HTTP integration tests against a real PostgreSQL.
// Unit tests run in the plugin and in the demo app, module tests in the plugin, HTTP tests in the
// demo app, which installs the plugin from its build (rebuilt first when its sources changed).
// Uses DATABASE_URL or DB_HOST when given, else a server on 127.0.0.1:5432, else the embedded one.
//   npm test                          all three suites
//   npm run test:integration:http     one suite
//   npm test -- integration:http booking   one suite, jest path filter "booking"
import { spawn } from "node:child_process"
import path from "node:path"
import { ensurePluginBuilt, pluginRoot } from "./lib/plugin-build.mjs"
import { findPostgres, projectRoot, repoRoot, stopEmbedded } from "./lib/postgres.mjs"

const SUITES = ["unit", "integration:modules", "integration:http"]
const args = process.argv.slice(2)
const suites = args.filter((arg) => SUITES.includes(arg))
const jestArgs = args.filter((arg) => !SUITES.includes(arg))
const say = (message) => console.log(`[test] ${message}`)

let server = null

async function resolveDatabase(env) {
  server = await findPostgres({
    env,
    embeddedName: "postgres-test",
    embeddedPort: Number(env.EMBEDDED_PG_TEST_PORT || 5434),
  })
  env.DB_HOST = server.host
  env.DB_PORT = String(server.port)
  env.DB_USERNAME = server.user
  env.DB_PASSWORD = server.password
  return server.source
}

/** Where each suite's test files live: the plugin's own tests, and the app's. */
const PROJECTS = {
  unit: [pluginRoot, projectRoot],
  "integration:modules": [pluginRoot],
  "integration:http": [projectRoot],
}

function runJest(suite, cwd, env) {
  const jestBin = path.join(repoRoot, "node_modules", "jest", "bin", "jest.js")
  // HTTP test files each boot the whole app in one worker, one file after another; the app does not
  // give all its memory back, so the worker is replaced once it holds over 2 GB after a file
  // (in one process, ~17 files reached Node's 4 GB heap limit).
  const sequential =
    suite === "unit"
      ? []
      : suite === "integration:http"
        ? ["--maxWorkers=1", "--workerIdleMemoryLimit=2GB"]
        : ["--runInBand"]
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "--experimental-vm-modules",
        jestBin,
        "--silent=false",
        "--forceExit",
        // A path filter may match no file in one of a suite's projects.
        "--passWithNoTests",
        ...sequential,
        ...jestArgs,
      ],
      { cwd, env: { ...env, TEST_TYPE: suite }, stdio: "inherit" }
    )
    child.on("exit", (code) => resolve(code ?? 1))
  })
}

async function main() {
  const env = { ...process.env, NODE_ENV: "test" }
  // Tests run on the in-process event bus, workflow engine and locks; Redis is checked by scripts/check-redis.mjs.
  delete env.REDIS_URL
  delete env.MEDUSA_WORKER_MODE
  say(`database: ${await resolveDatabase(env)}`)

  const results = []
  for (const suite of suites.length ? suites : SUITES) {
    const startedAt = Date.now()
    if (suite === "integration:http") await ensurePluginBuilt({ say })
    let code = 0
    for (const cwd of PROJECTS[suite]) {
      say(`running ${suite} tests in ${path.relative(repoRoot, cwd)}`)
      code = (await runJest(suite, cwd, env)) || code
    }
    results.push({ suite, code, seconds: (Date.now() - startedAt) / 1000 })
  }

  console.log("\n[test] summary")
  for (const { suite, code, seconds } of results) {
    console.log(
      `[test]   ${suite.padEnd(20)} ${code === 0 ? "passed" : "FAILED"}  ${seconds.toFixed(1)}s`
    )
  }
  const failed = results.some(({ code }) => code !== 0)
  await stopEmbedded(server)
  process.exit(failed ? 1 : 0)
}

process.on("SIGINT", async () => {
  await stopEmbedded(server)
  process.exit(130)
})

main().catch(async (error) => {
  console.error(`[test] ${error.stack || error.message}`)
  await stopEmbedded(server)
  process.exit(1)
})
