import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Gift } from "@medusajs/icons"
import { Badge, FocusModal, Heading, createDataTableColumnHelper, toast } from "@medusajs/ui"
import { useState } from "react"
import type { CreateModalProps } from "../../components/layout/create-page"
import { ListPage, useListPagination } from "../../components/layout/list-page"
import {
  errorMessage,
  useCreatePackageTemplate,
  usePackageTemplates,
} from "../../hooks/api/service-packages"
import { TemplateForm } from "./components/template-form"
import { formatMoney, scopeLabel, validityLabel } from "./components/format"
import type { PackageTemplate } from "../../../types/service-packages/http"

const columnHelper = createDataTableColumnHelper<PackageTemplate>()

const columns = [
  columnHelper.accessor("name", { header: "Name" }),
  columnHelper.display({
    id: "services",
    header: "Services",
    cell: ({ row }) =>
      row.original.items
        .map((item) => `${item.sessions} × ${item.salon_service?.name ?? item.salon_service_id}`)
        .join(", "),
  }),
  columnHelper.display({
    id: "validity",
    header: "Validity",
    cell: ({ row }) => validityLabel(row.original),
  }),
  columnHelper.display({
    id: "branches",
    header: "Branches",
    cell: ({ row }) => scopeLabel(row.original.branch_scope),
  }),
  columnHelper.display({
    id: "price",
    header: () => <div className="text-right">Price</div>,
    cell: ({ row }) => {
      const template = row.original
      const price = template.product_variant?.prices?.find(
        (candidate) => candidate.currency_code === template.currency_code
      )
      return <div className="text-right">{formatMoney(price?.amount, template.currency_code)}</div>
    },
  }),
  columnHelper.accessor("is_active", {
    header: "Status",
    cell: ({ row }) => (
      <Badge size="2xsmall" color={row.original.is_active ? "green" : "grey"}>
        {row.original.is_active ? "On sale" : "Inactive"}
      </Badge>
    ),
  }),
]

/** Headquarters' package templates (course cards): what is sold, for how long, where it is valid. */
const PackageTemplatesPage = () => {
  const [q, setQ] = useState("")
  const pagination = useListPagination()
  const list = usePackageTemplates({
    q: q || undefined,
    limit: pagination.limit,
    offset: pagination.offset,
  })

  return (
    <ListPage
      title="Package templates"
      level="h2"
      subtitle="Course cards sold online and at the counter. Sold packages keep the terms they were sold on."
      create={(modal) => <CreateTemplateModal {...modal} />}
      search={{ value: q, onChange: pagination.filter(setQ), placeholder: "Search" }}
      columns={columns}
      query={list}
      rows={list.data?.package_templates}
      count={list.data?.count}
      pagination={pagination}
      rowHref={(row) => `/package-templates/${row.id}`}
      emptyState={{
        empty: { heading: "No templates yet." },
        filtered: { heading: "No template matches", description: "Try another name." },
      }}
    />
  )
}

const CreateTemplateModal = ({
  open,
  onOpenChange,
  onCreated,
}: CreateModalProps<PackageTemplate>) => {
  const create = useCreatePackageTemplate({
    onSuccess: ({ package_template }) => {
      toast.success(`${package_template.name} created`)
      onOpenChange(false)
      onCreated(package_template)
    },
    onError: (err) => toast.error(errorMessage(err)),
  })
  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header />
        <FocusModal.Body className="flex justify-center overflow-y-auto py-8">
          <div className="w-full max-w-3xl">
            <Heading className="mb-6">New package template</Heading>
            <TemplateForm
              submitting={create.isPending}
              onSubmit={(payload) => create.mutate(payload)}
              onCancel={() => onOpenChange(false)}
            />
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

export const config = defineRouteConfig({ label: "Package templates", icon: Gift })

export default PackageTemplatesPage
