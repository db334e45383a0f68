import { useParams } from "react-router-dom"
import { StaffCommissionSection } from "../../../components/commissions/staff-commission-section"
import {
  StaffAssignmentsSection,
  StaffExceptionsSection,
  StaffProfileSection,
  StaffScheduleSection,
} from "../../../components/staff/staff-sections"
import { useDeleteStaffMember, useStaffMember } from "../../../hooks/api/staff-members"
import {
  DetailPage,
  DetailPageState,
  DangerZone,
  useDeleteRecord,
} from "../../../components/layout/detail-page"

// A dynamic route: no route config, it is reached from the staff list.
const StaffMemberDetailPage = () => {
  const { id = "" } = useParams()
  const query = useStaffMember(id)
  const remove = useDeleteStaffMember(id)
  const deleteRecord = useDeleteRecord(remove, "/staff")

  if (!query.data) return <DetailPageState query={query} notFound="Staff member not found" />
  const member = query.data.staff_member

  const deleteMember = () =>
    deleteRecord(
      {
        title: `Delete ${member.name}?`,
        description:
          "Past appointments keep their record. Someone with upcoming appointments cannot be deleted; move or cancel those first, or deactivate them instead.",
      },
      `${member.name} deleted`,
      "Could not delete"
    )

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
          <DangerZone
            description="To keep the history but stop bookings, deactivate under Edit instead."
            label="Delete staff member"
            isDeleting={remove.isPending}
            onDelete={deleteMember}
          />
        </>
      }
    />
  )
}

export default StaffMemberDetailPage
