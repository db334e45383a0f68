/**
 * The SQL of one module's outbox table, as `defineOutboxEventModel` declares it. Each module's
 * migration adds its outbox with these statements: written once here because the six tables
 * are the same shape (DML cannot share a migration between modules).
 */
export function createOutboxTableSql(table: string): string[] {
  return [
    `create table if not exists "${table}" ("id" text not null, "sequence" serial, "event_name" text not null, "aggregate_id" text not null, "data" jsonb not null, "status" text check ("status" in ('pending', 'published')) not null default 'pending', "published_at" timestamptz null, "attempts" integer not null default 0, "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "${table}_pkey" primary key ("id"));`,
    `CREATE INDEX IF NOT EXISTS "IDX_${table}_pending" ON "${table}" ("status", "sequence") WHERE status = 'pending';`,
    `CREATE INDEX IF NOT EXISTS "IDX_${table}_aggregate_id_sequence" ON "${table}" ("aggregate_id", "sequence") WHERE deleted_at IS NULL;`,
    `CREATE INDEX IF NOT EXISTS "IDX_${table}_published_at" ON "${table}" ("published_at") WHERE status = 'published';`,
    `CREATE INDEX IF NOT EXISTS "IDX_${table}_deleted_at" ON "${table}" ("deleted_at") WHERE deleted_at IS NULL;`,
  ]
}

export function dropOutboxTableSql(table: string): string[] {
  return [`drop table if exists "${table}" cascade;`]
}
