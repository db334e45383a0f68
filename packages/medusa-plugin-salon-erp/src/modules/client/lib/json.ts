/**
 * DML types every json column as an object; the client module also stores lists in them
 * (options, allergies, services…). This marks a list (or any JSON value) as such a column's value.
 */
export const asJson = (value: unknown) => value as Record<string, unknown>
