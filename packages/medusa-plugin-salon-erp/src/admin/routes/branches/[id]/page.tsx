import { CalendarSolid } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import {
  BranchGeneralSection,
  BranchLinksSection,
  ClosuresSection,
  OpeningHoursSection,
} from "../../../components/branches/branch-sections"
import { RoomsSection } from "../../../components/branches/rooms-section"
import { useBranch, useDeleteBranch } from "../../../hooks/api/branches"
import {
  DetailPage,
  DetailPageState,
  DangerZone,
  useDeleteRecord,
} from "../../../components/layout/detail-page"

// A dynamic route: no route config, it is reached from the branch list.
const BranchDetailPage = () => {
  const { id = "" } = useParams()
  const query = useBranch(id)
  const remove = useDeleteBranch(id)
  const deleteRecord = useDeleteRecord(remove, "/branches")

  if (!query.data) return <DetailPageState query={query} notFound="Branch not found" />
  const { branch } = query.data

  const deleteBranch = () =>
    deleteRecord(
      {
        title: `Delete ${branch.name}?`,
        description:
          "Its opening hours and closures go with it. A branch with upcoming appointments cannot be deleted; deactivate it instead to stop new bookings.",
        verificationText: branch.code,
        verificationInstruction: "Type the branch code to confirm",
        confirmText: "Delete branch",
      },
      `${branch.name} deleted`,
      "Could not delete the branch"
    )

  return (
    <DetailPage
      back={{ to: "/branches", label: "Branches" }}
      actions={
        <Button size="small" variant="secondary" asChild>
          <Link to={`/calendar?branch_id=${branch.id}`}>
            <CalendarSolid />
            Open calendar
          </Link>
        </Button>
      }
      main={
        <>
          <BranchGeneralSection branch={branch} />
          <OpeningHoursSection branch={branch} />
          <ClosuresSection branch={branch} />
        </>
      }
      side={
        <>
          <BranchLinksSection branch={branch} />
          <RoomsSection branchId={branch.id} />
          <DangerZone
            description="Deleting is permanent. To stop new bookings but keep the history, deactivate the branch under Edit."
            label="Delete branch"
            isDeleting={remove.isPending}
            onDelete={deleteBranch}
          />
        </>
      }
    />
  )
}

export default BranchDetailPage
