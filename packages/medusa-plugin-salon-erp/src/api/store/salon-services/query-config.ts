const storeSalonServiceFields = [
  "id",
  "name",
  "description",
  "category",
  "variant_id",
  "duration_minutes",
  "processing_minutes",
  "revisit_interval_days",
  "room_type",
  "product_variant.id",
  "product_variant.product_id",
  "product_variant.prices.amount",
  "product_variant.prices.currency_code",
]

export const storeSalonServiceQueryConfig = {
  defaults: storeSalonServiceFields,
  allowed: [...storeSalonServiceFields, "buffer_after_minutes"],
  isList: true,
}
