import { useMemo } from "react"
import { useBranches } from "../../hooks/api/branches"
import { useUsers } from "../../hooks/api/core-resources"
import { useStaffMembers } from "../../hooks/api/staff-members"
import { useRechargePlans } from "../../hooks/api/stored-value"

/**
 * Names for the ids a ledger entry carries (branch, staff member, admin author, recharge plan),
 * read from the short branch, staff, user and plan lists; an unknown id shows as itself.
 */
export const useLedgerNames = () => {
  const branches = useBranches({ limit: 100, fields: "id,name,is_active" })
  const staff = useStaffMembers({ limit: 200, fields: "id,name,is_active" })
  const users = useUsers()
  const plans = useRechargePlans({ limit: 200, fields: "id,name" })
  return useMemo(() => {
    const branchNames = new Map((branches.data?.branches ?? []).map((b) => [b.id, b.name]))
    const staffNames = new Map((staff.data?.staff_members ?? []).map((s) => [s.id, s.name]))
    const userNames = new Map(
      (users.data?.users ?? []).map((user) => [
        user.id,
        [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email,
      ])
    )
    const planNames = new Map((plans.data?.recharge_plans ?? []).map((p) => [p.id, p.name]))
    return {
      branch: (id: string | null | undefined) => (id ? (branchNames.get(id) ?? id) : null),
      staff: (id: string | null | undefined) => (id ? (staffNames.get(id) ?? id) : null),
      user: (id: string | null | undefined) => (id ? (userNames.get(id) ?? id) : null),
      /** A referenced record's name, where one is known (recharge plans). */
      reference: (type: string, id: string) =>
        type === "recharge_plan" ? (planNames.get(id) ?? null) : null,
    }
  }, [branches.data, staff.data, users.data, plans.data])
}

export type LedgerNames = ReturnType<typeof useLedgerNames>
