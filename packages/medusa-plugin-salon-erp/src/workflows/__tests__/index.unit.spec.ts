import fs from "node:fs"
import path from "node:path"
import * as workflows from "../index"

const workflowsDir = path.join(__dirname, "..")

/** Every workflow file, as `./<path without .ts>` (only steps and workflows live here). */
function publicFiles(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== "__tests__") walk(full)
      } else if (entry.name.endsWith(".ts") && path.basename(dir) === "workflows") {
        found.push(`./${path.relative(workflowsDir, full).replace(/\.ts$/, "")}`)
      }
    }
  }
  walk(workflowsDir)
  return found.filter((file) => file !== "./index").sort()
}

describe("medusa-plugin-salon-erp/workflows", () => {
  it("exports every workflow and every capability's event names", () => {
    const index = fs.readFileSync(path.join(workflowsDir, "index.ts"), "utf8")
    const exported = [...index.matchAll(/export \* from "(\.\/[^"]+)"/g)].map((match) => match[1])
    expect(exported.sort()).toEqual(publicFiles())
    // Each module that emits events names them in one `<Capability>WorkflowEvents` object.
    const modulesDir = path.join(workflowsDir, "..", "modules")
    const eventLists = fs
      .readdirSync(modulesDir)
      .filter((name) => fs.existsSync(path.join(modulesDir, name, "events.ts")))
      .flatMap((name) =>
        [
          ...fs
            .readFileSync(path.join(modulesDir, name, "events.ts"), "utf8")
            .matchAll(/^export const (\w+WorkflowEvents) = /gm),
        ].map((match) => match[1])
      )
    expect(eventLists.length).toBeGreaterThanOrEqual(6)
    for (const name of eventLists) {
      expect(typeof (workflows as Record<string, unknown>)[name]).toBe("object")
    }
  })

  it("exposes workflows by name", () => {
    expect(typeof workflows.bookAppointmentWorkflow).toBe("function")
    expect(workflows.BookingWorkflowEvents.APPOINTMENT_COMPLETED).toBe("appointment.completed")
  })
})
