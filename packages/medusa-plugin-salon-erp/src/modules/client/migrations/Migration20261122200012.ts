import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122200012 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "custom_field_definition" drop constraint if exists "custom_field_definition_key_unique";`
    )
    this.addSql(
      `alter table if exists "customer_tag" drop constraint if exists "customer_tag_customer_id_tag_id_unique";`
    )
    this.addSql(
      `alter table if exists "client_tag" drop constraint if exists "client_tag_name_unique";`
    )
    this.addSql(
      `alter table if exists "client_profile" drop constraint if exists "client_profile_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "client_profile" ("id" text not null, "customer_id" text not null, "gender" text check ("gender" in ('female', 'male', 'other', 'undisclosed')) null, "birthday" text null, "skin_type" text check ("skin_type" in ('dry', 'oily', 'combination', 'normal', 'sensitive')) null, "skin_concerns" jsonb not null, "allergies" jsonb not null, "contraindications" jsonb not null, "health_notes" text null, "preferred_staff_member_ids" jsonb not null, "preferences_text" text null, "preferences" jsonb not null, "source" text check ("source" in ('walk_in', 'referral', 'social_media', 'online', 'advertising', 'other')) null, "home_branch_id" text null, "consent_version" text null, "consent_given_at" timestamptz null, "custom_fields" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_profile_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_profile_deleted_at" ON "client_profile" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_profile_customer_id_unique" ON "client_profile" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "client_tag" ("id" text not null, "name" text not null, "color" text null, "description" text null, "kind" text check ("kind" in ('manual', 'automatic')) not null default 'manual', "rule" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_tag_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_tag_deleted_at" ON "client_tag" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_tag_name_unique" ON "client_tag" ("name") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "customer_tag" ("id" text not null, "customer_id" text not null, "source" text check ("source" in ('manual', 'rule')) not null default 'manual', "assigned_by" text null, "tag_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_tag_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_tag_tag_id" ON "customer_tag" ("tag_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_tag_deleted_at" ON "customer_tag" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_tag_customer_id_tag_id_unique" ON "customer_tag" ("customer_id", "tag_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "custom_field_definition" ("id" text not null, "key" text not null, "label" text not null, "type" text check ("type" in ('text', 'number', 'date', 'select', 'multi_select', 'boolean')) not null, "required" boolean not null default false, "options" jsonb not null, "is_active" boolean not null default true, "rank" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_field_definition_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_custom_field_definition_deleted_at" ON "custom_field_definition" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_custom_field_definition_key_unique" ON "custom_field_definition" ("key") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "health_data_access" ("id" text not null, "customer_id" text not null, "actor_id" text not null, "actor_type" text check ("actor_type" in ('user', 'customer')) not null, "action" text check ("action" in ('view_profile', 'view_notes', 'export')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "health_data_access_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_health_data_access_deleted_at" ON "health_data_access" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_health_data_access_customer_id_created_at" ON "health_data_access" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "treatment_note" ("id" text not null, "customer_id" text not null, "appointment_id" text null, "staff_member_id" text null, "branch_id" text null, "services" jsonb not null, "products_used" jsonb not null, "notes" text not null, "photo_urls" jsonb not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "treatment_note_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_treatment_note_deleted_at" ON "treatment_note" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_treatment_note_customer_id_created_at" ON "treatment_note" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_treatment_note_appointment_id" ON "treatment_note" ("appointment_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "customer_tag" add constraint "customer_tag_tag_id_foreign" foreign key ("tag_id") references "client_tag" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_tag" drop constraint if exists "customer_tag_tag_id_foreign";`
    )

    this.addSql(`drop table if exists "client_profile" cascade;`)

    this.addSql(`drop table if exists "client_tag" cascade;`)

    this.addSql(`drop table if exists "customer_tag" cascade;`)

    this.addSql(`drop table if exists "custom_field_definition" cascade;`)

    this.addSql(`drop table if exists "health_data_access" cascade;`)

    this.addSql(`drop table if exists "treatment_note" cascade;`)
  }
}
