const storeRechargePlanFields = [
  "id",
  "name",
  "description",
  "currency_code",
  "pay_amount",
  "bonus_type",
  "bonus_value",
  "bonus_validity_days",
  "ends_at",
  "variant_id",
  "product_variant.id",
  "product_variant.product_id",
]

export const storeRechargePlanQueryConfig = {
  defaults: storeRechargePlanFields,
  allowed: storeRechargePlanFields,
  isList: true,
}
