import { model } from "@medusajs/framework/utils"
import { TENDER_ID_PREFIX, TENDER_KINDS } from "../lib/constants"

/**
 * How a sale was paid, one row per tender, each matching one captured Medusa payment; a refund
 * adds rows with negative amounts matching Medusa refunds. Append-only, so takings by tender are
 * sums equal to the orders' recorded payments.
 */
export const CounterTender = model
  .define("counter_tender", {
    id: model.id({ prefix: TENDER_ID_PREFIX }).primaryKey(),
    sale_id: model.text(),
    refund_id: model.text().nullable(),
    branch_id: model.text(),
    register_id: model.text().nullable(),
    shift_id: model.text().nullable(),
    business_date: model.text(),
    currency_code: model.text(),
    kind: model.enum([...TENDER_KINDS]),
    /** Order within the sale (or refund), as tendered. */
    position: model.number().default(0),
    /** Signed: paid in by the sale, negative when refunded. */
    amount: model.bigNumber(),
    /** Cash handed over by the customer, and the change given back. */
    tendered: model.bigNumber().nullable(),
    change: model.bigNumber().nullable(),
    /** A card slip, WeChat Pay or Alipay transaction number, or a bank reference. */
    reference: model.text().nullable(),
    payment_id: model.text().nullable(),
    /** The Medusa refund of a refund row. */
    payment_refund_id: model.text().nullable(),
    stored_value_operation_id: model.text().nullable(),
    /** For stored value: the part taken from (or given back to) principal and bonus. */
    principal_amount: model.bigNumber().nullable(),
    bonus_amount: model.bigNumber().nullable(),
  })
  .indexes([
    { on: ["sale_id"] },
    { on: ["branch_id", "business_date"] },
    { on: ["shift_id"] },
    { on: ["payment_id"] },
    { on: ["business_date"] },
  ])
