import { Badge, Button, Drawer, Text } from "@medusajs/ui"
import { useHealthDataAccess } from "../../hooks/api/clients"
import { ACCESS_ACTION_LABELS, formatWhen } from "../../lib/clients"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { DrawerHeading } from "../forms/drawer-parts"
import { ShowMore } from "../common/show-more"

/** Who read this customer's health data, and when: the audit log, newest first. */
export const AccessLogDrawer = ({
  open,
  onOpenChange,
  customerId,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  customerId: string
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <DrawerHeading title="Health data access">
        Every read of this customer&apos;s health data is recorded: who, when and what.
      </DrawerHeading>
      <Drawer.Body className="overflow-y-auto p-0">
        {open && <AccessLog customerId={customerId} />}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary">
            Close
          </Button>
        </Drawer.Close>
      </Drawer.Footer>
    </Drawer.Content>
  </Drawer>
)

const AccessLog = ({ customerId }: { customerId: string }) => {
  const log = useHealthDataAccess(customerId)
  if (log.isLoading) return <LoadingState />
  if (log.error) return <ErrorState error={log.error} onRetry={() => log.refetch()} />
  const rows = log.data?.pages.flatMap((page) => page.health_data_access) ?? []
  if (!rows.length) return <EmptyState title="No access recorded yet" />
  return (
    <div className="flex flex-col">
      <ul className="divide-y">
        {rows.map((row) => (
          <li key={row.id} className="flex items-start justify-between gap-x-4 px-6 py-3">
            <div className="flex min-w-0 flex-col">
              <Text size="small" weight="plus" className="truncate">
                {row.actor?.email ?? row.actor_id}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {ACCESS_ACTION_LABELS[row.action] ?? row.action}
              </Text>
            </div>
            <div className="flex shrink-0 flex-col items-end gap-y-1">
              <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
                {formatWhen(row.created_at)}
              </Text>
              {row.actor_type === "customer" && (
                <Badge size="2xsmall" color="blue">
                  The customer
                </Badge>
              )}
            </div>
          </li>
        ))}
      </ul>
      {log.hasNextPage && (
        <ShowMore isLoading={log.isFetchingNextPage} onClick={() => log.fetchNextPage()} />
      )}
    </div>
  )
}
