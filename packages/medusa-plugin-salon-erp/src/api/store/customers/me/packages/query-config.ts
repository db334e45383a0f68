import {
  packageEntryBaseFields,
  servicePackageBaseFields,
} from "../../../../admin/service-packages/query-config"

/** What a customer sees of their own packages: terms, sessions, value; no staff or audit fields. */
export const storePackageQueryConfig = {
  list: { defaults: servicePackageBaseFields, allowed: servicePackageBaseFields, isList: true },
  retrieve: {
    defaults: servicePackageBaseFields,
    allowed: servicePackageBaseFields,
    isList: false,
  },
}

/** A customer's package history: what moved, when, where and by whom; no internal notes. */
export const storePackageEntryQueryConfig = {
  defaults: packageEntryBaseFields,
  allowed: packageEntryBaseFields,
  isList: true,
}
