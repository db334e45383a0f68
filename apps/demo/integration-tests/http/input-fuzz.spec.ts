import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../utils/admin"
import { createBranch, createRoom, createService, createStaff } from "../utils/booking"
import { createPublishableKey, createStoreCustomer } from "../utils/store"
import { createTemplate, newKey, sellPackage } from "../utils/service-packages"
import { createRule } from "../utils/commissions"
import {
  type BodyField,
  type DiscoveredRoute,
  HOSTILE,
  brief,
  bodyFields,
  discoverRoutes,
  inBatches,
  ledgerMismatches,
  namesOfIssuesAbout,
  pluginTables,
  tableSnapshot,
} from "../utils/fuzz"

/**
 * Every input checked once, at the edge. Every POST / PUT / PATCH / DELETE route of the plugin,
 * found from its route files (a new route is covered without editing this test), gets bodies in
 * which one field (top-level or one level deep) is hostile: NUL and other control characters, a
 * 100,001-character string, an impossible date, a date without a zone, 1e20, -1, an unknown id,
 * and values of the wrong type; plus an empty body and an unknown id in the URL. Every answer must
 * be a 4xx (never a 5xx, never a success), a 400 refusing a field must name it, and afterwards
 * no table of the plugin has changed and the ledgers still reconcile.
 */

jest.setTimeout(300 * 1000)

/** Requests at a time, and at most this many per route (fields × values, most important first). */
const CONCURRENCY = 8
const PER_ROUTE_CAP = 40
const UNKNOWN_URL_ID = "UNKNOWN000"

type Planned = {
  route: DiscoveredRoute
  url: string
  body: Record<string, unknown>
  /** What is hostile in it, for the report. */
  input: string
  field?: BodyField
}

type Finding = { request: string; input: string; status: number; body: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    it("answers every hostile input with a 4xx naming the field, and changes nothing", async () => {
      const admin = await adminHeaders(api, getContainer())
      const publishableKey = await createPublishableKey(api, admin)
      const member = await createStoreCustomer(api, publishableKey, "Fuzz")

      // A little real data, so that `[id]` params can be real as well as unknown.
      const branch = await createBranch(api, admin)
      const room = await createRoom(api, admin, branch.id, "Facial room 1", "facial_room")
      const service = await createService(api, admin)
      const staff = await createStaff(api, admin, branch.id, [service.id], "Anna Li")
      const { data: topUp } = await api.post(
        "/admin/stored-value/top-ups",
        {
          customer_id: member.customer.id,
          currency_code: "cny",
          payment_method: "cash",
          principal_amount: 500,
          bonus_amount: 50,
        },
        { headers: { ...admin.headers, "idempotency-key": newKey("fuzz-top-up") } }
      )
      const { data: plan } = await api.post(
        "/admin/recharge-plans",
        {
          name: "Pay 1000 get 1200",
          currency_code: "cny",
          pay_amount: 1000,
          bonus_type: "fixed",
          bonus_value: 200,
        },
        admin
      )
      const rule = await createRule(api, admin, { kind: "service_performed", rate: 10 })
      const template = await createTemplate(api, admin, [
        { salon_service_id: service.id, sessions: 10 },
      ])
      const servicePackage = await sellPackage(api, admin, {
        customer_id: member.customer.id,
        template_id: template.id,
        branch_id: branch.id,
        sold_by_staff_member_id: staff.id,
      })

      /** Real ids by the URL segment before the param. */
      const realIds: Record<string, string> = {
        branches: branch.id,
        rooms: room.id,
        "salon-services": service.id,
        "staff-members": staff.id,
        customers: member.customer.id,
        accounts: topUp.stored_value_account.id,
        operations: topUp.operation.operation_id,
        "recharge-plans": plan.recharge_plan.id,
        "commission-rules": rule.id,
        "package-templates": template.id,
        "service-packages": servicePackage.id,
        packages: servicePackage.id,
      }

      // ---- plan the requests ------------------------------------------------------------
      const routes = discoverRoutes()
      const unvalidated = routes.filter((route) => route.readsBody && !route.schema)
      const planned: Planned[] = []
      for (const route of routes) {
        const segments = route.pattern.split("/")
        const urlWith = (real: boolean) =>
          segments
            .map((segment, index) => {
              if (!segment.startsWith(":")) return segment
              const id = real ? realIds[segments[index - 1]] : undefined
              return encodeURIComponent(id ?? UNKNOWN_URL_ID)
            })
            .join("/")
        const hasParams = route.params.length > 0
        const realUrl = urlWith(true)
        const unknownUrl = urlWith(false)
        const hasRealUrl = hasParams && realUrl !== unknownUrl
        const mine: Planned[] = []

        // An unknown id in the URL, and an empty body (where it is wrong, or with the unknown id).
        if (hasParams) {
          mine.push({ route, url: unknownUrl, body: {}, input: "unknown id in URL, empty body" })
        }
        if (route.schema && !route.schema.safeParse({}).success) {
          mine.push({
            route,
            url: hasRealUrl ? realUrl : unknownUrl,
            body: {},
            input: "empty body",
          })
        }
        if (!route.schema) {
          if (hasParams) {
            mine.push({
              route,
              url: unknownUrl,
              body: { fuzz: "a\u0000b" },
              input: "unknown id in URL, NUL in an unknown field",
            })
          }
          planned.push(...mine)
          continue
        }

        const fields = bodyFields(route.schema)
        for (const hostile of HOSTILE) {
          for (const field of fields) {
            if (!hostile.applies(field)) continue
            const wrong = hostile.alwaysWrong(field)
            // A value that is only wrong for some fields goes with an unknown id in the URL, so a
            // route that takes it as legitimate cannot change the seeded data.
            if (!wrong && !hasParams) continue
            mine.push({
              route,
              url: wrong && hasRealUrl ? realUrl : unknownUrl,
              body: field.place(hostile.value),
              input: `${field.path} = ${hostile.label}`,
              field,
            })
          }
        }
        planned.push(...mine.slice(0, PER_ROUTE_CAP))
      }

      // ---- send them, after a snapshot of what the plugin stores -------------------------
      // The scheduled jobs' own bookkeeping changes on its schedule, whatever the requests do;
      // the modules' outboxes (created through a shared helper) must stay as they are.
      const { rows: outboxes } = await dbConnection.raw(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_name LIKE '%\\_outbox\\_event'`
      )
      const tables = [
        ...pluginTables().filter((table) => table !== "salon_job_run"),
        ...outboxes.map((row: { table_name: string }) => row.table_name),
      ]
      expect(tables).toEqual(expect.arrayContaining(["stored_value_outbox_event"]))
      // Subscribers of the seeding (client RFM, commissions…) settle before the snapshot.
      await new Promise((resolve) => setTimeout(resolve, 2000))
      const before = await tableSnapshot(dbConnection, tables)
      const ledgersBefore = await ledgerMismatches(dbConnection)

      const startedAt = Date.now()
      const errors: Finding[] = []
      const accepted: Finding[] = []
      const unnamed: Finding[] = []
      const otherThan400: Finding[] = []
      let answered = 0
      await inBatches(planned, CONCURRENCY, async (request) => {
        const { route, url, body, field } = request
        const headers = {
          ...(route.pattern.startsWith("/store/") ? member.headers : admin.headers),
          "idempotency-key": newKey("fuzz"),
        }
        const response = await api.request({
          method: route.method,
          url,
          data: body,
          headers,
          validateStatus: () => true,
          maxBodyLength: Infinity,
          maxContentLength: Infinity,
        })
        answered++
        const finding: Finding = {
          request: `${route.method} ${route.pattern}${url.includes(UNKNOWN_URL_ID) ? " (unknown id)" : ""}`,
          input: request.input,
          status: response.status,
          body: brief(response.data),
        }
        if (response.status >= 500) errors.push(finding)
        else if (response.status < 400) accepted.push(finding)

        // What the route's own schema says of this body: a refusal about the hostile field must
        // come back as a 400 that names it.
        if (!field || !route.schema) return
        const parsed = route.schema.safeParse(body)
        const names = parsed.success ? [] : namesOfIssuesAbout(field, parsed.error!.issues)
        if (!names.length || response.status >= 500) return
        const message = String(response.data?.message ?? "")
        if (response.status !== 400) otherThan400.push(finding)
        else if (!names.some((name) => message.includes(name))) unnamed.push(finding)
      })
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)

      await new Promise((resolve) => setTimeout(resolve, 1000))
      const after = await tableSnapshot(dbConnection, tables)
      const ledgersAfter = await ledgerMismatches(dbConnection)
      const changed = tables
        .filter((table) => before[table] !== after[table])
        .map((table) => `${table}: ${before[table]} → ${after[table]}`)

      // ---- report ------------------------------------------------------------------------
      const withSchema = routes.filter((route) => route.schema).length
      const summary =
        `[input-fuzz] ${routes.length} routes (${withSchema} with a body schema, ` +
        `${routes.reduce((n, r) => n + (r.schema ? bodyFields(r.schema).length : 0), 0)} fields), ` +
        `${planned.length} requests in ${seconds}s: ${errors.length} 5xx, ${accepted.length} accepted (2xx), ` +
        `${otherThan400.length} refused by the schema but not answered 400, ${unnamed.length} 400s not naming the field, ` +
        `${unvalidated.length} body routes without a schema, ${changed.length} tables changed`
      console.log(summary)

      const list = (title: string, items: string[]) =>
        items.length ? `\n${title} (${items.length}):\n  ${items.join("\n  ")}` : ""
      const show = (f: Finding) => `${f.request}  ${f.input}  → ${f.status} ${f.body}`
      const report =
        list("5xx", errors.map(show)) +
        list("accepted (a 2xx for a hostile input)", accepted.map(show)) +
        list("refused by the route's schema but not answered 400", otherThan400.map(show)) +
        list("400 whose message does not name the field", unnamed.map(show)) +
        list(
          "routes reading a body without validateBody",
          unvalidated.map((r) => `${r.method} ${r.pattern} (${r.file})`)
        ) +
        list("tables changed by the fuzz", changed) +
        list(
          "ledgers not reconciling after the fuzz",
          [...ledgersAfter.storedValue, ...ledgersAfter.packages].map((row) => JSON.stringify(row))
        )

      expect(answered).toBe(planned.length)
      expect(ledgersBefore.storedValue).toEqual([])
      expect(ledgersBefore.packages).toEqual([])
      expect(ledgersAfter.checked.accounts).toBeGreaterThan(0)
      expect(ledgersAfter.checked.package_items).toBeGreaterThan(0)
      if (report) throw new Error(`${summary}\n${report}`)
      expect(errors).toEqual([])
    })
  },
})
