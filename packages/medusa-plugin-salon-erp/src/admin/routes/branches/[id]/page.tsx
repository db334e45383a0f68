import { CalendarSolid, Trash } from "@medusajs/icons"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { Link, useNavigate, useParams } from "react-router-dom"
import {
  BranchGeneralSection,
  BranchLinksSection,
  ClosuresSection,
  OpeningHoursSection,
} from "../../../components/branches/branch-sections"
import { RoomsSection } from "../../../components/branches/rooms-section"
import { useBranch, useDeleteBranch } from "../../../hooks/api/branches"
import { errorMessage } from "../../../lib/errors"
import { DetailPage, DetailPageState, ActionSection } from "../../../components/layout/detail-page"

// A dynamic route: no route config, it is reached from the branch list.
const BranchDetailPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, isLoading, error, refetch } = useBranch(id)
  const remove = useDeleteBranch(id)

  if (!data) {
    return (
      <DetailPageState
        isLoading={isLoading}
        error={error}
        onRetry={() => refetch()}
        notFound="Branch not found"
      />
    )
  }
  const { branch } = data

  const deleteBranch = async () => {
    const confirmed = await prompt({
      title: `Delete ${branch.name}?`,
      description:
        "Its opening hours and closures go with it. A branch with upcoming appointments cannot be deleted; deactivate it instead to stop new bookings.",
      verificationText: branch.code,
      verificationInstruction: "Type the branch code to confirm",
      confirmText: "Delete branch",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(`${branch.name} deleted`)
        navigate("/branches")
      },
      onError: (err) =>
        toast.error("Could not delete the branch", { description: errorMessage(err) }),
    })
  }

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
          <ActionSection
            title="Danger zone"
            description="Deleting is permanent. To stop new bookings but keep the history, deactivate the branch under Edit."
          >
            <Button
              size="small"
              variant="danger"
              isLoading={remove.isPending}
              onClick={deleteBranch}
            >
              <Trash />
              Delete branch
            </Button>
          </ActionSection>
        </>
      }
    />
  )
}

export default BranchDetailPage
