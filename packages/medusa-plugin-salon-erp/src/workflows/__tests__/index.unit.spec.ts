import fs from "node:fs"
import path from "node:path"
import * as workflows from "../index"

const workflowsDir = path.join(__dirname, "..")

/** Every workflow file and capability event list, as `./<path without .ts>`. */
function publicFiles(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== "__tests__") walk(full)
      } else if (
        entry.name.endsWith(".ts") &&
        (path.basename(dir) === "workflows" || entry.name === "events.ts")
      ) {
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
    const exported = [...index.matchAll(/export \* from "([^"]+)"/g)].map((match) => match[1])
    expect(exported.sort()).toEqual(publicFiles())
  })

  it("exposes workflows by name", () => {
    expect(typeof workflows.bookAppointmentWorkflow).toBe("function")
    expect(workflows.BookingWorkflowEvents.APPOINTMENT_COMPLETED).toBe("appointment.completed")
  })
})
