import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  InlineTip,
  StatusBadge,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"

import { RuleDrawer } from "../../../components/commissions/rule-drawer"
import {
  type RuleTargetNames,
  useRuleTargetNames,
} from "../../../components/commissions/target-picker"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { SelectFilter } from "../../../components/layout/list-page"
import { LEVEL_LABELS } from "../../../components/staff/staff-form"
import { type LedgerNames, useLedgerNames } from "../../../components/stored-value/use-ledger-names"
import { useBranches } from "../../../hooks/api/branches"
import {
  useCommissionRules,
  useDeleteCommissionRule,
  useUpdateCommissionRule,
} from "../../../hooks/api/commissions"
import { useStoreCurrencies } from "../../../hooks/api/core-resources"
import {
  KIND_META,
  SPECIFICITY_HELP,
  SPECIFICITY_LABELS,
  SPECIFICITY_LEVELS,
  TARGET_TYPE_LABELS,
  TIER_MODE_META,
  describeMultiplier,
  describeRate,
  describeTiers,
  ruleLevel,
} from "../../../lib/commissions"
import {
  COMMISSION_KINDS,
  type CommissionKind,
  type CommissionRule,
} from "../../../../types/commissions/http"
import { errorMessage } from "../../../lib/errors"
import { BackLink } from "../../../components/common/back-link"
import { useUrlParams } from "../../../lib/use-url-params"

const HQ = "hq"

/**
 * Commission rules by kind: who earns what rate on what, where, with which tiers. Rules are
 * few, so all are read and filtered here (the API cannot filter headquarters' rules).
 */
const CommissionRulesPage = () => {
  const [params, setParam] = useUrlParams()
  const kindFilter = (params.get("kind") ?? "") as CommissionKind | ""
  const scope = params.get("scope") ?? ""
  const status = params.get("status") ?? ""
  const [drawer, setDrawer] = useState<{
    open: boolean
    rule: CommissionRule | null
    kind?: CommissionKind
  }>({ open: false, rule: null })

  const setFilter = (key: string, value: string) => setParam({ [key]: value })

  const { data, isLoading, error, refetch } = useCommissionRules({ limit: 500, order: "name" })
  const rules = useMemo(() => data?.commission_rules ?? [], [data])
  const names = useLedgerNames()
  const targets = useRuleTargetNames(rules)
  const branches = useBranches({ limit: 100, fields: "id,name,is_active" })
  const currencies = useStoreCurrencies()
  const currency =
    currencies.data?.find((entry) => entry.is_default)?.code ?? currencies.data?.[0]?.code ?? "cny"

  const shown = rules.filter(
    (rule) =>
      (!kindFilter || rule.kind === kindFilter) &&
      (!scope || (scope === HQ ? !rule.branch_id : rule.branch_id === scope)) &&
      (!status || rule.is_active === (status === "active"))
  )
  const kinds = kindFilter ? [kindFilter] : [...COMMISSION_KINDS]
  const filtered = !!(kindFilter || scope || status)

  const openCreate = (kind?: CommissionKind) => setDrawer({ open: true, rule: null, kind })

  return (
    <div className="flex flex-col gap-y-3">
      <BackLink to="/commissions" label="Statements" />
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
            <div>
              <Heading>Commission rules</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                What staff members earn on services performed and on products, packages and top-ups
                sold. A rule prices earnings from the moment it is saved.
              </Text>
            </div>
            <Button
              size="small"
              variant="secondary"
              onClick={() => openCreate(kindFilter || undefined)}
            >
              <Plus />
              Create rule
            </Button>
          </div>
          <InlineTip label="Which rule applies">
            {SPECIFICITY_HELP} Tiers: {TIER_MODE_META.progressive.label.toLowerCase()} pays the
            higher rate only on the part of the month above a threshold;{" "}
            {TIER_MODE_META.retroactive.label.toLowerCase()} pays it on the whole month, settled
            when the month is closed.
          </InlineTip>
          <div className="flex flex-wrap items-center gap-2">
            <SelectFilter
              label="Kind"
              allLabel="All kinds"
              className="w-[190px]"
              value={kindFilter}
              onChange={(value) => setFilter("kind", value)}
              options={COMMISSION_KINDS.map((kind) => ({
                value: kind,
                label: KIND_META[kind].label,
              }))}
            />
            <SelectFilter
              label="Where"
              allLabel="Headquarters and branches"
              className="w-[210px]"
              value={scope}
              onChange={(value) => setFilter("scope", value)}
              options={[
                { value: HQ, label: "Headquarters only" },
                ...(branches.data?.branches ?? []).map((branch) => ({
                  value: branch.id,
                  label: `${branch.name} only`,
                })),
              ]}
            />
            <SelectFilter
              label="Status"
              allLabel="Any status"
              className="w-[140px]"
              value={status}
              onChange={(value) => setFilter("status", value)}
              options={[
                { value: "active", label: "Active" },
                { value: "inactive", label: "Inactive" },
              ]}
            />
            {filtered && (
              <Button
                size="small"
                variant="transparent"
                onClick={() => setParam({ kind: null, scope: null, status: null })}
              >
                Clear filters
              </Button>
            )}
          </div>
        </div>
        {isLoading && <LoadingState />}
        {error && <ErrorState error={error} onRetry={() => refetch()} />}
      </Container>
      {data &&
        kinds.map((kind) => (
          <KindSection
            key={kind}
            kind={kind}
            rules={shown.filter((rule) => rule.kind === kind)}
            allRules={rules.filter((rule) => rule.kind === kind)}
            filtered={filtered}
            names={names}
            targets={targets}
            currency={currency}
            onCreate={() => openCreate(kind)}
            onEdit={(rule) => setDrawer({ open: true, rule })}
          />
        ))}
      <RuleDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((current) => ({ ...current, open }))}
        rule={drawer.rule}
        defaultKind={drawer.kind}
        currency={currency}
      />
    </div>
  )
}

const KindSection = ({
  kind,
  rules,
  allRules,
  filtered,
  names,
  targets,
  currency,
  onCreate,
  onEdit,
}: {
  kind: CommissionKind
  rules: CommissionRule[]
  allRules: CommissionRule[]
  filtered: boolean
  names: LedgerNames
  targets: RuleTargetNames
  currency: string
  onCreate: () => void
  onEdit: (rule: CommissionRule) => void
}) => {
  // Most specific first, then headquarters before branches, then by name.
  const sorted = [...rules].sort(
    (a, b) =>
      SPECIFICITY_LEVELS.indexOf(ruleLevel(a)) - SPECIFICITY_LEVELS.indexOf(ruleLevel(b)) ||
      Number(!!a.branch_id) - Number(!!b.branch_id) ||
      a.name.localeCompare(b.name)
  )
  const hasDefault = allRules.some(
    (rule) => rule.is_active && !rule.branch_id && ruleLevel(rule) === "default"
  )
  if (filtered && !rules.length) return null
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <div className="flex items-center gap-x-2">
            <Heading level="h2">{KIND_META[kind].label}</Heading>
            <Badge size="2xsmall">{rules.length}</Badge>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {KIND_META[kind].description}.
          </Text>
          {!hasDefault && (
            <Text size="small" className="text-ui-fg-error">
              No active default rule at headquarters: what no other rule matches earns nothing.
            </Text>
          )}
        </div>
        <Button size="small" variant="secondary" onClick={onCreate}>
          <Plus />
          Add rule
        </Button>
      </div>
      {!rules.length ? (
        <EmptyState
          title="No rule yet"
          description="Nothing is paid for this kind until a rule is added."
        />
      ) : (
        <div className="overflow-x-auto">
          {/* Fixed columns, so the tables of every kind line up. */}
          <Table className="min-w-[900px] table-fixed">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="w-[20%]">Rule</Table.HeaderCell>
                <Table.HeaderCell className="w-[26%]">Applies to</Table.HeaderCell>
                <Table.HeaderCell className="w-[16%]">Where</Table.HeaderCell>
                <Table.HeaderCell className="w-[13%]">Rate</Table.HeaderCell>
                <Table.HeaderCell className="w-[17%]">Tiers</Table.HeaderCell>
                <Table.HeaderCell className="w-[104px]">Status</Table.HeaderCell>
                <Table.HeaderCell className="w-[52px]" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {sorted.map((rule) => (
                <RuleRow
                  key={rule.id}
                  rule={rule}
                  names={names}
                  targets={targets}
                  currency={currency}
                  onEdit={() => onEdit(rule)}
                />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

/** "Anna Li · Salon service: Hydrating Facial · Category: facial · Senior staff". */
const describeScope = (rule: CommissionRule, names: LedgerNames, targets: RuleTargetNames) => {
  // The category needs its label only next to other conditions (the level says it otherwise).
  const alone = ruleLevel(rule) === "category" && !rule.staff_level
  return (
    [
      rule.staff_member_id ? names.staff(rule.staff_member_id) : null,
      rule.target_type
        ? `${TARGET_TYPE_LABELS[rule.target_type]}: ${targets.target(rule.target_id)}`
        : null,
      rule.category ? `${alone ? "" : "Category: "}${targets.category(rule.category)}` : null,
      rule.staff_level ? `${LEVEL_LABELS[rule.staff_level]} staff` : null,
    ]
      .filter(Boolean)
      .join(" · ") || "Everything of this kind"
  )
}

const RuleRow = ({
  rule,
  names,
  targets,
  currency,
  onEdit,
}: {
  rule: CommissionRule
  names: LedgerNames
  targets: RuleTargetNames
  currency: string
  onEdit: () => void
}) => {
  const prompt = usePrompt()
  const update = useUpdateCommissionRule()
  const remove = useDeleteCommissionRule()
  const level = ruleLevel(rule)
  const multiplier = describeMultiplier(rule)
  const tiers = describeTiers(rule, currency)

  const toggleActive = () =>
    update.mutate(
      { id: rule.id, is_active: !rule.is_active },
      {
        onSuccess: ({ commission_rule }) =>
          toast.success(
            commission_rule.is_active ? `${rule.name} is active` : `${rule.name} deactivated`
          ),
        onError: (err) => toast.error("Could not save", { description: errorMessage(err) }),
      }
    )

  const deleteRule = async () => {
    const confirmed = await prompt({
      title: `Delete ${rule.name}?`,
      description:
        "Earnings recorded from now on are priced by the remaining rules. Entries already recorded keep their rate and explanation. To stop using it but keep it, deactivate it instead.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(rule.id, {
      onSuccess: () => toast.success(`${rule.name} deleted`),
      onError: (err) => toast.error("Could not delete", { description: errorMessage(err) }),
    })
  }

  return (
    <Table.Row className="cursor-pointer" onClick={onEdit}>
      <Table.Cell>
        <span className="txt-compact-small-plus text-ui-fg-base block truncate" title={rule.name}>
          {rule.name}
        </span>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col py-1">
          <span className="txt-compact-xsmall text-ui-fg-muted">{SPECIFICITY_LABELS[level]}</span>
          <span className="txt-compact-small truncate" title={describeScope(rule, names, targets)}>
            {describeScope(rule, names, targets)}
          </span>
        </div>
      </Table.Cell>
      <Table.Cell>
        <span className="block truncate">
          {rule.branch_id ? (
            names.branch(rule.branch_id)
          ) : (
            <span className="text-ui-fg-subtle">Headquarters</span>
          )}
        </span>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col py-1">
          <span className="txt-compact-small-plus tabular-nums">
            {describeRate(rule, currency)}
          </span>
          {multiplier && (
            <span className="txt-compact-xsmall text-ui-fg-subtle whitespace-nowrap">
              {multiplier}
            </span>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        {tiers ? (
          <div className="flex flex-col py-1">
            <span className="txt-compact-xsmall text-ui-fg-muted">
              {TIER_MODE_META[rule.tier_mode].label}
            </span>
            <span className="txt-compact-small truncate" title={tiers}>
              {tiers}
            </span>
          </div>
        ) : (
          <span className="text-ui-fg-muted">—</span>
        )}
      </Table.Cell>
      <Table.Cell>
        <StatusBadge color={rule.is_active ? "green" : "grey"}>
          {rule.is_active ? "Active" : "Inactive"}
        </StatusBadge>
      </Table.Cell>
      <Table.Cell onClick={(event) => event.stopPropagation()}>
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <IconButton size="small" variant="transparent" aria-label={`Actions for ${rule.name}`}>
              <EllipsisHorizontal />
            </IconButton>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content align="end">
            <DropdownMenu.Item className="gap-x-2" onClick={onEdit}>
              <PencilSquare className="text-ui-fg-subtle" />
              Edit
            </DropdownMenu.Item>
            <DropdownMenu.Item className="gap-x-2" onClick={toggleActive}>
              {rule.is_active ? "Deactivate" : "Activate"}
            </DropdownMenu.Item>
            <DropdownMenu.Separator />
            <DropdownMenu.Item className="gap-x-2" onClick={deleteRule}>
              <Trash className="text-ui-fg-subtle" />
              Delete
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu>
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineRouteConfig({ label: "Rules", rank: 1 })

export default CommissionRulesPage
