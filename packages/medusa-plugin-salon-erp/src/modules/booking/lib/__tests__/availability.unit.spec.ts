import {
  type BranchSpec,
  type ServiceSpec,
  type StaffSpec,
  PlanError,
  findSlots,
  overlapsAny,
  planAppointment,
  subtract,
  timeItems,
  workingIntervals,
} from "../availability"
import { describeInstant, fromLocal } from "../time"

const TZ = "Asia/Shanghai"
const MONDAY = "2026-11-23"
const at = (time: string, date = MONDAY) => {
  const [h, m] = time.split(":").map(Number)
  return fromLocal(date, h * 60 + m, TZ)
}
const describe_ = (instant: number) => describeInstant(instant, TZ)

const branch: BranchSpec = {
  id: "brch_1",
  name: "Jing'an",
  timezone: TZ,
  opening_hours: [1, 2, 3, 4, 5, 6].map((weekday) => ({
    weekday,
    opens_at: "10:00",
    closes_at: "20:00",
  })),
  closures: [{ starts_on: "2026-12-25", ends_on: "2026-12-26", reason: "Christmas" }],
}

const anna: StaffSpec = {
  id: "stf_anna",
  name: "Anna",
  weekly: [{ weekday: 1, starts_at: "09:00", ends_at: "18:00" }],
  exceptions: [],
}
const bella: StaffSpec = {
  id: "stf_bella",
  name: "Bella",
  weekly: [{ weekday: 1, starts_at: "12:00", ends_at: "20:00" }],
  exceptions: [],
}

const facial: ServiceSpec = {
  id: "svc_facial",
  name: "Hydrating facial",
  duration_minutes: 60,
  processing_minutes: 0,
  buffer_after_minutes: 15,
  room_type: "facial_room",
  staff_ids: ["stf_anna", "stf_bella"],
}
const rooms = [{ id: "room_1", name: "Facial room 1", room_type: "facial_room" }]

describe("timeItems", () => {
  it("blocks staff and room for duration plus buffer when there is no processing time", () => {
    const [item] = timeItems(at("10:00"), [facial])
    expect(item.ends_at).toBe(at("11:00"))
    expect(item.staff_ranges).toEqual([[at("10:00"), at("11:15")]])
    expect(item.room_range).toEqual([at("10:00"), at("11:15")])
  })

  it("frees the staff member during processing time but keeps the room", () => {
    const mask = { ...facial, processing_minutes: 20, buffer_after_minutes: 10 }
    const [item] = timeItems(at("10:00"), [mask])
    expect(item.ends_at).toBe(at("11:20"))
    expect(item.staff_ranges).toEqual([
      [at("10:00"), at("11:00")],
      [at("11:20"), at("11:30")],
    ])
    expect(item.room_range).toEqual([at("10:00"), at("11:30")])
  })

  it("chains services: the next one starts when the client leaves the previous one", () => {
    const manicure = {
      ...facial,
      id: "svc_mani",
      duration_minutes: 45,
      buffer_after_minutes: 0,
      room_type: null,
    }
    const [first, second] = timeItems(at("10:00"), [facial, manicure])
    expect(second.starts_at).toBe(first.ends_at)
    expect(second.ends_at).toBe(at("11:45"))
  })
})

describe("workingIntervals", () => {
  it("limits weekly hours to opening hours", () => {
    expect(workingIntervals(branch, anna, MONDAY)).toEqual([[at("10:00"), at("18:00")]])
  })

  it("removes time off and adds extra shifts", () => {
    const busyAnna: StaffSpec = {
      ...anna,
      exceptions: [
        { kind: "time_off", date: MONDAY, starts_at: "12:00", ends_at: "13:00" },
        { kind: "extra_shift", date: MONDAY, starts_at: "18:00", ends_at: "21:00" },
      ],
    }
    expect(workingIntervals(branch, busyAnna, MONDAY)).toEqual([
      [at("10:00"), at("12:00")],
      [at("13:00"), at("21:00")],
    ])
  })

  it("is empty on a whole day off and on a branch closure", () => {
    const off: StaffSpec = {
      ...anna,
      exceptions: [{ kind: "time_off", date: MONDAY, starts_at: null, ends_at: null }],
    }
    expect(workingIntervals(branch, off, MONDAY)).toEqual([])
    const christmas: StaffSpec = {
      ...anna,
      weekly: [{ weekday: 5, starts_at: "10:00", ends_at: "18:00" }],
    }
    expect(workingIntervals(branch, christmas, "2026-12-25")).toEqual([])
  })
})

describe("findSlots", () => {
  const base = {
    branch,
    services: [facial],
    staff: [anna, bella],
    rooms,
    from: MONDAY,
    to: MONDAY,
    slot_interval_minutes: 15,
    earliest: 0,
    latest: Number.MAX_SAFE_INTEGER,
  }

  it("offers grid starts where a qualified staff member and a room are free", () => {
    const slots = findSlots({ ...base, busy: new Map() })
    expect(describe_(slots[0].starts_at)).toBe(`${MONDAY} 10:00`)
    expect(slots[0].items[0].staff_member_ids).toEqual(["stf_anna"])
    const noon = slots.find((slot) => slot.starts_at === at("12:00"))!
    expect(noon.items[0].staff_member_ids).toEqual(["stf_anna", "stf_bella"])
    // Last start: Bella works until 20:00 and needs 75 minutes including turnover.
    expect(describe_(slots[slots.length - 1].starts_at)).toBe(`${MONDAY} 18:45`)
  })

  it("skips times when the only room is taken and lists only free staff", () => {
    const busy = new Map([
      ["room_1", [[at("14:00"), at("15:15")] as [number, number]]],
      ["stf_anna", [[at("16:00"), at("17:00")] as [number, number]]],
    ])
    const slots = findSlots({ ...base, busy })
    const starts = slots.map((slot) => describe_(slot.starts_at).slice(11))
    expect(starts).not.toContain("14:00")
    expect(starts).not.toContain("13:00") // 13:00 + 75 min overlaps the room from 14:00
    expect(starts).toContain("12:45")
    expect(starts).toContain("15:15")
    const four = slots.find((slot) => slot.starts_at === at("16:00"))!
    expect(four.items[0].staff_member_ids).toEqual(["stf_bella"])
  })

  it("respects the earliest and latest bounds", () => {
    const slots = findSlots({
      ...base,
      busy: new Map(),
      earliest: at("15:00"),
      latest: at("16:00"),
    })
    expect(slots.map((slot) => describe_(slot.starts_at).slice(11))).toEqual([
      "15:00",
      "15:15",
      "15:30",
      "15:45",
      "16:00",
    ])
  })
})

describe("planAppointment", () => {
  const plan = (overrides: Partial<Parameters<typeof planAppointment>[0]>) =>
    planAppointment(
      {
        branch,
        staff: [anna, bella],
        rooms,
        busy: new Map(),
        start: at("12:00"),
        items: [{ service: facial }],
        ...overrides,
      },
      describe_
    )

  it("assigns the least-loaded free staff member and a free room", () => {
    const [item] = plan({ load: new Map([["stf_anna", 120]]) })
    expect(item.staff_member_id).toBe("stf_bella")
    expect(item.room_id).toBe("room_1")
  })

  it("explains a time outside the requested staff member's hours as invalid input", () => {
    expect(() =>
      plan({ start: at("17:30"), items: [{ service: facial, staff_member_id: "stf_anna" }] })
    ).toThrow(
      /Anna does not work at 2026-11-23 17:30–18:45 at Jing'an \(working hours on 2026-11-23: 10:00–18:00\)/
    )
  })

  it("names the staff member and time on a conflict", () => {
    const busy = new Map([["stf_anna", [[at("11:30"), at("12:30")] as [number, number]]]])
    try {
      plan({ busy, items: [{ service: facial, staff_member_id: "stf_anna" }] })
      throw new Error("expected a conflict")
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError)
      expect((error as PlanError).kind).toBe("conflict")
      expect((error as PlanError).message).toBe(
        "Anna is already booked between 2026-11-23 11:30 and 12:30"
      )
    }
  })

  it("refuses a staff member who does not perform the service", () => {
    const lash = { ...facial, id: "svc_lash", name: "Lash lift", staff_ids: ["stf_bella"] }
    expect(() => plan({ items: [{ service: lash, staff_member_id: "stf_anna" }] })).toThrow(
      "Anna does not perform Lash lift at Jing'an"
    )
  })

  it("reports a closed branch", () => {
    expect(() => plan({ start: at("12:00", "2026-12-25") })).toThrow(
      "Jing'an is closed on 2026-12-25 (Christmas)"
    )
  })

  it("keeps the client in one room with one staff member across consecutive services, turnover only at the end", () => {
    const quick = { ...facial, duration_minutes: 30, buffer_after_minutes: 30 }
    const [first, second] = plan({ items: [{ service: quick }, { service: quick }] })
    expect(second.room_id).toBe(first.room_id)
    expect(second.staff_member_id).toBe(first.staff_member_id)
    expect(first.room_range).toEqual([at("12:00"), at("12:30")])
    expect(first.staff_ranges).toEqual([[at("12:00"), at("12:30")]])
    expect(second.room_range).toEqual([at("12:30"), at("13:30")])
  })

  it("hands the client to another staff member in the same room when the first is booked next", () => {
    const busy = new Map([["stf_anna", [[at("13:00"), at("13:30")] as [number, number]]]])
    const quick = { ...facial, duration_minutes: 30, buffer_after_minutes: 30 }
    // Anna is booked from 13:00, so Bella takes the second service; the room goes with the client.
    const [first, second] = plan({
      busy,
      items: [{ service: quick, staff_member_id: "stf_anna" }, { service: quick }],
    })
    expect(first.staff_member_id).toBe("stf_anna")
    expect(second.staff_member_id).toBe("stf_bella")
    expect(second.room_id).toBe(first.room_id)
    // Anna still gets her turnover after her part; the room's turnover moves to the end.
    expect(first.staff_ranges).toEqual([[at("12:00"), at("13:00")]])
    expect(first.room_range).toEqual([at("12:00"), at("12:30")])
  })
})

describe("interval helpers", () => {
  it("subtracts and detects overlap with half-open ranges", () => {
    expect(subtract([[0, 10]], [[3, 5]])).toEqual([
      [0, 3],
      [5, 10],
    ])
    const busy: [number, number][] = [
      [0, 10],
      [20, 30],
    ]
    expect(overlapsAny(busy, [10, 20])).toBe(false) // back-to-back is fine
    expect(overlapsAny(busy, [9, 11])).toBe(true)
    expect(overlapsAny(busy, [29, 40])).toBe(true)
    expect(overlapsAny(busy, [30, 40])).toBe(false)
  })
})
