import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../utils/admin"
import { createCustomer, createSalon, failure } from "../../utils/booking"
import { completedAppointment } from "../../utils/feedback"
import { createPublishableKey, createStoreCustomer } from "../../utils/store"

jest.setTimeout(120 * 1000)

const HEALTH_FIELDS = ["skin_concerns", "allergies", "contraindications", "health_notes", "notes"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; user_id: string }
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      const publishableKey = await createPublishableKey(api, admin)
      alice = await createStoreCustomer(api, publishableKey, "Alice")
      bob = await createStoreCustomer(api, publishableKey, "Bob")
    })

    const profileUrl = (customerId: string) => `/admin/customers/${customerId}/client-profile`
    const define = async (body: Record<string, unknown>) =>
      (await api.post("/admin/client-field-definitions", body, admin)).data.client_field_definition

    describe("custom fields", () => {
      beforeEach(async () => {
        await define({ key: "occupation", label: "Occupation", type: "text" })
        await define({ key: "visits_per_month", label: "Visits per month", type: "number" })
        await define({ key: "wedding_date", label: "Wedding date", type: "date" })
        await define({
          key: "preferred_pressure",
          label: "Preferred pressure",
          type: "select",
          options: ["light", "medium", "firm"],
        })
        await define({
          key: "interests",
          label: "Interests",
          type: "multi_select",
          options: ["facial", "nails", "massage"],
        })
        await define({ key: "newsletter", label: "Newsletter", type: "boolean" })
        await define({ key: "member_card", label: "Member card", type: "text", required: true })
      })

      const VALID = {
        occupation: "Nurse",
        visits_per_month: "2",
        wedding_date: "2027-05-01",
        preferred_pressure: "firm",
        interests: ["nails", "facial", "nails"],
        newsletter: "yes",
        member_card: "MC-001",
      }

      it("stores normalized values and refuses a bad value of each type, naming the field, without writing", async () => {
        const { data } = await api.post(
          profileUrl(alice.customer.id),
          { skin_type: "dry", custom_fields: VALID },
          admin
        )
        expect(data.client_profile.custom_fields).toEqual({
          ...VALID,
          visits_per_month: 2,
          interests: ["nails", "facial"],
          newsletter: true,
        })
        expect(
          data.client_profile.custom_field_definitions.map((d: { key: string }) => d.key)
        ).toEqual(expect.arrayContaining(["occupation", "member_card"]))

        const bad: [Record<string, unknown>, RegExp][] = [
          [
            { occupation: { title: "nurse" } },
            /custom_fields\.occupation \(Occupation\) must be text/,
          ],
          [{ visits_per_month: "often" }, /custom_fields\.visits_per_month .*must be a number/],
          [
            { wedding_date: "2027-02-30" },
            /custom_fields\.wedding_date .*must be a date as "YYYY-MM-DD"/,
          ],
          [
            { preferred_pressure: "hard" },
            /custom_fields\.preferred_pressure .*must be one of: light, medium, firm/,
          ],
          [
            { interests: ["nails", "yoga"] },
            /custom_fields\.interests .*"yoga", not among the options/,
          ],
          [{ newsletter: "maybe" }, /custom_fields\.newsletter .*must be true or false/],
          [{ member_card: null }, /custom_fields\.member_card \(Member card\) is required/],
          [{ shoe_size: 38 }, /custom_fields\.shoe_size is not a defined custom field/],
        ]
        for (const [custom_fields, message] of bad) {
          const response = await failure(
            api.post(profileUrl(alice.customer.id), { skin_type: "oily", custom_fields }, admin)
          )
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(message)
        }
        const after = (await api.get(profileUrl(alice.customer.id), admin)).data.client_profile
        expect(after.skin_type).toBe("dry")
        expect(after.custom_fields).toEqual(data.client_profile.custom_fields)

        // A blank value clears the field: it is gone from the stored values, not kept by a merge.
        const { data: cleared } = await api.post(
          profileUrl(alice.customer.id),
          { custom_fields: { occupation: null, interests: [] } },
          admin
        )
        expect(cleared.client_profile.custom_fields).not.toHaveProperty("occupation")
        expect(cleared.client_profile.custom_fields).not.toHaveProperty("interests")
        expect(cleared.client_profile.custom_fields.member_card).toBe("MC-001")
        const { data: reread } = await api.get(profileUrl(alice.customer.id), admin)
        expect(reread.client_profile.custom_fields).not.toHaveProperty("occupation")

        // A profile written without custom fields needs none; with some, required ones must be set.
        const { data: other } = await api.post(
          profileUrl(bob.customer.id),
          { gender: "male" },
          admin
        )
        expect(other.client_profile).toEqual(
          expect.objectContaining({ gender: "male", custom_fields: {} })
        )
        const missing = await failure(
          api.post(profileUrl(bob.customer.id), { custom_fields: { occupation: "Chef" } }, admin)
        )
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/member_card .*is required/)
      })

      it("filters the list by custom field values (all must match), with the other filters, and refuses unknown keys and options", async () => {
        const carol = await createCustomer(api, admin, "Carol")
        const dave = await createCustomer(api, admin, "Dave")
        const write = (customerId: string, body: Record<string, unknown>) =>
          api.post(profileUrl(customerId), body, admin)
        await write(alice.customer.id, {
          skin_type: "dry",
          custom_fields: {
            member_card: "MC-1",
            preferred_pressure: "firm",
            interests: ["nails", "facial"],
            newsletter: true,
            visits_per_month: 2,
            wedding_date: "2027-05-01",
          },
        })
        await write(bob.customer.id, {
          skin_type: "oily",
          custom_fields: {
            member_card: "MC-2",
            preferred_pressure: "firm",
            interests: ["massage"],
            newsletter: false,
            visits_per_month: "2.0",
          },
        })
        await write(carol.id, {
          skin_type: "oily",
          custom_fields: {
            member_card: "MC-3",
            preferred_pressure: "light",
            interests: ["nails"],
            newsletter: "yes",
            visits_per_month: 3,
          },
        })
        // A profile without custom field values matches no custom field filter.
        await write(dave.id, { skin_type: "dry" })

        const names = new Map([
          [alice.customer.id, "alice"],
          [bob.customer.id, "bob"],
          [carol.id, "carol"],
          [dave.id, "dave"],
        ])
        const list = async (params: string) => {
          const { data } = await api.get(`/admin/client-profiles?${params}`, admin)
          const found = data.client_profiles
            .map((profile: { customer_id: string }) => names.get(profile.customer_id))
            .sort()
          expect(data.count).toBe(found.length)
          return found
        }

        expect(await list("custom_fields[preferred_pressure]=firm")).toEqual(["alice", "bob"])
        expect(await list("custom_fields.preferred_pressure=light")).toEqual(["carol"])
        // Multi-select: the stored list contains the value (several: contains them all).
        expect(await list("custom_fields[interests]=nails")).toEqual(["alice", "carol"])
        expect(await list("custom_fields[interests]=nails,facial")).toEqual(["alice"])
        expect(await list("custom_fields[interests]=massage")).toEqual(["bob"])
        expect(await list("custom_fields[newsletter]=true")).toEqual(["alice", "carol"])
        expect(await list("custom_fields[newsletter]=false")).toEqual(["bob"])
        expect(await list("custom_fields[visits_per_month]=2.00")).toEqual(["alice", "bob"])
        expect(await list("custom_fields[wedding_date]=2027-05-01")).toEqual(["alice"])
        expect(await list("custom_fields[member_card]=MC-3")).toEqual(["carol"])
        // Several fields: all must match.
        expect(
          await list("custom_fields[preferred_pressure]=firm&custom_fields[newsletter]=true")
        ).toEqual(["alice"])
        expect(
          await list("custom_fields[preferred_pressure]=light&custom_fields[interests]=massage")
        ).toEqual([])

        // Combined with the other filters.
        expect(await list("custom_fields[interests]=nails&skin_type=dry")).toEqual(["alice"])
        expect(await list("custom_fields[visits_per_month]=2&q=bob")).toEqual(["bob"])
        const vip = (await api.post("/admin/client-tags", { name: "VIP" }, admin)).data.client_tag
        for (const customerId of [bob.customer.id, carol.id, dave.id]) {
          await api.post(`/admin/customers/${customerId}/client-tags`, { tag_id: vip.id }, admin)
        }
        expect(await list(`custom_fields[newsletter]=true&tag_id=${vip.id}`)).toEqual(["carol"])
        expect(await list(`tag_id=${vip.id}&skin_type=dry`)).toEqual(["dave"])
        const page = (
          await api.get("/admin/client-profiles?custom_fields[interests]=nails&limit=1", admin)
        ).data
        expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 0 }))
        expect(page.client_profiles).toHaveLength(1)

        // Deactivated fields and bad values are refused, naming the key (and a select's options).
        const { data: definitions } = await api.get("/admin/client-field-definitions", admin)
        const occupation = definitions.client_field_definitions.find(
          (d: { key: string }) => d.key === "occupation"
        )
        await api.post(
          `/admin/client-field-definitions/${occupation.id}`,
          { is_active: false },
          admin
        )
        const bad: [string, RegExp][] = [
          ["custom_fields[shoe_size]=38", /custom_fields\.shoe_size is not a defined custom field/],
          [
            "custom_fields[occupation]=Nurse",
            /custom_fields\.occupation \(Occupation\) is deactivated/,
          ],
          [
            "custom_fields[preferred_pressure]=hard",
            /custom_fields\.preferred_pressure .*must be one of: light, medium, firm/,
          ],
          [
            "custom_fields[interests]=yoga",
            /custom_fields\.interests .*"yoga", not among the options: facial, nails, massage/,
          ],
          ["custom_fields[newsletter]=maybe", /custom_fields\.newsletter .*must be true or false/],
          ["custom_fields[visits_per_month]=often", /visits_per_month .*must be a number/],
          ["custom_fields[preferred_pressure]=", /preferred_pressure .*needs a value/],
          [
            "custom_fields[preferred_pressure]=firm&custom_fields[preferred_pressure]=light",
            /preferred_pressure .*takes one value/,
          ],
          ["custom_fields=firm", /'custom_fields'/],
          ["custom_fields[preferred_pressure][a]=firm", /'custom_fields, preferred_pressure'/],
        ]
        for (const [params, message] of bad) {
          const response = await failure(api.get(`/admin/client-profiles?${params}`, admin))
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(message)
        }
      })

      it("refuses definition changes that would break stored values (409) and deactivates instead of deleting used fields", async () => {
        const { data } = await api.get("/admin/client-field-definitions", admin)
        const byKey = Object.fromEntries(
          data.client_field_definitions.map((d: { key: string; id: string }) => [d.key, d.id])
        )
        expect(data.count).toBe(7)
        await api.post(profileUrl(alice.customer.id), { custom_fields: VALID }, admin)

        const retype = await failure(
          api.post(`/admin/client-field-definitions/${byKey.wedding_date}`, { type: "text" }, admin)
        )
        expect(retype.status).toBe(409)
        expect(retype.data.message).toMatch(/1 customer have a value for "wedding_date"/)

        const removeUsed = await failure(
          api.post(
            `/admin/client-field-definitions/${byKey.preferred_pressure}`,
            { options: ["light", "medium"] },
            admin
          )
        )
        expect(removeUsed.status).toBe(409)
        expect(removeUsed.data.message).toMatch(/1 customer use the option "firm"/)
        const removeUsedMulti = await failure(
          api.post(
            `/admin/client-field-definitions/${byKey.interests}`,
            { options: ["facial"] },
            admin
          )
        )
        expect(removeUsedMulti.status).toBe(409)

        const { data: renamed } = await api.post(
          `/admin/client-field-definitions/${byKey.preferred_pressure}`,
          { options: ["medium", "firm", "extra firm"], label: "Massage pressure" },
          admin
        )
        expect(renamed.client_field_definition).toEqual(
          expect.objectContaining({
            label: "Massage pressure",
            options: ["medium", "firm", "extra firm"],
          })
        )
        const { data: deactivated } = await api.delete(
          `/admin/client-field-definitions/${byKey.occupation}`,
          admin
        )
        expect(deactivated).toEqual({
          id: byKey.occupation,
          object: "client_field_definition",
          deleted: false,
        })
        // Nobody has a value for a new field: its type may change, and deleting it deletes it.
        const unused = await define({ key: "unused_field", label: "Unused", type: "boolean" })
        const { data: retyped } = await api.post(
          `/admin/client-field-definitions/${unused.id}`,
          { type: "select", options: ["a", "b"] },
          admin
        )
        expect(retyped.client_field_definition).toEqual(
          expect.objectContaining({ type: "select", options: ["a", "b"] })
        )
        const { data: deleted } = await api.delete(
          `/admin/client-field-definitions/${unused.id}`,
          admin
        )
        expect(deleted).toEqual({ id: unused.id, object: "client_field_definition", deleted: true })

        const active = (await api.get("/admin/client-field-definitions?is_active=true", admin)).data
        expect(active.client_field_definitions.map((d: { key: string }) => d.key)).not.toContain(
          "occupation"
        )

        const duplicate = await failure(
          api.post(
            "/admin/client-field-definitions",
            { key: "occupation", label: "Job", type: "text" },
            admin
          )
        )
        expect(duplicate.status).toBe(422)
        const noOptions = await failure(
          api.post(
            "/admin/client-field-definitions",
            { key: "colour", label: "Colour", type: "select" },
            admin
          )
        )
        expect(noOptions.status).toBe(400)
        expect(noOptions.data.message).toMatch(/options are required for a select field/)
        const badKey = await failure(
          api.post(
            "/admin/client-field-definitions",
            { key: "Bad Key", label: "x", type: "text" },
            admin
          )
        )
        expect(badKey.status).toBe(400)
        expect(badKey.data.message).toMatch(/key must be lower snake_case/)
      })
    })

    describe("health data", () => {
      it("keeps health fields out of the list, returns them on the profile and records every read", async () => {
        await api.post(
          profileUrl(alice.customer.id),
          {
            gender: "female",
            birthday: "1990-04-23",
            skin_type: "sensitive",
            skin_concerns: ["redness"],
            allergies: ["latex", "nuts"],
            contraindications: ["pregnancy"],
            health_notes: "Reacts to fragrances.",
            source: "referral",
          },
          admin
        )
        const { data: list } = await api.get("/admin/client-profiles", admin)
        expect(list.count).toBe(1)
        const [row] = list.client_profiles
        expect(row).toEqual(
          expect.objectContaining({
            customer_id: alice.customer.id,
            customer: expect.objectContaining({
              id: alice.customer.id,
              email: alice.customer.email,
            }),
            gender: "female",
            skin_type: "sensitive",
            tags: [],
          })
        )
        for (const field of HEALTH_FIELDS) expect(row).not.toHaveProperty(field)

        const { data: one } = await api.get(profileUrl(alice.customer.id), admin)
        expect(one.client_profile).toEqual(
          expect.objectContaining({
            allergies: ["latex", "nuts"],
            contraindications: ["pregnancy"],
            skin_concerns: ["redness"],
            health_notes: "Reacts to fragrances.",
          })
        )
        await api.get(profileUrl(alice.customer.id), admin)
        // Bob has no profile yet: empty values, id null, and the read is recorded too.
        const { data: empty } = await api.get(profileUrl(bob.customer.id), admin)
        expect(empty.client_profile).toEqual(
          expect.objectContaining({
            id: null,
            customer_id: bob.customer.id,
            allergies: [],
            tags: [],
          })
        )

        const { data: log } = await api.get(
          `/admin/customers/${alice.customer.id}/health-data-access`,
          admin
        )
        expect(log.count).toBe(2)
        expect(log.health_data_access).toEqual([
          expect.objectContaining({
            actor_id: admin.user_id,
            actor_type: "user",
            action: "view_profile",
            actor: { email: "admin@salon.test" },
          }),
          expect.objectContaining({ actor_id: admin.user_id, action: "view_profile" }),
        ])
        const bobLog = (
          await api.get(`/admin/customers/${bob.customer.id}/health-data-access`, admin)
        ).data
        expect(bobLog.count).toBe(1)
      })
    })

    describe("tags", () => {
      it("assigns and unassigns tags, counts carriers and filters the list by tag", async () => {
        const vip = (await api.post("/admin/client-tags", { name: "VIP", color: "#E11D48" }, admin))
          .data.client_tag
        const bride = (await api.post("/admin/client-tags", { name: "Bride 2027" }, admin)).data
          .client_tag
        await api.post(profileUrl(alice.customer.id), { gender: "female" }, admin)
        await api.post(profileUrl(bob.customer.id), { gender: "male" }, admin)

        const { data: assigned } = await api.post(
          `/admin/customers/${alice.customer.id}/client-tags`,
          { tag_id: vip.id },
          admin
        )
        expect(assigned.tags).toEqual([
          { id: vip.id, name: "VIP", color: "#E11D48", source: "manual" },
        ])
        // Assigning again changes nothing.
        await api.post(
          `/admin/customers/${alice.customer.id}/client-tags`,
          { tag_id: vip.id },
          admin
        )
        await api.post(
          `/admin/customers/${bob.customer.id}/client-tags`,
          { tag_id: bride.id },
          admin
        )

        const { data: tags } = await api.get("/admin/client-tags", admin)
        expect(tags.client_tags).toEqual([
          expect.objectContaining({ name: "Bride 2027", kind: "manual", customer_count: 1 }),
          expect.objectContaining({ name: "VIP", color: "#E11D48", customer_count: 1 }),
        ])

        const { data: filtered } = await api.get(`/admin/client-profiles?tag_id=${vip.id}`, admin)
        expect(filtered.client_profiles.map((p: { customer_id: string }) => p.customer_id)).toEqual(
          [alice.customer.id]
        )
        expect(filtered.client_profiles[0].tags).toEqual([expect.objectContaining({ name: "VIP" })])
        const byName = (await api.get(`/admin/client-profiles?q=bob`, admin)).data
        expect(byName.client_profiles.map((p: { customer_id: string }) => p.customer_id)).toEqual([
          bob.customer.id,
        ])

        const { data: removed } = await api.delete(
          `/admin/customers/${alice.customer.id}/client-tags/${vip.id}`,
          admin
        )
        expect(removed.tags).toEqual([])
        expect((await api.get(`/admin/client-profiles?tag_id=${vip.id}`, admin)).data.count).toBe(0)
        const notCarried = await failure(
          api.delete(`/admin/customers/${alice.customer.id}/client-tags/${vip.id}`, admin)
        )
        expect(notCarried.status).toBe(404)

        await api.post(`/admin/client-tags/${bride.id}`, { name: "Bride 2028" }, admin)
        const { data: gone } = await api.delete(`/admin/client-tags/${bride.id}`, admin)
        expect(gone).toEqual({ id: bride.id, object: "client_tag", deleted: true })
        const bobProfile = (await api.get(profileUrl(bob.customer.id), admin)).data.client_profile
        expect(bobProfile.tags).toEqual([])

        const duplicate = await failure(api.post("/admin/client-tags", { name: "VIP" }, admin))
        expect(duplicate.status).toBe(422)
        const badColor = await failure(
          api.post("/admin/client-tags", { name: "Red", color: "red" }, admin)
        )
        expect(badColor.status).toBe(400)
        expect(badColor.data.message).toMatch(/color must be a hex colour/)
        const unknownTag = await failure(
          api.post(
            `/admin/customers/${alice.customer.id}/client-tags`,
            { tag_id: "ctag_nope" },
            admin
          )
        )
        expect(unknownTag.status).toBe(404)
      })
    })

    describe("treatment notes", () => {
      it("records notes with the staff member and branch, lists them and records the read", async () => {
        const salon = await createSalon(api, admin)
        const visit = await completedAppointment(api, admin, salon, alice.customer.id, {
          time: "10:00",
        })
        const { status, data } = await api.post(
          `/admin/customers/${alice.customer.id}/treatment-notes`,
          {
            appointment_id: visit.id,
            staff_member_id: salon.anna.id,
            branch_id: salon.branch.id,
            services: ["Gel manicure"],
            products_used: ["Base coat"],
            notes: "Slight redness on the cuticles; use the gentle remover next time.",
          },
          admin
        )
        expect(status).toBe(201)
        expect(data.treatment_note).toEqual(
          expect.objectContaining({
            appointment_id: visit.id,
            staff_member: { id: salon.anna.id, name: "Anna Li" },
            branch: { id: salon.branch.id, name: salon.branch.name },
            services: ["Gel manicure"],
            created_by: admin.user_id,
          })
        )
        await api.post(
          `/admin/customers/${alice.customer.id}/treatment-notes`,
          { notes: "Phone consultation: asked about chemical peels." },
          admin
        )

        const { data: list } = await api.get(
          `/admin/customers/${alice.customer.id}/treatment-notes`,
          admin
        )
        expect(list.count).toBe(2)
        expect(list.treatment_notes[0]).toEqual(
          expect.objectContaining({
            notes: "Phone consultation: asked about chemical peels.",
            staff_member: null,
            branch: null,
          })
        )
        expect(list.treatment_notes[1].staff_member.name).toBe("Anna Li")
        const log = (
          await api.get(`/admin/customers/${alice.customer.id}/health-data-access`, admin)
        ).data
        expect(log.health_data_access).toEqual([expect.objectContaining({ action: "view_notes" })])

        const otherCustomers = await failure(
          api.post(
            `/admin/customers/${bob.customer.id}/treatment-notes`,
            { appointment_id: visit.id, notes: "Wrong customer." },
            admin
          )
        )
        expect(otherCustomers.status).toBe(400)
        expect(otherCustomers.data.message).toMatch(/belongs to another customer/)
        const unknownStaff = await failure(
          api.post(
            `/admin/customers/${alice.customer.id}/treatment-notes`,
            { staff_member_id: "stf_nope", notes: "x" },
            admin
          )
        )
        expect(unknownStaff.status).toBe(404)
        expect(unknownStaff.data.message).toBe(
          "staff_member_id: staff member stf_nope was not found"
        )
        const noNotes = await failure(
          api.post(`/admin/customers/${alice.customer.id}/treatment-notes`, { services: [] }, admin)
        )
        expect(noNotes.status).toBe(400)
        expect(noNotes.data.message).toMatch(/notes/)
      })
    })

    describe("input checked at the edge", () => {
      it("refuses a NUL, impossible dates, over-long text and unknown staff or branches, naming the field, and writes nothing", async () => {
        const salon = await createSalon(api, admin)
        const notesUrl = `/admin/customers/${alice.customer.id}/treatment-notes`
        const cases: [string, Record<string, unknown>, number, RegExp][] = [
          [notesUrl, { notes: "Redness\u0000" }, 400, /notes: must not contain control characters/],
          [notesUrl, { notes: "x".repeat(100_000) }, 400, /notes/],
          [
            notesUrl,
            { notes: "x", branch_id: "brch_nope" },
            404,
            /^branch_id: branch brch_nope was not found$/,
          ],
          [
            notesUrl,
            { notes: "x", appointment_id: "appt_nope" },
            404,
            /^appointment_id: appointment appt_nope was not found$/,
          ],
          [
            profileUrl(alice.customer.id),
            { consent_given_at: "2027-02-30T02:00:00.000Z" },
            400,
            /consent_given_at: 2027-02-30 is not a calendar date/,
          ],
          [
            profileUrl(alice.customer.id),
            { consent_given_at: "2026-11-23T10:00:00" },
            400,
            /consent_given_at: needs a time zone/,
          ],
          [
            profileUrl(alice.customer.id),
            { health_notes: "ok\u0000" },
            400,
            /health_notes: must not contain control characters/,
          ],
          [
            profileUrl(alice.customer.id),
            { allergies: ["latex\u0000"] },
            400,
            /allergies\.0: must not contain control characters/,
          ],
          [
            profileUrl(alice.customer.id),
            { preferred_staff_member_ids: [salon.anna.id, "stf_nope"] },
            404,
            /^preferred_staff_member_ids\.1: staff member stf_nope was not found$/,
          ],
          [
            profileUrl(alice.customer.id),
            { home_branch_id: "brch_nope" },
            404,
            /^home_branch_id: branch brch_nope was not found$/,
          ],
          [
            "/admin/client-tags",
            { name: "V\u0000IP" },
            400,
            /name: must not contain control characters/,
          ],
        ]
        for (const [path, body, status, message] of cases) {
          const response = await failure(api.post(path, body, admin))
          expect({ path, body: Object.keys(body), status: response.status }).toEqual({
            path,
            body: Object.keys(body),
            status,
          })
          expect(response.data).toEqual({ type: expect.any(String), message: expect.any(String) })
          expect(response.data.message).toMatch(message)
        }
        const notes = (await api.get(notesUrl, admin)).data
        expect(notes.count).toBe(0)
        const tags = (await api.get("/admin/client-tags", admin)).data
        expect(tags.client_tags).toEqual([])
        const store = await failure(
          api.post(
            "/store/customers/me/profile",
            { preferences_text: "quiet\u0000" },
            { headers: alice.headers }
          )
        )
        expect(store.status).toBe(400)
        expect(store.data.message).toMatch(/preferences_text: must not contain control characters/)
      })
    })

    describe("store API", () => {
      const mine = "/store/customers/me/profile"
      const alias = "/store/customers/me/client-profile"

      it("lets a customer read and update only their own profile, never staff-only fields", async () => {
        await api.post(
          profileUrl(bob.customer.id),
          { allergies: ["penicillin"], health_notes: "Bob's staff note", source: "online" },
          admin
        )
        const { data: updated } = await api.post(
          mine,
          {
            gender: "female",
            birthday: "1992-08-01",
            skin_type: "combination",
            allergies: ["latex"],
            preferences: { music: "quiet" },
            consent_version: "2026-11",
          },
          { headers: alice.headers }
        )
        expect(updated.client_profile).toEqual(
          expect.objectContaining({
            customer_id: alice.customer.id,
            allergies: ["latex"],
            preferences: { music: "quiet" },
            consent_version: "2026-11",
            consent_given_at: expect.any(String),
          })
        )
        const { data: own } = await api.get(mine, { headers: alice.headers })
        expect(own.client_profile.customer_id).toBe(alice.customer.id)
        expect(own.client_profile.allergies).toEqual(["latex"])
        for (const hidden of [
          "health_notes",
          "source",
          "home_branch_id",
          "custom_fields",
          "tags",
        ]) {
          expect(own.client_profile).not.toHaveProperty(hidden)
        }
        const { data: bobs } = await api.get(mine, { headers: bob.headers })
        expect(bobs.client_profile).toEqual(
          expect.objectContaining({ customer_id: bob.customer.id, allergies: ["penicillin"] })
        )

        for (const body of [
          { health_notes: "I am fine" },
          { source: "online" },
          { home_branch_id: "brn_1" },
          { custom_fields: { occupation: "x" } },
          { customer_id: bob.customer.id },
        ]) {
          const response = await failure(api.post(mine, body, { headers: alice.headers }))
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(new RegExp(Object.keys(body)[0]))
        }
        const badDate = await failure(
          api.post(mine, { birthday: "1992-13-01" }, { headers: alice.headers })
        )
        expect(badDate.status).toBe(400)
        expect(badDate.data.message).toMatch(/birthday must be a date/)
        // Bob's profile is untouched by all of it.
        const bobAfter = (await api.get(profileUrl(bob.customer.id), admin)).data.client_profile
        expect(bobAfter).toEqual(
          expect.objectContaining({
            allergies: ["penicillin"],
            health_notes: "Bob's staff note",
            source: "online",
          })
        )
        const anonymous = await failure(
          api.get(mine, {
            headers: { "x-publishable-api-key": alice.headers["x-publishable-api-key"] },
          })
        )
        expect(anonymous.status).toBe(401)
      })

      it("keeps /store/customers/me/client-profile as an alias with the same handlers and checks", async () => {
        const { data: written } = await api.post(
          alias,
          { skin_type: "dry", allergies: ["latex"] },
          { headers: alice.headers }
        )
        expect(written.client_profile).toEqual(
          expect.objectContaining({ customer_id: alice.customer.id, skin_type: "dry" })
        )
        const [viaAlias, viaPath] = await Promise.all([
          api.get(alias, { headers: alice.headers }),
          api.get(mine, { headers: alice.headers }),
        ])
        expect(viaAlias.data).toEqual(viaPath.data)
        expect(viaAlias.data.client_profile).not.toHaveProperty("health_notes")
        const staffOnly = await failure(
          api.post(alias, { health_notes: "x" }, { headers: alice.headers })
        )
        expect(staffOnly.status).toBe(400)
        const anonymous = await failure(
          api.get(alias, {
            headers: { "x-publishable-api-key": alice.headers["x-publishable-api-key"] },
          })
        )
        expect(anonymous.status).toBe(401)
      })
    })

    describe("access and unknown customers", () => {
      it("answers 404 for an unknown customer and 401 without an admin session", async () => {
        for (const call of [
          () => api.get(profileUrl("cus_nope"), admin),
          () => api.post(profileUrl("cus_nope"), { gender: "female" }, admin),
          () => api.get("/admin/customers/cus_nope/treatment-notes", admin),
          () => api.post("/admin/customers/cus_nope/treatment-notes", { notes: "x" }, admin),
          () => api.post("/admin/customers/cus_nope/client-tags", { tag_id: "ctag_x" }, admin),
          () => api.get("/admin/customers/cus_nope/health-data-access", admin),
        ]) {
          const response = await failure(call())
          expect(response.status).toBe(404)
          expect(response.data.message).toMatch(/Customer with id: cus_nope was not found/)
        }
        for (const call of [
          () => api.get("/admin/client-profiles"),
          () => api.get(profileUrl(alice.customer.id)),
          () => api.get("/admin/client-field-definitions"),
          () => api.post("/admin/client-tags", { name: "X" }),
          () => api.get(profileUrl(alice.customer.id), { headers: alice.headers }),
        ]) {
          expect((await failure(call())).status).toBe(401)
        }
        const badQuery = await failure(api.get("/admin/client-profiles?limit=abc", admin))
        expect(badQuery.status).toBe(400)
        const unknownParam = await failure(
          api.get("/admin/client-profiles?fields=allergies", admin)
        )
        expect(unknownParam.status).toBe(400)
      })
    })
  },
})
