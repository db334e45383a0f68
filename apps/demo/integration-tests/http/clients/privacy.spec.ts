import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../utils/admin"
import { at, createSalon, failure, nextWeekday } from "../../utils/booking"
import { createCategories, fileComplaint } from "../../utils/feedback"
import { createPublishableKey, createStoreCustomer } from "../../utils/store"

jest.setTimeout(180 * 1000)

type Row = Record<string, any>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; user_id: string }

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
    })

    /** The `client.erased` events the client module's outbox holds for a customer. */
    const erasedEvents = async (customerId: string) =>
      (
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(
            `SELECT status, data FROM client_outbox_event WHERE event_name = 'client.erased' AND aggregate_id = ?`,
            [customerId]
          )
      ).rows as Row[]

    const exportOf = (customerId: string) =>
      api.get(`/admin/customers/${customerId}/data-export`, admin)

    /**
     * A registered customer with everything the salon can hold about her: contact data and an
     * address, a profile with health and custom fields, a tag, a treatment note, an appointment
     * with her note, a complaint, and stored value topped up and partly spent.
     */
    const seedCustomer = async () => {
      const publishableKey = await createPublishableKey(api, admin)
      const registered = await createStoreCustomer(api, publishableKey, "Xiomara")
      const id = registered.customer.id
      const personal = {
        email: registered.customer.email,
        password: "customer-password-1",
        first_name: "Xiomara",
        last_name: "Quillfeather",
        phone: "+8613987654321",
        street: "88 Wisteria Lane",
        allergies: ["Peanut oil", "Glycolic acid"],
        contraindications: ["Pregnant since March"],
        health_notes: "Eczema flares on the left cheek",
        occupation: "Lighthouse keeper",
        note: "Mild redness after the peel, cooled with aloe",
        photo: "https://cdn.salon.test/photos/xq-1.jpg",
        appointment_note: "Please use the side gate, code 4471",
        complaint: "The towels smelled of bleach and burned my neck",
      }
      await api.post(
        `/admin/customers/${id}`,
        { first_name: personal.first_name, last_name: personal.last_name, phone: personal.phone },
        admin
      )
      await api.post(
        `/admin/customers/${id}/addresses`,
        {
          first_name: personal.first_name,
          last_name: personal.last_name,
          address_1: personal.street,
          city: "Shanghai",
          country_code: "cn",
          phone: personal.phone,
        },
        admin
      )
      await api.post(
        "/admin/client-field-definitions",
        { key: "occupation", label: "Occupation", type: "text" },
        admin
      )
      await api.post(
        `/admin/customers/${id}/client-profile`,
        {
          gender: "female",
          birthday: "1990-04-12",
          skin_type: "sensitive",
          skin_concerns: ["redness"],
          allergies: personal.allergies,
          contraindications: personal.contraindications,
          health_notes: personal.health_notes,
          preferences_text: "Quiet room",
          consent_version: "2026-01",
          custom_fields: { occupation: personal.occupation },
        },
        admin
      )
      const { data: tag } = await api.post("/admin/client-tags", { name: "VIP" }, admin)
      await api.post(`/admin/customers/${id}/client-tags`, { tag_id: tag.client_tag.id }, admin)

      const salon = await createSalon(api, admin)
      const { data: booked } = await api.post(
        "/admin/appointments",
        {
          customer_id: id,
          branch_id: salon.branch.id,
          starts_at: at(nextWeekday(3), "11:00"),
          notes: personal.appointment_note,
          items: [{ salon_service_id: salon.manicure.id, staff_member_id: salon.anna.id }],
        },
        admin
      )
      const { data: note } = await api.post(
        `/admin/customers/${id}/treatment-notes`,
        {
          notes: personal.note,
          appointment_id: booked.appointment.id,
          staff_member_id: salon.anna.id,
          services: ["Gel manicure"],
          photo_urls: [personal.photo],
        },
        admin
      )
      const categories = await createCategories(api, admin)
      const complaint = await fileComplaint(api, admin, {
        customer_id: id,
        branch_id: salon.branch.id,
        category_id: categories.hygiene.id,
        description: personal.complaint,
      })

      const money = (path: string, body: Row) =>
        api.post(
          `/admin/stored-value/${path}`,
          { customer_id: id, currency_code: "cny", ...body },
          { headers: { ...admin.headers, "idempotency-key": `${path}-${id}` } }
        )
      await money("top-ups", { payment_method: "cash", principal_amount: 500, bonus_amount: 50 })
      await money("spends", { amount: 110 })

      return {
        id,
        personal,
        appointmentId: booked.appointment.id as string,
        noteId: note.treatment_note.id as string,
        complaintId: complaint.id as string,
      }
    }

    const sum = (entries: Row[], field: string) =>
      entries.reduce((total, entry) => total + Number(entry[field]), 0)

    describe("GET /admin/customers/:id/data-export", () => {
      it("downloads everything held about the customer and records the export", async () => {
        const seeded = await seedCustomer()
        const { status, headers, data } = await exportOf(seeded.id)
        expect(status).toBe(200)
        expect(headers["content-type"]).toMatch(/application\/json/)
        expect(headers["content-disposition"]).toBe(
          `attachment; filename="customer-${seeded.id}-export.json"`
        )

        expect(data.customer_id).toBe(seeded.id)
        expect(data.customer).toEqual(
          expect.objectContaining({
            id: seeded.id,
            email: seeded.personal.email,
            first_name: "Xiomara",
            last_name: "Quillfeather",
            phone: seeded.personal.phone,
            addresses: [expect.objectContaining({ address_1: seeded.personal.street })],
          })
        )
        expect(data.client_profile).toEqual(
          expect.objectContaining({
            customer_id: seeded.id,
            skin_type: "sensitive",
            allergies: seeded.personal.allergies,
            contraindications: seeded.personal.contraindications,
            health_notes: seeded.personal.health_notes,
            custom_fields: { occupation: seeded.personal.occupation },
            erased_at: null,
          })
        )
        expect(data.tags).toEqual([
          expect.objectContaining({ tag: expect.objectContaining({ name: "VIP" }) }),
        ])
        expect(data.treatment_notes).toEqual([
          expect.objectContaining({
            id: seeded.noteId,
            notes: seeded.personal.note,
            photo_urls: [seeded.personal.photo],
          }),
        ])
        expect(data.appointments).toEqual([
          expect.objectContaining({
            id: seeded.appointmentId,
            notes: seeded.personal.appointment_note,
          }),
        ])
        expect(data.complaints).toEqual([
          expect.objectContaining({
            id: seeded.complaintId,
            description: seeded.personal.complaint,
          }),
        ])
        expect(data.complaints[0].messages.every((m: Row) => m.visibility === "customer")).toBe(
          true
        )

        const [account] = data.stored_value_accounts
        expect(data.stored_value_accounts).toHaveLength(1)
        expect(account).toEqual(
          expect.objectContaining({
            currency_code: "cny",
            principal_balance: 400,
            bonus_balance: 40,
          })
        )
        expect(account.entries.map((entry: Row) => entry.type)).toEqual([
          "top_up_principal",
          "top_up_bonus",
          "spend",
        ])
        expect(sum(account.entries, "principal_amount")).toBe(400)
        expect(sum(account.entries, "bonus_amount")).toBe(40)
        for (const key of [
          "customer_packages",
          "satisfaction_surveys",
          "commission_entries",
          "orders",
          "health_data_access",
        ]) {
          expect(Array.isArray(data[key])).toBe(true)
        }

        const { data: log } = await api.get(
          `/admin/customers/${seeded.id}/health-data-access`,
          admin
        )
        expect(log.health_data_access).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              action: "export",
              actor_id: admin.user_id,
              actor_type: "user",
            }),
          ])
        )
      })

      it("is a 404 for an unknown customer and a 401 without an admin session", async () => {
        const unknown = await failure(exportOf("cus_does_not_exist"))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/cus_does_not_exist/)

        const anonymous = await failure(api.get("/admin/customers/cus_any/data-export"))
        expect(anonymous.status).toBe(401)
        const anonymousErase = await failure(
          api.post("/admin/customers/cus_any/erase", { confirm: "cus_any", reason: "asked" })
        )
        expect(anonymousErase.status).toBe(401)
      })
    })

    describe("POST /admin/customers/:id/erase", () => {
      it("refuses a wrong confirmation, then erases personal data and keeps the ledgers balanced", async () => {
        const seeded = await seedCustomer()
        const before = (await exportOf(seeded.id)).data
        const eraseUrl = `/admin/customers/${seeded.id}/erase`

        const wrong = await failure(
          api.post(
            eraseUrl,
            { confirm: "someone-else@salon.test", reason: "Customer asked" },
            admin
          )
        )
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/confirm must be the customer's email or id/)
        const missingReason = await failure(api.post(eraseUrl, { confirm: seeded.id }, admin))
        expect(missingReason.status).toBe(400)
        const unchanged = (await exportOf(seeded.id)).data
        expect(unchanged.customer).toEqual(before.customer)
        expect(unchanged.client_profile.allergies).toEqual(seeded.personal.allergies)
        expect(unchanged.treatment_notes[0].notes).toBe(seeded.personal.note)

        const { status, data } = await api.post(
          eraseUrl,
          { confirm: seeded.personal.email.toUpperCase(), reason: "Customer asked by letter" },
          admin
        )
        expect(status).toBe(200)
        expect(data).toEqual(
          expect.objectContaining({ id: seeded.id, erased: true, erased_at: expect.any(String) })
        )

        const after = (await exportOf(seeded.id)).data
        expect(after.customer).toEqual(
          expect.objectContaining({
            first_name: "Erased",
            last_name: "Client",
            email: `erased+${seeded.id}@invalid.local`,
            phone: null,
            addresses: [],
            metadata: expect.objectContaining({ erased_at: expect.any(String) }),
          })
        )
        expect(after.client_profile).toEqual(
          expect.objectContaining({
            gender: null,
            birthday: null,
            skin_type: null,
            skin_concerns: [],
            allergies: [],
            contraindications: [],
            health_notes: null,
            preferences_text: null,
            consent_version: null,
            custom_fields: {},
            erased_at: expect.any(String),
          })
        )
        expect(after.tags).toEqual([])
        expect(after.treatment_notes).toEqual([
          expect.objectContaining({
            id: seeded.noteId,
            notes: "",
            photo_urls: [],
            services: ["Gel manicure"],
            appointment_id: seeded.appointmentId,
          }),
        ])
        expect(after.appointments).toEqual([
          expect.objectContaining({ id: seeded.appointmentId, notes: null }),
        ])
        expect(after.complaints[0].description).toBe("[erased]")

        const text = JSON.stringify(after)
        const { password: _password, ...personalData } = seeded.personal
        for (const value of Object.values(personalData).flat()) {
          expect(text).not.toContain(value)
        }

        // The ledger is untouched and still reconciles.
        const [account] = after.stored_value_accounts
        expect(account.principal_balance).toBe(400)
        expect(account.bonus_balance).toBe(40)
        expect(account.entries).toEqual(before.stored_value_accounts[0].entries)
        expect(sum(account.entries, "principal_amount")).toBe(account.principal_balance)
        expect(sum(account.entries, "bonus_amount")).toBe(account.bonus_balance)
        const { data: books } = await api.get("/admin/stored-value/reconciliation", admin)
        expect(books.reconciliation.balanced).toBe(true)

        // The customer can no longer sign in with the old email.
        const login = await failure(
          api.post("/auth/customer/emailpass", {
            email: seeded.personal.email,
            password: seeded.personal.password,
          })
        )
        expect(login.status).toBe(401)

        const again = await failure(
          api.post(eraseUrl, { confirm: seeded.id, reason: "Asked twice" }, admin)
        )
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/already erased/)
        // Announced once, through the client module's outbox, and already published.
        expect(await erasedEvents(seeded.id)).toEqual([
          { status: "published", data: { customer_id: seeded.id } },
        ])
      })

      it("undoes every step when a later one fails: nothing is erased", async () => {
        const seeded = await seedCustomer()
        const before = (await exportOf(seeded.id)).data
        // Another account already holds the pseudonymous email: pseudonymising the customer (a
        // late step) fails on the unique email, after profile, notes, tags, feedback, appointment
        // notes and addresses were erased.
        await getContainer()
          .resolve(Modules.CUSTOMER)
          .createCustomers({ email: `erased+${seeded.id}@invalid.local`, has_account: true })

        const failed = await failure(
          api.post(
            `/admin/customers/${seeded.id}/erase`,
            { confirm: seeded.id, reason: "Customer asked" },
            admin
          )
        )
        expect(failed.status).toBeGreaterThanOrEqual(400)

        const after = (await exportOf(seeded.id)).data
        expect(after.customer).toEqual(before.customer)
        const { updated_at: _profileUpdated, ...profileBefore } = before.client_profile
        expect(after.client_profile).toEqual(expect.objectContaining(profileBefore))
        expect(after.tags).toEqual(before.tags)
        expect(after.treatment_notes).toEqual(before.treatment_notes)
        expect(after.appointments.map((a: Row) => a.notes)).toEqual([
          seeded.personal.appointment_note,
        ])
        expect(after.complaints[0].description).toBe(seeded.personal.complaint)
        expect(await erasedEvents(seeded.id)).toEqual([])
      })
    })
  },
})
