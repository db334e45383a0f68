import { Trash } from "@medusajs/icons"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { useNavigate, useParams } from "react-router-dom"
import { StaffCommissionSection } from "../../../components/commissions/staff-commission-section"
import {
  StaffAssignmentsSection,
  StaffExceptionsSection,
  StaffProfileSection,
  StaffScheduleSection,
} from "../../../components/staff/staff-sections"
import { useDeleteStaffMember, useStaffMember } from "../../../hooks/api/staff-members"
import { errorMessage } from "../../../lib/errors"
import { DetailPage, DetailPageState, ActionSection } from "../../../components/layout/detail-page"

// A dynamic route: no route config, it is reached from the staff list.
const StaffMemberDetailPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, isLoading, error, refetch } = useStaffMember(id)
  const remove = useDeleteStaffMember(id)

  if (!data) {
    return (
      <DetailPageState
        isLoading={isLoading}
        error={error}
        onRetry={() => refetch()}
        notFound="Staff member not found"
      />
    )
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
    <DetailPage
      back={{ to: "/staff", label: "Staff" }}
      main={
        <>
          <StaffScheduleSection member={member} />
          <StaffExceptionsSection member={member} />
          <StaffCommissionSection member={member} />
        </>
      }
      side={
        <>
          <StaffProfileSection member={member} />
          <StaffAssignmentsSection member={member} />
          <ActionSection
            title="Danger zone"
            description="To keep the history but stop bookings, deactivate under Edit instead."
          >
            <Button
              size="small"
              variant="danger"
              isLoading={remove.isPending}
              onClick={deleteMember}
            >
              <Trash />
              Delete staff member
            </Button>
          </ActionSection>
        </>
      }
    />
  )
}

export default StaffMemberDetailPage
