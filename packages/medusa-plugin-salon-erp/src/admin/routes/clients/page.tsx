import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray, UserGroup } from "@medusajs/icons"
import { Button, Input, createDataTableColumnHelper } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import {
  type CustomFieldFilterEntry,
  CustomFieldFilters,
  customFieldQuery,
} from "../../components/clients/custom-field-filters"
import { TagBadge } from "../../components/clients/tag-badge"
import { useClientLookups } from "../../components/clients/use-lookups"
import { ListPage, SelectFilter, useListPagination } from "../../components/layout/list-page"
import {
  useClientFieldDefinitions,
  useClientProfiles,
  useClientTags,
} from "../../hooks/api/clients"
import type { ClientProfileSummary, SkinType } from "../../../types/clients/http"
import { GENDER_LABELS, SKIN_TYPE_LABELS, ageOn } from "../../lib/clients"
import { useDebouncedValue } from "../../lib/use-debounced-value"

const columnHelper = createDataTableColumnHelper<ClientProfileSummary>()
const NO_MATCH = { heading: "No client matches", description: "Try other filters." }

const personName = (customer: ClientProfileSummary["customer"]) =>
  [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || customer?.email || "—"

/**
 * Client profiles for marketing lists, filtered by tag, skin type, branch and custom field values;
 * no health data.
 */
const ClientsPage = () => {
  const lookups = useClientLookups()
  const tags = useClientTags()
  const fieldDefinitions = useClientFieldDefinitions({ is_active: true })
  const pagination = useListPagination()
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
      limit: pagination.limit,
      offset: pagination.offset,
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

  const filter =
    (set: (value: string) => void) =>
    (value: string): void => {
      set(value)
      pagination.resetPage()
    }

  return (
    <ListPage
      title="Clients"
      subtitle={
        <>
          Client profiles by tag, skin type, home branch and custom fields. Health data is only on
          each client&apos;s own page.
        </>
      }
      toolbar="stacked"
      actions={
        <Button size="small" variant="secondary" asChild>
          <Link to="/clients/import">
            <ArrowUpTray />
            Import clients
          </Link>
        </Button>
      }
      filters={
        <>
          <Input
            size="small"
            type="search"
            aria-label="Search clients"
            placeholder="Name, email or phone"
            className="w-[200px]"
            value={q}
            onChange={(event) => {
              setQ(event.target.value)
              pagination.resetPage()
            }}
          />
          <SelectFilter
            label="Tag"
            allLabel="Any tag"
            value={tagId}
            onChange={filter(setTagId)}
            options={(tags.data?.client_tags ?? []).map((tag) => ({
              value: tag.id,
              label: tag.name,
            }))}
          />
          <SelectFilter
            label="Skin type"
            allLabel="Any skin type"
            value={skinType}
            onChange={filter(setSkinType)}
            options={Object.entries(SKIN_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <SelectFilter
            label="Home branch"
            allLabel="Any home branch"
            className="w-[160px]"
            value={branchId}
            onChange={filter(setBranchId)}
            options={lookups.branches.map((branch) => ({ value: branch.id, label: branch.name }))}
          />
        </>
      }
      toolbarFooter={
        <CustomFieldFilters
          definitions={fieldDefinitions.data?.client_field_definitions ?? []}
          value={fieldFilters}
          onChange={(next) => {
            setFieldFilters(next)
            pagination.resetPage()
          }}
        />
      }
      columns={columns}
      rows={data?.client_profiles ?? []}
      count={data?.count ?? 0}
      getRowId={(row) => row.customer_id}
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
      pagination={pagination}
      rowHref={(row) => `/customers/${row.customer_id}`}
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
  )
}

export const config = defineRouteConfig({
  label: "Clients",
  icon: UserGroup,
})

export default ClientsPage
