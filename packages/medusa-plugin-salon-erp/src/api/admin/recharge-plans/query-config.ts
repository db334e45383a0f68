export const rechargePlanFields = [
  "id",
  "name",
  "description",
  "currency_code",
  "pay_amount",
  "bonus_type",
  "bonus_value",
  "bonus_validity_days",
  "starts_at",
  "ends_at",
  "is_active",
  "variant_id",
  "metadata",
  "created_at",
  "updated_at",
  "product_variant.id",
  "product_variant.product_id",
]

export const rechargePlanQueryConfig = {
  list: { defaults: rechargePlanFields, isList: true },
  retrieve: { defaults: rechargePlanFields, isList: false },
}
