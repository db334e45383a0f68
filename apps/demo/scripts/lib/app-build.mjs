// Builds the demo app for production (`medusa build`: the server in .medusa/server, the admin
// dashboard in .medusa/server/public/admin) unless the last build is of the current sources: the
// demo serves that build with `medusa start`, as a store runs in production; `npm run dev` keeps
// `medusa develop` for working on the code.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { isPluginBuildCurrent, sourceFingerprint as pluginFingerprint } from "./plugin-build.mjs"
import { medusaBin, projectRoot, repoRoot } from "./postgres.mjs"

export const appBuildDir = path.join(projectRoot, ".medusa", "server")
const stampFile = path.join(projectRoot, ".medusa", "demo-build-stamp.json")

const stamp = (file, root) => {
  const stat = fs.statSync(file)
  return `${path.relative(root, file)}:${stat.size}:${Math.floor(stat.mtimeMs)}`
}

/**
 * A fingerprint of what the build is made of: the app's sources and configuration, the plugin's
 * sources (its admin extensions are bundled into the dashboard), and the installed dependencies.
 */
export function appFingerprint() {
  const entries = []
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== "__tests__" && entry.name !== "node_modules") walk(full)
      } else {
        entries.push(stamp(full, projectRoot))
      }
    }
  }
  walk(path.join(projectRoot, "src"))
  for (const file of ["medusa-config.ts", "package.json", "tsconfig.json", ".env"]) {
    const full = path.join(projectRoot, file)
    if (fs.existsSync(full)) entries.push(stamp(full, projectRoot))
  }
  const lockfile = path.join(repoRoot, "package-lock.json")
  if (fs.existsSync(lockfile)) entries.push(stamp(lockfile, repoRoot))
  entries.sort()
  entries.push("plugin:", pluginFingerprint())
  return entries.join("\n")
}

export function isAppBuildCurrent() {
  try {
    return (
      fs.existsSync(path.join(appBuildDir, "medusa-config.js")) &&
      fs.existsSync(path.join(appBuildDir, "public", "admin", "index.html")) &&
      isPluginBuildCurrent() &&
      JSON.parse(fs.readFileSync(stampFile, "utf8")).fingerprint === appFingerprint()
    )
  } catch {
    return false
  }
}

/** Runs `medusa build` (production mode) unless the last build is of the current sources. */
export async function ensureAppBuilt({ say = console.log, onChild = () => {} } = {}) {
  if (isAppBuildCurrent()) {
    say("reusing the production build in apps/demo/.medusa/server (sources unchanged)")
    return false
  }
  const fingerprint = appFingerprint()
  say("building the demo app and its admin dashboard for production (first run or sources changed)")
  const startedAt = Date.now()
  fs.rmSync(stampFile, { force: true })
  await new Promise((resolve, reject) => {
    const child = spawn(medusaBin, ["build", "--no-lint"], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    onChild(child)
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      const built =
        fs.existsSync(path.join(appBuildDir, "medusa-config.js")) &&
        fs.existsSync(path.join(appBuildDir, "public", "admin", "index.html"))
      // Type errors make `medusa build` exit 1 although it compiled everything (TypeScript emits
      // anyway): keep such a build, say so; type checking is `npm run typecheck`'s job.
      const typeErrorsOnly =
        code === 1 &&
        /Backend build completed with errors/.test(output) &&
        /Frontend build completed successfully/.test(output)
      if (built && (code === 0 || typeErrorsOnly)) {
        if (typeErrorsOnly) {
          const count = (output.match(/error\S* TS\d+/g) || []).length
          say(
            `medusa build reported ${count} type error(s) and built anyway (npm run typecheck lists them)`
          )
        }
        resolve()
      } else {
        reject(new Error(`medusa build failed (${signal ?? code}):\n${output.slice(-4000)}`))
      }
    })
  })
  fs.writeFileSync(stampFile, JSON.stringify({ fingerprint, built_at: new Date().toISOString() }))
  say(`built in ${((Date.now() - startedAt) / 1000).toFixed(1)}s`)
  return true
}
