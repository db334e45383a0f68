#!/usr/bin/env node
// `npm run demo`: database (embedded unless DATABASE_URL is set), migrations, demo seed, then the
// server with the admin dashboard. Ctrl-C stops the server and the embedded database.
import { spawn } from "node:child_process"
import path from "node:path"
import {
  databaseUrl,
  ensureDatabase,
  isPortOpen,
  medusaBin,
  projectRoot,
  startEmbeddedPostgres,
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
} from "./lib/postgres.mjs"

const startedAt = Date.now()
const port = Number(process.env.PORT || 9000)
const say = (message) => console.log(`[demo] ${message}`)

let embedded = null
let server = null
let stopping = false

function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: projectRoot, env, stdio: "inherit" })
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`medusa ${args.join(" ")} exited with ${signal ?? code}`))
    )
  })
}

async function stopDatabase() {
  const proc = embedded?.pg?.process
  // On Ctrl-C the terminal signals PostgreSQL too (same process group): it then shuts down by itself.
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    await embedded.pg.stop()
  }
}

async function shutdown(exitCode) {
  if (stopping) return
  stopping = true
  say("stopping…")
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve))
    // `medusa develop` runs the server as its own child: stop the whole process group.
    try {
      process.kill(-server.pid, "SIGTERM")
    } catch {
      server.kill("SIGTERM")
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))])
  }
  await stopDatabase()
  say("stopped")
  process.exit(exitCode)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function prepareDatabase() {
  if (process.env.DATABASE_URL) {
    say(`using DATABASE_URL (${process.env.DATABASE_URL.replace(/\/\/[^@]*@/, "//…@")})`)
    return process.env.DATABASE_URL
  }
  const pgPort = Number(process.env.EMBEDDED_PG_PORT || 5433)
  const name = "salon_demo"
  if (await isPortOpen("127.0.0.1", pgPort)) {
    say(`a PostgreSQL already listens on ${pgPort} (a demo left running?); using it`)
    return databaseUrl({
      host: "127.0.0.1",
      port: pgPort,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      database: name,
    })
  }
  say(`starting embedded PostgreSQL on port ${pgPort} (data in .data/postgres)`)
  embedded = await startEmbeddedPostgres({ name: "postgres", port: pgPort })
  return databaseUrl({ ...embedded, database: name })
}

async function waitForHealth() {
  for (;;) {
    try {
      const res = await fetch(`http://localhost:${port}/health`)
      if (res.ok) return
    } catch {
      // not up yet
    }
    if (stopping || server?.exitCode !== null) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function main() {
  const url = await prepareDatabase()
  const env = { ...process.env, DATABASE_URL: url }
  if (await ensureDatabase(url)) say(`created database ${new URL(url).pathname.slice(1)}`)
  say("running migrations")
  await run(["db:migrate"], env)
  say("seeding the demo salon")
  await run(["exec", "./src/scripts/seed.ts"], env)
  say(`starting the server on http://localhost:${port}`)
  server = spawn(medusaBin, ["develop", "--no-lint"], {
    cwd: projectRoot,
    env,
    stdio: "inherit",
    detached: true,
  })
  server.on("exit", (code) => {
    if (!stopping) shutdown(code ?? 1)
  })
  await waitForHealth()
  if (!stopping && server.exitCode === null) {
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
    say(`ready in ${seconds}s: API http://localhost:${port}, admin http://localhost:${port}/app`)
    say("Ctrl-C stops the server and the embedded database")
  }
}

main().catch(async (error) => {
  console.error(`[demo] ${error.message}`)
  await shutdown(1)
})
