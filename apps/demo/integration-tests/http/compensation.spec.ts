import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { WorkflowResponse, createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import {
  assignCustomerTagWorkflow,
  bookAppointmentWorkflow,
  closeCommissionPeriodWorkflow,
  resolveComplaintWorkflow,
  topUpStoredValueWorkflow,
  upsertClientProfileWorkflow,
} from "medusa-plugin-salon-erp/workflows"
import { periodOf } from "medusa-plugin-salon-erp/src/modules/commission/lib/periods"
import { adminHeaders, createAdminUser, settle } from "../utils/admin"
import { TZ, at, createCustomer, nextWeekday } from "../utils/booking"
import { createRule, listEntries, netEarnings } from "../utils/commissions"
import {
  type CounterSalon,
  checkedInVisit,
  createCounterSalon,
  plainErrors,
  stockAt,
} from "../utils/counter"
import { createCategories, fileComplaint } from "../utils/feedback"
import { createTemplate, newKey, sellPackage, waitFor } from "../utils/service-packages"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }
/**
 * The hooks integrators extend the workflows with. A handler that throws must undo every step the
 * workflow took before it; here each throws only while its flag is set.
 */
const failing = { booked: false, toppedUp: false, resolved: false }
const refuse = (what: string) => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Refused by the test's ${what} hook`)
}
bookAppointmentWorkflow.hooks.appointmentBooked(() => {
  if (failing.booked) refuse("appointmentBooked")
})
topUpStoredValueWorkflow.hooks.storedValueToppedUp(() => {
  if (failing.toppedUp) refuse("storedValueToppedUp")
})
resolveComplaintWorkflow.hooks.complaintResolved(() => {
  if (failing.resolved) refuse("complaintResolved")
})

/**
 * Workflows without a hook are run as steps of a workflow whose last step fails, as an
 * integrator's workflow composing them would: their compensations must undo what they did.
 */
const refuseLastStep = createStep("test-refuse-last-step", async () => {
  refuse("last step")
})
const closePeriodThenFail = createWorkflow(
  "test-close-commission-period-then-fail",
  (input: { period: string; closed_by: string | null }) => {
    const closed = closeCommissionPeriodWorkflow.runAsStep({ input })
    refuseLastStep()
    return new WorkflowResponse(closed)
  }
)
const profileAndTagThenFail = createWorkflow(
  "test-upsert-client-profile-and-tag-then-fail",
  (input: { customer_id: string; tag_id: string; skin_type: "oily"; allergies: string[] }) => {
    const profile = upsertClientProfileWorkflow.runAsStep({
      input: {
        customer_id: input.customer_id,
        skin_type: input.skin_type,
        allergies: input.allergies,
      },
    })
    assignCustomerTagWorkflow.runAsStep({
      input: { customer_id: input.customer_id, tag_id: input.tag_id },
    })
    refuseLastStep()
    return new WorkflowResponse(profile)
  }
)
/** Runs a workflow expected to fail and returns its error's message. */
const failureOf = async (run: Promise<unknown>) => {
  const error = await run.then(
    () => null,
    (reason: Error) => reason
  )
  if (!error) throw new Error("the workflow was expected to fail but succeeded")
  return error.message
}

/**
 * Compensation, one capability after another: a late step fails (a hook handler that throws, or
 * PostgreSQL refusing a row of the last write) and every earlier step is undone, as the salon
 * sees it through the API and in the ledgers.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api: client, getContainer, dbConnection }) => {
    const api = plainErrors(client)
    let admin: Headers & { user_id: string }
    let salon: CounterSalon
    let customer: { id: string }

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      salon = await createCounterSalon(api, admin)
      customer = await createCustomer(api, admin)
    })
    afterEach(() => {
      failing.booked = failing.toppedUp = failing.resolved = false
    })

    const withKey = (key: string) => ({ headers: { ...admin.headers, "idempotency-key": key } })
    const topUp = (principal: number, key = newKey("top-up")) =>
      api.post(
        "/admin/stored-value/top-ups",
        {
          customer_id: customer.id,
          currency_code: "cny",
          principal_amount: principal,
          payment_method: "cash",
        },
        withKey(key)
      )
    const balance = async () => {
      const { data } = await api.get(
        `/admin/stored-value/accounts?customer_id=${customer.id}`,
        admin
      )
      const account = data.stored_value_accounts[0]
      return account
        ? { principal: Number(account.principal_balance), bonus: Number(account.bonus_balance) }
        : { principal: 0, bonus: 0 }
    }
    const packagesOf = async () => {
      const { data } = await api.get(
        `/admin/service-packages?customer_id=${customer.id}&fields=id,status,*items`,
        admin
      )
      return data.service_packages as { status: string; items: { remaining: number }[] }[]
    }
    /** Fails every insert into `table` until the returned function is called. */
    const refuseInserts = async (table: string) => {
      await dbConnection.raw(`
        CREATE OR REPLACE FUNCTION test_refuse_insert() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'Simulated failure writing ${table}'; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER test_refuse_insert BEFORE INSERT ON "${table}"
          FOR EACH ROW EXECUTE FUNCTION test_refuse_insert();`)
      return () =>
        dbConnection.raw(`DROP TRIGGER IF EXISTS test_refuse_insert ON "${table}";
          DROP FUNCTION IF EXISTS test_refuse_insert();`)
    }

    it("booking: a failing appointmentBooked hook leaves no appointment and the slot free", async () => {
      const body = {
        customer_id: customer.id,
        branch_id: salon.branch.id,
        starts_at: at(nextWeekday(3), "11:00"),
        items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
      }
      failing.booked = true
      const refused = await settle(api.post("/admin/appointments", body, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Refused by the test's appointmentBooked hook")
      const { data } = await api.get(`/admin/appointments?customer_id=${customer.id}`, admin)
      expect(data.appointments).toEqual([])

      failing.booked = false
      const booked = await api.post("/admin/appointments", body, admin)
      expect(booked.status).toBe(201)
    })

    it("stored value: a failing storedValueToppedUp hook reverses the credit, and a retry with the same key credits once", async () => {
      failing.toppedUp = true
      const key = newKey("top-up")
      const refused = await settle(topUp(500, key))
      expect(refused.status).toBe(400)
      expect(await balance()).toEqual({ principal: 0, bonus: 0 })

      failing.toppedUp = false
      expect((await topUp(500, key)).status).toBe(201)
      expect((await topUp(500, key)).status).toBe(200)
      expect(await balance()).toEqual({ principal: 500, bonus: 0 })
      // The ledger keeps the failed attempt: a credit and its reversal, then the one credit.
      const { rows } = await dbConnection.raw(
        `SELECT e.type, e.principal_amount::text AS principal FROM stored_value_entry e
          JOIN stored_value_account a ON a.id = e.account_id
          WHERE a.customer_id = ? ORDER BY e.created_at, e.id`,
        [customer.id]
      )
      expect(rows.map((row: any) => [row.type, Number(row.principal)])).toEqual([
        ["top_up_principal", 500],
        ["reversal", -500],
        ["top_up_principal", 500],
      ])
    })

    it("service packages: a sale paid from stored value that fails while issuing the package gives the money back", async () => {
      expect((await topUp(1000)).status).toBe(201)
      const template = await createTemplate(api, admin, [
        { salon_service_id: salon.facial.id, sessions: 5 },
      ])
      const release = await refuseInserts("customer_package")
      const refused = await settle(
        sellPackage(api, admin, {
          customer_id: customer.id,
          template_id: template.id,
          branch_id: salon.branch.id,
          sold_by_staff_member_id: salon.anna.id,
          payment_method: "stored_value",
        }).then((data) => ({ status: 200, data }))
      ).finally(release)
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(await packagesOf()).toEqual([])
      expect(await balance()).toEqual({ principal: 1000, bonus: 0 })
    })

    it("feedback: a failing complaintResolved hook reopens nothing, records no remedy and takes back the goodwill credit and free session", async () => {
      const managerId = (
        await createAdminUser(getContainer(), {
          email: `manager-${Date.now()}@salon.test`,
          password: "manager-password-1",
        })
      ).user_id
      const categories = await createCategories(api, admin)
      const complaint = await fileComplaint(api, admin, {
        customer_id: customer.id,
        branch_id: salon.branch.id,
        category_id: categories.hygiene.id,
      })
      await api.post(
        `/admin/complaints/${complaint.id}/assign`,
        { assignee_user_id: managerId },
        admin
      )
      await api.post(`/admin/complaints/${complaint.id}/start`, {}, admin)
      const eventsBefore = (
        await dbConnection.raw(
          `SELECT count(*)::int AS n FROM complaint_event WHERE complaint_id = ?`,
          [complaint.id]
        )
      ).rows[0].n

      failing.resolved = true
      const refused = await settle(
        api.post(
          `/admin/complaints/${complaint.id}/resolve`,
          {
            resolution_summary: "Refund of goodwill and a free facial",
            remedies: [
              { kind: "goodwill_credit", amount: 80, currency_code: "cny" },
              { kind: "free_session", salon_service_id: salon.facial.id },
            ],
          },
          admin
        )
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Refused by the test's complaintResolved hook")

      const { data } = await api.get(`/admin/complaints/${complaint.id}`, admin)
      expect(data.complaint).toEqual(
        expect.objectContaining({ status: "in_progress", resolved_at: null, remedies: [] })
      )
      const eventsAfter = (
        await dbConnection.raw(
          `SELECT count(*)::int AS n FROM complaint_event WHERE complaint_id = ?`,
          [complaint.id]
        )
      ).rows[0].n
      expect(eventsAfter).toBe(eventsBefore)
      // The credit was granted, then reversed; the complimentary package holds no session.
      expect(await balance()).toEqual({ principal: 0, bonus: 0 })
      const packages = await packagesOf()
      expect(packages.every((pkg) => pkg.items.every((item) => item.remaining === 0))).toBe(true)
    })

    it("counter: a sale that fails at its last step (fulfillment) leaves no order, no payment, no ledger movement and the stock and visit as they were", async () => {
      const template = await createTemplate(api, admin, [
        { salon_service_id: salon.facial.id, sessions: 10 },
      ])
      const pkg = await sellPackage(api, admin, {
        customer_id: customer.id,
        template_id: template.id,
        branch_id: salon.branch.id,
        sold_by_staff_member_id: salon.anna.id,
      })
      expect((await topUp(300)).status).toBe(201)
      const visit = await checkedInVisit(api, admin, salon, customer.id, [
        { service: "facial", staff: "anna" },
        { service: "manicure", staff: "bella" },
      ])
      const [facial, manicure] = visit.items
      const counts = async () => {
        const { rows } = await dbConnection.raw(
          `SELECT (SELECT count(*) FROM "order" WHERE deleted_at IS NULL)::int AS orders,
                  (SELECT count(*) FROM payment WHERE deleted_at IS NULL AND captured_at IS NOT NULL AND canceled_at IS NULL)::int AS captured,
                  (SELECT coalesce(sum(amount), 0)::text FROM refund WHERE deleted_at IS NULL) AS refunded,
                  (SELECT count(*) FROM counter_sale WHERE status = 'completed')::int AS sales,
                  (SELECT count(*) FROM counter_tender)::int AS tenders,
                  (SELECT count(*) FROM counter_cash_entry)::int AS cash_entries,
                  (SELECT count(*) FROM reservation_item WHERE deleted_at IS NULL)::int AS reservations`
        )
        return {
          ...rows[0],
          stock: await stockAt(api, admin, salon.serum.inventory_item_id, salon.location_id),
        }
      }
      const before = await counts()
      const sessionsBefore = (await api.get(`/admin/service-packages/${pkg.id}`, admin)).data
        .service_package.items[0].remaining

      const release = await refuseInserts("fulfillment")
      const refused = await settle(
        api.post(
          "/admin/counter-sales",
          {
            shift_id: salon.shift.id,
            customer_id: customer.id,
            lines: [
              { type: "service", appointment_item_id: facial.id, package_id: pkg.id },
              { type: "service", appointment_item_id: manicure.id },
              { type: "product", sku: salon.serum.sku, quantity: 1 },
            ],
            tenders: [
              { kind: "stored_value", amount: 200 },
              { kind: "cash", amount: 108, tendered: 200 },
            ],
          },
          withKey(newKey("sale"))
        )
      ).finally(release)
      expect(refused.status).toBeGreaterThanOrEqual(400)

      const after = await counts()
      // Captured payments are either gone with the order or refunded in full.
      expect({ ...after, captured: undefined, refunded: undefined }).toEqual({
        ...before,
        captured: undefined,
        refunded: undefined,
      })
      expect(after.captured - before.captured).toBe(0)
      expect(await balance()).toEqual({ principal: 300, bonus: 0 })
      const { data: packageData } = await api.get(`/admin/service-packages/${pkg.id}`, admin)
      expect(packageData.service_package.items[0].remaining).toBe(sessionsBefore)
      const { data: appointmentData } = await api.get(`/admin/appointments/${visit.id}`, admin)
      expect(appointmentData.appointment).toMatchObject({ status: "checked_in", order_id: null })
      const { data: shiftData } = await api.get(`/admin/counter-shifts/${salon.shift.id}`, admin)
      expect(shiftData.counter_shift.totals).toMatchObject({ sales: 0 })
    })

    it("commissions: a failure after a month closed reopens it and takes back its tier settlement", async () => {
      await createRule(api, admin, {
        kind: "service_performed",
        rate: 10,
        tier_mode: "retroactive",
        tiers: [{ threshold: 100, rate: 15 }],
      })
      const visit = await checkedInVisit(api, admin, salon, customer.id, [
        { service: "facial", staff: "anna" },
      ])
      await api.post(`/admin/appointments/${visit.id}/complete`, {}, admin)
      await waitFor(
        async () => (await listEntries(api, admin, { source_id: visit.id })).length > 0,
        "the service's commission"
      )
      const period = periodOf(new Date(), TZ)
      const earned = async () => netEarnings(await listEntries(api, admin), {})
      const periodStatus = async () => {
        const { data } = await api.get("/admin/commission-periods", admin)
        return data.commission_periods.find((row: { period: string }) => row.period === period)
          ?.status
      }
      const before = await earned()
      expect(before.map((row) => row.kind)).toEqual(["service_performed"])

      expect(
        await failureOf(
          closePeriodThenFail(getContainer()).run({ input: { period, closed_by: null } })
        )
      ).toBe("Refused by the test's last step hook")
      expect(await periodStatus()).toBe("open")
      // The settlement was written with the close and reversed with it: nothing earned on top.
      expect(await earned()).toEqual(before)

      const { data } = await api.post(`/admin/commission-periods/${period}/close`, {}, admin)
      expect(data.commission_period).toEqual(
        expect.objectContaining({ status: "closed", settlements: 1 })
      )
      expect((await earned()).map((row) => row.kind)).toEqual([
        "service_performed",
        "tier_settlement",
      ])
    })

    it("client profiles: a failure after a profile update and a tag restores the profile and removes the tag", async () => {
      const profileUrl = `/admin/customers/${customer.id}/client-profile`
      await api.post(profileUrl, { skin_type: "dry", allergies: ["latex"] }, admin)
      const vip = (await api.post("/admin/client-tags", { name: "VIP" }, admin)).data.client_tag
      const profileNow = async () => {
        const { data } = await api.get(profileUrl, admin)
        return data.client_profile
      }
      const input = { customer_id: customer.id, tag_id: vip.id, skin_type: "oily" as const }
      expect(
        await failureOf(
          profileAndTagThenFail(getContainer()).run({ input: { ...input, allergies: ["nuts"] } })
        )
      ).toBe("Refused by the test's last step hook")
      expect(await profileNow()).toMatchObject({ skin_type: "dry", allergies: ["latex"], tags: [] })

      // A customer with no profile yet: the created profile is deleted again.
      const newcomer = await createCustomer(api, admin)
      expect(
        await failureOf(
          profileAndTagThenFail(getContainer()).run({
            input: { ...input, customer_id: newcomer.id, allergies: [] },
          })
        )
      ).toBe("Refused by the test's last step hook")
      const { data } = await api.get(`/admin/customers/${newcomer.id}/client-profile`, admin)
      expect(data.client_profile).toMatchObject({ id: null, skin_type: null, tags: [] })
    })
  },
})
