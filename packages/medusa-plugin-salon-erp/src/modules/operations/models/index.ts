export { DeadLetter } from "./dead-letter"
export { JobRun } from "./job-run"
