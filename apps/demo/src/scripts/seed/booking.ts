import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { BOOKING_MODULE } from "medusa-plugin-salon-erp/modules/booking"
import type BookingModuleService from "medusa-plugin-salon-erp/src/modules/booking/service"
import {
  addDays,
  fromLocal,
  isoWeekday,
  toLocal,
} from "medusa-plugin-salon-erp/src/modules/booking/lib/time"
import { bookAppointmentWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/book-appointment"
import { cancelAppointmentWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/cancel-appointment"
import { checkInAppointmentWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/check-in-appointment"
import { completeAppointmentWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/complete-appointment"
import { confirmAppointmentWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/confirm-appointment"
import { createBranchWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/create-branch"
import { createRoomWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/create-room"
import { createSalonServiceWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/create-salon-service"
import { createStaffMemberWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/create-staff-member"
import { markAppointmentNoShowWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/mark-appointment-no-show"
import { setStaffScheduleWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/set-staff-schedule"
import type { SeedContext } from "./context"

const TZ = "Asia/Shanghai"

type DemoService = {
  key: string
  name: string
  category: string
  duration: number
  processing?: number
  buffer?: number
  room_type: string
  revisit_days: number
  cny: number
  hkd: number
  description: string
}

const SERVICES: DemoService[] = [
  {
    key: "hydrating-facial",
    name: "Hydrating Facial",
    category: "facial",
    duration: 60,
    buffer: 10,
    room_type: "facial_room",
    revisit_days: 28,
    cny: 398,
    hkd: 438,
    description: "Deep hydration with hyaluronic serum and a cooling mask.",
  },
  {
    key: "deep-cleansing-facial",
    name: "Deep Cleansing Facial",
    category: "facial",
    duration: 60,
    processing: 15,
    buffer: 10,
    room_type: "facial_room",
    revisit_days: 28,
    cny: 458,
    hkd: 498,
    description: "Extraction, enzyme peel and a clay mask that sets while you relax.",
  },
  {
    key: "anti-aging-facial",
    name: "Anti-aging Lifting Facial",
    category: "facial",
    duration: 90,
    buffer: 10,
    room_type: "facial_room",
    revisit_days: 35,
    cny: 598,
    hkd: 658,
    description: "Microcurrent lifting with peptide ampoules.",
  },
  {
    key: "aromatherapy-massage",
    name: "Aromatherapy Massage",
    category: "massage",
    duration: 60,
    buffer: 15,
    room_type: "massage_room",
    revisit_days: 21,
    cny: 368,
    hkd: 398,
    description: "Full-body massage with essential oils.",
  },
  {
    key: "deep-tissue-massage",
    name: "Deep Tissue Massage",
    category: "massage",
    duration: 90,
    buffer: 15,
    room_type: "massage_room",
    revisit_days: 21,
    cny: 498,
    hkd: 548,
    description: "Firm pressure for knots in back, neck and shoulders.",
  },
  {
    key: "classic-manicure",
    name: "Classic Manicure",
    category: "nails",
    duration: 40,
    buffer: 5,
    room_type: "nail_station",
    revisit_days: 14,
    cny: 128,
    hkd: 148,
    description: "Shape, cuticle care and polish.",
  },
  {
    key: "gel-manicure",
    name: "Gel Manicure",
    category: "nails",
    duration: 50,
    processing: 10,
    buffer: 5,
    room_type: "nail_station",
    revisit_days: 21,
    cny: 198,
    hkd: 228,
    description: "Long-wear gel colour, cured under LED.",
  },
  {
    key: "spa-pedicure",
    name: "Spa Pedicure",
    category: "nails",
    duration: 60,
    buffer: 10,
    room_type: "nail_station",
    revisit_days: 28,
    cny: 238,
    hkd: 268,
    description: "Soak, scrub, callus care and polish.",
  },
  {
    key: "classic-lash-extensions",
    name: "Classic Lash Extensions",
    category: "lashes",
    duration: 90,
    buffer: 10,
    room_type: "lash_bed",
    revisit_days: 21,
    cny: 388,
    hkd: 428,
    description: "One extension per natural lash.",
  },
  {
    key: "lash-lift-tint",
    name: "Lash Lift & Tint",
    category: "lashes",
    duration: 60,
    buffer: 10,
    room_type: "lash_bed",
    revisit_days: 42,
    cny: 268,
    hkd: 298,
    description: "Curl and tint your own lashes.",
  },
]

type DemoStaff = {
  name: string
  level: "junior" | "senior" | "expert"
  color: string
  branches: string[]
  categories: string[]
  shift: [string, string]
  /** ISO weekday off. */
  day_off: number
}

const STAFF: DemoStaff[] = [
  {
    name: "Anna Li",
    level: "expert",
    color: "#B5446E",
    branches: ["jingan"],
    categories: ["facial", "lashes"],
    shift: ["10:00", "19:00"],
    day_off: 1,
  },
  {
    name: "Bella Wu",
    level: "senior",
    color: "#3B7080",
    branches: ["jingan"],
    categories: ["facial", "massage"],
    shift: ["12:00", "21:00"],
    day_off: 2,
  },
  {
    name: "Chen Jing",
    level: "junior",
    color: "#7A9E7E",
    branches: ["jingan"],
    categories: ["nails"],
    shift: ["10:00", "19:00"],
    day_off: 3,
  },
  {
    name: "Diana Zhou",
    level: "senior",
    color: "#C98B2E",
    branches: ["jingan"],
    categories: ["nails", "lashes"],
    shift: ["12:00", "21:00"],
    day_off: 4,
  },
  {
    name: "Emma Sun",
    level: "junior",
    color: "#6C5B7B",
    branches: ["jingan"],
    categories: ["massage", "facial"],
    shift: ["10:00", "19:00"],
    day_off: 5,
  },
  {
    name: "Fiona Xu",
    level: "expert",
    color: "#D9534F",
    branches: ["xihu"],
    categories: ["facial", "massage"],
    shift: ["10:00", "19:00"],
    day_off: 2,
  },
  {
    name: "Grace Lin",
    level: "senior",
    color: "#5B8C5A",
    branches: ["xihu"],
    categories: ["nails", "lashes"],
    shift: ["12:00", "21:00"],
    day_off: 3,
  },
  {
    name: "Helen Ma",
    level: "junior",
    color: "#4A6FA5",
    branches: ["xihu"],
    categories: ["nails"],
    shift: ["10:00", "19:00"],
    day_off: 1,
  },
  {
    name: "Iris Qian",
    level: "senior",
    color: "#9C6644",
    branches: ["xihu"],
    categories: ["massage", "facial"],
    shift: ["12:00", "21:00"],
    day_off: 4,
  },
  {
    name: "Jade He",
    level: "expert",
    color: "#2E4057",
    branches: ["jingan", "xihu"],
    categories: ["facial", "lashes", "massage"],
    shift: ["11:00", "20:00"],
    day_off: 7,
  },
]

const ROOMS: Record<string, [string, string][]> = {
  jingan: [
    ["Facial Room 1", "facial_room"],
    ["Facial Room 2", "facial_room"],
    ["Massage Room", "massage_room"],
    ["Nail Station 1", "nail_station"],
    ["Nail Station 2", "nail_station"],
    ["Nail Station 3", "nail_station"],
    ["Lash Bed", "lash_bed"],
  ],
  xihu: [
    ["Facial Room", "facial_room"],
    ["Massage Room 1", "massage_room"],
    ["Massage Room 2", "massage_room"],
    ["Nail Station 1", "nail_station"],
    ["Nail Station 2", "nail_station"],
    ["Lash Bed", "lash_bed"],
  ],
}

const BRANCH_DETAILS: Record<string, { code: string; phone: string; closes: string }> = {
  jingan: { code: "SH-JA", phone: "+86 21 5288 1601", closes: "21:00" },
  xihu: { code: "HZ-XH", phone: "+86 571 8708 0088", closes: "21:00" },
}

export const DEMO_CUSTOMERS = [
  ["Mei", "Chen"],
  ["Xiaoyu", "Wang"],
  ["Lina", "Zhang"],
  ["Yan", "Liu"],
  ["Jing", "Yang"],
  ["Hui", "Huang"],
  ["Ting", "Zhao"],
  ["Qing", "Wu"],
  ["Fang", "Zhou"],
  ["Lei", "Xu"],
  ["Min", "Sun"],
  ["Na", "Ma"],
  ["Rui", "Zhu"],
  ["Xin", "Hu"],
  ["Yue", "Guo"],
  ["Ying", "He"],
  ["Jie", "Lin"],
  ["Wen", "Luo"],
  ["Ling", "Gao"],
  ["Ping", "Zheng"],
  ["Shan", "Liang"],
  ["Dan", "Xie"],
  ["Lan", "Song"],
  ["Zhen", "Tang"],
].map(([first_name, last_name], index) => ({
  first_name,
  last_name,
  email: `${first_name}.${last_name}@example.com`.toLowerCase(),
  phone: `+86 138 0013 ${String(1000 + index).slice(-4)}`,
}))

/** A small deterministic generator, so every fresh demo has the same history. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type BookingSeed = {
  branches: Record<string, { id: string; name: string; stock_location_id: string }>
  services: Record<
    string,
    { id: string; variant_id: string; category: string; name: string; cny: number }
  >
  staff: Record<string, { id: string; level: string; branches: string[] }>
  customers: { id: string; email: string }[]
}

/**
 * Two branches with opening hours, rooms and stations, ten services sold as products, ten staff
 * with weekly schedules, demo customers, and two weeks of appointments (last week's completed,
 * canceled or missed; next week's booked or confirmed).
 */
export async function seedBooking(
  container: MedusaContainer,
  ctx: SeedContext & { admin_user_id: string }
): Promise<BookingSeed> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
  const customerModule = container.resolve(Modules.CUSTOMER)

  const branches: BookingSeed["branches"] = {}
  for (const location of ctx.locations) {
    const details = BRANCH_DETAILS[location.key]
    let [branch] = await booking.listBranches({ code: details.code })
    if (!branch) {
      const weekday = (closes: string) => ({ opens_at: "10:00", closes_at: closes })
      const { result } = await createBranchWorkflow(container).run({
        input: {
          name: location.name,
          code: details.code,
          timezone: TZ,
          phone: details.phone,
          address: location.city,
          manager_user_id: ctx.admin_user_id,
          opening_hours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({
            weekday: day,
            ...weekday(day === 7 ? "19:00" : details.closes),
          })),
          stock_location_id: location.stock_location_id,
          sales_channel_id: ctx.sales_channel_id,
        },
      })
      branch = result
      for (const [name, room_type] of ROOMS[location.key]) {
        await createRoomWorkflow(container).run({
          input: { branch_id: branch.id, name, room_type },
        })
      }
    }
    branches[location.key] = {
      id: branch.id,
      name: branch.name,
      stock_location_id: location.stock_location_id,
    }
  }

  const services: BookingSeed["services"] = {}
  for (const service of SERVICES) {
    let [existing] = await booking.listSalonServices({ name: service.name })
    if (!existing) {
      const { result } = await createSalonServiceWorkflow(container).run({
        input: {
          name: service.name,
          description: service.description,
          category: service.category,
          duration_minutes: service.duration,
          processing_minutes: service.processing ?? 0,
          buffer_after_minutes: service.buffer ?? 0,
          room_type: service.room_type,
          revisit_interval_days: service.revisit_days,
          prices: [
            { currency_code: "cny", amount: service.cny },
            { currency_code: "hkd", amount: service.hkd },
          ],
          sales_channel_ids: [ctx.sales_channel_id],
        },
      })
      existing = result
    }
    services[service.key] = {
      id: existing.id,
      variant_id: existing.variant_id,
      category: service.category,
      name: service.name,
      cny: service.cny,
    }
  }

  const staff: BookingSeed["staff"] = {}
  for (const member of STAFF) {
    let [existing] = await booking.listStaffMembers({ name: member.name })
    if (!existing) {
      const { result } = await createStaffMemberWorkflow(container).run({
        input: {
          name: member.name,
          level: member.level,
          color: member.color,
          email: `${member.name.toLowerCase().replace(/\s+/g, ".")}@lotus-beauty.test`,
          bio: `${member.level[0].toUpperCase()}${member.level.slice(1)} therapist: ${member.categories.join(", ")}.`,
          branch_ids: member.branches.map((key) => branches[key].id),
          salon_service_ids: SERVICES.filter((service) =>
            member.categories.includes(service.category)
          ).map((service) => services[service.key].id),
        },
      })
      existing = result
      for (const key of member.branches) {
        // A floater works her shift at the first branch early in the week and the second later.
        const days = [1, 2, 3, 4, 5, 6, 7].filter(
          (day) =>
            day !== member.day_off &&
            (member.branches.length === 1 || (key === member.branches[0] ? day <= 3 : day > 3))
        )
        await setStaffScheduleWorkflow(container).run({
          input: {
            staff_member_id: existing.id,
            branch_id: branches[key].id,
            shifts: days.map((weekday) => ({
              weekday,
              starts_at: member.shift[0],
              ends_at: weekday === 7 && member.shift[1] > "19:00" ? "19:00" : member.shift[1],
            })),
          },
        })
      }
    }
    staff[member.name] = { id: existing.id, level: member.level, branches: member.branches }
  }

  const existingCustomers = await customerModule.listCustomers(
    { email: DEMO_CUSTOMERS.map((customer) => customer.email) },
    { select: ["id", "email"] }
  )
  const missingCustomers = DEMO_CUSTOMERS.filter(
    (customer) => !existingCustomers.some((c) => c.email === customer.email)
  )
  if (missingCustomers.length) {
    await createCustomersWorkflow(container).run({ input: { customersData: missingCustomers } })
  }
  const customers = (
    await customerModule.listCustomers(
      { email: DEMO_CUSTOMERS.map((customer) => customer.email) },
      { select: ["id", "email"] }
    )
  ).sort((a, b) => a.email.localeCompare(b.email))

  const seeded = { branches, services, staff, customers }
  const booked = await seedAppointments(container, seeded)
  logger.info(
    `Seeded booking: ${Object.keys(branches).length} branches, ${Object.keys(services).length} services, ` +
      `${Object.keys(staff).length} staff, ${customers.length} customers, ${booked} new appointments`
  )
  return seeded
}

async function seedAppointments(container: MedusaContainer, seeded: BookingSeed): Promise<number> {
  const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
  const [already] = await booking.listAppointments(
    { idempotency_key: { $like: "demo:%" } },
    { take: 1, select: ["id"] }
  )
  if (already) {
    return 0
  }
  const next = random(20261122)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const today = toLocal(Date.now(), TZ).date
  const serviceKeys = Object.keys(seeded.services)
  const system = { actor_type: "system" as const, actor_id: null }
  let count = 0

  // Four weeks of history (busier lately, for reports and commissions) and one week ahead.
  for (let offset = -28; offset <= 7; offset++) {
    const date = addDays(today, offset)
    const weekday = isoWeekday(date)
    const density = offset < -7 ? 0.25 : 0.5
    for (const [branchKey, branch] of Object.entries(seeded.branches)) {
      for (let minutes = 10 * 60; minutes <= 18 * 60; minutes += 30) {
        if (next() > density) continue
        const start = fromLocal(date, minutes, TZ)
        const serviceKey = pick(serviceKeys)
        const service = seeded.services[serviceKey]
        const member = STAFF.filter((candidate) => {
          const shift = candidate.shift
          const atBranch =
            candidate.branches.length === 1
              ? candidate.branches[0] === branchKey
              : (branchKey === candidate.branches[0]) === weekday <= 3
          return (
            atBranch &&
            candidate.day_off !== weekday &&
            candidate.categories.includes(service.category) &&
            minutes >= Number(shift[0].slice(0, 2)) * 60 &&
            minutes + 90 <= Number(shift[1].slice(0, 2)) * 60
          )
        })
        if (!member.length) continue
        const staffMember = pick(member)
        const past = start < Date.now()
        if (!past && start < Date.now() + 60 * 60_000) continue
        try {
          const { result } = await bookAppointmentWorkflow(container).run({
            input: {
              customer_id: pick(seeded.customers).id,
              branch_id: branch.id,
              starts_at: new Date(start).toISOString(),
              items: [
                {
                  salon_service_id: service.id,
                  staff_member_id: seeded.staff[staffMember.name].id,
                  is_designated: next() < 0.35,
                },
              ],
              actor: past ? "import" : "staff",
              source: pick(["online", "online", "front_desk", "phone"] as const),
              idempotency_key: `demo:${branchKey}:${date}:${minutes}`,
              ...system,
            },
          })
          count++
          const input = { appointment_id: result.appointment_id, ...system }
          const roll = next()
          if (past) {
            if (roll < 0.07) {
              await cancelAppointmentWorkflow(container).run({
                input: { ...input, reason: "Customer rescheduled by phone" },
              })
            } else if (roll < 0.13) {
              await markAppointmentNoShowWorkflow(container).run({ input })
            } else {
              await checkInAppointmentWorkflow(container).run({ input })
              await completeAppointmentWorkflow(container).run({ input })
              // Imported history: the visit happened when it was booked, not when the seed ran.
              await booking.updateAppointments({
                id: result.appointment_id,
                checked_in_at: new Date(start),
                started_at: new Date(start),
                completed_at: new Date(result.appointment.ends_at),
              })
            }
          } else if (roll < 0.4) {
            await confirmAppointmentWorkflow(container).run({ input })
          }
        } catch {
          // The staff member or room is taken at that time: the demo just skips that slot.
        }
      }
    }
  }
  return count
}
