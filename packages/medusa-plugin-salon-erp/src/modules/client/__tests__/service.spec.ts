import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CLIENT_MODULE } from ".."
import type ClientModuleService from "../service"

jest.setTimeout(60 * 1000)

const DAY = 86_400_000

moduleIntegrationTestRunner<ClientModuleService>({
  moduleName: CLIENT_MODULE,
  resolve: "./src/modules/client",
  // The real migrations: the read model's tables are hand-written.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const knex = () => MikroOrmWrapper.forkManager().getKnex()
    const now = new Date()
    const ago = (days: number) => new Date(now.getTime() - days * DAY)
    const contactless = { email_key: null, phone_key: null, has_account: false }

    describe("read model", () => {
      it("upserts facts by source id, counting what changed, and prunes unseen ones", async () => {
        const first = await service.upsertClientFacts("order", [
          {
            order_id: "order_1",
            customer_id: "cus_1",
            currency_code: "cny",
            placed_at: ago(3),
            spend: "1200.5",
            is_canceled: false,
          },
        ])
        expect(first).toEqual({ inserted: 1, updated: 0, unchanged: 0 })

        // The same event handled twice writes the same row.
        const again = await service.upsertClientFacts("order", [
          {
            order_id: "order_1",
            customer_id: "cus_1",
            currency_code: "cny",
            placed_at: ago(3),
            spend: 1200.5,
            is_canceled: false,
          },
        ])
        expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 1 })

        const returned = await service.upsertClientFacts("order", [
          {
            order_id: "order_1",
            customer_id: "cus_1",
            currency_code: "cny",
            placed_at: ago(3),
            spend: 800,
            is_canceled: false,
          },
        ])
        expect(returned).toEqual({ inserted: 0, updated: 1, unchanged: 0 })
        const rows = await knex()("client_order_fact").where({ order_id: "order_1" })
        expect(rows).toHaveLength(1)
        expect(rows[0].raw_spend).toEqual({ value: "800", precision: 20 })

        const rebuildStart = new Date(Date.now() + 1000)
        await service.upsertClientFacts(
          "visit",
          [
            {
              appointment_id: "appt_1",
              customer_id: "cus_1",
              visited_at: ago(1),
              categories: ["facial", "nails"],
            },
          ],
          rebuildStart
        )
        expect(await service.pruneClientFacts("order", rebuildStart)).toEqual(1)
        expect(await service.pruneClientFacts("visit", rebuildStart)).toEqual(0)
        expect(await service.deleteClientFacts("visit", ["appt_1"])).toEqual(1)
      })

      it("tags and scores from the read model only", async () => {
        const tag = await service.createClientTags({
          name: "Dormant",
          kind: "automatic",
          rule: { type: "dormant", days: 60 },
        })
        await service.upsertClientFacts("customer", [
          {
            ...contactless,
            customer_id: "cus_away",
            customer_created_at: ago(400),
            is_deleted: false,
          },
          {
            ...contactless,
            customer_id: "cus_gone",
            customer_created_at: ago(400),
            is_deleted: true,
          },
        ])
        await service.upsertClientFacts("visit", [
          {
            appointment_id: "appt_a",
            customer_id: "cus_away",
            visited_at: ago(90),
            categories: ["facial"],
          },
          {
            appointment_id: "appt_g",
            customer_id: "cus_gone",
            visited_at: ago(90),
            categories: ["facial"],
          },
        ])
        const changes = await service.applyTagRule(tag.id, { type: "dormant", days: 60 }, { now })
        expect(changes.added).toHaveLength(1)
        const carriers = await knex()("customer_tag")
          .where({ tag_id: tag.id })
          .whereNull("deleted_at")
        expect(carriers.map((row: { customer_id: string }) => row.customer_id)).toEqual([
          "cus_away",
        ])

        const { updated } = await service.recomputeRfm({ now })
        expect(updated).toEqual(1)
      })
    })
  },
})
