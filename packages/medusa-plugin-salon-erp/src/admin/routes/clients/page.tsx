import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray, UserGroup } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Input,
  Select,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  type CustomFieldFilterEntry,
  CustomFieldFilters,
  customFieldQuery,
} from "../../components/clients/custom-field-filters"
import { TagBadge } from "../../components/clients/tag-badge"
import { useClientLookups } from "../../components/clients/use-lookups"
import { ErrorState } from "../../components/common/page-states"
import {
  useClientFieldDefinitions,
  useClientProfiles,
  useClientTags,
} from "../../hooks/api/clients"
import type { ClientProfileSummary, SkinType } from "../../../types/clients/http"
import { GENDER_LABELS, SKIN_TYPE_LABELS, ageOn } from "../../lib/clients"
import { useDebouncedValue } from "../../lib/use-debounced-value"

const PAGE_SIZE = 20
const ALL = "__all"
const columnHelper = createDataTableColumnHelper<ClientProfileSummary>()
const NO_MATCH = { heading: "No client matches", description: "Try other filters." }

const personName = (customer: ClientProfileSummary["customer"]) =>
  [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || customer?.email || "—"

/**
 * Client profiles for marketing lists, filtered by tag, skin type, branch and custom field values;
 * no health data.
 */
const ClientsPage = () => {
  const navigate = useNavigate()
  const lookups = useClientLookups()
  const tags = useClientTags()
  const fieldDefinitions = useClientFieldDefinitions({ is_active: true })
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [q, setQ] = useState("")
  const [tagId, setTagId] = useState("")
  const [skinType, setSkinType] = useState("")
  const [branchId, setBranchId] = useState("")
  const [fieldFilters, setFieldFilters] = useState<CustomFieldFilterEntry[]>([])
  const search = useDebouncedValue(q.trim())
  // Text and number values are typed: wait for a pause, as for the search box.
  const customFields = useDebouncedValue(
    useMemo(() => customFieldQuery(fieldFilters), [fieldFilters])
  )
  const filtering = Boolean(search || tagId || skinType || branchId || customFields)
  const { data, isLoading, error, refetch } = useClientProfiles(
    {
      q: search || undefined,
      tag_id: tagId || undefined,
      skin_type: (skinType || undefined) as SkinType | undefined,
      home_branch_id: branchId || undefined,
      custom_fields: customFields,
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
    },
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      columnHelper.display({
        id: "customer",
        header: "Client",
        cell: ({ row }) => (
          <div className="flex flex-col py-1">
            <Link
              to={`/customers/${row.original.customer_id}`}
              className="txt-small-plus text-ui-fg-base hover:text-ui-fg-interactive"
              onClick={(event) => event.stopPropagation()}
            >
              {personName(row.original.customer)}
            </Link>
            <span className="txt-xsmall text-ui-fg-subtle">
              {[row.original.customer?.email, row.original.customer?.phone]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </div>
        ),
      }),
      columnHelper.display({
        id: "about",
        header: "Gender · age",
        cell: ({ row }) => {
          const age = row.original.birthday ? ageOn(row.original.birthday) : null
          const parts = [
            row.original.gender ? GENDER_LABELS[row.original.gender] : null,
            age !== null ? `${age} y` : null,
          ].filter(Boolean)
          return parts.length ? parts.join(" · ") : "—"
        },
      }),
      columnHelper.accessor("skin_type", {
        header: "Skin type",
        cell: ({ row }) =>
          row.original.skin_type ? SKIN_TYPE_LABELS[row.original.skin_type] : "—",
      }),
      columnHelper.accessor("home_branch_id", {
        header: "Home branch",
        cell: ({ row }) =>
          row.original.home_branch_id
            ? (lookups.branchName.get(row.original.home_branch_id) ?? "—")
            : "—",
      }),
      columnHelper.display({
        id: "tags",
        header: "Tags",
        cell: ({ row }) => (
          <div className="flex max-w-[320px] flex-wrap gap-1 py-1">
            {(row.original.tags ?? []).map((tag) => (
              <TagBadge key={tag.id} name={tag.name} color={tag.color} />
            ))}
          </div>
        ),
      }),
    ],
    [lookups.branchName]
  )

  const table = useDataTable({
    columns,
    data: data?.client_profiles ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.customer_id,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/customers/${row.customer_id}`),
  })

  const resetPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }))
  const filter =
    (set: (value: string) => void) =>
    (value: string): void => {
      set(value === ALL ? "" : value)
      resetPage()
    }

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start gap-3 px-6 py-4">
          <div className="flex w-full flex-wrap items-start justify-between gap-2">
            <div>
              <Heading>Clients</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Client profiles by tag, skin type, home branch and custom fields. Health data is
                only on each client&apos;s own page.
              </Text>
            </div>
            <Button size="small" variant="secondary" asChild>
              <Link to="/clients/import">
                <ArrowUpTray />
                Import clients
              </Link>
            </Button>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Input
              size="small"
              type="search"
              aria-label="Search clients"
              placeholder="Name, email or phone"
              className="w-[200px]"
              value={q}
              onChange={(event) => {
                setQ(event.target.value)
                resetPage()
              }}
            />
            <Select size="small" value={tagId || ALL} onValueChange={filter(setTagId)}>
              <Select.Trigger className="w-[150px]" aria-label="Tag">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>Any tag</Select.Item>
                {(tags.data?.client_tags ?? []).map((tag) => (
                  <Select.Item key={tag.id} value={tag.id}>
                    {tag.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Select size="small" value={skinType || ALL} onValueChange={filter(setSkinType)}>
              <Select.Trigger className="w-[150px]" aria-label="Skin type">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>Any skin type</Select.Item>
                {Object.entries(SKIN_TYPE_LABELS).map(([value, label]) => (
                  <Select.Item key={value} value={value}>
                    {label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Select size="small" value={branchId || ALL} onValueChange={filter(setBranchId)}>
              <Select.Trigger className="w-[160px]" aria-label="Home branch">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>Any home branch</Select.Item>
                {lookups.branches.map((branch) => (
                  <Select.Item key={branch.id} value={branch.id}>
                    {branch.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <CustomFieldFilters
            definitions={fieldDefinitions.data?.client_field_definitions ?? []}
            value={fieldFilters}
            onChange={(next) => {
              setFieldFilters(next)
              resetPage()
            }}
          />
        </DataTable.Toolbar>
        {error ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : (
          <DataTable.Table
            emptyState={{
              // The filters live outside the table's own state: it cannot tell "none match".
              empty: filtering
                ? NO_MATCH
                : {
                    heading: "No client profiles yet",
                    description: "Profiles are filled in on each customer's page.",
                  },
              filtered: NO_MATCH,
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Clients",
  icon: UserGroup,
})

export default ClientsPage
