import { useMemo } from "react"
import { useBranches } from "../../hooks/api/branches"
import { useStaffMembers } from "../../hooks/api/staff-members"

/** Branch and staff names by id, for pickers and for showing ids as names. */
export const useClientLookups = () => {
  const branches = useBranches({ limit: 100, fields: "id,name" }, { staleTime: 60_000 })
  const staff = useStaffMembers({ limit: 200, fields: "id,name" }, { staleTime: 60_000 })
  return useMemo(() => {
    const branchList = branches.data?.branches ?? []
    const staffList = staff.data?.staff_members ?? []
    return {
      branches: branchList.map(({ id, name }) => ({ id, name })),
      staff: staffList.map(({ id, name }) => ({ id, name })),
      branchName: new Map(branchList.map((branch) => [branch.id, branch.name])),
      staffName: new Map(staffList.map((member) => [member.id, member.name])),
    }
  }, [branches.data, staff.data])
}
