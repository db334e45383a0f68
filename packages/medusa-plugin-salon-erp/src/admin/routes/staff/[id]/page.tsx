import { ArrowLeft, Trash } from "@medusajs/icons"
import { Button, Container, Text, toast, usePrompt } from "@medusajs/ui"
import { Link, useNavigate, useParams } from "react-router-dom"
import { StaffCommissionSection } from "../../../components/commissions/staff-commission-section"
import { PageState } from "../../../components/common/page-states"
import { SectionHeader } from "../../../components/common/section-header"
import {
  StaffAssignmentsSection,
  StaffExceptionsSection,
  StaffProfileSection,
  StaffScheduleSection,
} from "../../../components/staff/staff-sections"
import { useDeleteStaffMember, useStaffMember } from "../../../hooks/api/staff-members"
import { errorMessage } from "../../../lib/errors"

// A dynamic route: no route config, it is reached from the staff list.
const StaffMemberDetailPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, isLoading, error, refetch } = useStaffMember(id)
  const remove = useDeleteStaffMember(id)

  if (isLoading || error || !data) {
    return <PageState isLoading={isLoading} error={error} onRetry={() => refetch()} />
  }
  const member = data.staff_member

  const deleteMember = async () => {
    const confirmed = await prompt({
      title: `Delete ${member.name}?`,
      description:
        "Past appointments keep their record. Someone with upcoming appointments cannot be deleted; move or cancel those first, or deactivate them instead.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(`${member.name} deleted`)
        navigate("/staff")
      },
      onError: (err) => toast.error("Could not delete", { description: errorMessage(err) }),
    })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div>
        <Button size="small" variant="transparent" asChild>
          <Link to="/staff">
            <ArrowLeft />
            Staff
          </Link>
        </Button>
      </div>
      <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
        <div className="flex min-w-0 flex-1 flex-col gap-y-3">
          <StaffScheduleSection member={member} />
          <StaffExceptionsSection member={member} />
          <StaffCommissionSection member={member} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <StaffProfileSection member={member} />
          <StaffAssignmentsSection member={member} />
          <Container className="divide-y p-0">
            <SectionHeader title="Danger zone" />
            <div className="flex flex-col gap-y-3 px-6 py-4">
              <Text size="small" className="text-ui-fg-subtle">
                To keep the history but stop bookings, deactivate under Edit instead.
              </Text>
              <div>
                <Button
                  size="small"
                  variant="danger"
                  isLoading={remove.isPending}
                  onClick={deleteMember}
                >
                  <Trash />
                  Delete staff member
                </Button>
              </div>
            </div>
          </Container>
        </div>
      </div>
    </div>
  )
}

export default StaffMemberDetailPage
