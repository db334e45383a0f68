/** Id prefixes, shared by the models and the repositories' raw inserts. */
export const BRANCH_ID_PREFIX = "brch"
export const BRANCH_OPENING_HOURS_ID_PREFIX = "bhrs"
export const BRANCH_CLOSURE_ID_PREFIX = "bcls"
export const ROOM_ID_PREFIX = "room"
export const STAFF_MEMBER_ID_PREFIX = "stf"
export const STAFF_BRANCH_ID_PREFIX = "stbr"
export const STAFF_SERVICE_ID_PREFIX = "stsv"
export const SALON_SERVICE_ID_PREFIX = "svc"
export const STAFF_SCHEDULE_ID_PREFIX = "stsc"
export const SCHEDULE_EXCEPTION_ID_PREFIX = "stex"
export const APPOINTMENT_ID_PREFIX = "appt"
export const APPOINTMENT_ITEM_ID_PREFIX = "apit"
export const OCCUPANCY_ID_PREFIX = "occ"
export const APPOINTMENT_HOLD_ID_PREFIX = "hold"
export const OUTBOX_ID_PREFIX = "bkob"

/** A booking whose auto-assigned staff member or room was just taken is planned again, this often. */
export const MAX_AUTO_ASSIGN_ATTEMPTS = 3

/** A write of occupancies aborted as a deadlock is tried again, this often in all. */
export const MAX_DEADLOCK_ATTEMPTS = 3
