import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122180330 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "satisfaction_survey" drop constraint if exists "satisfaction_survey_appointment_id_unique";`
    )
    this.addSql(
      `alter table if exists "follow_up_visit" drop constraint if exists "follow_up_visit_trigger_survey_id_unique";`
    )
    this.addSql(
      `alter table if exists "complaint" drop constraint if exists "complaint_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "complaint_category" drop constraint if exists "complaint_category_code_unique";`
    )
    this.addSql(
      `create table if not exists "complaint_category" ("id" text not null, "code" text not null, "name" text not null, "description" text null, "default_severity" text check ("default_severity" in ('low', 'medium', 'high', 'critical')) not null default 'medium', "rank" integer not null default 0, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "complaint_category_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_category_deleted_at" ON "complaint_category" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_complaint_category_code_unique" ON "complaint_category" ("code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "complaint" ("id" text not null, "display_id" serial, "customer_id" text not null, "branch_id" text not null, "channel" text check ("channel" in ('online', 'front_desk', 'phone', 'social')) not null, "severity" text check ("severity" in ('low', 'medium', 'high', 'critical')) not null, "status" text check ("status" in ('open', 'assigned', 'in_progress', 'resolved', 'closed', 'reopened')) not null default 'open', "subject" text null, "description" text not null, "appointment_id" text null, "order_id" text null, "staff_member_id" text null, "assignee_user_id" text null, "assigned_at" timestamptz null, "created_by_type" text check ("created_by_type" in ('customer', 'user', 'system')) not null, "created_by_id" text null, "reported_on" text not null, "idempotency_key" text null, "sla_state" text check ("sla_state" in ('on_track', 'at_risk', 'breached', 'met')) not null default 'on_track', "first_response_warn_at" timestamptz not null, "first_response_due_at" timestamptz not null, "first_response_warned_at" timestamptz null, "first_response_breached_at" timestamptz null, "first_responded_at" timestamptz null, "first_response_minutes" integer null, "first_response_met" boolean null, "resolution_warn_at" timestamptz not null, "resolution_due_at" timestamptz not null, "resolution_warned_at" timestamptz null, "resolution_breached_at" timestamptz null, "resolution_met" boolean null, "resolved_at" timestamptz null, "resolved_by" text null, "resolution_minutes" integer null, "resolution_summary" text null, "closed_at" timestamptz null, "reopened_at" timestamptz null, "reopen_count" integer not null default 0, "resolution_rating" integer null, "resolution_comment" text null, "rated_at" timestamptz null, "metadata" jsonb null, "category_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "complaint_pkey" primary key ("id"), constraint complaint_resolution_rating_range check (resolution_rating IS NULL OR (resolution_rating >= 1 AND resolution_rating <= 5)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_category_id" ON "complaint" ("category_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_deleted_at" ON "complaint" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_complaint_idempotency_key_unique" ON "complaint" ("idempotency_key") WHERE idempotency_key IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_created_at" ON "complaint" ("created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_status_created_at" ON "complaint" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_sla_state_created_at" ON "complaint" ("sla_state", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_customer_id_created_at" ON "complaint" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_reported_on" ON "complaint" ("reported_on") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_branch_id_reported_on" ON "complaint" ("branch_id", "reported_on") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_category_id_reported_on" ON "complaint" ("category_id", "reported_on") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_staff_member_id_reported_on" ON "complaint" ("staff_member_id", "reported_on") WHERE staff_member_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_assignee_user_id_status" ON "complaint" ("assignee_user_id", "status") WHERE assignee_user_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_first_response_warn_at" ON "complaint" ("first_response_warn_at") WHERE first_responded_at IS NULL AND first_response_breached_at IS NULL AND status IN ('open', 'assigned', 'in_progress', 'reopened') AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_resolution_warn_at" ON "complaint" ("resolution_warn_at") WHERE resolution_breached_at IS NULL AND status IN ('open', 'assigned', 'in_progress', 'reopened') AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "complaint_attachment" ("id" text not null, "file_id" text not null, "url" text not null, "filename" text not null, "mime_type" text not null, "size_bytes" integer not null, "visibility" text check ("visibility" in ('internal', 'customer')) not null default 'internal', "uploaded_by_type" text check ("uploaded_by_type" in ('customer', 'user', 'system')) not null, "uploaded_by_id" text null, "complaint_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "complaint_attachment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_attachment_complaint_id" ON "complaint_attachment" ("complaint_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_attachment_deleted_at" ON "complaint_attachment" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "complaint_event" ("id" text not null, "sequence" serial, "type" text check ("type" in ('created', 'details_updated', 'assigned', 'status_changed', 'internal_note', 'reply', 'customer_message', 'attachment_added', 'remedy_recorded', 'remedy_applied', 'resolution_rated', 'sla_warning', 'sla_breached')) not null, "visibility" text check ("visibility" in ('internal', 'customer')) not null default 'internal', "author_type" text check ("author_type" in ('customer', 'user', 'system')) not null, "author_id" text null, "body" text null, "data" jsonb null, "complaint_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "complaint_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_event_complaint_id" ON "complaint_event" ("complaint_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_event_deleted_at" ON "complaint_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_event_complaint_id_sequence" ON "complaint_event" ("complaint_id", "sequence") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "complaint_remedy" ("id" text not null, "kind" text check ("kind" in ('goodwill_credit', 'free_session', 'other')) not null, "status" text check ("status" in ('recorded', 'applied')) not null default 'recorded', "description" text not null, "amount" numeric null, "currency_code" text null, "salon_service_id" text null, "status_reason" text null, "recorded_by" text null, "applied_at" timestamptz null, "applied_by" text null, "applied_reference" text null, "complaint_id" text not null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "complaint_remedy_pkey" primary key ("id"), constraint complaint_remedy_credit_fields check (kind <> 'goodwill_credit' OR (amount > 0 AND currency_code IS NOT NULL)), constraint complaint_remedy_session_fields check (kind <> 'free_session' OR salon_service_id IS NOT NULL));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_remedy_complaint_id" ON "complaint_remedy" ("complaint_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_complaint_remedy_deleted_at" ON "complaint_remedy" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "follow_up_visit" ("id" text not null, "customer_id" text not null, "branch_id" text not null, "assignee_user_id" text null, "reasons" text[] not null, "status" text check ("status" in ('open', 'done', 'canceled')) not null default 'open', "due_at" timestamptz not null, "trigger_survey_id" text not null, "note" text null, "outcome" text null, "completed_at" timestamptz null, "completed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "follow_up_visit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_follow_up_visit_deleted_at" ON "follow_up_visit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_follow_up_visit_status_due_at" ON "follow_up_visit" ("status", "due_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_follow_up_visit_branch_id_created_at" ON "follow_up_visit" ("branch_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_follow_up_visit_customer_id_created_at" ON "follow_up_visit" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_follow_up_visit_trigger_survey_id_unique" ON "follow_up_visit" ("trigger_survey_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "satisfaction_daily_stat" ("id" text not null, "service_date" text not null, "branch_id" text not null, "staff_member_id" text null, "responses" integer not null default 0, "technique_sum" integer not null default 0, "attitude_sum" integer not null default 0, "environment_sum" integer not null default 0, "result_sum" integer not null default 0, "promoters" integer not null default 0, "passives" integer not null default 0, "detractors" integer not null default 0, "low_scores" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "satisfaction_daily_stat_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_satisfaction_daily_stat_deleted_at" ON "satisfaction_daily_stat" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_satisfaction_daily_stat_branch_day" ON "satisfaction_daily_stat" ("service_date", "branch_id") WHERE staff_member_id IS NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_satisfaction_daily_stat_staff_day" ON "satisfaction_daily_stat" ("service_date", "branch_id", "staff_member_id") WHERE staff_member_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_satisfaction_daily_stat_staff_member_id_service_date" ON "satisfaction_daily_stat" ("staff_member_id", "service_date") WHERE staff_member_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_satisfaction_daily_stat_branch_id_service_date" ON "satisfaction_daily_stat" ("branch_id", "service_date") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "satisfaction_survey" ("id" text not null, "appointment_id" text not null, "appointment_display_id" integer null, "customer_id" text not null, "branch_id" text not null, "staff_member_ids" text[] not null, "completed_at" timestamptz not null, "service_date" text not null, "status" text check ("status" in ('pending', 'answered')) not null default 'pending', "sent_at" timestamptz null, "sent_channel" text null, "expires_at" timestamptz not null, "responded_at" timestamptz null, "technique_rating" integer null, "attitude_rating" integer null, "environment_rating" integer null, "result_rating" integer null, "overall_rating" real null, "nps_score" integer null, "comment" text null, "is_low" boolean not null default false, "is_detractor" boolean not null default false, "follow_up_visit_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "satisfaction_survey_pkey" primary key ("id"), constraint satisfaction_survey_ratings_range check ((technique_rating IS NULL OR technique_rating BETWEEN 1 AND 5) AND (attitude_rating IS NULL OR attitude_rating BETWEEN 1 AND 5) AND (environment_rating IS NULL OR environment_rating BETWEEN 1 AND 5) AND (result_rating IS NULL OR result_rating BETWEEN 1 AND 5)), constraint satisfaction_survey_nps_range check (nps_score IS NULL OR nps_score BETWEEN 0 AND 10));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_satisfaction_survey_follow_up_visit_id" ON "satisfaction_survey" ("follow_up_visit_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_satisfaction_survey_deleted_at" ON "satisfaction_survey" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_satisfaction_survey_appointment_id_unique" ON "satisfaction_survey" ("appointment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_satisfaction_survey_customer_id_responded_at" ON "satisfaction_survey" ("customer_id", "responded_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_satisfaction_survey_status_expires_at" ON "satisfaction_survey" ("status", "expires_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_satisfaction_survey_branch_id_service_date" ON "satisfaction_survey" ("branch_id", "service_date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_satisfaction_survey_staff_member_ids" ON "satisfaction_survey" USING GIN ("staff_member_ids") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "complaint" add constraint "complaint_category_id_foreign" foreign key ("category_id") references "complaint_category" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "complaint_attachment" add constraint "complaint_attachment_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "complaint_event" add constraint "complaint_event_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "complaint_remedy" add constraint "complaint_remedy_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "satisfaction_survey" add constraint "satisfaction_survey_follow_up_visit_id_foreign" foreign key ("follow_up_visit_id") references "follow_up_visit" ("id") on update cascade on delete set null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "complaint" drop constraint if exists "complaint_category_id_foreign";`
    )

    this.addSql(
      `alter table if exists "complaint_attachment" drop constraint if exists "complaint_attachment_complaint_id_foreign";`
    )

    this.addSql(
      `alter table if exists "complaint_event" drop constraint if exists "complaint_event_complaint_id_foreign";`
    )

    this.addSql(
      `alter table if exists "complaint_remedy" drop constraint if exists "complaint_remedy_complaint_id_foreign";`
    )

    this.addSql(
      `alter table if exists "satisfaction_survey" drop constraint if exists "satisfaction_survey_follow_up_visit_id_foreign";`
    )

    this.addSql(`drop table if exists "complaint_category" cascade;`)

    this.addSql(`drop table if exists "complaint" cascade;`)

    this.addSql(`drop table if exists "complaint_attachment" cascade;`)

    this.addSql(`drop table if exists "complaint_event" cascade;`)

    this.addSql(`drop table if exists "complaint_remedy" cascade;`)

    this.addSql(`drop table if exists "follow_up_visit" cascade;`)

    this.addSql(`drop table if exists "satisfaction_daily_stat" cascade;`)

    this.addSql(`drop table if exists "satisfaction_survey" cascade;`)
  }
}
