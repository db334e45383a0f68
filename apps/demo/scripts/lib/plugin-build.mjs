// Builds medusa-plugin-salon-erp (`medusa plugin:build`) when its sources changed since the last
// build: the demo app loads the plugin from its build output, as any store that installs it does.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { medusaBin, repoRoot } from "./postgres.mjs"

export const pluginRoot = path.join(repoRoot, "packages", "medusa-plugin-salon-erp")
const stampFile = path.join(pluginRoot, ".medusa", "plugin-build-stamp.json")

/** A fingerprint of the plugin's sources: every file's path, size and modification time. */
export function sourceFingerprint(root = pluginRoot) {
  const entries = []
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== "__tests__") walk(full)
      } else {
        const stat = fs.statSync(full)
        entries.push(`${path.relative(root, full)}:${stat.size}:${Math.floor(stat.mtimeMs)}`)
      }
    }
  }
  walk(path.join(root, "src"))
  for (const file of ["package.json", "tsconfig.json"]) {
    const stat = fs.statSync(path.join(root, file))
    entries.push(`${file}:${stat.size}:${Math.floor(stat.mtimeMs)}`)
  }
  return entries.sort().join("\n")
}

export function isPluginBuildCurrent() {
  try {
    return JSON.parse(fs.readFileSync(stampFile, "utf8")).fingerprint === sourceFingerprint()
  } catch {
    return false
  }
}

/** Runs `medusa plugin:build` unless the last build is of the current sources. */
export async function ensurePluginBuilt({ say = console.log, onChild = () => {} } = {}) {
  if (isPluginBuildCurrent()) return false
  const fingerprint = sourceFingerprint()
  say("building medusa-plugin-salon-erp (its sources changed since the last build)")
  const startedAt = Date.now()
  await new Promise((resolve, reject) => {
    const child = spawn(medusaBin, ["plugin:build"], {
      cwd: pluginRoot,
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV === "test" ? "test" : "production" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    onChild(child)
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) => {
      // plugin:build exits 0 even when it could not compile: the stamp only follows a clean build.
      if (code === 0 && /Plugin build completed successfully/.test(output)) resolve()
      else reject(new Error(`medusa plugin:build failed:\n${output.slice(-4000)}`))
    })
  })
  fs.writeFileSync(stampFile, JSON.stringify({ fingerprint, built_at: new Date().toISOString() }))
  say(`built the plugin in ${((Date.now() - startedAt) / 1000).toFixed(1)}s`)
  return true
}
