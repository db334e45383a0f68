import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readFileSync } from "node:fs"
import { CLIENT_MODULE } from "medusa-plugin-salon-erp/modules/client"
import type ClientModuleService from "medusa-plugin-salon-erp/src/modules/client/service"
import { runClientImport } from "medusa-plugin-salon-erp/src/lib/client/import/run-client-import"
import { createClientImportWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/create-client-import"
import { runClientImportWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/run-client-import"
import { adminAuth, http } from "./lib/http"
import { figure } from "./lib/measure"

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000)
const HTTP_ROWS = 10_000
const DAY_MS = 86_400_000

const HEADER = [
  "email",
  "phone",
  "first_name",
  "last_name",
  "gender",
  "birthday",
  "skin_type",
  "allergies",
  "contraindications",
  "preferences_text",
  "source",
  "home_branch",
  "preferred_staff",
  "consent_version",
  "consent_given_at",
  "tags",
  "custom.vip_level",
  "custom.newsletter",
  "stored_value_currency",
  "stored_value_principal",
  "stored_value_bonus",
  "package_template",
  "package_sessions_remaining",
  "package_purchased_at",
  "package_price_paid",
]

/**
 * A salon's export from its previous system: every customer with a profile; 60% with an email
 * and a phone, 25% email only, 15% phone only; 40% tagged; 25% with an opening stored-value
 * balance; 15% with an open package; 2% with a mistake (bad date, unknown option, amount with a
 * comma).
 */
function exportFile(rows: number, prefix: string) {
  const lines = [HEADER.join(",")]
  const purchased = new Date(Date.now() - 90 * DAY_MS).toISOString().slice(0, 10)
  for (let i = 1; i <= rows; i++) {
    const kind = i % 20
    const email = kind < 17 ? `${prefix}${i}@import.bench.test` : ""
    const phone = kind < 12 || kind >= 17 ? `+86 139 ${String(i).padStart(8, "0")}` : ""
    const bad = i % 50 === 0
    const values: Record<string, string> = {
      email,
      phone,
      first_name: "Imported",
      last_name: `Client ${i}`,
      gender: ["female", "female", "male", "undisclosed"][i % 4],
      birthday:
        bad && i % 150 === 0 ? "1990-02-30" : `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`,
      skin_type: ["dry", "oily", "combination", "normal", "sensitive"][i % 5],
      allergies: i % 7 === 0 ? "Nuts; Latex" : "",
      contraindications: i % 31 === 0 ? "Pregnancy" : "",
      preferences_text: i % 3 === 0 ? '"Quiet room, warm water"' : "",
      source: ["walk_in", "referral", "social_media", "online"][i % 4],
      home_branch: "Import bench",
      preferred_staff: i % 5 === 0 ? "Import technician" : "",
      consent_version: "2026-01",
      consent_given_at: "2026-01-15",
      tags: i % 5 < 2 ? (i % 10 === 0 ? "VIP; Bride" : "Regular") : "",
      "custom.vip_level": bad && i % 150 === 50 ? "platinum" : ["gold", "silver", ""][i % 3],
      "custom.newsletter": i % 2 ? "yes" : "no",
      stored_value_currency: i % 4 === 0 ? "cny" : "",
      stored_value_principal:
        i % 4 === 0 ? (bad && i % 150 === 100 ? '"12,00"' : String(500 + (i % 20) * 100)) : "",
      stored_value_bonus: i % 8 === 0 ? "100" : "",
      package_template: i % 20 < 3 ? "Import bench 10 facials" : "",
      package_sessions_remaining: i % 20 < 3 ? String(1 + (i % 9)) : "",
      package_purchased_at: i % 20 < 3 ? purchased : "",
      package_price_paid: i % 20 < 3 ? "2000" : "",
    }
    lines.push(HEADER.map((column) => values[column]).join(","))
  }
  return lines.join("\n") + "\n"
}

/** Peak resident memory of this process so far (Linux), in MB. */
const peakRssMb = () => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))
  return match ? Number(match[1]) / 1024 : NaN
}

/**
 * Client import: a 50,000-row file from a previous system checked (dry run), imported, and
 * imported again (everything matches, nothing is written twice), in-process with rows per
 * second and peak memory; then a 10,000-row file's dry run over HTTP through the server's worker.
 */
export default async function clientImportBench({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)

  await knex.raw(
    `INSERT INTO branch (id, name, code) VALUES ('brch_imbench', 'Import bench', 'IMBENCH')
       ON CONFLICT DO NOTHING;
     INSERT INTO salon_service (id, name, category, variant_id, duration_minutes) VALUES
       ('sserv_imbench_facial', 'Import bench facial', 'facial', 'variant_imbench_facial', 60)
       ON CONFLICT DO NOTHING;
     INSERT INTO staff_member (id, name) VALUES ('stf_imbench', 'Import technician') ON CONFLICT DO NOTHING;
     INSERT INTO package_template (id, name, variant_id, currency_code, validity_days, branch_scope, allocation_method, is_active)
       VALUES ('pkgt_imbench', 'Import bench 10 facials', 'variant_imbench_pkg', 'cny', 365, 'all_branches', 'equal', true)
       ON CONFLICT DO NOTHING;
     INSERT INTO package_template_item (id, template_id, position, salon_service_id, sessions)
       VALUES ('pkti_imbench', 'pkgt_imbench', 0, 'sserv_imbench_facial', 10) ON CONFLICT DO NOTHING`
  )
  for (const definition of [
    { key: "vip_level", label: "VIP level", type: "select", options: ["gold", "silver"] },
    { key: "newsletter", label: "Newsletter", type: "boolean", options: [] },
  ] as const) {
    const [existing] = await client.listCustomFieldDefinitions({ key: definition.key })
    if (!existing) {
      await client.createCustomFieldDefinitions({
        ...definition,
        options: [...definition.options],
      } as never)
    }
  }

  const prefix = `b${Date.now().toString(36)}-`
  const csv = exportFile(ROWS, prefix)
  figure(
    `import file: ${ROWS.toLocaleString("en")} rows`,
    Buffer.byteLength(csv) / 1024 / 1024,
    "MB"
  )
  const rssBefore = process.memoryUsage().rss / 1024 / 1024

  const timed = async (label: string, work: () => Promise<void>) => {
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 100)
    const startedAt = performance.now()
    await work()
    const seconds = (performance.now() - startedAt) / 1000
    clearInterval(sampler)
    figure(`${label}: rows per second`, ROWS / seconds, "rows/s")
    figure(`${label}: duration`, seconds, "s")
    figure(`${label}: peak RSS (before: ${rssBefore.toFixed(0)} MB)`, peak / 1024 / 1024, "MB")
  }
  const importOf = async (id: string) =>
    (
      await client.listClientImports(
        { id },
        {
          select: [
            "status",
            "valid_rows",
            "error_rows",
            "created_customers",
            "updated_customers",
            "stored_value_openings",
            "packages_opened",
          ],
        }
      )
    )[0]
  /** Works the import here unless a subscriber of this process already took it; waits for it. */
  const work = async (id: string) => {
    await runClientImport(container, id)
    for (;;) {
      const { status } = await importOf(id)
      if (["validated", "completed", "failed"].includes(status)) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  // 1. The dry run: every row checked, nothing written.
  const uploadStartedAt = performance.now()
  const { result: created } = await createClientImportWorkflow(container).run({
    input: { file_name: "bench.csv", csv, dry_run: true, user_id: null },
  })
  figure(
    `accepting the ${ROWS / 1000}k-row file (create-client-import)`,
    performance.now() - uploadStartedAt,
    "ms"
  )
  await timed(`dry run ${ROWS / 1000}k rows (in-process)`, () => work(created.id))
  const checked = await importOf(created.id)
  figure(
    `  dry run: valid rows / rows with errors (${checked.status})`,
    checked.valid_rows,
    `/ ${checked.error_rows}`
  )

  // 2. The real run of the checked file.
  await runClientImportWorkflow(container).run({ input: { id: created.id } })
  await timed(`import ${ROWS / 1000}k rows (in-process)`, () => work(created.id))
  const imported = await importOf(created.id)
  figure(
    `  import: created / opening balances / packages (${imported.status})`,
    imported.created_customers,
    `/ ${imported.stored_value_openings} / ${imported.packages_opened}`
  )

  // 3. The same file again: every row matches, nothing is written twice.
  const { result: again } = await createClientImportWorkflow(container).run({
    input: { file_name: "bench-again.csv", csv, dry_run: false, user_id: null },
  })
  await timed(`second import of the same ${ROWS / 1000}k rows`, () => work(again.id))
  const second = await importOf(again.id)
  figure(
    `  second run: created / updated / balances / packages`,
    second.created_customers,
    `/ ${second.updated_customers} / ${second.stored_value_openings} / ${second.packages_opened}`
  )
  figure("peak RSS of the bench process (VmHWM)", peakRssMb(), "MB")

  // 4. Over HTTP: upload a 10,000-row file and wait for the server's worker to check it.
  const admin = await adminAuth(container)
  const small = exportFile(HTTP_ROWS, `h${prefix}`)
  const startedAt = performance.now()
  const { client_import: upload } = await http("/admin/client-imports", {
    method: "POST",
    headers: admin,
    json: { file_name: "bench-http.csv", csv: small },
  })
  const accepted = performance.now() - startedAt
  let status = upload.status as string
  while (!["validated", "failed", "completed"].includes(status)) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    status = (await http(`/admin/client-imports/${upload.id}`, { headers: admin })).client_import
      .status
  }
  const seconds = (performance.now() - startedAt) / 1000
  figure("HTTP upload of 10k rows accepted (202) after", accepted, "ms")
  figure(`HTTP dry run of 10k rows: rows per second (${status})`, HTTP_ROWS / seconds, "rows/s")
}
