import { logger } from "@medusajs/framework/logger"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { withRequestIds } from "medusa-plugin-salon-erp/operations"
import {
  databaseDriverOptionsFor,
  positiveIntegerFrom,
  redisModulesFor,
  startsServer,
  unreachableServices,
  workerModeFrom,
} from "./src/lib/runtime-config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const redisKeyPrefix = process.env.REDIS_KEY_PREFIX || ""

// Starting against a database or Redis that does not answer: one line naming it, exit 1.
if (startsServer(process.argv)) {
  const problems = unreachableServices([
    ...(process.env.DATABASE_URL
      ? [{ kind: "postgres" as const, url: process.env.DATABASE_URL, variable: "DATABASE_URL" }]
      : []),
    ...(redisUrl ? [{ kind: "redis" as const, url: redisUrl, variable: "REDIS_URL" }] : []),
  ])
  if (problems.length) {
    console.error(problems.join("\n"))
    process.exit(1)
  }
}

const numberFromEnv = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined)

/**
 * The salon plugin's options, one section per capability; every setting has a default (see
 * docs/install.md). The demo reads them from environment variables.
 */
const salonOptions = {
  booking: {
    slot_interval_minutes: numberFromEnv("BOOKING_SLOT_INTERVAL_MINUTES"),
    min_notice_minutes: numberFromEnv("BOOKING_MIN_NOTICE_MINUTES"),
    booking_horizon_days: numberFromEnv("BOOKING_HORIZON_DAYS"),
    customer_cancellation_cutoff_hours: numberFromEnv("BOOKING_CANCELLATION_CUTOFF_HOURS"),
    reminder_lead_hours: numberFromEnv("BOOKING_REMINDER_LEAD_HOURS"),
    hold_minutes: numberFromEnv("BOOKING_HOLD_MINUTES"),
  },
  storedValue: {
    spend_split: process.env.STORED_VALUE_SPEND_SPLIT || undefined,
    checkout_hold_minutes: numberFromEnv("STORED_VALUE_CHECKOUT_HOLD_MINUTES"),
  },
  servicePackages: {
    late_cancel_policy: process.env.SERVICE_PACKAGE_LATE_CANCEL_POLICY,
    no_show_policy: process.env.SERVICE_PACKAGE_NO_SHOW_POLICY,
    expiry_reminder_days: numberFromEnv("SERVICE_PACKAGE_EXPIRY_REMINDER_DAYS"),
    refund_fee_percent: numberFromEnv("SERVICE_PACKAGE_REFUND_FEE_PERCENT"),
  },
  feedback: {
    sla_warning_ratio: numberFromEnv("FEEDBACK_SLA_WARNING_RATIO"),
    auto_close_after_days: numberFromEnv("FEEDBACK_AUTO_CLOSE_AFTER_DAYS"),
    survey_enabled: process.env.FEEDBACK_SURVEY_ENABLED
      ? process.env.FEEDBACK_SURVEY_ENABLED === "true"
      : undefined,
    survey_response_days: numberFromEnv("FEEDBACK_SURVEY_RESPONSE_DAYS"),
    low_score_threshold: numberFromEnv("FEEDBACK_LOW_SCORE_THRESHOLD"),
    low_score_streak: numberFromEnv("FEEDBACK_LOW_SCORE_STREAK"),
    nps_detractor_max: numberFromEnv("FEEDBACK_NPS_DETRACTOR_MAX"),
    follow_up_due_hours: numberFromEnv("FEEDBACK_FOLLOW_UP_DUE_HOURS"),
    escalation_user_ids: process.env.FEEDBACK_ESCALATION_USER_IDS?.split(",").filter(Boolean),
  },
  commissions: {
    timezone: process.env.COMMISSION_TIMEZONE || undefined,
    count_stored_value_bonus: process.env.COMMISSION_COUNT_STORED_VALUE_BONUS === "true",
  },
  clients: {},
  counter: {
    max_manual_discount_percent: numberFromEnv("COUNTER_MAX_MANUAL_DISCOUNT_PERCENT"),
    allow_tips: process.env.COUNTER_ALLOW_TIPS
      ? process.env.COUNTER_ALLOW_TIPS === "true"
      : undefined,
  },
  operations: {
    metrics_token: process.env.SALON_METRICS_TOKEN || undefined,
    ready_outbox_max_age_seconds: numberFromEnv("SALON_READY_OUTBOX_MAX_AGE_SECONDS"),
    ready_check_timeout_ms: numberFromEnv("SALON_READY_CHECK_TIMEOUT_MS"),
    database_acquire_timeout_ms: positiveIntegerFrom(
      "DATABASE_POOL_ACQUIRE_TIMEOUT_MS",
      process.env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS
    ),
  },
}
const workerMode = workerModeFrom(process.env.MEDUSA_WORKER_MODE)

export default defineConfig({
  plugins: [{ resolve: "medusa-plugin-salon-erp", options: salonOptions }],
  // Log lines written while a request is handled start with its x-request-id.
  logger: withRequestIds(logger),
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions: databaseDriverOptionsFor(
      positiveIntegerFrom("DATABASE_POOL_MAX", process.env.DATABASE_POOL_MAX)
    ),
    redisUrl,
    // Session keys; the Redis modules get the same prefix (redisModulesFor).
    redisPrefix: redisKeyPrefix || undefined,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors:
        process.env.AUTH_CORS ||
        "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    // A worker serves no HTTP, so it has no dashboard to build or serve.
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true" || workerMode === "worker",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  featureFlags: redisUrl ? { caching: true } : {},
  modules: [
    ...redisModulesFor(redisUrl, redisKeyPrefix),
    {
      // Staff alerts go to the admin's notification feed; customer messages (email, SMS) to a
      // provider that logs them. Production replaces "local-messages" with a real provider.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local-feed",
            options: { name: "Admin feed", channels: ["feed"] },
          },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local-messages",
            options: { name: "Customer messages (logged)", channels: ["email", "sms"] },
          },
        ],
      },
    },
  ],
})
