#!/usr/bin/env node
// `npm run demo`: database (embedded unless DATABASE_URL is set), migrations, demo seed, then the
// server with the admin dashboard, from a production build (`medusa build`, made on the first run
// and again only when the sources change; `medusa start`). `npm run dev` is the watching
// development server. Ctrl-C stops the server and the embedded database.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import { appBuildDir, appFingerprint, ensureAppBuilt } from "./lib/app-build.mjs"
import { ensurePluginBuilt } from "./lib/plugin-build.mjs"
import {
  databaseUrl,
  embeddedDataDir,
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
const elapsed = () => ((Date.now() - startedAt) / 1000).toFixed(1)
const say = (message) => console.log(`[demo ${elapsed()}s] ${message}`)

let embedded = null
let server = null
let stopping = false
/** Migrations, seed and builds still running: stopped with the demo. */
const children = new Set()
const track = (child) => {
  children.add(child)
  child.once("exit", () => children.delete(child))
}

function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: projectRoot, env, stdio: "inherit" })
    track(child)
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
    // Stop the server's whole process group (the CLI and anything it started).
    try {
      process.kill(-server.pid, "SIGTERM")
    } catch {
      server.kill("SIGTERM")
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))])
  }
  for (const child of children) child.kill("SIGTERM")
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
  say(`starting embedded PostgreSQL on port ${pgPort} (data in ${embeddedDataDir("postgres")})`)
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

/** Resolves true once GET /app answers with the dashboard's HTML (the first admin page). */
async function waitForAdmin() {
  for (let attempt = 0; attempt < 60 && !stopping && server?.exitCode === null; attempt++) {
    try {
      const res = await fetch(`http://localhost:${port}/app`)
      if (res.ok && /<html/i.test(await res.text())) return true
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

// The seed's defaults (src/scripts/seed/admin-user.ts), to print the login when the seed is skipped.
const adminEmail = process.env.DEMO_ADMIN_EMAIL || "admin@lotus-beauty.test"
const adminPassword = process.env.DEMO_ADMIN_PASSWORD || "lotus-demo-2026"

async function withClient(url, fn) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/**
 * Migrations and the seed change nothing when run again on the same sources (the seed finds
 * before it creates), but take most of a start: once both have succeeded, the database's comment
 * records for which sources, and the next start skips them while those are unchanged.
 */
function preparedMark() {
  const hash = crypto
    .createHash("sha256")
    .update([appFingerprint(), adminEmail, adminPassword].join("\n"))
    .digest("hex")
    .slice(0, 20)
  return `salon-erp demo: migrated and seeded for sources ${hash}`
}

async function prepareDatabaseAndSeed() {
  const url = await prepareDatabase()
  const env = { ...process.env, DATABASE_URL: url }
  if (await ensureDatabase(url)) say(`created database ${new URL(url).pathname.slice(1)}`)
  const mark = preparedMark()
  const current = await withClient(url, (client) =>
    client
      .query(
        "SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = current_database()"
      )
      .then(({ rows }) => rows[0]?.mark)
  ).catch(() => null)
  if (current === mark && !process.env.DEMO_RESEED) {
    say(
      "database already migrated and seeded for these sources: skipping both (DEMO_RESEED=1 redoes them)"
    )
    say(`admin login: ${adminEmail} / ${adminPassword}`)
    return env
  }
  say("running migrations")
  await run(["db:migrate"], env)
  say("seeding the demo salon")
  await run(["exec", "./src/scripts/seed.ts"], env)
  await withClient(url, (client) =>
    client.query(
      `COMMENT ON DATABASE ${client.escapeIdentifier(decodeURIComponent(new URL(url).pathname.slice(1)))} IS ${client.escapeLiteral(mark)}`
    )
  ).catch((error) => say(`(could not record that the database is seeded: ${error.message})`))
  return env
}

async function main() {
  // The app loads the plugin from its build, for migrations as for the server.
  await ensurePluginBuilt({ say, onChild: track })
  // The production build does not need the database: both go on at once.
  const [env] = await Promise.all([
    prepareDatabaseAndSeed(),
    ensureAppBuilt({ say, onChild: track }),
  ])
  if (stopping) return
  say(`starting the server on http://localhost:${port}`)
  server = spawn(medusaBin, ["start"], {
    cwd: appBuildDir,
    env: {
      ...env,
      // `medusa start` defaults NODE_ENV to "production", where the admin's session cookie is
      // `Secure`: a browser then never sends it back over http://localhost and every admin call
      // after login answers 401. Any other value than "development" (which would start Vite's dev
      // server) still serves the production build made above; a deployment behind TLS sets
      // NODE_ENV=production.
      NODE_ENV: process.env.DEMO_NODE_ENV || "demo",
      PORT: String(port),
    },
    stdio: "inherit",
    detached: true,
  })
  server.on("exit", (code) => {
    if (!stopping) shutdown(code ?? 1)
  })
  await waitForHealth()
  if (!stopping && server.exitCode === null) {
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
    say(`API ready in ${seconds}s: http://localhost:${port}`)
    if (await waitForAdmin()) {
      const adminSeconds = ((Date.now() - startedAt) / 1000).toFixed(1)
      say(`admin ready in ${adminSeconds}s: http://localhost:${port}/app`)
    }
    say("Ctrl-C stops the server and the embedded database")
  }
}

main().catch(async (error) => {
  console.error(`[demo ${elapsed()}s] ${error.message}`)
  await shutdown(1)
})
