export const adminRoomFields = [
  "id",
  "name",
  "room_type",
  "is_active",
  "branch_id",
  "branch.name",
  "created_at",
  "updated_at",
]

export const adminRoomQueryConfig = {
  list: { defaults: adminRoomFields, isList: true },
  retrieve: { defaults: adminRoomFields, isList: false },
}
