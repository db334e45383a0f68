import { COMPLAINT_STATUSES } from "../constants"
import { type ComplaintMove, moveError, statusAfter } from "../status"

const complaint = (status: (typeof COMPLAINT_STATUSES)[number]) => ({
  id: "cmpl_1",
  display_id: 12,
  status,
})

describe("complaint status machine", () => {
  const allowed: Record<ComplaintMove, string[]> = {
    assign: ["open", "assigned", "in_progress", "reopened"],
    start: ["assigned", "reopened"],
    resolve: ["assigned", "in_progress", "reopened"],
    close: ["resolved"],
    reopen: ["resolved", "closed"],
  }

  it.each(Object.entries(allowed))("allows %s only from %j", (move, from) => {
    for (const status of COMPLAINT_STATUSES) {
      const refusal = moveError(complaint(status), move as ComplaintMove)
      expect({ status, ok: refusal === null }).toEqual({ status, ok: from.includes(status) })
    }
  })

  it("explains a refused move with the statuses it needs", () => {
    expect(moveError(complaint("open"), "resolve")).toBe(
      "Complaint #12 is open; only a complaint that is assigned, in progress or reopened can be resolved. Assign it first."
    )
    expect(moveError(complaint("in_progress"), "close")).toBe(
      "Complaint #12 is in progress; only a complaint that is resolved can be closed."
    )
    expect(moveError({ id: "cmpl_9", status: "closed" }, "start")).toBe(
      "Complaint cmpl_9 is closed; only a complaint that is assigned or reopened can be started."
    )
  })

  it("moves to the right status; assigning keeps a started complaint started", () => {
    expect(statusAfter("assign", "open")).toBe("assigned")
    expect(statusAfter("assign", "reopened")).toBe("assigned")
    expect(statusAfter("assign", "in_progress")).toBe("in_progress")
    expect(statusAfter("resolve", "in_progress")).toBe("resolved")
    expect(statusAfter("reopen", "closed")).toBe("reopened")
  })
})
