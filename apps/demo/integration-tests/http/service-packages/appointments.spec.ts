import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import expireServicePackagesJob from "medusa-plugin-salon-erp/src/jobs/expire-service-packages"
import sendPackageExpiryRemindersJob from "medusa-plugin-salon-erp/src/jobs/send-package-expiry-reminders"
import { redeemAppointmentSessionsWorkflow } from "medusa-plugin-salon-erp/src/workflows/service-package/workflows/redeem-appointment-sessions"
import { reserveAppointmentSessionsWorkflow } from "medusa-plugin-salon-erp/src/workflows/service-package/workflows/reserve-appointment-sessions"
import { adminHeaders } from "../../utils/admin"
import { at, createCustomer, createSalon, failure, nextWeekday } from "../../utils/booking"
import { createPublishableKey, createStoreCustomer } from "../../utils/store"
import {
  createTemplate,
  entriesOf,
  ledgerOf,
  newKey,
  recordEvents,
  sellPackage,
  waitFor,
} from "../../utils/service-packages"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string>; user_id: string }
    let salon: Awaited<ReturnType<typeof createSalon>>
    let customer: { id: string }
    let template: Awaited<ReturnType<typeof createTemplate>>
    const day = nextWeekday(4) // a Thursday at least three days ahead

    const sell = (customerId = customer.id, templateId = template.id) =>
      sellPackage(api, admin, {
        customer_id: customerId,
        template_id: templateId,
        branch_id: salon.branch.id,
        sold_by_staff_member_id: salon.bella.id,
      })
    const book = async (time: string, customerId = customer.id) =>
      (
        await api.post(
          "/admin/appointments",
          {
            customer_id: customerId,
            branch_id: salon.branch.id,
            starts_at: at(day, time),
            items: [
              {
                salon_service_id: salon.facial.id,
                staff_member_id: salon.anna.id,
                is_designated: true,
              },
            ],
          },
          admin
        )
      ).data.appointment as { id: string; items: { id: string }[] }
    const sessions = async (appointmentId: string) =>
      (await api.get(`/admin/appointments/${appointmentId}/package-reservations`, admin)).data
        .package_reservations
    const reservationOf = async (appointmentId: string) =>
      (await sessions(appointmentId)).items[0].reservation
    const waitForReservation = (appointmentId: string, status = "reserved") =>
      waitFor(async () => {
        const reservation = await reservationOf(appointmentId)
        return reservation?.status === status ? reservation : null
      }, `a ${status} reservation on ${appointmentId}`)
    const balances = async (packageId: string) => {
      const [item] = await ledgerOf(dbConnection, packageId)
      return item
    }

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      salon = await createSalon(api, admin)
      customer = await createCustomer(api, admin)
      template = await createTemplate(api, admin, [
        { salon_service_id: salon.facial.id, sessions: 10 },
      ])
    })

    it("reserves a session of the soonest-expiring package on booking and redeems it exactly once on completion", async () => {
      const later = await sell()
      const sooner = await sell()
      await dbConnection.raw(
        `UPDATE customer_package SET expires_at = now() + interval '90 days' WHERE id = ?`,
        [sooner.id]
      )
      const events = recordEvents(getContainer().resolve(Modules.EVENT_BUS))
      const appointment = await book("10:00")
      const reservation = await waitForReservation(appointment.id)
      expect(reservation).toEqual(
        expect.objectContaining({ package_id: sooner.id, status: "reserved", source: "auto" })
      )
      expect(reservation.package.name).toBe("10 Facials")
      expect(await balances(sooner.id)).toEqual(
        expect.objectContaining({ remaining: 10, reserved: 1 })
      )
      expect(await balances(later.id)).toEqual(
        expect.objectContaining({ remaining: 10, reserved: 0 })
      )

      // Handling the booking again reserves nothing more.
      await reserveAppointmentSessionsWorkflow(getContainer()).run({
        input: { appointment_id: appointment.id },
      })
      expect((await balances(sooner.id)).reserved).toBe(1)

      // The appointment shows the reserved session from its own side too.
      const withPackages = await api.get(
        `/admin/appointments/${appointment.id}?fields=+package_reservations.status,+package_reservations.package_id`,
        admin
      )
      expect(withPackages.data.appointment.package_reservations).toEqual([
        expect.objectContaining({ status: "reserved", package_id: sooner.id }),
      ])

      await api.post(`/admin/appointments/${appointment.id}/check-in`, {}, admin)
      await api.post(`/admin/appointments/${appointment.id}/complete`, {}, admin)
      await waitForReservation(appointment.id, "redeemed")
      // The completion handled again, twice at once: still one redemption.
      const { data: completed } = await api.get(`/admin/appointments/${appointment.id}`, admin)
      const input = {
        appointment_id: appointment.id,
        branch_id: salon.branch.id,
        items: completed.appointment.items.map((item: any) => ({
          id: item.id,
          staff_member_id: item.staff_member_id,
          is_designated: item.is_designated,
        })),
        actor_type: "system" as const,
      }
      await Promise.all([
        redeemAppointmentSessionsWorkflow(getContainer()).run({ input }),
        redeemAppointmentSessionsWorkflow(getContainer()).run({ input }),
      ])
      const redemptions = (await entriesOf(dbConnection, sooner.id)).filter(
        (e) => e.type === "redeem"
      )
      expect(redemptions).toEqual([
        expect.objectContaining({
          quantity: -1,
          value: -100,
          staff_member_id: salon.anna.id,
          branch_id: salon.branch.id,
          appointment_id: appointment.id,
          reservation_id: reservation.id,
        }),
      ])
      expect(await balances(sooner.id)).toEqual(
        expect.objectContaining({ remaining: 9, reserved: 0, ledger_remaining: 9 })
      )
      // Events go out when the subscriber's workflow finishes, a moment after the ledger commits.
      const redeemed = await waitFor(async () => {
        const found = events.named("service_package.session_redeemed")
        return found.length ? found : null
      }, "the session_redeemed event")
      expect(redeemed).toEqual([
        expect.objectContaining({
          package_id: sooner.id,
          template_id: template.id,
          customer_id: customer.id,
          staff_member_id: salon.anna.id,
          appointment_id: appointment.id,
          is_designated: true,
          session_value: 100,
        }),
      ])
    })

    it("releases the session when the appointment is canceled in time, and keeps it when it is moved", async () => {
      const pkg = await sell()
      const moved = await book("10:00")
      await waitForReservation(moved.id)
      await api.post(
        `/admin/appointments/${moved.id}/reschedule`,
        { starts_at: at(day, "15:00") },
        admin
      )
      const canceled = await book("12:00")
      await waitForReservation(canceled.id)
      expect((await balances(pkg.id)).reserved).toBe(2)

      await api.post(`/admin/appointments/${canceled.id}/cancel`, { reason: "Travelling" }, admin)
      const released = await waitFor(async () => {
        const view = await sessions(canceled.id)
        return view.reservations.find((r: any) => r.status === "released")
      }, "the released reservation")
      expect(released.release_reason).toBe("canceled")
      expect(await reservationOf(moved.id)).toEqual(expect.objectContaining({ status: "reserved" }))
      expect(await balances(pkg.id)).toEqual(
        expect.objectContaining({ remaining: 10, reserved: 1, entries: 1 })
      )
    })

    it("forfeits the session of a late cancellation and of a no-show (default policy)", async () => {
      const pkg = await sell()
      const late = await book("10:00")
      const missed = await book("13:00")
      await waitForReservation(late.id)
      await waitForReservation(missed.id)
      // Inside the 12-hour cut-off, and already started.
      await dbConnection.raw(
        `UPDATE appointment SET starts_at = now() + interval '2 hours', ends_at = now() + interval '3 hours' WHERE id = ?`,
        [late.id]
      )
      await dbConnection.raw(
        `UPDATE appointment SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = ?`,
        [missed.id]
      )
      const events = recordEvents(getContainer().resolve(Modules.EVENT_BUS))
      const canceled = await api.post(`/admin/appointments/${late.id}/cancel`, {}, admin)
      expect(canceled.data.appointment.is_late_cancellation).toBe(true)
      await api.post(`/admin/appointments/${missed.id}/no-show`, {}, admin)
      await waitForReservation(late.id, "forfeited")
      await waitForReservation(missed.id, "forfeited")
      const forfeits = (await entriesOf(dbConnection, pkg.id)).filter((e) => e.type === "forfeit")
      expect(forfeits.map((entry) => [entry.reason, entry.quantity, entry.value])).toEqual(
        expect.arrayContaining([
          ["late_cancellation", -1, -100],
          ["no_show", -1, -100],
        ])
      )
      expect(await balances(pkg.id)).toEqual(
        expect.objectContaining({ remaining: 8, reserved: 0, ledger_remaining: 8 })
      )
      await waitFor(
        async () => events.named("service_package.session_forfeited").length === 2,
        "two session_forfeited events"
      )
      expect(events.named("service_package.session_forfeited")).toHaveLength(2)
    })

    it("lets staff choose another package or none, and customers only for their own appointments", async () => {
      const first = await sell()
      const second = await sell()
      const appointment = await book("10:00")
      const reservation = await waitForReservation(appointment.id)
      const other = reservation.package_id === first.id ? second : first
      const itemId = appointment.items[0].id

      const view = await sessions(appointment.id)
      // Both still have unreserved sessions: either may pay for the facial.
      expect(view.items[0].eligible_packages.map((p: any) => p.package_id).sort()).toEqual(
        [first.id, second.id].sort()
      )

      const replaced = await api.post(
        `/admin/appointments/${appointment.id}/package-reservations`,
        { appointment_item_id: itemId, package_id: other.id },
        admin
      )
      expect(replaced.data.package_reservations.items[0].reservation).toEqual(
        expect.objectContaining({ package_id: other.id, status: "reserved", source: "staff" })
      )
      expect((await balances(reservation.package_id)).reserved).toBe(0)
      expect((await balances(other.id)).reserved).toBe(1)

      const none = await api.post(
        `/admin/appointments/${appointment.id}/package-reservations`,
        { appointment_item_id: itemId, package_id: null },
        admin
      )
      expect(none.data.package_reservations.items[0].reservation).toBeNull()
      expect((await balances(other.id)).reserved).toBe(0)
      // Booked without package use: handling the booking again does not reserve.
      await reserveAppointmentSessionsWorkflow(getContainer()).run({
        input: { appointment_id: appointment.id },
      })
      expect(await reservationOf(appointment.id)).toBeNull()

      const stranger = await createCustomer(api, admin, "Yan")
      const strangers = await sell(stranger.id)
      const notTheirs = await failure(
        api.post(
          `/admin/appointments/${appointment.id}/package-reservations`,
          { appointment_item_id: itemId, package_id: strangers.id },
          admin
        )
      )
      expect(notTheirs.status).toBe(404)
      const badItem = await failure(
        api.post(
          `/admin/appointments/${appointment.id}/package-reservations`,
          { appointment_item_id: "apit_missing", package_id: first.id },
          admin
        )
      )
      expect(badItem.status).toBe(404)

      // The store: a customer picks a package for their own appointment, never for another's.
      const key = await createPublishableKey(api, admin)
      const alice = await createStoreCustomer(api, key, "Alice")
      const bob = await createStoreCustomer(api, key, "Bob")
      const alicePackage = await sell(alice.customer.id)
      const alicesVisit = await book("16:00", alice.customer.id)
      await waitForReservation(alicesVisit.id)
      const declined = await api.post(
        `/store/customers/me/appointments/${alicesVisit.id}/package`,
        { appointment_item_id: alicesVisit.items[0].id, package_id: null },
        { headers: alice.headers }
      )
      expect(declined.data.package_reservations.items[0].reservation).toBeNull()
      const chosen = await api.post(
        `/store/customers/me/appointments/${alicesVisit.id}/package`,
        { appointment_item_id: alicesVisit.items[0].id, package_id: alicePackage.id },
        { headers: alice.headers }
      )
      expect(chosen.data.package_reservations.items[0].reservation).toEqual(
        expect.objectContaining({ package_id: alicePackage.id, source: "customer" })
      )
      const bobs = await failure(
        api.get(`/store/customers/me/appointments/${alicesVisit.id}/package`, {
          headers: bob.headers,
        })
      )
      expect(bobs.status).toBe(404)
      const bobTries = await failure(
        api.post(
          `/store/customers/me/appointments/${alicesVisit.id}/package`,
          { appointment_item_id: alicesVisit.items[0].id, package_id: null },
          { headers: bob.headers }
        )
      )
      expect(bobTries.status).toBe(404)
      expect((await balances(alicePackage.id)).reserved).toBe(1)
    })

    it("expires a package past validity once, keeping reserved sessions, and reminds once before expiry", async () => {
      const expiring = await sell()
      const reminded = await sell()
      const appointment = await book("10:00")
      await waitForReservation(appointment.id)
      const held = (await reservationOf(appointment.id)).package_id
      const past = held === expiring.id ? expiring : reminded
      const soon = held === expiring.id ? reminded : expiring
      await api.post(
        `/admin/service-packages/${past.id}/redeem`,
        {
          salon_service_id: salon.facial.id,
          branch_id: salon.branch.id,
          staff_member_id: salon.anna.id,
        },
        { headers: { ...admin.headers, "idempotency-key": newKey("r") } }
      )
      await dbConnection.raw(
        `UPDATE customer_package SET expires_at = now() - interval '1 minute' WHERE id = ?`,
        [past.id]
      )
      await dbConnection.raw(
        `UPDATE customer_package SET expires_at = now() + interval '10 days' WHERE id = ?`,
        [soon.id]
      )
      const container = getContainer()
      const runs = await Promise.all([
        expireServicePackagesJob(container),
        expireServicePackagesJob(container),
      ])
      expect(runs.reduce((sum, run) => sum + run.expired, 0)).toBe(1)
      expect((await expireServicePackagesJob(container)).expired).toBe(0)
      const expired = (await entriesOf(dbConnection, past.id)).filter((e) => e.type === "expire")
      expect(expired).toEqual([expect.objectContaining({ quantity: -8, value: -800 })])
      expect(await balances(past.id)).toEqual(
        expect.objectContaining({ remaining: 1, reserved: 1, ledger_remaining: 1 })
      )
      const { data } = await api.get(`/admin/service-packages/${past.id}`, admin)
      expect(data.service_package.status).toBe("expired")
      const refused = await failure(
        api.post(
          `/admin/service-packages/${past.id}/redeem`,
          {
            salon_service_id: salon.facial.id,
            branch_id: salon.branch.id,
            staff_member_id: salon.anna.id,
          },
          { headers: { ...admin.headers, "idempotency-key": newKey("r") } }
        )
      )
      expect(refused.status).toBe(400)

      // The reserved session was booked within validity: completing the visit still redeems it.
      await api.post(`/admin/appointments/${appointment.id}/check-in`, {}, admin)
      await api.post(`/admin/appointments/${appointment.id}/complete`, {}, admin)
      await waitForReservation(appointment.id, "redeemed")
      expect(await balances(past.id)).toEqual(
        expect.objectContaining({ remaining: 0, reserved: 0 })
      )

      const reminders = await Promise.all([
        sendPackageExpiryRemindersJob(container),
        sendPackageExpiryRemindersJob(container),
      ])
      expect(reminders.reduce((sum, run) => sum + run.sent, 0)).toBe(1)
      await sendPackageExpiryRemindersJob(container)
      const notifications = await container
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ template: "service-package-expiry-reminder" })
      expect(notifications).toHaveLength(1)
      expect(notifications[0]).toEqual(
        expect.objectContaining({ resource_id: soon.id, channel: "email" })
      )
      expect(notifications[0].data).toEqual(
        expect.objectContaining({
          package_name: "10 Facials",
          remaining: [{ service: "Hydrating facial", sessions: 10 }],
        })
      )
      const reconciliation = await api.get("/admin/service-packages/reconciliation", admin)
      expect(reconciliation.data.reconciliation.balanced).toBe(true)
    })
  },
})
