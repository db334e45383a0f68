const storeStaffMemberFields = ["id", "name", "level", "color", "bio"]

export const storeStaffMemberQueryConfig = {
  defaults: storeStaffMemberFields,
  allowed: storeStaffMemberFields,
  isList: true,
}
