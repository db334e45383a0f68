import { model } from "@medusajs/framework/utils"

/**
 * What was done at a visit, so every technician of the chain sees it before the next one.
 * `notes` is health data: never listed outside the customer's own notes, and reads are recorded.
 */
export const TreatmentNote = model
  .define("treatment_note", {
    id: model.id({ prefix: "tnote" }).primaryKey(),
    customer_id: model.text(),
    appointment_id: model.text().nullable(),
    staff_member_id: model.text().nullable(),
    branch_id: model.text().nullable(),
    /** Names of the services performed. */
    services: model.json(),
    products_used: model.json(),
    notes: model.text(),
    photo_urls: model.json(),
    /** The admin user who wrote the note. */
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }, { on: ["appointment_id"] }])
