/**
 * `/store/customers/me/profile`: the logged-in customer's own client profile (GET to read, POST to
 * update). The handlers are those of `/store/customers/me/client-profile`, kept as an alias.
 */
export { GET, POST } from "../client-profile/route"
