import { Drawer, Input, Select, Switch, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import type { AdminCounterRegister } from "../../../../types/counter/http"
import { Field } from "../../../components/common/field"
import { CurrencySelect } from "../../../components/stored-value/form-fields"
import { useSingleFlight } from "../../../components/stored-value/use-dialog"
import { useCreateCounterRegister, useUpdateCounterRegister } from "../../../hooks/api/counter"
import { errorMessage } from "../../../lib/errors"
import { useCounterNames } from "./shared"
import { DrawerActions, DrawerHeading } from "../../../components/forms/drawer-parts"
import { Figure, FigureGrid } from "../../../components/common/figures"
import { withSessionDrawer } from "../../../components/common/session-dialogs"

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

const RegisterForm = ({
  register,
  defaultBranchId,
  onDone,
}: {
  register: AdminCounterRegister | null
  defaultBranchId?: string
  onDone: () => void
}) => {
  const names = useCounterNames()
  const [branchId, setBranchId] = useState(register?.branch_id ?? defaultBranchId ?? "")
  const [name, setName] = useState(register?.name ?? "")
  const [code, setCode] = useState(register?.code ?? "")
  const [currency, setCurrency] = useState(register?.currency_code ?? "")
  const [isActive, setIsActive] = useState(register?.is_active ?? true)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const create = useCreateCounterRegister()
  const update = useUpdateCounterRegister()
  const flight = useSingleFlight()
  const pending = create.isPending || update.isPending

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!register && !branchId) found.branch = "Choose the branch the till stands in"
    if (!name.trim()) found.name = "Give the register a name"
    if (!CODE_PATTERN.test(code.trim())) {
      found.code = 'Letters, digits, ".", "-" or "_", e.g. T1 or SH-JA-01'
    }
    if (!register && !/^[A-Za-z]{3}$/.test(currency)) found.currency = "Choose a currency"
    setErrors(found)
    if (Object.keys(found).length || !flight.start()) return
    const onError = (error: unknown) =>
      toast.error(register ? "Could not save the register" : "Could not create the register", {
        description: errorMessage(error),
      })
    if (register) {
      update.mutate(
        { id: register.id, body: { name: name.trim(), code: code.trim(), is_active: isActive } },
        {
          onSuccess: ({ counter_register }) => {
            toast.success(`${counter_register.name} saved`)
            onDone()
          },
          onError,
          onSettled: flight.end,
        }
      )
      return
    }
    create.mutate(
      {
        branch_id: branchId,
        name: name.trim(),
        code: code.trim(),
        currency_code: currency,
        is_active: isActive,
      },
      {
        onSuccess: ({ counter_register }) => {
          toast.success(`${counter_register.name} created`, {
            description: `At ${names.branch(counter_register.branch_id)}`,
          })
          onDone()
        },
        onError,
        onSettled: flight.end,
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <DrawerHeading title={register ? `Edit ${register.name}` : "Create register"}>
        A till at a branch. Its branch and currency cannot change once created.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {register ? (
          <FigureGrid>
            <Figure label="Branch">{names.branch(register.branch_id)}</Figure>
            <Figure label="Currency">{register.currency_code.toUpperCase()}</Figure>
          </FigureGrid>
        ) : (
          <>
            <Field label="Branch" htmlFor="register-branch" error={errors.branch}>
              <Select size="small" value={branchId || undefined} onValueChange={setBranchId}>
                <Select.Trigger id="register-branch">
                  <Select.Value placeholder="Choose a branch" />
                </Select.Trigger>
                <Select.Content>
                  {names.branches.map((branch) => (
                    <Select.Item key={branch.id} value={branch.id}>
                      {branch.name}
                      {branch.is_active ? "" : " (inactive)"}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Field label="Currency" htmlFor="register-currency" error={errors.currency}>
              <CurrencySelect id="register-currency" value={currency} onChange={setCurrency} />
            </Field>
          </>
        )}
        <Field label="Name" htmlFor="register-name" error={errors.name}>
          <Input
            id="register-name"
            size="small"
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="e.g. Front desk"
          />
        </Field>
        <Field
          label="Code"
          htmlFor="register-code"
          error={errors.code}
          hint="Unique at the branch, e.g. T1"
        >
          <Input
            id="register-code"
            size="small"
            autoComplete="off"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            placeholder="T1"
          />
        </Field>
        <div className="flex items-start justify-between gap-x-4">
          <div>
            <Text size="small" weight="plus">
              Active
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              An inactive register keeps its history but cannot open a shift.
            </Text>
          </div>
          <Switch checked={isActive} onCheckedChange={setIsActive} aria-label="Active" />
        </div>
      </Drawer.Body>
      <DrawerActions type="submit" isLoading={pending}>
        {register ? "Save" : "Create register"}
      </DrawerActions>
    </form>
  )
}

/** Creates a register (no `register`) or edits one; the form is fresh per `session`. */
export const RegisterDrawer = withSessionDrawer(RegisterForm)
