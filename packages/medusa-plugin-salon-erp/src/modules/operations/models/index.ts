export { SalonDeadLetter } from "./dead-letter"
export { SalonJobRun } from "./job-run"
