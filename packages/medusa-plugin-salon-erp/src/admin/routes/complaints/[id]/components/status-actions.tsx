import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { type Complaint, useComplaintChange } from "../../../../hooks/api/feedback"
import { type Run } from "./section"
import { ResolveDrawer } from "./resolve-drawer"
import { ReasonDrawer } from "./reason-drawer"

type Change = ReturnType<typeof useComplaintChange>

export const StatusActions = ({
  complaint,
  change,
  run,
}: {
  complaint: Complaint
  change: Change
  run: Run
}) => {
  const [resolving, setResolving] = useState(false)
  const [reopening, setReopening] = useState(false)
  const status = complaint.status
  return (
    <div className="flex flex-wrap items-center gap-2">
      {(status === "assigned" || status === "reopened") && (
        <Button
          size="small"
          variant="secondary"
          isLoading={change.isPending}
          onClick={() => run("start", {}, "Marked as in progress")}
        >
          Start work
        </Button>
      )}
      {["assigned", "in_progress", "reopened"].includes(status) && (
        <Button size="small" onClick={() => setResolving(true)}>
          Resolve
        </Button>
      )}
      {status === "resolved" && (
        <Button
          size="small"
          variant="secondary"
          isLoading={change.isPending}
          onClick={() => run("close", {}, "Closed")}
        >
          Close
        </Button>
      )}
      {(status === "resolved" || status === "closed") && (
        <Button size="small" variant="secondary" onClick={() => setReopening(true)}>
          Reopen
        </Button>
      )}
      {status === "open" && (
        <Text size="small" className="text-ui-fg-subtle">
          Assign it to start working on it.
        </Text>
      )}
      <ResolveDrawer open={resolving} onOpenChange={setResolving} run={run} />
      <ReasonDrawer
        open={reopening}
        onOpenChange={setReopening}
        title="Reopen the complaint"
        label="Why is it reopened? (internal)"
        action="Reopen"
        onSubmit={(reason) => run("reopen", { reason }, "Reopened: a new resolution deadline runs")}
      />
    </div>
  )
}
