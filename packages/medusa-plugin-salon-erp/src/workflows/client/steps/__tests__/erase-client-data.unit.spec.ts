import { CLIENT_PROFILE_FIELDS } from "../../../../modules/client/lib/constants"
import { ERASED_PROFILE_FIELDS } from "../erase-client-data"

/** Profile fields that are not personal data: ids, the home branch (statistics) and bookkeeping. */
const KEPT_ON_ERASURE = [
  "id",
  "customer_id",
  "home_branch_id",
  "erased_at",
  "created_at",
  "updated_at",
]

describe("client erasure", () => {
  it("clears every profile field that is not on the short list of kept ones", () => {
    // A profile field added later must be erased or deliberately kept, never forgotten.
    const erased = new Set<string>(ERASED_PROFILE_FIELDS)
    const forgotten = CLIENT_PROFILE_FIELDS.filter(
      (field) => !erased.has(field) && !KEPT_ON_ERASURE.includes(field)
    )
    expect(forgotten).toEqual([])
    expect(ERASED_PROFILE_FIELDS.filter((field) => KEPT_ON_ERASURE.includes(field))).toEqual([])
  })
})
