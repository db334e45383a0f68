import { ArrowLeft, CalendarSolid, Trash } from "@medusajs/icons"
import { Button, Container, Text, toast, usePrompt } from "@medusajs/ui"
import { Link, useNavigate, useParams } from "react-router-dom"
import {
  BranchGeneralSection,
  BranchLinksSection,
  ClosuresSection,
  OpeningHoursSection,
} from "../../../components/branches/branch-sections"
import { RoomsSection } from "../../../components/branches/rooms-section"
import { PageState } from "../../../components/common/page-states"
import { SectionHeader } from "../../../components/common/section-header"
import { useBranch, useDeleteBranch } from "../../../hooks/api/branches"
import { errorMessage } from "../../../lib/errors"

// A dynamic route: no route config, it is reached from the branch list.
const BranchDetailPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, isLoading, error, refetch } = useBranch(id)
  const remove = useDeleteBranch(id)

  if (isLoading || error || !data) {
    return <PageState isLoading={isLoading} error={error} onRetry={() => refetch()} />
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
    <div className="flex flex-col gap-y-3">
      <div className="flex items-center justify-between">
        <Button size="small" variant="transparent" asChild>
          <Link to="/branches">
            <ArrowLeft />
            Branches
          </Link>
        </Button>
        <Button size="small" variant="secondary" asChild>
          <Link to={`/calendar?branch_id=${branch.id}`}>
            <CalendarSolid />
            Open calendar
          </Link>
        </Button>
      </div>
      <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
        <div className="flex min-w-0 flex-1 flex-col gap-y-3">
          <BranchGeneralSection branch={branch} />
          <OpeningHoursSection branch={branch} />
          <ClosuresSection branch={branch} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <BranchLinksSection branch={branch} />
          <RoomsSection branchId={branch.id} />
          <Container className="divide-y p-0">
            <SectionHeader title="Danger zone" />
            <div className="flex flex-col gap-y-3 px-6 py-4">
              <Text size="small" className="text-ui-fg-subtle">
                Deleting is permanent. To stop new bookings but keep the history, deactivate the
                branch under Edit.
              </Text>
              <div>
                <Button
                  size="small"
                  variant="danger"
                  isLoading={remove.isPending}
                  onClick={deleteBranch}
                >
                  <Trash />
                  Delete branch
                </Button>
              </div>
            </div>
          </Container>
        </div>
      </div>
    </div>
  )
}

export default BranchDetailPage
