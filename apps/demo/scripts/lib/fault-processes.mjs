// The processes the fault test starts, kills and restarts: Medusa servers and a worker from the
// production build, and a private redis-server. Every child runs in its own process group, so a
// `kill -9` takes the whole process down at once and cleanup never touches anything else.
import { execFile, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { appBuildDir } from "./app-build.mjs"
import { isPortOpen, medusaBin } from "./postgres.mjs"

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Every process started here, for cleanup. */
const started = new Set()
/** One-off commands still running (migrations, user creation). */
const oneOffs = new Set()

const isRunning = (child) => !!child && child.exitCode === null && child.signalCode === null

/** Polls `check` until it returns something truthy; throws after `timeoutMs`. */
export async function waitUntil(check, timeoutMs, what, intervalMs = 250) {
  const startedAt = Date.now()
  for (;;) {
    const value = await check().catch(() => null)
    if (value) return value
    if (Date.now() - startedAt > timeoutMs) {
      throw new Error(`timed out after ${(timeoutMs / 1000).toFixed(0)} s waiting for ${what}`)
    }
    await sleep(intervalMs)
  }
}

/** The first port from `from` on which nothing listens. */
export async function freePort(from, taken = []) {
  for (let port = from; port < from + 200; port++) {
    if (!taken.includes(port) && !(await isPortOpen("127.0.0.1", port))) return port
  }
  throw new Error(`no free port in ${from}–${from + 199}`)
}

/** The last lines a process wrote to its log, to explain a failure. */
export function logTail(file, lines = 30) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

/**
 * A process the test can start, `kill -9` and start again under the same name; its output goes
 * to `<logDir>/<name>.log` (appended across restarts).
 */
export class ManagedProcess {
  constructor({ name, command, args, cwd, env, logDir, readyCheck, readyTimeoutMs = 120000 }) {
    Object.assign(this, { name, command, args, cwd, env, readyCheck, readyTimeoutMs })
    this.logFile = path.join(logDir, `${name}.log`)
    this.child = null
    this.starts = 0
  }

  get running() {
    return isRunning(this.child)
  }

  async start() {
    if (this.running) throw new Error(`${this.name} is already running`)
    const log = fs.openSync(this.logFile, "a")
    fs.writeSync(log, `\n--- start ${++this.starts} at ${new Date().toISOString()}\n`)
    this.child = spawn(this.command, this.args, {
      cwd: this.cwd,
      env: this.env,
      stdio: ["ignore", log, log],
      detached: true,
    })
    fs.closeSync(log)
    started.add(this)
    const child = this.child
    let spawnError = null
    child.once("error", (error) => (spawnError = error))
    const deadline = Date.now() + this.readyTimeoutMs
    for (;;) {
      if (spawnError) throw new Error(`${this.name} could not start: ${spawnError.message}`)
      if (!isRunning(child)) {
        throw new Error(
          `${this.name} exited (${child.signalCode ?? child.exitCode}) while starting:\n${logTail(this.logFile)}`
        )
      }
      if (await this.readyCheck().catch(() => false)) return
      if (Date.now() > deadline) {
        throw new Error(
          `${this.name} was not ready within ${this.readyTimeoutMs / 1000} s:\n${logTail(this.logFile)}`
        )
      }
      await sleep(250)
    }
  }

  /** `kill -9` of the whole process group, as a crash or an OOM kill would end it. */
  async kill9() {
    await this.signal("SIGKILL", 10000)
  }

  /** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
  async stop(graceMs = 8000) {
    if (!this.running) return
    await this.signal("SIGTERM", graceMs)
    if (this.running) await this.signal("SIGKILL", 5000)
  }

  async signal(signal, waitMs) {
    const child = this.child
    if (!isRunning(child)) return
    const exited = new Promise((resolve) => child.once("exit", resolve))
    try {
      process.kill(-child.pid, signal)
    } catch {
      child.kill(signal)
    }
    await Promise.race([exited, sleep(waitMs)])
  }
}

/** `medusa start` of the production build in the given worker mode, ready when /health answers. */
export function medusaProcess({ name, mode, port, env, logDir }) {
  return new ManagedProcess({
    name,
    command: medusaBin,
    args: ["start"],
    cwd: appBuildDir,
    env: { ...env, MEDUSA_WORKER_MODE: mode, PORT: String(port) },
    logDir,
    readyCheck: async () =>
      (await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) })).ok,
  })
}

/** A redis-server of our own that keeps nothing on disk: killed and started again, it is empty. */
export function redisProcess({ port, logDir }) {
  return new ManagedProcess({
    name: "redis",
    command: "redis-server",
    args: ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    cwd: logDir,
    env: process.env,
    logDir,
    readyTimeoutMs: 15000,
    readyCheck: async () => (await redisCli(port, ["PING"])).trim() === "PONG",
  })
}

/** Runs redis-cli against our Redis (5 s at most) and resolves its output. */
export function redisCli(port, args) {
  return new Promise((resolve, reject) =>
    execFile(
      "redis-cli",
      ["-h", "127.0.0.1", "-p", String(port), ...args],
      { timeout: 5000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(stdout)
    )
  )
}

/** Runs a one-off medusa command (migrations, user creation) to completion, output to a log. */
export function runMedusa(args, { cwd, env, logDir, name, timeoutMs = 180000 }) {
  return new Promise((resolve, reject) => {
    const logFile = path.join(logDir, `${name}.log`)
    const log = fs.openSync(logFile, "a")
    const child = spawn(medusaBin, args, { cwd, env, stdio: ["ignore", log, log], detached: true })
    fs.closeSync(log)
    oneOffs.add(child)
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {
        child.kill("SIGKILL")
      }
    }, timeoutMs)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      clearTimeout(timer)
      oneOffs.delete(child)
      if (code === 0) resolve()
      else
        reject(
          new Error(`medusa ${args.join(" ")} failed (${signal ?? code}):\n${logTail(logFile)}`)
        )
    })
  })
}

/** Stops everything this module started (the test's own processes only). */
export async function stopAll() {
  for (const child of oneOffs) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
  await Promise.all([...started].map((managed) => managed.stop()))
}

/** Last resort on exit: SIGKILL whatever is still running, synchronously. */
export function killAllNow() {
  for (const child of oneOffs) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
  for (const managed of started) {
    if (managed.running) {
      try {
        process.kill(-managed.child.pid, "SIGKILL")
      } catch {
        // already gone
      }
    }
  }
}
