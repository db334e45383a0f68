import { useUsers } from "../../hooks/api/core-resources"
import { OptionSelect } from "./option-select"
import { userName } from "./user-name"

/** The "nobody" choice of a user select. */
export const NO_USER = "__none"

/** A choice of admin user, or nobody (`NO_USER`); `withEmail` adds the email to each name. */
export const UserSelect = ({
  value,
  onChange,
  noneLabel,
  withEmail = false,
}: {
  value: string
  onChange: (value: string) => void
  noneLabel: string
  withEmail?: boolean
}) => {
  const users = useUsers()
  return (
    <OptionSelect
      value={value}
      onValueChange={onChange}
      options={[
        { value: NO_USER, label: noneLabel },
        ...(users.data?.users ?? []).map((user) => ({
          value: user.id,
          label: withEmail ? `${userName(user)} · ${user.email}` : userName(user),
        })),
      ]}
    />
  )
}
