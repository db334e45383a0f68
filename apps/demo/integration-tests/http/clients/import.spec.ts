import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import purgeClientImportFilesJob from "medusa-plugin-salon-erp/src/jobs/purge-client-import-files"
import resumeClientImportsJob from "medusa-plugin-salon-erp/src/jobs/resume-client-imports"
import { readOutboxBacklog, relayOutboxEvents } from "medusa-plugin-salon-erp/src/lib/outbox/index"
import { adminHeaders } from "../../utils/admin"
import { createSalon, failure } from "../../utils/booking"
import { createTemplate } from "../../utils/service-packages"

jest.setTimeout(240 * 1000)

type Row = Record<string, any>

const DAY_MS = 86_400_000
const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; user_id: string }

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
    })

    const sql = async (text: string, bindings: (string | number)[] = []) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      return (await knex.raw(text, bindings)).rows as Row[]
    }
    const count = async (table: string, where = "true", bindings: (string | number)[] = []) =>
      Number(
        (
          await sql(
            `SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL AND ${where}`,
            bindings
          )
        )[0].n
      )

    /** Uploads a file and waits until its check (and import, unless a dry run) is over. */
    const importFile = async (csv: string, dryRun = true) => {
      const { status, data } = await api.post(
        "/admin/client-imports",
        { file_name: "clients.csv", csv, dry_run: dryRun },
        admin
      )
      expect(status).toBe(202)
      return await settled(data.client_import.id)
    }
    const settled = async (id: string) => {
      for (let attempt = 0; attempt < 300; attempt++) {
        const { data } = await api.get(`/admin/client-imports/${id}`, admin)
        if (["validated", "completed", "failed"].includes(data.client_import.status)) {
          return data.client_import as Row
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error(`import ${id} did not finish`)
    }
    const issuesOf = async (id: string) =>
      (await api.get(`/admin/client-imports/${id}/issues?limit=500`, admin)).data.issues as Row[]

    /** A salon with a one-service package template, custom fields, a tag and a known customer. */
    const seed = async () => {
      const salon = await createSalon(api, admin)
      const template = await createTemplate(
        api,
        admin,
        [{ salon_service_id: salon.facial.id, sessions: 5 }],
        { name: "5 Facials" }
      )
      await api.post(
        "/admin/client-field-definitions",
        { key: "vip_level", label: "VIP level", type: "select", options: ["gold", "silver"] },
        admin
      )
      await api.post(
        "/admin/client-field-definitions",
        { key: "newsletter", label: "Newsletter", type: "boolean" },
        admin
      )
      await api.post("/admin/client-tags", { name: "VIP" }, admin)
      await api.post(
        "/admin/client-tags",
        { name: "New client", kind: "automatic", rule: { type: "new_client", days: 30 } },
        admin
      )
      const existing = (
        await api.post(
          "/admin/customers",
          { email: "known.client@example.com", first_name: "Known", last_name: "Client" },
          admin
        )
      ).data.customer
      return { ...salon, template, existing }
    }

    const HEADER = [
      "email",
      "phone",
      "first_name",
      "last_name",
      "gender",
      "birthday",
      "skin_type",
      "allergies",
      "health_notes",
      "home_branch",
      "preferred_staff",
      "tags",
      "custom.vip_level",
      "custom.newsletter",
      "stored_value_currency",
      "stored_value_principal",
      "stored_value_bonus",
      "package_template",
      "package_sessions_remaining",
      "package_purchased_at",
    ]
    const line = (values: Record<string, string>) =>
      HEADER.map((column) => values[column] ?? "").join(",")

    /**
     * Mixed rows: 4 good (lines 2, 3, 5, 10 — line 10 holds a note spanning two lines) and 6 bad,
     * each bad one for a reason staff must see with its line and column.
     */
    const mixedFile = () =>
      [
        HEADER.join(","),
        // 2: a new customer with everything
        line({
          email: "lan.chen@example.com",
          first_name: "Lan",
          last_name: "Chen",
          gender: "female",
          birthday: "1991-05-20",
          skin_type: "Sensitive",
          allergies: "Nuts; Latex",
          home_branch: "Jing'an",
          preferred_staff: "Anna Li",
          tags: "VIP; Bride 2027",
          "custom.vip_level": "gold",
          "custom.newsletter": "yes",
          stored_value_currency: "CNY",
          stored_value_principal: "1200.00",
          stored_value_bonus: "200",
          package_template: "5 Facials",
          package_sessions_remaining: "3",
          package_purchased_at: day(-100),
        }),
        // 3: the known customer, matched by email whatever its case
        line({ email: "KNOWN.Client@example.com", first_name: "Knowna", skin_type: "oily" }),
        // 4: bad email and gender
        line({ email: "not-an-email", gender: "robot" }),
        // 5: a phone-only customer
        line({ phone: "+86 138 0000 1111", first_name: "Phone", last_name: "Only" }),
        // 6: a select value that is not an option
        line({ email: "platinum@example.com", "custom.vip_level": "platinum" }),
        // 7: more sessions left than the package has
        line({
          email: "greedy@example.com",
          package_template: "5 Facials",
          package_sessions_remaining: "9",
          package_purchased_at: day(-10),
        }),
        // 8: the same customer as line 2
        line({ email: "Lan.Chen@example.com", first_name: "Again" }),
        // 9: an amount with a comma
        line({ email: "comma@example.com", stored_value_principal: '"12,00"' }),
        // 10-11: a good row whose health note spans two lines
        line({
          email: "multi.line@example.com",
          health_notes: '"Eczema on the neck\nuse mild products"',
        }),
        // 12: a date that does not exist
        line({ email: "feb.thirty@example.com", birthday: "1990-02-30" }),
      ].join("\n") + "\n"

    it("a dry run reports every bad row by line and column and writes nothing; the real run imports the good rows; a second run duplicates nothing", async () => {
      const { existing, anna } = await seed()
      const customersBefore = await count("customer")

      const checked = await importFile(mixedFile())
      expect(checked).toMatchObject({
        status: "validated",
        dry_run: true,
        total_rows: 10,
        processed_rows: 10,
        valid_rows: 4,
        error_rows: 6,
        created_customers: 0,
      })
      expect(checked).not.toHaveProperty("content")
      const issues = await issuesOf(checked.id)
      expect(issues.map((issue) => [issue.line, issue.column])).toEqual([
        [4, "email"],
        [4, "gender"],
        [6, "custom.vip_level"],
        [7, "package_sessions_remaining"],
        [8, "email"],
        [9, "stored_value_principal"],
        [12, "birthday"],
      ])
      expect(issues.find((issue) => issue.line === 6)!.message).toContain("gold, silver")
      expect(issues.find((issue) => issue.line === 8)!.message).toContain("line 2")
      expect(issues.find((issue) => issue.line === 7)!.message).toContain("more than the 5")

      // Nothing was written by the check.
      expect(await count("customer")).toBe(customersBefore)
      expect(await count("client_tag", "name = ?", ["Bride 2027"])).toBe(0)
      expect(await count("stored_value_entry")).toBe(0)
      expect(await count("customer_package")).toBe(0)
      const known = (await api.get(`/admin/customers/${existing.id}`, admin)).data.customer
      expect(known.first_name).toBe("Known")

      // The error report downloads as CSV.
      const report = await api.get(`/admin/client-imports/${checked.id}/issues?format=csv`, admin)
      expect(report.headers["content-type"]).toContain("text/csv")
      expect(report.headers["content-disposition"]).toContain("clients-issues.csv")
      const reportLines = (report.data as string).trim().split("\n")
      expect(reportLines[0]).toBe("line,column,value,message,severity")
      expect(reportLines).toHaveLength(8)
      expect(reportLines.some((text) => text.startsWith("12,birthday,1990-02-30,"))).toBe(true)

      // The real run of the checked file.
      const started = await api.post(`/admin/client-imports/${checked.id}/run`, {}, admin)
      expect(started.status).toBe(202)
      const imported = await settled(checked.id)
      expect(imported).toMatchObject({
        status: "completed",
        dry_run: false,
        valid_rows: 4,
        error_rows: 6,
        created_customers: 3,
        updated_customers: 1,
        stored_value_openings: 1,
        packages_opened: 1,
      })
      expect(await count("customer")).toBe(customersBefore + 3)
      expect(
        (await failure(api.post(`/admin/client-imports/${checked.id}/run`, {}, admin))).status
      ).toBe(409)

      const [lan] = await sql(
        `SELECT id FROM customer WHERE email = 'lan.chen@example.com' AND deleted_at IS NULL`
      )
      const profile = (await api.get(`/admin/customers/${lan.id}/client-profile`, admin)).data
        .client_profile
      expect(profile).toMatchObject({
        gender: "female",
        birthday: "1991-05-20",
        skin_type: "sensitive",
        allergies: ["Nuts", "Latex"],
        preferred_staff_member_ids: [anna.id],
        custom_fields: { vip_level: "gold", newsletter: true },
      })
      const tags = await sql(
        `SELECT t.name, t.kind FROM customer_tag ct JOIN client_tag t ON t.id = ct.tag_id
          WHERE ct.customer_id = ? AND ct.deleted_at IS NULL ORDER BY t.name`,
        [lan.id]
      )
      // Manual tags from the file; automatic ones recomputed as the import ends.
      expect(tags).toEqual([
        { name: "Bride 2027", kind: "manual" },
        { name: "New client", kind: "automatic" },
        { name: "VIP", kind: "manual" },
      ])

      // The opening balance and the package entered their ledgers as migration entries.
      const entries = await sql(
        `SELECT type, principal_amount, bonus_amount FROM stored_value_entry WHERE customer_id = ? AND deleted_at IS NULL`,
        [lan.id]
      )
      expect(entries.map((entry) => entry.type)).toEqual(["migration"])
      expect(Number(entries[0].principal_amount)).toBe(1200)
      expect(Number(entries[0].bonus_amount)).toBe(200)
      const packages = (await api.get(`/admin/service-packages?customer_id=${lan.id}`, admin)).data
        .service_packages as Row[]
      expect(packages).toHaveLength(1)
      expect(packages[0]).toMatchObject({
        name: "5 Facials",
        source: "migration",
        status: "active",
      })
      expect(packages[0].purchased_at.slice(0, 10)).toBe(day(-100))
      const items = packages[0].items as Row[]
      expect(items.map((item) => [item.total_sessions, item.remaining])).toEqual([[5, 3]])
      const svBooks = (await api.get("/admin/stored-value/reconciliation", admin)).data
      expect(svBooks.reconciliation.balanced).toBe(true)
      const packageBooks = (await api.get("/admin/service-packages/reconciliation", admin)).data
      expect(packageBooks.reconciliation.balanced).toBe(true)

      expect(
        (await api.get(`/admin/customers/${existing.id}`, admin)).data.customer.first_name
      ).toBe("Knowna")
      const [multi] = await sql(`SELECT id FROM customer WHERE email = 'multi.line@example.com'`)
      const multiProfile = (await api.get(`/admin/customers/${multi.id}/client-profile`, admin))
        .data.client_profile
      expect(multiProfile.health_notes).toBe("Eczema on the neck\nuse mild products")

      // The same file again, straight to a real run: everything matches, nothing doubles.
      const entriesBefore = await count("stored_value_entry")
      const again = await importFile(mixedFile(), false)
      expect(again).toMatchObject({
        status: "completed",
        valid_rows: 4,
        error_rows: 6,
        created_customers: 0,
        updated_customers: 4,
        stored_value_openings: 0,
        packages_opened: 0,
        warning_count: 0,
      })
      expect(await count("customer")).toBe(customersBefore + 3)
      expect(await count("stored_value_entry")).toBe(entriesBefore)
      expect(await count("customer_package")).toBe(1)
      expect(await count("customer_tag", "customer_id = ?", [lan.id])).toBe(3)
    })

    it("a later file with another opening balance leaves the ledger alone and says so", async () => {
      await seed()
      const first = [
        "email,stored_value_currency,stored_value_principal",
        "mei@example.com,cny,500",
      ]
      expect((await importFile(first.join("\n"), false)).stored_value_openings).toBe(1)
      const changed = await importFile(
        ["email,stored_value_currency,stored_value_principal", "mei@example.com,cny,800"].join(
          "\n"
        ),
        false
      )
      expect(changed).toMatchObject({ status: "completed", valid_rows: 1, warning_count: 1 })
      const [warning] = await issuesOf(changed.id)
      expect(warning).toMatchObject({ line: 2, severity: "warning" })
      expect(warning.message).toContain("left unchanged")
      const [mei] = await sql(`SELECT id FROM customer WHERE email = 'mei@example.com'`)
      const [balance] = await sql(
        `SELECT sum(principal_amount) AS principal FROM stored_value_entry WHERE customer_id = ?`,
        [mei.id]
      )
      expect(Number(balance.principal)).toBe(500)
    })

    it("a chunk that fails while writing is undone and retried row by row: only the faulty row is left out, and a later run brings it in", async () => {
      const { existing } = await seed()
      // The database refuses the package of one customer, as a write can fail for reasons no
      // check foresees; the chunk's earlier writes (customers, balances) must be undone.
      await sql(`CREATE FUNCTION refuse_test_package() RETURNS trigger AS $$
        BEGIN
          IF (SELECT email FROM customer WHERE id = NEW.customer_id) = 'refused@example.com' THEN
            RAISE EXCEPTION 'package storage refused this package';
          END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql`)
      await sql(`CREATE TRIGGER refuse_test_package BEFORE INSERT ON customer_package
        FOR EACH ROW EXECUTE FUNCTION refuse_test_package()`)
      const csv = [
        "email,first_name,stored_value_currency,stored_value_principal,package_template,package_sessions_remaining,package_purchased_at",
        `known.client@example.com,,cny,300,5 Facials,2,${day(-20)}`,
        "fine@example.com,Fine,cny,100,,,",
        `refused@example.com,Refused,cny,50,5 Facials,4,${day(-5)}`,
      ].join("\n")
      const principalOf = async (email: string) =>
        Number(
          (
            await sql(
              `SELECT coalesce(sum(e.principal_amount), 0) AS principal FROM stored_value_entry e
                 JOIN customer c ON c.id = e.customer_id WHERE c.email = ? AND c.deleted_at IS NULL`,
              [email]
            )
          )[0].principal
        )
      const activePackages = (customerId: string) =>
        count("customer_package", "customer_id = ? AND status = 'active'", [customerId])

      const first = await importFile(csv, false)
      expect(first).toMatchObject({
        status: "completed",
        // The refused row counts as an error once its write failed.
        valid_rows: 2,
        error_rows: 1,
        created_customers: 1,
        updated_customers: 1,
        stored_value_openings: 2,
        packages_opened: 1,
      })
      const issues = await issuesOf(first.id)
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ line: 4, severity: "error" })
      expect(issues[0].message).toContain("could not be imported")
      expect(issues[0].message).toContain("package storage refused this package")

      // The retried rows are in once; the refused row left nothing behind.
      expect(await principalOf("known.client@example.com")).toBe(300)
      expect(await principalOf("fine@example.com")).toBe(100)
      expect(await count("customer", "email = 'refused@example.com'")).toBe(0)
      expect(await activePackages(existing.id)).toBe(1)
      const svBooks = (await api.get("/admin/stored-value/reconciliation", admin)).data
      expect(svBooks.reconciliation.balanced).toBe(true)
      const packageBooks = (await api.get("/admin/service-packages/reconciliation", admin)).data
      expect(packageBooks.reconciliation.balanced).toBe(true)

      // Once the cause is gone, the same file brings in the refused row and doubles nothing.
      await sql(`DROP TRIGGER refuse_test_package ON customer_package`)
      const second = await importFile(csv, false)
      expect(second).toMatchObject({
        status: "completed",
        created_customers: 1,
        updated_customers: 2,
        stored_value_openings: 1,
        packages_opened: 1,
        warning_count: 0,
      })
      expect(await principalOf("known.client@example.com")).toBe(300)
      expect(await principalOf("fine@example.com")).toBe(100)
      expect(await principalOf("refused@example.com")).toBe(50)
      expect(await activePackages(existing.id)).toBe(1)
    })

    it("two imports of one file at the same time create each customer and balance once", async () => {
      await seed()
      const rows = Array.from(
        { length: 40 },
        (_, index) => `twin${index}@example.com,Twin ${index},cny,100`
      )
      const csv = ["email,first_name,stored_value_currency,stored_value_principal", ...rows].join(
        "\n"
      )
      const posted = await Promise.all(
        [1, 2, 3].map(() =>
          api.post("/admin/client-imports", { file_name: "twins.csv", csv, dry_run: false }, admin)
        )
      )
      const results = await Promise.all(posted.map(({ data }) => settled(data.client_import.id)))
      expect(results.map((result) => result.status)).toEqual([
        "completed",
        "completed",
        "completed",
      ])
      expect(results.reduce((sum, result) => sum + result.created_customers, 0)).toBe(40)
      expect(await count("customer", "email LIKE 'twin%'")).toBe(40)
      const [sum] = await sql(
        `SELECT count(*) AS entries, sum(principal_amount) AS principal FROM stored_value_entry WHERE type = 'migration'`
      )
      expect(Number(sum.entries)).toBe(40)
      expect(Number(sum.principal)).toBe(4000)
    })

    it("an import its worker left behind (a restart) is resumed by the job from its last chunk", async () => {
      await seed()
      const csv = [
        "email,first_name",
        ...Array.from({ length: 30 }, (_, i) => `resume${i}@example.com,R${i}`),
      ].join("\n")
      const checked = await importFile(csv)
      expect(checked.status).toBe("validated")
      // As if the server stopped mid-run: importing, no progress for ten minutes.
      await sql(
        `UPDATE client_import SET status = 'importing', dry_run = false, processed_rows = 0,
                heartbeat_at = now() - interval '10 minutes' WHERE id = ?`,
        [checked.id]
      )
      // A live worker (fresh heartbeat) is left alone …
      await sql(`UPDATE client_import SET heartbeat_at = now() WHERE id = ?`, [checked.id])
      await resumeClientImportsJob(getContainer())
      expect(
        (await api.get(`/admin/client-imports/${checked.id}`, admin)).data.client_import.status
      ).toBe("importing")
      // … a stalled one is taken over.
      await sql(
        `UPDATE client_import SET heartbeat_at = now() - interval '10 minutes' WHERE id = ?`,
        [checked.id]
      )
      await resumeClientImportsJob(getContainer())
      const resumed = await settled(checked.id)
      expect(resumed).toMatchObject({ status: "completed", created_customers: 30 })
      expect(await count("customer", "email LIKE 'resume%'")).toBe(30)
    })

    it("checks a file whose upload committed but whose event was never published, once, from the outbox", async () => {
      const container = getContainer()
      // What a server that died right after the commit leaves: the queued import and its event.
      const { id } = await container.resolve("client").createQueuedClientImport({
        file_name: "clients.csv",
        content: "email,first_name\nlost@example.com,Lost",
        dry_run: true,
        columns: {},
        created_by: null,
      })
      const outbox = () =>
        sql(`SELECT event_name, status, data FROM client_outbox_event WHERE aggregate_id = ?`, [id])
      expect(await outbox()).toEqual([
        { event_name: "client_import.created", status: "pending", data: { id } },
      ])
      expect((await api.get(`/admin/client-imports/${id}`, admin)).data.client_import.status).toBe(
        "queued"
      )

      expect((await relayOutboxEvents(container, { min_age_ms: 0 })).client).toBeGreaterThanOrEqual(
        1
      )
      const checked = await settled(id)
      expect(checked).toMatchObject({ status: "validated", valid_rows: 1 })
      expect((await outbox())[0].status).toBe("published")
      expect((await relayOutboxEvents(container, { min_age_ms: 0 })).client).toBe(0)
      expect((await readOutboxBacklog(container)).modules.client.pending).toBe(0)

      // A repeated delivery finds the import checked and leaves it alone.
      const [before] = await sql(`SELECT status, updated_at FROM client_import WHERE id = ?`, [id])
      await container
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "client_import.created", data: { id } })
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await sql(`SELECT status, updated_at FROM client_import WHERE id = ?`, [id])).toEqual([
        before,
      ])
    })

    it("deletes the file of a checked import not run within 7 days; it can no longer be run", async () => {
      await seed()
      const fresh = await importFile("email\nkept@example.com\n")
      const stale = await importFile("email\nstale@example.com\n")
      await sql(`UPDATE client_import SET finished_at = now() - interval '8 days' WHERE id = ?`, [
        stale.id,
      ])
      await purgeClientImportFilesJob(getContainer())
      expect(await count("client_import", "content IS NOT NULL")).toBe(1)
      expect(await count("client_import", "id = ? AND content IS NOT NULL", [fresh.id])).toBe(1)
      const refused = await failure(api.post(`/admin/client-imports/${stale.id}/run`, {}, admin))
      expect(refused.status).toBe(409)
      expect(refused.data.message).toContain("upload it again")
      // The report stays.
      expect(
        (await api.get(`/admin/client-imports/${stale.id}`, admin)).data.client_import
      ).toMatchObject({
        status: "validated",
        valid_rows: 1,
      })
      expect(await count("customer", "email = 'stale@example.com'")).toBe(0)
    })

    it("refuses files it cannot read, with the reason, and guards its routes", async () => {
      await seed()
      const misspelt = await importFile("emial,first_name\nx@example.com,X\n")
      expect(misspelt.status).toBe("failed")
      expect(misspelt.failure_reason).toContain("emial")
      const issues = await issuesOf(misspelt.id)
      expect(issues.map((issue) => [issue.line, issue.column])).toEqual(
        expect.arrayContaining([
          [1, "emial"],
          [1, "email"],
        ])
      )
      // A file that cannot be run is not kept (it holds personal data).
      expect(await count("client_import", "id = ? AND content IS NOT NULL", [misspelt.id])).toBe(0)
      const unknownField = await importFile("email,custom.shoe_size\nx@example.com,38\n")
      expect(unknownField.failure_reason).toContain("custom.shoe_size")

      const empty = await failure(
        api.post("/admin/client-imports", { file_name: "empty.csv", csv: "  " }, admin)
      )
      expect(empty.status).toBe(400)
      expect(empty.data.message).toContain("empty")
      expect((await failure(api.get("/admin/client-imports/cimp_missing", admin))).status).toBe(404)
      expect(
        (await failure(api.post("/admin/client-imports/cimp_missing/run", {}, admin))).status
      ).toBe(404)
      expect((await failure(api.get("/admin/client-imports"))).status).toBe(401)
      expect(
        (await failure(api.post("/admin/client-imports", { file_name: "a.csv", csv: "email\n" })))
          .status
      ).toBe(401)

      // The template names every column, custom fields included.
      const template = await api.get("/admin/client-imports/template", admin)
      const header = (template.data as string).split("\n")[0].split(",")
      expect(header).toEqual(
        expect.arrayContaining([
          "email",
          "custom.vip_level",
          "custom.newsletter",
          "package_template",
        ])
      )
      const list = (await api.get("/admin/client-imports", admin)).data
      expect(list.count).toBe(2)
      expect(list.client_imports[0]).not.toHaveProperty("content")
    })
  },
})
