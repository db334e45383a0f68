import { model } from "@medusajs/framework/utils"
import { CLIENT_CUSTOMER_FACT_ID_PREFIX } from "../lib/constants"

/**
 * What the tag rules, RFM scores and imports need of a customer, copied from the customer module on its
 * events (and by the rebuild), so the rules never read another module's tables.
 */
export const ClientCustomerFact = model
  .define("client_customer_fact", {
    id: model.id({ prefix: CLIENT_CUSTOMER_FACT_ID_PREFIX }).primaryKey(),
    customer_id: model.text(),
    /** When the customer was created (her account age for the new client rule). */
    customer_created_at: model.dateTime(),
    /** The customer was deleted: the rules and RFM skip her. */
    is_deleted: model.boolean().default(false),
    /** Her email lowercased and her phone's digits (`lib/contact-keys`): an import finds her by them. */
    email_key: model.text().nullable(),
    phone_key: model.text().nullable(),
    /** She registered (an account wins over a guest record of the same email). */
    has_account: model.boolean().default(false),
    /** When this row was last written from its source (the rebuild prunes rows it did not see). */
    synced_at: model.dateTime(),
  })
  .indexes([
    { on: ["customer_id"], unique: true },
    { on: ["email_key"], where: "email_key IS NOT NULL" },
    { on: ["phone_key"], where: "phone_key IS NOT NULL" },
  ])
