const storeSurveyFields = [
  "id",
  "appointment_id",
  "appointment_display_id",
  "branch_id",
  "staff_member_ids",
  "completed_at",
  "service_date",
  "status",
  "expires_at",
  "responded_at",
  "technique_rating",
  "attitude_rating",
  "environment_rating",
  "result_rating",
  "nps_score",
  "comment",
  "branch.id",
  "branch.name",
]

export const storeSurveyQueryConfig = {
  list: { defaults: storeSurveyFields, allowed: storeSurveyFields, isList: true },
  retrieve: { defaults: storeSurveyFields, allowed: storeSurveyFields, isList: false },
}
