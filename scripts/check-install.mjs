#!/usr/bin/env node
/**
 * `npm run check:install`: proves that medusa-plugin-salon-erp installs and runs in a plain Medusa
 * 2.21.1 app built from npm packages only, beside @medusajs/loyalty-plugin.
 *
 *  1. builds the plugin (`medusa plugin:build`) and packs it (`npm pack`) into a temp directory;
 *  2. writes a fresh Medusa app in another temp directory (package.json, medusa-config.ts,
 *     tsconfig.json; no code from this repository besides the tarball) and runs `npm install`;
 *  3. creates a fresh database, runs `medusa db:migrate` and `medusa build` (admin included), then
 *     boots the built server (`medusa start` in .medusa/server, NODE_ENV=production) on a free
 *     loopback port;
 *  4. over HTTP: an admin list route and a store route of every salon capability answer 200, and an
 *     online checkout pays part of a cart with stored value (the balance drops by exactly that
 *     amount, the ledger gets one spend entry);
 *  5. the loyalty plugin's store credit still works (a store credit account funded through its
 *     admin API, read back through its store API);
 *  6. the built admin bundle contains the plugin's pages;
 *  7. prints a summary with timings. Exits non-zero on any failure; always stops the server and
 *     drops the database.
 *
 * Environment: DB_HOST (127.0.0.1), DB_PORT (5432), DB_USERNAME (postgres), DB_PASSWORD (empty).
 * CHECK_INSTALL_TIMEOUT_MINUTES (14) bounds the whole run; CHECK_INSTALL_KEEP=1 keeps the temp
 * directories (their paths are printed); CHECK_INSTALL_SKIP_BUILD=1 packs the existing
 * .medusa/server without rebuilding the plugin; CHECK_INSTALL_PLUGIN_DIR builds and packs the
 * plugin from another checkout (e.g. a `git worktree` of a commit) instead of this one;
 * CHECK_INSTALL_REUSE_APP=<dir> reuses an app kept by an earlier run (skips steps 1 and 2).
 */
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
// The same PostgreSQL the tests use: DB_HOST, else a server on 127.0.0.1:5432, else the embedded one.
import { findPostgres, stopEmbedded } from "../apps/demo/scripts/lib/postgres.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const PLUGIN_DIR = path.resolve(
  process.env.CHECK_INSTALL_PLUGIN_DIR || path.join(ROOT, "packages", "medusa-plugin-salon-erp")
)
const PLUGIN_NAME = "medusa-plugin-salon-erp"
const MEDUSA_VERSION = "2.21.1"

const TOTAL_MS = Number(process.env.CHECK_INSTALL_TIMEOUT_MINUTES || 14) * 60_000
const KEEP = process.env.CHECK_INSTALL_KEEP === "1"
const SKIP_BUILD = process.env.CHECK_INSTALL_SKIP_BUILD === "1"
/** For working on this script: an app directory kept by an earlier run (CHECK_INSTALL_KEEP=1). */
const REUSE_APP = process.env.CHECK_INSTALL_REUSE_APP
  ? path.resolve(process.env.CHECK_INSTALL_REUSE_APP)
  : undefined
const startedAt = Date.now()

const db = {
  host: process.env.DB_HOST || "127.0.0.1",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
  name: `salon_check_install_${Date.now()}_${process.pid}`,
}
const databaseUrl = (name) =>
  `postgres://${encodeURIComponent(db.user)}${db.password ? `:${encodeURIComponent(db.password)}` : ""}@${db.host}:${db.port}/${name}`

const numbers = {}
const state = {
  packDir: undefined,
  appDir: undefined,
  server: undefined,
  serverLog: undefined,
  databaseCreated: false,
}

// ---------------------------------------------------------------------------------------------
// Output and timing

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const elapsed = () => seconds(Date.now() - startedAt)
const log = (message) => console.log(`[check-install ${elapsed()}] ${message}`)

class CheckFailure extends Error {}
const fail = (message) => {
  throw new CheckFailure(message)
}
const check = (condition, message) => {
  if (!condition) fail(message)
}

const remainingMs = () => TOTAL_MS - (Date.now() - startedAt)
/** A step's own limit, never past the whole run's deadline. */
const budget = (ms) => {
  const left = remainingMs()
  if (left <= 0) fail(`the whole check ran past its limit of ${seconds(TOTAL_MS)}`)
  return Math.min(ms, left)
}

async function timed(key, label, fn) {
  log(`${label}…`)
  const t0 = Date.now()
  const result = await fn()
  numbers[key] = Date.now() - t0
  log(`${label}: done in ${seconds(numbers[key])}`)
  return result
}

// ---------------------------------------------------------------------------------------------
// Processes

/** Kills a process group started with `detached: true` (TERM, then KILL). */
function killGroup(child, graceMs = 5000) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve()
    const done = () => {
      clearTimeout(timer)
      resolve()
    }
    child.once("exit", done)
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      return done()
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {
        // already gone
      }
      setTimeout(done, 500)
    }, graceMs)
  })
}

/**
 * Runs a command to completion within `timeoutMs`; its output goes to `logFile` (and is quoted in
 * the error when it fails or runs too long).
 */
function run(command, args, { cwd, env = {}, timeoutMs, logFile, label }) {
  const name = label || `${command} ${args.join(" ")}`
  const limit = budget(timeoutMs)
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "a")
    fs.writeSync(out, `\n$ (cd ${cwd} && ${command} ${args.join(" ")})\n`)
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", out, out],
      detached: true,
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child)
    }, limit)
    child.on("error", (error) => {
      clearTimeout(timer)
      fs.closeSync(out)
      reject(new CheckFailure(`${name}: could not start: ${error.message}`))
    })
    child.on("exit", (code, signal) => {
      clearTimeout(timer)
      fs.closeSync(out)
      if (!timedOut && code === 0) return resolve()
      const why = timedOut
        ? `did not finish within ${seconds(limit)}`
        : `exited with ${code ?? signal}`
      reject(new CheckFailure(`${name} ${why}. Last output (${logFile}):\n${tail(logFile, 40)}`))
    })
  })
}

function tail(file, lines) {
  try {
    return fs
      .readFileSync(file, "utf8")
      .split("\n")
      .slice(-lines)
      .map((line) => `    ${line}`)
      .join("\n")
  } catch {
    return "    (no output)"
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// ---------------------------------------------------------------------------------------------
// 1. Build and pack the plugin

async function packPlugin(logFile) {
  const packDir = fs.mkdtempSync(path.join(os.tmpdir(), "salon-pack-"))
  state.packDir = packDir
  if (!SKIP_BUILD) {
    await timed("pluginBuildMs", "medusa plugin:build", () =>
      run("npx", ["medusa", "plugin:build"], {
        cwd: PLUGIN_DIR,
        timeoutMs: 4 * 60_000,
        logFile,
        label: "medusa plugin:build",
      })
    )
  }
  const built = path.join(PLUGIN_DIR, ".medusa", "server", "src")
  for (const expected of [
    "modules/stored-value/index.js",
    "api/middlewares.js",
    "admin/index.js",
  ]) {
    check(
      fs.existsSync(path.join(built, expected)),
      `the plugin build has no .medusa/server/src/${expected}: the build failed, or another build is rewriting .medusa/server right now`
    )
  }
  await run("npm", ["pack", "--pack-destination", packDir, "--json"], {
    cwd: PLUGIN_DIR,
    timeoutMs: 2 * 60_000,
    logFile,
    label: "npm pack",
  })
  const tarballs = fs.readdirSync(packDir).filter((file) => file.endsWith(".tgz"))
  check(tarballs.length === 1, `npm pack wrote ${tarballs.length} tarballs in ${packDir}`)
  const tarball = path.join(packDir, tarballs[0])
  numbers.tarballBytes = fs.statSync(tarball).size

  // What a registry would serve: the compiled server code, the admin extensions, the README.
  const listing = path.join(packDir, "listing.txt")
  await run("sh", ["-c", `tar tzf "${tarball}" > "${listing}"`], {
    cwd: packDir,
    timeoutMs: 60_000,
    logFile,
    label: "tar tzf",
  })
  const files = fs.readFileSync(listing, "utf8").split("\n").filter(Boolean)
  numbers.tarballFiles = files.length
  for (const expected of [
    "package/package.json",
    "package/README.md",
    "package/.medusa/server/src/modules/stored-value/index.js",
    "package/.medusa/server/src/modules/booking/index.js",
    "package/.medusa/server/src/api/middlewares.js",
    "package/.medusa/server/src/admin/index.mjs",
  ]) {
    check(files.includes(expected), `the tarball lacks ${expected} (${files.length} files in it)`)
  }
  const sourceLeak = files.find((file) => /^package\/src\//.test(file) || file.endsWith(".spec.js"))
  check(!sourceLeak, `the tarball ships a file it should not: ${sourceLeak}`)
  log(
    `tarball ${path.basename(tarball)}: ${(numbers.tarballBytes / 1024).toFixed(0)} KiB, ${files.length} files`
  )
  return tarball
}

// ---------------------------------------------------------------------------------------------
// 2. A plain Medusa app from npm packages

function writeApp(appDir, tarball) {
  const packageJson = {
    name: "salon-plugin-install-check",
    version: "0.0.0",
    private: true,
    description: "A plain Medusa app written by scripts/check-install.mjs (throwaway).",
    scripts: {
      build: "medusa build",
      start: "medusa start",
      dev: "medusa develop",
    },
    dependencies: {
      "@medusajs/admin-sdk": MEDUSA_VERSION,
      "@medusajs/cli": MEDUSA_VERSION,
      "@medusajs/framework": MEDUSA_VERSION,
      "@medusajs/icons": MEDUSA_VERSION,
      "@medusajs/js-sdk": MEDUSA_VERSION,
      "@medusajs/medusa": MEDUSA_VERSION,
      "@medusajs/loyalty-plugin": MEDUSA_VERSION,
      "@medusajs/ui": "4.2.5",
      "@tanstack/react-query": "5.64.2",
      // `medusa db:migrate` of Medusa 2.21 requires ajv at the top of node_modules; without it
      // npm may nest the only copy under another package.
      ajv: "^8.17.1",
      [PLUGIN_NAME]: `file:${tarball}`,
      react: "^18.3.1",
      "react-dom": "^18.3.1",
      "react-router-dom": "7.18.2",
    },
    devDependencies: {
      "@swc/core": "^1.7.28",
      "@types/node": "^20.12.11",
      "@types/react": "^18.3.2",
      "@types/react-dom": "^18.2.25",
      "ts-node": "^10.9.2",
      typescript: "^5.6.2",
      vite: "^7.0.0",
    },
    engines: { node: ">=20" },
  }
  fs.writeFileSync(path.join(appDir, "package.json"), `${JSON.stringify(packageJson, null, 2)}\n`)

  fs.writeFileSync(
    path.join(appDir, "medusa-config.ts"),
    `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  plugins: [
    { resolve: "@medusajs/loyalty-plugin", options: {} },
    { resolve: "${PLUGIN_NAME}", options: {} },
  ],
})
`
  )

  // As a Medusa starter has it.
  const tsconfig = {
    compilerOptions: {
      target: "ES2021",
      esModuleInterop: true,
      module: "Node16",
      moduleResolution: "Node16",
      emitDecoratorMetadata: true,
      experimentalDecorators: true,
      skipLibCheck: true,
      skipDefaultLibCheck: true,
      declaration: false,
      sourceMap: false,
      inlineSourceMap: true,
      outDir: "./.medusa/server",
      rootDir: "./",
      jsx: "react-jsx",
      baseUrl: ".",
      checkJs: false,
      strictNullChecks: true,
    },
    "ts-node": { swc: true },
    include: ["**/*", ".medusa/types/*"],
    exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
  }
  fs.writeFileSync(path.join(appDir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`)
  fs.mkdirSync(path.join(appDir, "src", "admin"), { recursive: true })
  fs.writeFileSync(path.join(appDir, "src", "admin", ".gitkeep"), "")
}

/** The installed tree must hold one copy of each package the plugin shares with Medusa. */
function checkInstalledTree(appDir) {
  const installed = path.join(appDir, "node_modules", PLUGIN_NAME)
  check(fs.existsSync(installed), `${PLUGIN_NAME} is not in the app's node_modules`)
  const pluginPkg = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"))
  // Every entry of the exports map must point at a file the tarball has.
  const targets = (value) =>
    typeof value === "string" ? [value] : Object.values(value ?? {}).flatMap(targets)
  for (const [subpath, value] of Object.entries(pluginPkg.exports ?? {})) {
    for (const target of targets(value)) {
      const [before, after = ""] = target.split("*")
      const ok = target.includes("*")
        ? fs.existsSync(path.join(installed, path.dirname(before + "x"))) &&
          (after === ".js" || // "./src/*" → any compiled file
            fs
              .readdirSync(path.join(installed, before))
              .some((name) => fs.existsSync(path.join(installed, before, name + after))))
        : fs.existsSync(path.join(installed, target))
      check(
        ok,
        `the exports map entry "${subpath}" points at ${target}, which the package does not contain`
      )
    }
  }
  const appRequire = createRequire(path.join(appDir, "package.json"))
  for (const subpath of [
    "package.json",
    "admin",
    "workflows",
    "modules/stored-value",
    "modules/booking",
  ]) {
    try {
      appRequire.resolve(`${PLUGIN_NAME}/${subpath}`)
    } catch (error) {
      fail(`the app cannot resolve ${PLUGIN_NAME}/${subpath} (exports map): ${error.message}`)
    }
  }
  const nested = path.join(installed, "node_modules")
  if (fs.existsSync(nested)) {
    fail(
      `${PLUGIN_NAME} got its own node_modules (${fs.readdirSync(nested).join(", ")}): a dependency or peer dependency did not match the app's version`
    )
  }

  const copies = (name) => {
    const found = []
    const walk = (dir, depth) => {
      if (depth > 6 || !fs.existsSync(dir)) return
      for (const entry of fs.readdirSync(dir)) {
        if (entry.startsWith(".")) continue
        const full = path.join(dir, entry)
        if (entry.startsWith("@")) {
          for (const scoped of fs.readdirSync(full))
            visit(path.join(full, scoped), `${entry}/${scoped}`, depth)
        } else {
          visit(full, entry, depth)
        }
      }
    }
    const visit = (full, packageName, depth) => {
      if (packageName === name) found.push(full)
      walk(path.join(full, "node_modules"), depth + 1)
    }
    walk(path.join(appDir, "node_modules"), 0)
    return found
  }
  for (const shared of [
    "@medusajs/framework",
    "@medusajs/medusa",
    "@medusajs/ui",
    "@tanstack/react-query",
    "react",
    "react-router-dom",
  ]) {
    const found = copies(shared)
    check(
      found.length === 1,
      `${found.length} copies of ${shared} are installed (${found.map((dir) => path.relative(appDir, dir)).join(", ")}); the plugin and the admin must share one`
    )
  }
  check(
    fs.existsSync(path.join(appDir, "node_modules", "ajv", "package.json")),
    "ajv is not at the top of node_modules (medusa db:migrate needs it)"
  )
  return pluginPkg.version
}

// ---------------------------------------------------------------------------------------------
// 3. Database, migrations, build, boot

function pgClient(appDir, database) {
  const { Client } = createRequire(path.join(appDir, "package.json"))("pg")
  return new Client({
    host: db.host,
    port: db.port,
    user: db.user,
    password: db.password || undefined,
    database,
    connectionTimeoutMillis: 10_000,
  })
}

async function createDatabase(appDir) {
  const client = pgClient(appDir, "postgres")
  try {
    await client.connect()
  } catch (error) {
    fail(
      `cannot connect to PostgreSQL at ${db.host}:${db.port} as ${db.user} (set DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD): ${error.message}`
    )
  }
  try {
    await client.query(`CREATE DATABASE "${db.name}"`)
    state.databaseCreated = true
  } finally {
    await client.end()
  }
}

async function dropDatabase() {
  if (!state.databaseCreated || !state.appDir) return
  const client = pgClient(state.appDir, "postgres")
  try {
    await client.connect()
    await client.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [db.name]
    )
    await client.query(`DROP DATABASE IF EXISTS "${db.name}"`)
    state.databaseCreated = false
    log(`dropped database ${db.name}`)
  } catch (error) {
    console.error(`[check-install] could not drop database ${db.name}: ${error.message}`)
  } finally {
    await client.end().catch(() => {})
  }
}

async function bootServer(serverDir, env, port) {
  const logFile = path.join(state.appDir, "server.log")
  state.serverLog = logFile
  const out = fs.openSync(logFile, "a")
  const medusaBin = path.join(state.appDir, "node_modules", ".bin", "medusa")
  const child = spawn(medusaBin, ["start"], {
    cwd: serverDir,
    env: { ...process.env, ...env, HOST: "127.0.0.1", PORT: String(port) },
    stdio: ["ignore", out, out],
    detached: true,
  })
  fs.closeSync(out)
  state.server = child
  let exited = null
  child.on("exit", (code, signal) => (exited = code ?? signal))
  const deadline = Date.now() + budget(3 * 60_000)
  while (Date.now() < deadline) {
    if (exited !== null) {
      fail(`medusa start exited with ${exited} before /health answered:\n${tail(logFile, 40)}`)
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`, {
        signal: AbortSignal.timeout(2000),
      })
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await sleep(250)
  }
  fail(`/health did not answer 200 within 3 minutes:\n${tail(logFile, 40)}`)
}

// ---------------------------------------------------------------------------------------------
// HTTP

function httpClient(baseUrl) {
  return async function call(method, url, { body, headers = {}, expect } = {}) {
    let response
    try {
      response = await fetch(`${baseUrl}${url}`, {
        method,
        headers: {
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
          ...headers,
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(budget(60_000)),
      })
    } catch (error) {
      fail(`${method} ${url}: ${error.message}`)
    }
    const text = await response.text()
    let data
    try {
      data = text ? JSON.parse(text) : {}
    } catch {
      data = { raw: text.slice(0, 500) }
    }
    // Creating routes answer 201, the rest 200.
    const expected = expect ? [expect].flat() : method === "POST" ? [200, 201] : [200]
    if (!expected.includes(response.status)) {
      fail(
        `${method} ${url} answered ${response.status} (expected ${expected.join(" or ")}): ${text.slice(0, 800)}`
      )
    }
    return data
  }
}

// ---------------------------------------------------------------------------------------------
// 4. The salon capabilities and a checkout paid partly with stored value

async function checkSalonOverHttp(api, { adminEmail, adminPassword }) {
  const { token: adminToken } = await api("POST", "/auth/user/emailpass", {
    body: { email: adminEmail, password: adminPassword },
  })
  check(adminToken, "admin login returned no token")
  const admin = { authorization: `Bearer ${adminToken}` }

  // A shop: sales channel, CNY region with the system payment provider, publishable key.
  const { sales_channel: channel } = await api("POST", "/admin/sales-channels", {
    body: { name: "Online" },
    headers: admin,
  })
  const { region } = await api("POST", "/admin/regions", {
    body: {
      name: "Mainland China",
      currency_code: "cny",
      countries: ["cn"],
      payment_providers: ["pp_system_default"],
    },
    headers: admin,
  })
  const { api_key: key } = await api("POST", "/admin/api-keys", {
    body: { title: "Install check", type: "publishable" },
    headers: admin,
  })
  await api("POST", `/admin/api-keys/${key.id}/sales-channels`, {
    body: { add: [channel.id] },
    headers: admin,
  })
  const storeBase = { "x-publishable-api-key": key.token }

  // A customer with email/password login.
  const email = `member-${Date.now()}@install-check.test`
  const password = "customer-password-1"
  const registration = await api("POST", "/auth/customer/emailpass/register", {
    body: { email, password },
  })
  const { customer } = await api("POST", "/store/customers", {
    body: { email, first_name: "Mei", last_name: "Check" },
    headers: { ...storeBase, authorization: `Bearer ${registration.token}` },
  })
  const login = await api("POST", "/auth/customer/emailpass", { body: { email, password } })
  const member = { ...storeBase, authorization: `Bearer ${login.token}` }

  // One admin list route and one store route per capability.
  const adminRoutes = [
    ["booking", "/admin/branches"],
    ["stored value", "/admin/recharge-plans"],
    ["stored value", "/admin/stored-value/accounts"],
    ["service packages", "/admin/package-templates"],
    ["commissions", "/admin/commission-rules"],
    ["feedback", "/admin/complaints"],
    ["clients", "/admin/client-tags"],
  ]
  for (const [capability, route] of adminRoutes) {
    await api("GET", route, { headers: admin })
    log(`  200 GET ${route} (${capability}, admin)`)
  }
  const storeRoutes = [
    ["booking", "/store/branches", storeBase],
    ["stored value", "/store/recharge-plans", storeBase],
    ["stored value", "/store/customers/me/stored-value", member],
    ["service packages", "/store/customers/me/packages", member],
    ["clients", "/store/customers/me/profile", member],
    ["feedback", "/store/customers/me/complaints", member],
    ["feedback", "/store/customers/me/surveys", member],
  ]
  for (const [capability, route, headers] of storeRoutes) {
    await api("GET", route, { headers })
    log(`  200 GET ${route} (${capability}, store)`)
  }

  // Stored value at the counter: 500 paid + 100 bonus.
  await api("POST", "/admin/stored-value/top-ups", {
    body: {
      customer_id: customer.id,
      currency_code: "cny",
      principal_amount: 500,
      bonus_amount: 100,
      payment_method: "cash",
    },
    headers: { ...admin, "idempotency-key": `install-check-top-up-${Date.now()}` },
  })
  const balance = async () => {
    const { stored_value_accounts: accounts } = await api(
      "GET",
      "/store/customers/me/stored-value",
      { headers: member }
    )
    const account = accounts.find((a) => a.currency_code === "cny")
    return account ? Number(account.principal_balance) + Number(account.bonus_balance) : 0
  }
  /** Pays what the cart still owes with the system provider and completes it; the order. */
  const payAndComplete = async (cartId) => {
    const { cart: due } = await api("GET", `/store/carts/${cartId}?fields=id,total`, {
      headers: member,
    })
    if (Number(due.total) > 0) {
      const { payment_collection: collection } = await api("POST", "/store/payment-collections", {
        body: { cart_id: cartId },
        headers: member,
      })
      await api("POST", `/store/payment-collections/${collection.id}/payment-sessions`, {
        body: { provider_id: "pp_system_default" },
        headers: member,
      })
    }
    const completed = await api("POST", `/store/carts/${cartId}/complete`, {
      body: {},
      headers: member,
    })
    check(
      completed.type === "order",
      `cart ${cartId} did not complete: ${JSON.stringify(completed.error ?? completed).slice(0, 500)}`
    )
    const { order } = await api("GET", `/admin/orders/${completed.order.id}?fields=id,total`, {
      headers: admin,
    })
    check(order?.id === completed.order.id, "the completed order cannot be read back")
    return order
  }
  const before = await balance()
  check(before === 600, `after a 500 + 100 top-up the stored value balance is ${before}, not 600`)

  // A product at 300 CNY (no shipping, no stock tracking), a cart with two of it.
  const { product } = await api("POST", "/admin/products", {
    body: {
      title: "Hydrating serum",
      status: "published",
      options: [{ title: "Default", values: ["Default"] }],
      variants: [
        {
          title: "Default",
          options: { Default: "Default" },
          manage_inventory: false,
          prices: [{ currency_code: "cny", amount: 300 }],
        },
      ],
      sales_channels: [{ id: channel.id }],
    },
    headers: admin,
  })
  const { cart } = await api("POST", "/store/carts", {
    body: { region_id: region.id, sales_channel_id: channel.id },
    headers: member,
  })
  await api("POST", `/store/carts/${cart.id}/line-items`, {
    body: { variant_id: product.variants[0].id, quantity: 2 },
    headers: member,
  })

  const spend = 240
  const applied = await api("POST", `/store/carts/${cart.id}/stored-value`, {
    body: { amount: spend },
    headers: member,
  })
  check(
    Number(applied.cart.total) === 600 - spend,
    `after applying ${spend} of stored value the cart total is ${applied.cart.total}, not ${600 - spend}`
  )

  const order = await payAndComplete(cart.id)
  log(`  order ${order.id} placed (total ${order.total})`)

  // Capture may happen after completion (e.g. an order.placed subscriber): poll for a while.
  let after = await balance()
  for (let i = 0; i < 60 && after !== before - spend; i++) {
    await sleep(250)
    after = await balance()
  }
  check(
    after === before - spend,
    `the stored value balance went from ${before} to ${after}; expected exactly ${before - spend}`
  )
  const { stored_value_entries: entries } = await api(
    "GET",
    "/store/customers/me/stored-value/entries?limit=50",
    { headers: member }
  )
  const spends = entries.filter((entry) => entry.type === "spend")
  check(
    spends.length === 1,
    `the ledger has ${spends.length} spend entries (expected 1): ${JSON.stringify(entries)}`
  )
  const spent = -(Number(spends[0].principal_amount) + Number(spends[0].bonus_amount))
  check(spent === spend, `the spend entry moves ${spent}, not ${spend}`)
  log(`  stored value ${before} → ${after}, one spend entry of ${spent}`)

  return { admin, member, customer, region, channel, product, balance, payAndComplete }
}

// ---------------------------------------------------------------------------------------------
// 5. The loyalty plugin's store credit in the same app

async function checkLoyaltyStoreCredit(api, ctx) {
  const { admin, member, customer } = ctx
  const { store_credit_account: account } = await api("POST", "/admin/store-credit-accounts", {
    body: { customer_id: customer.id, currency_code: "cny" },
    headers: admin,
  })
  check(account?.id, "the loyalty plugin created no store credit account")
  await api("POST", `/admin/store-credit-accounts/${account.id}/credit`, {
    body: { amount: 50, note: "install check" },
    headers: admin,
  })
  const { store_credit_accounts: accounts } = await api(
    "GET",
    "/store/store-credit-accounts?currency_code=cny",
    {
      headers: member,
    }
  )
  const mine = accounts.find((a) => a.id === account.id)
  check(mine, `GET /store/store-credit-accounts does not list account ${account.id}`)
  check(
    Number(mine.balance) === 50,
    `the loyalty store credit balance is ${mine.balance}, not 50: ${JSON.stringify(mine)}`
  )
  log(`  loyalty store credit account ${account.id}: balance ${mine.balance}`)

  // One cart paid with both: 100 of our stored value, 30 of the loyalty store credit, the card
  // the rest. Each plugin must move exactly its own money.
  const storedValueBefore = await ctx.balance()
  const { cart } = await api("POST", "/store/carts", {
    body: { region_id: ctx.region.id, sales_channel_id: ctx.channel.id },
    headers: member,
  })
  await api("POST", `/store/carts/${cart.id}/line-items`, {
    body: { variant_id: ctx.product.variants[0].id, quantity: 1 },
    headers: member,
  })
  await api("POST", `/store/carts/${cart.id}/stored-value`, {
    body: { amount: 100 },
    headers: member,
  })
  await api("POST", `/store/carts/${cart.id}/store-credits`, {
    body: { amount: 30 },
    headers: member,
  })
  const { cart: due } = await api("GET", `/store/carts/${cart.id}?fields=id,total`, {
    headers: member,
  })
  check(
    Number(due.total) === 170,
    `with 100 of stored value and 30 of store credit on a 300 cart the total is ${due.total}, not 170`
  )
  const order = await ctx.payAndComplete(cart.id)
  const storeCredit = async () =>
    Number(
      (
        await api("GET", "/store/store-credit-accounts?currency_code=cny", { headers: member })
      ).store_credit_accounts.find((a) => a.id === account.id)?.balance
    )
  let credit = await storeCredit()
  let storedValue = await ctx.balance()
  for (let i = 0; i < 60 && (credit !== 20 || storedValue !== storedValueBefore - 100); i++) {
    await sleep(250)
    credit = await storeCredit()
    storedValue = await ctx.balance()
  }
  check(credit === 20, `after paying 30 with store credit its balance is ${credit}, not 20`)
  check(
    storedValue === storedValueBefore - 100,
    `after paying 100 with stored value beside store credit the balance is ${storedValue}, not ${storedValueBefore - 100}`
  )
  log(
    `  order ${order.id} paid with both: stored value ${storedValueBefore} → ${storedValue}, store credit 50 → ${credit}`
  )
}

// ---------------------------------------------------------------------------------------------
// 6. The built admin has the plugin's pages

function checkAdminBundle(serverDir) {
  const adminDir = path.join(serverDir, "public", "admin")
  check(fs.existsSync(path.join(adminDir, "index.html")), `no built admin in ${adminDir}`)
  let text = ""
  let bytes = 0
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        bytes += fs.statSync(full).size
        if (entry.name.endsWith(".js")) text += fs.readFileSync(full, "utf8")
      }
    }
  }
  walk(adminDir)
  numbers.adminBytes = bytes
  const expected = [
    "Recharge plans",
    "Package templates",
    "Client fields & tags",
    "Salon services",
    "/admin/recharge-plans",
    "/admin/commission-rules",
    "customer.details.after",
  ]
  const missing = expected.filter((needle) => !text.includes(needle))
  check(
    missing.length === 0,
    `the built admin lacks the plugin's pages: ${missing.map((m) => JSON.stringify(m)).join(", ")} not found`
  )
  log(
    `  admin bundle (${(bytes / 1024 / 1024).toFixed(1)} MiB) has ${expected.map((e) => JSON.stringify(e)).join(", ")}`
  )
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const server = await findPostgres({ embeddedName: "postgres-check-install", embeddedPort: 5435 })
  state.postgres = server
  Object.assign(db, {
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
  })
  log(`limit ${seconds(TOTAL_MS)}; PostgreSQL ${db.host}:${db.port} as ${db.user}`)
  const appDir = REUSE_APP || fs.mkdtempSync(path.join(os.tmpdir(), "salon-install-app-"))
  state.appDir = appDir
  const logFile = path.join(appDir, "check-install.log")
  log(`app directory ${appDir} (command output in ${logFile})`)

  if (REUSE_APP) {
    log(`reusing the installed app in ${REUSE_APP} (no pack, no install)`)
  } else {
    // 1.
    const tarball = await packPlugin(logFile)
    // 2.
    writeApp(appDir, tarball)
    await timed("installMs", "npm install (plain Medusa app + loyalty plugin + tarball)", () =>
      run("npm", ["install", "--no-audit", "--no-fund", "--loglevel", "error"], {
        cwd: appDir,
        timeoutMs: 8 * 60_000,
        logFile,
        label: "npm install",
      })
    )
  }
  const version = checkInstalledTree(appDir)
  log(`installed ${PLUGIN_NAME}@${version}; one copy each of Medusa, React, the UI and React Query`)

  // 3.
  await createDatabase(appDir)
  log(`created database ${db.name}`)
  const env = {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl(db.name),
    JWT_SECRET: randomBytes(24).toString("hex"),
    COOKIE_SECRET: randomBytes(24).toString("hex"),
    MEDUSA_DISABLE_TELEMETRY: "true",
    DO_NOT_TRACK: "1",
  }
  await timed("migrateMs", "medusa db:migrate", () =>
    run("npx", ["medusa", "db:migrate"], {
      cwd: appDir,
      env,
      timeoutMs: 4 * 60_000,
      logFile,
      label: "medusa db:migrate",
    })
  )
  await timed("buildMs", "medusa build (server + admin)", () =>
    run("npx", ["medusa", "build"], {
      cwd: appDir,
      env,
      timeoutMs: 5 * 60_000,
      logFile,
      label: "medusa build",
    })
  )
  const serverDir = path.join(appDir, ".medusa", "server")
  check(
    fs.existsSync(path.join(serverDir, "medusa-config.js")),
    `medusa build wrote no ${serverDir}/medusa-config.js`
  )
  // The built server uses the app's installed packages (the same ones `npm install` in
  // .medusa/server would fetch again).
  if (!fs.existsSync(path.join(serverDir, "node_modules"))) {
    fs.symlinkSync(path.join(appDir, "node_modules"), path.join(serverDir, "node_modules"), "dir")
  }

  // 6. (before the server, so a missing page fails fast)
  checkAdminBundle(serverDir)

  const adminEmail = "admin@install-check.test"
  const adminPassword = randomBytes(12).toString("hex")
  await run("npx", ["medusa", "user", "-e", adminEmail, "-p", adminPassword], {
    cwd: appDir,
    env,
    timeoutMs: 2 * 60_000,
    logFile,
    label: "medusa user",
  })

  const port = await freePort()
  await timed(
    "bootMs",
    `medusa start (NODE_ENV=production) on 127.0.0.1:${port} until /health`,
    () => bootServer(serverDir, env, port)
  )
  const api = httpClient(`http://127.0.0.1:${port}`)
  const adminPage = await fetch(`http://127.0.0.1:${port}/app`, {
    signal: AbortSignal.timeout(10_000),
  })
  check(adminPage.status === 200, `GET /app answered ${adminPage.status}`)

  // 4.
  log("salon routes and a checkout paid partly with stored value:")
  const ctx = await checkSalonOverHttp(api, { adminEmail, adminPassword })

  // 5.
  log("loyalty plugin store credit:")
  await checkLoyaltyStoreCredit(api, ctx)
}

async function cleanup() {
  if (state.server) {
    await killGroup(state.server)
    state.server = undefined
    log("server stopped")
  }
  await dropDatabase()
  if (state.postgres?.embedded) {
    await stopEmbedded(state.postgres)
    state.postgres = undefined
  }
  if (!KEEP) {
    log("removing the temp app and tarball directories")
    for (const dir of [REUSE_APP ? undefined : state.appDir, state.packDir]) {
      if (dir) fs.rmSync(dir, { recursive: true, force: true })
    }
  } else {
    log(`kept ${[state.appDir, state.packDir].filter(Boolean).join(" and ")}`)
  }
}

function summary(ok, error) {
  const show = (key) => (numbers[key] === undefined ? "—" : seconds(numbers[key]))
  const lines = [
    "",
    `check:install ${ok ? "PASSED" : "FAILED"} in ${elapsed()}`,
    `  tarball size        ${numbers.tarballBytes === undefined ? "—" : `${(numbers.tarballBytes / 1024).toFixed(0)} KiB (${numbers.tarballBytes} bytes, ${numbers.tarballFiles} files)`}`,
    `  plugin:build        ${SKIP_BUILD ? "skipped" : show("pluginBuildMs")}`,
    `  npm install         ${show("installMs")}`,
    `  medusa db:migrate   ${show("migrateMs")}`,
    `  medusa build        ${show("buildMs")}`,
    `  boot to /health     ${show("bootMs")}`,
    `  built admin         ${numbers.adminBytes === undefined ? "—" : `${(numbers.adminBytes / 1024 / 1024).toFixed(1)} MiB`}`,
  ]
  if (!ok)
    lines.push(
      "",
      `FAILED: ${error instanceof CheckFailure ? error.message : error?.stack || error}`
    )
  console.log(lines.join("\n"))
}

let interrupted = false
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (interrupted) return
    interrupted = true
    console.error(`[check-install] ${signal}: cleaning up`)
    await cleanup()
    process.exit(130)
  })
}

// A hard stop in case something hangs past the limit (cleanup included).
const watchdog = setTimeout(async () => {
  console.error(`[check-install] the whole check ran past ${seconds(TOTAL_MS + 60_000)}: giving up`)
  await cleanup()
  process.exit(2)
}, TOTAL_MS + 60_000)
watchdog.unref()

let ok = false
let failure
try {
  await main()
  ok = true
} catch (error) {
  failure = error
  if (state.serverLog && fs.existsSync(state.serverLog)) {
    console.error(
      `[check-install] last server output (${state.serverLog}):\n${tail(state.serverLog, 30)}`
    )
  }
} finally {
  await cleanup()
}
summary(ok, failure)
process.exit(ok ? 0 : 1)
