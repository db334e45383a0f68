export const adminSalonServiceFields = [
  "id",
  "name",
  "description",
  "category",
  "variant_id",
  "duration_minutes",
  "processing_minutes",
  "buffer_after_minutes",
  "room_type",
  "revisit_interval_days",
  "is_bookable_online",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
  "product_variant.id",
  "product_variant.title",
  "product_variant.product_id",
  "product_variant.prices.amount",
  "product_variant.prices.currency_code",
  "staff_services.staff_member.id",
  "staff_services.staff_member.name",
]

export const adminSalonServiceQueryConfig = {
  list: { defaults: adminSalonServiceFields, isList: true },
  retrieve: { defaults: adminSalonServiceFields, isList: false },
}
