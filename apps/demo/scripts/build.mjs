#!/usr/bin/env node
// `npm run build`: the plugin (`medusa plugin:build`), then the demo app (`medusa build`, admin
// included); each is skipped while its sources are unchanged since its last build.
// `npm run build:plugin` builds the plugin alone.
import { ensureAppBuilt } from "./lib/app-build.mjs"
import { ensurePluginBuilt } from "./lib/plugin-build.mjs"

const say = (message) => console.log(`[build] ${message}`)
const pluginOnly = process.argv.includes("plugin")

try {
  if (!(await ensurePluginBuilt({ say }))) say("the plugin's build is current")
  if (!pluginOnly) await ensureAppBuilt({ say })
} catch (error) {
  console.error(`[build] ${error.message}`)
  process.exit(1)
}
