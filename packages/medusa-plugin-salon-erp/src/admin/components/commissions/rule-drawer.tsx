import { Button, Drawer, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCreateCommissionRule, useUpdateCommissionRule } from "../../hooks/api/commissions"
import type { CommissionKind, CommissionRule } from "../../../types/commissions/http"
import { errorMessage } from "../../lib/errors"
import {
  RuleFields,
  type RuleErrors,
  emptyRuleValues,
  hasErrors,
  ruleToValues,
  ruleValuesToPayload,
  validateRule,
} from "./rule-form"
import { DrawerHeading } from "../forms/drawer-parts"

/** Creates a rule (no `rule`) or edits one, in a drawer. */
export const RuleDrawer = ({
  open,
  onOpenChange,
  rule,
  defaultKind,
  currency,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  rule: CommissionRule | null
  /** The kind a new rule starts with. */
  defaultKind?: CommissionKind
  currency: string
}) => {
  const creating = !rule
  const [values, setValues] = useState(() => (rule ? ruleToValues(rule) : emptyRuleValues()))
  const [errors, setErrors] = useState<RuleErrors>({})
  const create = useCreateCommissionRule()
  const update = useUpdateCommissionRule()
  const saving = create.isPending || update.isPending

  // Every opening starts from the rule as saved (or a blank rule of the chosen kind).
  useEffect(() => {
    if (open) {
      setValues(rule ? ruleToValues(rule) : emptyRuleValues(defaultKind))
      setErrors({})
    }
  }, [open, rule, defaultKind])

  const submit = () => {
    const found = validateRule(values)
    setErrors(found)
    if (hasErrors(found)) return
    const payload = ruleValuesToPayload(values)
    const done = (name: string, verb: string) => {
      toast.success(`${name} ${verb}`, {
        description: "It prices earnings recorded from now on; past entries keep their rate.",
      })
      onOpenChange(false)
    }
    const failed = (error: unknown) =>
      toast.error("Could not save the rule", { description: errorMessage(error) })
    if (rule) {
      update.mutate(
        { id: rule.id, ...payload },
        { onSuccess: ({ commission_rule }) => done(commission_rule.name, "saved"), onError: failed }
      )
    } else {
      create.mutate(
        { ...payload, name: payload.name!, rate: payload.rate!, kind: values.kind },
        {
          onSuccess: ({ commission_rule }) => done(commission_rule.name, "created"),
          onError: failed,
        }
      )
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-[600px]">
        <DrawerHeading title={creating ? "New commission rule" : `Edit ${rule.name}`}>
          Rules price earnings when they are recorded; changing one never rewrites past entries.
        </DrawerHeading>
        <Drawer.Body className="overflow-y-auto">
          <RuleFields
            values={values}
            onChange={setValues}
            errors={errors}
            creating={creating}
            currency={currency}
          />
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button size="small" isLoading={saving} onClick={submit}>
            {creating ? "Create rule" : "Save"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
