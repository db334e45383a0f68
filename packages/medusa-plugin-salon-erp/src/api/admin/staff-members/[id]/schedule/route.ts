import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setStaffScheduleWorkflow } from "../../../../../workflows/booking/workflows/set-staff-schedule"
import type { AdminSetStaffScheduleType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type {
  ScheduleException,
  StaffSchedule,
  StaffScheduleResponse,
  WeeklyShift,
} from "../../../../../types/booking/http"

async function scheduleOf(
  req: AuthenticatedMedusaRequest,
  from?: string,
  to?: string
): Promise<StaffSchedule> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [staffMember],
  } = await query.graph({
    entity: "staff_member",
    fields: [
      "id",
      "name",
      "schedules.id",
      "schedules.weekday",
      "schedules.starts_at",
      "schedules.ends_at",
      "schedules.branch_id",
      "schedule_exceptions.id",
      "schedule_exceptions.kind",
      "schedule_exceptions.date",
      "schedule_exceptions.starts_at",
      "schedule_exceptions.ends_at",
      "schedule_exceptions.branch_id",
      "schedule_exceptions.reason",
    ],
    filters: { id: req.params.id },
  })
  if (!staffMember) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Staff member with id: ${req.params.id} was not found`
    )
  }
  const byDay = (a: WeeklyShift, b: WeeklyShift) =>
    a.weekday - b.weekday || a.starts_at.localeCompare(b.starts_at)
  return {
    staff_member_id: staffMember.id,
    weekly: [...((staffMember.schedules ?? []) as WeeklyShift[])].sort(byDay),
    exceptions: ((staffMember.schedule_exceptions ?? []) as ScheduleException[])
      .filter((exception) => (!from || exception.date >= from) && (!to || exception.date <= to))
      .sort((a, b) => a.date.localeCompare(b.date)),
  }
}

/** Weekly shifts at every branch, and dated exceptions (optionally between `from` and `to`). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, { from?: string; to?: string }>,
  res: MedusaResponse<StaffScheduleResponse>
) => {
  res.json({ schedule: await scheduleOf(req, req.validatedQuery.from, req.validatedQuery.to) })
}

/** Replaces the staff member's weekly shifts at one branch. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminSetStaffScheduleType>,
    res: MedusaResponse<StaffScheduleResponse>
  ) => {
    await scheduleOf(req)
    await setStaffScheduleWorkflow(req.scope).run({
      input: { ...req.validatedBody, staff_member_id: req.params.id },
    })
    res.json({ schedule: await scheduleOf(req) })
  }
)
