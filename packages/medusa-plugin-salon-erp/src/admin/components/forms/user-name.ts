/** An admin user's full name, or their email when they have none. */
export const userName = (user: {
  first_name?: string | null
  last_name?: string | null
  email: string
}) => [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
