export const adminStaffMemberFields = [
  "id",
  "name",
  "level",
  "email",
  "phone",
  "color",
  "bio",
  "user_id",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
  "staff_branches.branch.id",
  "staff_branches.branch.name",
  "staff_services.salon_service.id",
  "staff_services.salon_service.name",
]

export const adminStaffMemberQueryConfig = {
  list: { defaults: adminStaffMemberFields, isList: true },
  retrieve: { defaults: adminStaffMemberFields, isList: false },
}
