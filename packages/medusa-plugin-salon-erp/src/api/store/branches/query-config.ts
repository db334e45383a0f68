const storeBranchFields = [
  "id",
  "name",
  "code",
  "timezone",
  "phone",
  "email",
  "address",
  "opening_hours.weekday",
  "opening_hours.opens_at",
  "opening_hours.closes_at",
  "closures.starts_on",
  "closures.ends_on",
  "closures.reason",
]

/** Public branch details; `allowed` lists exact paths, so nothing else can be requested. */
export const storeBranchQueryConfig = {
  defaults: storeBranchFields,
  allowed: storeBranchFields,
  isList: true,
}
