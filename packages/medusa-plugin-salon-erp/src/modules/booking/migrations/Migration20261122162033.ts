import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122162033 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "staff_service" drop constraint if exists "staff_service_staff_member_id_salon_service_id_unique";`
    )
    this.addSql(
      `alter table if exists "staff_branch" drop constraint if exists "staff_branch_staff_member_id_branch_id_unique";`
    )
    this.addSql(
      `alter table if exists "salon_service" drop constraint if exists "salon_service_variant_id_unique";`
    )
    this.addSql(
      `alter table if exists "room" drop constraint if exists "room_branch_id_name_unique";`
    )
    this.addSql(
      `alter table if exists "appointment" drop constraint if exists "appointment_idempotency_key_unique";`
    )
    this.addSql(`alter table if exists "branch" drop constraint if exists "branch_code_unique";`)
    this.addSql(
      `create table if not exists "appointment_hold" ("id" text not null, "customer_id" text null, "branch_id" text not null, "status" text check ("status" in ('active', 'converted', 'released', 'expired')) not null default 'active', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "expires_at" timestamptz not null, "plan" jsonb not null, "appointment_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "appointment_hold_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_hold_deleted_at" ON "appointment_hold" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_hold_status_expires_at" ON "appointment_hold" ("status", "expires_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "branch" ("id" text not null, "name" text not null, "code" text not null, "timezone" text not null default 'Asia/Shanghai', "phone" text null, "email" text null, "address" text null, "manager_user_id" text null, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "branch_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_branch_deleted_at" ON "branch" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_branch_code_unique" ON "branch" ("code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "appointment" ("id" text not null, "display_id" serial, "customer_id" text not null, "status" text check ("status" in ('booked', 'confirmed', 'checked_in', 'in_service', 'completed', 'canceled', 'no_show')) not null default 'booked', "source" text check ("source" in ('online', 'front_desk', 'phone', 'walk_in')) not null default 'front_desk', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "notes" text null, "internal_note" text null, "idempotency_key" text null, "created_by" text null, "confirmed_at" timestamptz null, "checked_in_at" timestamptz null, "started_at" timestamptz null, "completed_at" timestamptz null, "canceled_at" timestamptz null, "no_show_at" timestamptz null, "canceled_by" text check ("canceled_by" in ('customer', 'staff', 'system')) null, "cancellation_reason" text null, "is_late_cancellation" boolean not null default false, "reminder_sent_at" timestamptz null, "hold_id" text null, "order_id" text null, "metadata" jsonb null, "branch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "appointment_pkey" primary key ("id"), constraint appointment_time_order check (starts_at < ends_at));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_branch_id" ON "appointment" ("branch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_deleted_at" ON "appointment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_appointment_idempotency_key_unique" ON "appointment" ("idempotency_key") WHERE idempotency_key IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_customer_id_starts_at" ON "appointment" ("customer_id", "starts_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_branch_id_starts_at" ON "appointment" ("branch_id", "starts_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_status_starts_at" ON "appointment" ("status", "starts_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "branch_closure" ("id" text not null, "starts_on" text not null, "ends_on" text not null, "reason" text null, "branch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "branch_closure_pkey" primary key ("id"), constraint branch_closure_order check (starts_on <= ends_on));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_branch_closure_branch_id" ON "branch_closure" ("branch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_branch_closure_deleted_at" ON "branch_closure" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "branch_opening_hours" ("id" text not null, "weekday" integer not null, "opens_at" text not null, "closes_at" text not null, "branch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "branch_opening_hours_pkey" primary key ("id"), constraint branch_opening_hours_weekday_range check (weekday BETWEEN 1 AND 7), constraint branch_opening_hours_order check (opens_at < closes_at));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_branch_opening_hours_branch_id" ON "branch_opening_hours" ("branch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_branch_opening_hours_deleted_at" ON "branch_opening_hours" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "occupancy" ("id" text not null, "resource_kind" text check ("resource_kind" in ('staff', 'room')) not null, "staff_member_id" text null, "room_id" text null, "branch_id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "appointment_id" text null, "appointment_item_id" text null, "hold_id" text null, "expires_at" timestamptz null, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "occupancy_pkey" primary key ("id"), constraint occupancy_time_order check (starts_at < ends_at), constraint occupancy_resource check ((resource_kind = 'staff' AND staff_member_id IS NOT NULL AND room_id IS NULL) OR (resource_kind = 'room' AND room_id IS NOT NULL AND staff_member_id IS NULL)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_occupancy_deleted_at" ON "occupancy" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_occupancy_staff_member_id_starts_at" ON "occupancy" ("staff_member_id", "starts_at") WHERE is_active = true AND staff_member_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_occupancy_room_id_starts_at" ON "occupancy" ("room_id", "starts_at") WHERE is_active = true AND room_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_occupancy_appointment_id" ON "occupancy" ("appointment_id") WHERE appointment_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_occupancy_hold_id" ON "occupancy" ("hold_id") WHERE hold_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "room" ("id" text not null, "name" text not null, "room_type" text not null, "is_active" boolean not null default true, "branch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "room_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_room_branch_id" ON "room" ("branch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_room_deleted_at" ON "room" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_room_branch_id_name_unique" ON "room" ("branch_id", "name") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "salon_service" ("id" text not null, "name" text not null, "description" text null, "category" text null, "variant_id" text not null, "duration_minutes" integer not null, "processing_minutes" integer not null default 0, "buffer_after_minutes" integer not null default 0, "room_type" text null, "revisit_interval_days" integer null, "is_bookable_online" boolean not null default true, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "salon_service_pkey" primary key ("id"), constraint salon_service_duration_positive check (duration_minutes > 0), constraint salon_service_processing_range check (processing_minutes >= 0), constraint salon_service_buffer_range check (buffer_after_minutes >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_salon_service_deleted_at" ON "salon_service" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_salon_service_variant_id_unique" ON "salon_service" ("variant_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "staff_member" ("id" text not null, "name" text not null, "level" text check ("level" in ('junior', 'senior', 'expert')) not null default 'junior', "email" text null, "phone" text null, "color" text null, "bio" text null, "user_id" text null, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_member_deleted_at" ON "staff_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "staff_branch" ("id" text not null, "staff_member_id" text not null, "branch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_branch_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_branch_staff_member_id" ON "staff_branch" ("staff_member_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_branch_branch_id" ON "staff_branch" ("branch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_branch_deleted_at" ON "staff_branch" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_staff_branch_staff_member_id_branch_id_unique" ON "staff_branch" ("staff_member_id", "branch_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "schedule_exception" ("id" text not null, "kind" text check ("kind" in ('time_off', 'extra_shift')) not null, "date" text not null, "starts_at" text null, "ends_at" text null, "branch_id" text null, "reason" text null, "staff_member_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "schedule_exception_pkey" primary key ("id"), constraint schedule_exception_times check ((starts_at IS NULL AND ends_at IS NULL AND kind = 'time_off') OR (starts_at IS NOT NULL AND ends_at IS NOT NULL AND starts_at < ends_at)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_schedule_exception_staff_member_id" ON "schedule_exception" ("staff_member_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_schedule_exception_deleted_at" ON "schedule_exception" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_schedule_exception_staff_member_id_date" ON "schedule_exception" ("staff_member_id", "date") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "appointment_item" ("id" text not null, "position" integer not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "is_designated" boolean not null default false, "service_name" text not null, "variant_id" text not null, "duration_minutes" integer not null, "processing_minutes" integer not null default 0, "buffer_after_minutes" integer not null default 0, "appointment_id" text not null, "salon_service_id" text not null, "staff_member_id" text not null, "room_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "appointment_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_item_appointment_id" ON "appointment_item" ("appointment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_item_salon_service_id" ON "appointment_item" ("salon_service_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_item_staff_member_id" ON "appointment_item" ("staff_member_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_item_room_id" ON "appointment_item" ("room_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_item_deleted_at" ON "appointment_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_appointment_item_staff_member_id_starts_at" ON "appointment_item" ("staff_member_id", "starts_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "staff_schedule" ("id" text not null, "weekday" integer not null, "starts_at" text not null, "ends_at" text not null, "staff_member_id" text not null, "branch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_schedule_pkey" primary key ("id"), constraint staff_schedule_weekday_range check (weekday BETWEEN 1 AND 7), constraint staff_schedule_order check (starts_at < ends_at));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_schedule_staff_member_id" ON "staff_schedule" ("staff_member_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_schedule_branch_id" ON "staff_schedule" ("branch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_schedule_deleted_at" ON "staff_schedule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_schedule_staff_member_id_branch_id_weekday" ON "staff_schedule" ("staff_member_id", "branch_id", "weekday") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "staff_service" ("id" text not null, "staff_member_id" text not null, "salon_service_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_service_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_service_staff_member_id" ON "staff_service" ("staff_member_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_service_salon_service_id" ON "staff_service" ("salon_service_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_service_deleted_at" ON "staff_service" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_staff_service_staff_member_id_salon_service_id_unique" ON "staff_service" ("staff_member_id", "salon_service_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "appointment" add constraint "appointment_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "branch_closure" add constraint "branch_closure_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "branch_opening_hours" add constraint "branch_opening_hours_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "room" add constraint "room_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "staff_branch" add constraint "staff_branch_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "staff_branch" add constraint "staff_branch_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "schedule_exception" add constraint "schedule_exception_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "appointment_item" add constraint "appointment_item_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`
    )
    this.addSql(
      `alter table if exists "appointment_item" add constraint "appointment_item_salon_service_id_foreign" foreign key ("salon_service_id") references "salon_service" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "appointment_item" add constraint "appointment_item_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "appointment_item" add constraint "appointment_item_room_id_foreign" foreign key ("room_id") references "room" ("id") on update cascade on delete set null;`
    )

    this.addSql(
      `alter table if exists "staff_schedule" add constraint "staff_schedule_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "staff_schedule" add constraint "staff_schedule_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "staff_service" add constraint "staff_service_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "staff_service" add constraint "staff_service_salon_service_id_foreign" foreign key ("salon_service_id") references "salon_service" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "appointment" drop constraint if exists "appointment_branch_id_foreign";`
    )

    this.addSql(
      `alter table if exists "branch_closure" drop constraint if exists "branch_closure_branch_id_foreign";`
    )

    this.addSql(
      `alter table if exists "branch_opening_hours" drop constraint if exists "branch_opening_hours_branch_id_foreign";`
    )

    this.addSql(`alter table if exists "room" drop constraint if exists "room_branch_id_foreign";`)

    this.addSql(
      `alter table if exists "staff_branch" drop constraint if exists "staff_branch_branch_id_foreign";`
    )

    this.addSql(
      `alter table if exists "staff_schedule" drop constraint if exists "staff_schedule_branch_id_foreign";`
    )

    this.addSql(
      `alter table if exists "appointment_item" drop constraint if exists "appointment_item_appointment_id_foreign";`
    )

    this.addSql(
      `alter table if exists "appointment_item" drop constraint if exists "appointment_item_room_id_foreign";`
    )

    this.addSql(
      `alter table if exists "appointment_item" drop constraint if exists "appointment_item_salon_service_id_foreign";`
    )

    this.addSql(
      `alter table if exists "staff_service" drop constraint if exists "staff_service_salon_service_id_foreign";`
    )

    this.addSql(
      `alter table if exists "staff_branch" drop constraint if exists "staff_branch_staff_member_id_foreign";`
    )

    this.addSql(
      `alter table if exists "schedule_exception" drop constraint if exists "schedule_exception_staff_member_id_foreign";`
    )

    this.addSql(
      `alter table if exists "appointment_item" drop constraint if exists "appointment_item_staff_member_id_foreign";`
    )

    this.addSql(
      `alter table if exists "staff_schedule" drop constraint if exists "staff_schedule_staff_member_id_foreign";`
    )

    this.addSql(
      `alter table if exists "staff_service" drop constraint if exists "staff_service_staff_member_id_foreign";`
    )

    this.addSql(`drop table if exists "appointment_hold" cascade;`)

    this.addSql(`drop table if exists "branch" cascade;`)

    this.addSql(`drop table if exists "appointment" cascade;`)

    this.addSql(`drop table if exists "branch_closure" cascade;`)

    this.addSql(`drop table if exists "branch_opening_hours" cascade;`)

    this.addSql(`drop table if exists "occupancy" cascade;`)

    this.addSql(`drop table if exists "room" cascade;`)

    this.addSql(`drop table if exists "salon_service" cascade;`)

    this.addSql(`drop table if exists "staff_member" cascade;`)

    this.addSql(`drop table if exists "staff_branch" cascade;`)

    this.addSql(`drop table if exists "schedule_exception" cascade;`)

    this.addSql(`drop table if exists "appointment_item" cascade;`)

    this.addSql(`drop table if exists "staff_schedule" cascade;`)

    this.addSql(`drop table if exists "staff_service" cascade;`)
  }
}
