export { CounterRegister } from "./counter-register"
export { CounterShift } from "./counter-shift"
export { CounterCashEntry } from "./counter-cash-entry"
export { CounterOutboxEvent, COUNTER_OUTBOX_TABLE } from "./outbox-event"
