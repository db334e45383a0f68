import {
  ArrowRightOnRectangle,
  EllipsisHorizontal,
  PencilSquare,
  Plus,
  Trash,
} from "@medusajs/icons"
import {
  Button,
  Container,
  DropdownMenu,
  IconButton,
  StatusBadge,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { AdminCounterRegister, AdminCounterShift } from "../../../../types/counter/http"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { SectionHeader } from "../../../components/common/section-header"
import { useDialog } from "../../../components/stored-value/use-dialog"
import { useDeleteCounterRegister, useUpdateCounterRegister } from "../../../hooks/api/counter"
import { errorMessage } from "../../../lib/errors"
import { formatMoney } from "../../../lib/stored-value"
import { OpenShiftDrawer } from "./open-shift-drawer"
import { RegisterDrawer } from "./register-drawer"
import { formatInstant, useCounterNames } from "./shared"

/** The registers of the branch shown (or of every branch), each with its open shift if any. */
export const RegistersSection = ({
  branchId,
  registers,
  openShifts,
  isLoading,
  error,
  onRetry,
  onShowShifts,
  filter,
  truncated,
}: {
  branchId: string
  registers: AdminCounterRegister[]
  openShifts: Map<string, AdminCounterShift>
  isLoading: boolean
  error: unknown
  onRetry: () => void
  onShowShifts: (registerId: string) => void
  /** The branch picker, shown in the header. */
  filter: ReactNode
  truncated: boolean
}) => {
  const names = useCounterNames()
  const prompt = usePrompt()
  const editor = useDialog<AdminCounterRegister | null>()
  const opener = useDialog<AdminCounterRegister>()
  const update = useUpdateCounterRegister()
  const remove = useDeleteCounterRegister()

  const setActive = async (register: AdminCounterRegister, isActive: boolean) => {
    if (!isActive) {
      const confirmed = await prompt({
        title: `Deactivate ${register.name}?`,
        description:
          "An inactive register keeps its shifts but cannot open a new one. You can activate it again later.",
        confirmText: "Deactivate",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    update.mutate(
      { id: register.id, body: { is_active: isActive } },
      {
        onSuccess: () =>
          toast.success(`${register.name} ${isActive ? "activated" : "deactivated"}`),
        onError: (err) =>
          toast.error(`Could not ${isActive ? "activate" : "deactivate"} ${register.name}`, {
            description: errorMessage(err),
          }),
      }
    )
  }

  const deleteRegister = async (register: AdminCounterRegister) => {
    const confirmed = await prompt({
      title: `Delete ${register.name}?`,
      description:
        "The register disappears from this list; its shifts and cash entries stay readable. A register with an open shift cannot be deleted: close the shift first.",
      verificationText: register.code,
      verificationInstruction: "Type the register code to confirm",
      confirmText: "Delete register",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(register.id, {
      onSuccess: () => toast.success(`${register.name} deleted`),
      onError: (err) =>
        toast.error(`Could not delete ${register.name}`, { description: errorMessage(err) }),
    })
  }

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Counter"
        description="The tills of each branch, their open shifts and the cash expected in each drawer."
        actions={
          <>
            {filter}
            <Button size="small" variant="secondary" onClick={() => editor.show(null)}>
              <Plus />
              Create register
            </Button>
          </>
        }
      />
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : isLoading ? (
        <LoadingState />
      ) : !registers.length ? (
        <EmptyState
          title={branchId ? "No registers at this branch" : "No registers yet"}
          description="Create a register for each till, then open a shift on it with the float in the drawer."
        />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Register</Table.HeaderCell>
              <Table.HeaderCell>Branch</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Shift</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Expected cash now</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {registers.map((register) => {
              const shift = openShifts.get(register.id)
              const openedBy = shift ? names.user(shift.opened_by) : null
              return (
                <Table.Row key={register.id}>
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span className="txt-small-plus text-ui-fg-base">{register.name}</span>
                      <span className="txt-xsmall text-ui-fg-subtle">
                        {register.code} · {register.currency_code.toUpperCase()}
                      </span>
                    </div>
                  </Table.Cell>
                  <Table.Cell>{names.branch(register.branch_id)}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={register.is_active ? "green" : "grey"}>
                      {register.is_active ? "Active" : "Inactive"}
                    </StatusBadge>
                  </Table.Cell>
                  <Table.Cell>
                    {shift ? (
                      <Link
                        to={`/counter/shifts/${shift.id}`}
                        className="txt-small text-ui-fg-interactive hover:underline"
                      >
                        Open since {formatInstant(shift.opened_at)}
                        {openedBy ? ` · by ${openedBy}` : ""}
                      </Link>
                    ) : (
                      <Text size="small" className="text-ui-fg-subtle">
                        Closed
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {shift ? formatMoney(shift.totals.expected_cash, shift.currency_code) : "—"}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center justify-end gap-x-2">
                      {shift ? (
                        <Button size="small" variant="secondary" asChild>
                          <Link to={`/counter/shifts/${shift.id}`}>View shift</Link>
                        </Button>
                      ) : register.is_active ? (
                        <Button
                          size="small"
                          variant="secondary"
                          onClick={() => opener.show(register)}
                        >
                          <ArrowRightOnRectangle />
                          Open shift
                        </Button>
                      ) : null}
                      <DropdownMenu>
                        <DropdownMenu.Trigger asChild>
                          <IconButton
                            size="small"
                            variant="transparent"
                            aria-label={`Actions for ${register.name}`}
                          >
                            <EllipsisHorizontal />
                          </IconButton>
                        </DropdownMenu.Trigger>
                        <DropdownMenu.Content align="end">
                          <DropdownMenu.Item
                            className="gap-x-2"
                            onClick={() => editor.show(register)}
                          >
                            <PencilSquare className="text-ui-fg-subtle" />
                            Edit
                          </DropdownMenu.Item>
                          <DropdownMenu.Item
                            className="gap-x-2"
                            onClick={() => onShowShifts(register.id)}
                          >
                            Recent shifts
                          </DropdownMenu.Item>
                          <DropdownMenu.Item
                            className="gap-x-2"
                            onClick={() => setActive(register, !register.is_active)}
                          >
                            {register.is_active ? "Deactivate" : "Activate"}
                          </DropdownMenu.Item>
                          <DropdownMenu.Separator />
                          <DropdownMenu.Item
                            className="gap-x-2"
                            onClick={() => deleteRegister(register)}
                          >
                            <Trash className="text-ui-fg-subtle" />
                            Delete
                          </DropdownMenu.Item>
                        </DropdownMenu.Content>
                      </DropdownMenu>
                    </div>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      {truncated && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          Showing the first {registers.length} registers; choose a branch to see the others.
        </Text>
      )}
      <RegisterDrawer
        {...editor.props}
        register={editor.data}
        defaultBranchId={branchId || undefined}
      />
      <OpenShiftDrawer
        {...opener.props}
        register={opener.data}
        branchName={opener.data ? names.branch(opener.data.branch_id) : ""}
      />
    </Container>
  )
}
