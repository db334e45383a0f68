import { model } from "@medusajs/framework/utils"
import { OPEN_SHIFT_INDEX, SHIFT_ID_PREFIX, SHIFT_STATUSES } from "../lib/constants"

/**
 * One opening of a register's drawer, from the opening float to the cash-up. While open, its
 * expected cash is the sum of its cash entries; at close that sum is frozen in `expected_cash`
 * with the count and the difference, and the figures are never edited afterwards (corrections are
 * new cash entries).
 */
export const CounterShift = model
  .define("counter_shift", {
    id: model.id({ prefix: SHIFT_ID_PREFIX }).primaryKey(),
    register_id: model.text(),
    /** Copied from the register when the shift opens. */
    branch_id: model.text(),
    currency_code: model.text(),
    status: model.enum([...SHIFT_STATUSES]).default("open"),
    /** Admin user who opened the shift. */
    opened_by: model.text(),
    opened_at: model.dateTime(),
    opening_float: model.bigNumber(),
    closed_by: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    counted_cash: model.bigNumber().nullable(),
    /** The sum of the shift's cash entries at close. */
    expected_cash: model.bigNumber().nullable(),
    /** counted_cash − expected_cash: positive = over, negative = short. */
    cash_difference: model.bigNumber().nullable(),
    /** Counted totals of non-cash tenders at close, by tender kind, e.g. { "card": 1200 }. */
    counted_tenders: model.json().nullable(),
    closing_note: model.text().nullable(),
  })
  .indexes([
    {
      name: OPEN_SHIFT_INDEX,
      on: ["register_id"],
      unique: true,
      where: "status = 'open' AND deleted_at IS NULL",
    },
    { on: ["register_id", "opened_at"] },
    { on: ["branch_id", "opened_at"] },
    { on: ["status"] },
  ])
