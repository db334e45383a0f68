import { Badge, StatusBadge } from "@medusajs/ui"

/** "Active" or "Inactive" as a status dot, for list rows. */
export const ActiveStatus = ({ active }: { active: boolean }) => (
  <StatusBadge color={active ? "green" : "grey"}>{active ? "Active" : "Inactive"}</StatusBadge>
)

/** "Active" or "Inactive" as a badge, for the header of a record's page. */
export const ActiveBadge = ({ active }: { active: boolean }) => (
  <Badge color={active ? "green" : "grey"} size="small">
    {active ? "Active" : "Inactive"}
  </Badge>
)
