import { MedusaError } from "@medusajs/framework/utils"
import { conflictError } from "../../../lib/errors"
import type { ComplaintRow } from "../types"

export function complaintNotFound(complaintId: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Complaint with id: ${complaintId} was not found`
  )
}

/** `refusal`: why the move cannot be made (see lib/status). */
export function moveRefused(refusal: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
}

export function complaintClosed(row: ComplaintRow): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Complaint #${row.display_id} is closed; reopen it to change it`
  )
}

export function alreadyRated(row: ComplaintRow): MedusaError {
  return conflictError(
    `Complaint #${row.display_id}'s resolution was already rated (${row.resolution_rating} of 5)`
  )
}

export function notResolvedYet(row: ComplaintRow): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Complaint #${row.display_id} is ${String(row.status).replace("_", " ")}; it can be rated once it is resolved`
  )
}

export function keyUsedForAnotherCustomer(key: string): MedusaError {
  return conflictError(`Idempotency key "${key}" was already used for another customer's complaint`)
}

export function surveyNotFound(surveyId: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `Survey with id: ${surveyId} was not found`)
}

/** `visit`: how the survey's visit reads ("appointment #12"). */
export function alreadyAnswered(visit: string): MedusaError {
  return conflictError(`You have already rated ${visit}`)
}

export function surveyClosed(visit: string, expiresAt: Date): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `The survey for ${visit} closed on ${new Date(expiresAt).toISOString().slice(0, 10)}`
  )
}
