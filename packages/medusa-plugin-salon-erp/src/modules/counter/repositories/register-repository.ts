import { MedusaError, generateEntityId } from "@medusajs/framework/utils"
import { REGISTER_ID_PREFIX } from "../lib/constants"
import { type Knex, isUniqueViolation } from "../lib/db"
import type {
  CounterRegisterRow,
  CreateCounterRegisterInput,
  UpdateCounterRegisterInput,
} from "../types"

export type RegisterPatch = Partial<
  Pick<CounterRegisterRow, "name" | "code" | "is_active" | "metadata">
>

/** The fields an update sets: those given (null clears metadata). */
export function patchOf({ name, code, is_active, metadata }: UpdateCounterRegisterInput) {
  const fields = { name, code, is_active, metadata }
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined)
  ) as RegisterPatch
}

const json = (value: Record<string, unknown> | null | undefined) =>
  value ? JSON.stringify(value) : null

/** Locks a register not deleted FOR UPDATE: writes on one register run one after the other. */
export async function lockRegister(trx: Knex, id: string): Promise<CounterRegisterRow> {
  const [register] = (await trx("counter_register")
    .select("*")
    .where({ id })
    .whereNull("deleted_at")
    .forUpdate()) as CounterRegisterRow[]
  if (!register) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Counter register with id: ${id} was not found`
    )
  }
  return register
}

/** The register not deleted using `code` at the branch (other than `exceptId`), if any. */
export async function registerIdUsingCode(
  knex: Knex,
  branchId: string,
  code: string,
  exceptId?: string
): Promise<string | null> {
  const query = knex("counter_register")
    .select("id")
    .where({ branch_id: branchId, code })
    .whereNull("deleted_at")
  if (exceptId) query.whereNot({ id: exceptId })
  const [other] = (await query) as { id: string }[]
  return other?.id ?? null
}

/** Inserts a register; null when its code is already used at the branch. */
export async function insertRegister(
  trx: Knex,
  input: CreateCounterRegisterInput
): Promise<CounterRegisterRow | null> {
  const { rows } = (await trx.raw(
    `INSERT INTO counter_register (id, branch_id, name, code, currency_code, is_active, metadata)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (branch_id, code) WHERE deleted_at IS NULL DO NOTHING
     RETURNING *`,
    [
      generateEntityId(undefined, REGISTER_ID_PREFIX),
      input.branch_id,
      input.name,
      input.code,
      input.currency_code.toLowerCase(),
      input.is_active ?? true,
      json(input.metadata),
    ]
  )) as { rows: CounterRegisterRow[] }
  return rows[0] ?? null
}

/** Applies a non-empty patch; null when a concurrent request took the code (transaction aborted). */
export async function updateRegister(
  trx: Knex,
  id: string,
  patch: RegisterPatch
): Promise<CounterRegisterRow | null> {
  const { metadata, ...rest } = patch
  const columns: Record<string, unknown> = { ...rest }
  if (metadata !== undefined) columns.metadata = json(metadata)
  try {
    const [register] = (await trx("counter_register")
      .update({ ...columns, updated_at: trx.fn.now() })
      .where({ id })
      .returning("*")) as CounterRegisterRow[]
    return register
  } catch (error) {
    if (isUniqueViolation(error)) return null
    throw error
  }
}

/** Writes back a register's editable fields, unless it was deleted since. */
export async function revertRegister(
  trx: Knex,
  previous: Pick<CounterRegisterRow, "id" | "name" | "code" | "is_active" | "metadata">
): Promise<void> {
  await trx("counter_register")
    .update({
      name: previous.name,
      code: previous.code,
      is_active: previous.is_active,
      metadata: json(previous.metadata),
      updated_at: trx.fn.now(),
    })
    .where({ id: previous.id })
    .whereNull("deleted_at")
}

export async function softDeleteRegister(trx: Knex, id: string): Promise<void> {
  await trx("counter_register")
    .update({ deleted_at: trx.fn.now(), updated_at: trx.fn.now() })
    .where({ id })
}

/** Undeletes a register, unless another register not deleted has taken its code since. */
export async function restoreRegister(trx: Knex, id: string): Promise<void> {
  await trx.raw(
    `UPDATE counter_register r SET deleted_at = NULL, updated_at = now()
      WHERE r.id = ? AND r.deleted_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM counter_register o
                         WHERE o.branch_id = r.branch_id AND o.code = r.code
                           AND o.deleted_at IS NULL)`,
    [id]
  )
}

/** Hard-deletes a register that no shift refers to. */
export async function deleteUnusedRegister(trx: Knex, id: string): Promise<void> {
  await trx.raw(
    `DELETE FROM counter_register r
      WHERE r.id = ? AND NOT EXISTS (SELECT 1 FROM counter_shift s WHERE s.register_id = r.id)`,
    [id]
  )
}
