import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122220053 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "client_import" ("id" text not null, "file_name" text not null, "status" text check ("status" in ('queued', 'validating', 'validated', 'importing', 'completed', 'failed')) not null default 'queued', "dry_run" boolean not null default true, "content" text null, "columns" jsonb not null, "total_rows" integer not null default 0, "processed_rows" integer not null default 0, "valid_rows" integer not null default 0, "error_rows" integer not null default 0, "created_customers" integer not null default 0, "updated_customers" integer not null default 0, "stored_value_openings" integer not null default 0, "packages_opened" integer not null default 0, "issue_count" integer not null default 0, "warning_count" integer not null default 0, "failure_reason" text null, "created_by" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "heartbeat_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_import_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_import_deleted_at" ON "client_import" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_import_status" ON "client_import" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_import_created_at" ON "client_import" ("created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "client_import_issue" ("id" text not null, "line" integer not null, "column" text null, "value" text null, "message" text not null, "severity" text check ("severity" in ('error', 'warning')) not null default 'error', "phase" text check ("phase" in ('check', 'import')) not null, "client_import_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_import_issue_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_import_issue_client_import_id" ON "client_import_issue" ("client_import_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_import_issue_deleted_at" ON "client_import_issue" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_import_issue_client_import_id_line" ON "client_import_issue" ("client_import_id", "line") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "client_import_issue" add constraint "client_import_issue_client_import_id_foreign" foreign key ("client_import_id") references "client_import" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "client_import_issue" drop constraint if exists "client_import_issue_client_import_id_foreign";`
    )

    this.addSql(`drop table if exists "client_import" cascade;`)

    this.addSql(`drop table if exists "client_import_issue" cascade;`)
  }
}
