#!/usr/bin/env node
// `npm run bench [name…]`: a fresh database, the server (production mode, no admin build) and
// then each bench/<name>.bench.ts under `medusa exec`, which seeds its volume in-process and
// measures over HTTP. Prints every figure, then a summary of the `[bench]` lines.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { ensurePluginBuilt } from "./lib/plugin-build.mjs"
import {
  databaseUrl,
  ensureDatabase,
  findPostgres,
  isPortOpen,
  medusaBin,
  projectRoot,
  stopEmbedded,
} from "./lib/postgres.mjs"

let port = Number(process.env.BENCH_PORT || 9102)
const wanted = process.argv.slice(2)
const say = (message) => console.log(`[bench-runner] ${message}`)

let pgServer = null
let app = null
let benchDatabaseUrl = null
const collected = []

function run(args, env, { collect = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, {
      cwd: projectRoot,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    })
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk)
      if (collect) {
        for (const line of chunk.toString().split("\n")) {
          if (line.startsWith("[bench]")) collected.push(line)
        }
      }
    })
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} exited with ${code}`))
    )
  })
}

async function dropDatabase(url) {
  const { default: pg } = await import("pg")
  const maintenance = new URL(url)
  const name = decodeURIComponent(maintenance.pathname.slice(1))
  maintenance.pathname = "/postgres"
  const client = new pg.Client({ connectionString: maintenance.toString() })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await client.end()
}

async function cleanup() {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.once("exit", resolve))
    app.kill("SIGTERM")
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))])
  }
  if (benchDatabaseUrl && !process.env.BENCH_KEEP_DATABASE) {
    await dropDatabase(benchDatabaseUrl).catch(() => {})
  }
  await stopEmbedded(pgServer)
}

async function main() {
  // The app loads the plugin from its build.
  await ensurePluginBuilt({ say })
  const benches = fs
    .readdirSync(path.join(projectRoot, "bench"))
    .filter((file) => file.endsWith(".bench.ts"))
    .map((file) => file.replace(/\.bench\.ts$/, ""))
    .filter((name) => !wanted.length || wanted.includes(name))
    .sort((a, b) => (a === "foundation" ? -1 : b === "foundation" ? 1 : a.localeCompare(b)))
  if (!benches.length) throw new Error(`no benchmark matches ${wanted.join(", ")}`)

  pgServer = await findPostgres({ embeddedName: "postgres-test", embeddedPort: 5434 })
  // Own database and port per run, so two benchmark runs never collide.
  const url = databaseUrl({ ...pgServer, database: `salon_bench_${process.pid}` })
  while (!process.env.BENCH_PORT && (await isPortOpen("127.0.0.1", port))) port++
  benchDatabaseUrl = url
  const env = {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    DATABASE_URL: url,
    DISABLE_MEDUSA_ADMIN: "true",
    PORT: String(port),
    BENCH_BASE_URL: `http://localhost:${port}`,
  }
  delete env.REDIS_URL
  say(`fresh database ${new URL(url).pathname.slice(1)} on ${pgServer.source}`)
  await dropDatabase(url)
  await ensureDatabase(url)
  await run(["db:migrate"], env)

  say(`starting the server on port ${port}`)
  // BENCH_CPU_PROFILE_DIR=<dir> writes a V8 CPU profile of the server there when it stops.
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR
  app = profileDir
    ? spawn(
        process.execPath,
        ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`, medusaBin, "start"],
        {
          cwd: projectRoot,
          env,
          stdio: "inherit",
        }
      )
    : spawn(medusaBin, ["start"], { cwd: projectRoot, env, stdio: "inherit" })
  // Benches measure the server's CPU time from /proc (the server and the processes it starts).
  env.BENCH_SERVER_PID = String(app.pid)
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${env.BENCH_BASE_URL}/health`)).ok) break
    } catch {
      // starting
    }
    if (app.exitCode !== null || i > 400) throw new Error("the server did not start")
    await new Promise((resolve) => setTimeout(resolve, 300))
  }

  for (const name of benches) {
    say(`running bench/${name}.bench.ts`)
    const startedAt = Date.now()
    await run(["exec", `./bench/${name}.bench.ts`], env, { collect: true })
    say(`bench/${name}.bench.ts took ${((Date.now() - startedAt) / 1000).toFixed(1)}s`)
  }

  console.log("\n=== benchmark summary ===")
  for (const line of collected) console.log(line)
}

process.on("SIGINT", async () => {
  await cleanup()
  process.exit(130)
})

main()
  .then(async () => {
    await cleanup()
    process.exit(0)
  })
  .catch(async (error) => {
    console.error(`[bench-runner] FAILED: ${error.message}`)
    await cleanup()
    process.exit(1)
  })
