import { Button, FocusModal, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import {
  type AttachmentUpload,
  type ComplaintChannel,
  type ComplaintSeverity,
  fileToUpload,
  useCreateComplaint,
  useCustomerSearch,
  useFeedbackLookups,
} from "../../../hooks/api/feedback"
import { CHANNEL_LABELS, SEVERITY_LABELS, personName } from "./labels"
import { errorMessage } from "../../../lib/errors"
import { newIdempotencyKey } from "../../../lib/idempotency"
import { OptionSelect, labelOptions } from "../../../components/forms/option-select"

const NONE = "__none"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Opens the form for this customer (from the customer page). */
  customerId?: string
  customerLabel?: string
  onCreated?: (complaintId: string) => void
}

/** The front desk logs a complaint for a customer (in person, by phone or from social media). */
export const CreateComplaintModal = ({
  open,
  onOpenChange,
  customerId,
  customerLabel,
  onCreated,
}: Props) => {
  const lookups = useFeedbackLookups()
  const [search, setSearch] = useState("")
  const customers = useCustomerSearch(search)
  const [key, setKey] = useState(() => newIdempotencyKey("admin-complaint"))
  const [form, setForm] = useState({
    customer_id: customerId ?? "",
    branch_id: "",
    category_id: "",
    channel: "front_desk" as ComplaintChannel,
    severity: "" as ComplaintSeverity | "",
    subject: "",
    description: "",
    staff_member_id: NONE,
    assignee_user_id: NONE,
  })
  const [files, setFiles] = useState<AttachmentUpload[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const create = useCreateComplaint()

  useEffect(() => {
    if (open) {
      setKey(newIdempotencyKey("admin-complaint"))
      setProblem(null)
      setForm((previous) => ({ ...previous, customer_id: customerId ?? previous.customer_id }))
    }
  }, [open, customerId])

  const set = <K extends keyof typeof form>(field: K, value: (typeof form)[K]) =>
    setForm((previous) => ({ ...previous, [field]: value }))
  const categories = (lookups.data?.categories ?? []).filter((category) => category.is_active)
  const category = categories.find((c) => c.id === form.category_id)
  const customerOptions = useMemo(() => {
    const list = customers.data?.customers ?? []
    return list.map((customer) => ({
      id: customer.id,
      label: `${personName(customer)} · ${customer.email ?? customer.phone ?? ""}`,
    }))
  }, [customers.data])

  const submit = async () => {
    const missing = [
      !form.customer_id && "customer",
      !form.branch_id && "branch",
      !form.category_id && "category",
      !form.description.trim() && "what happened",
    ].filter(Boolean)
    if (missing.length) {
      setProblem(`Please fill in: ${missing.join(", ")}`)
      return
    }
    setProblem(null)
    try {
      const { complaint } = await create.mutateAsync({
        idempotency_key: key,
        customer_id: form.customer_id,
        branch_id: form.branch_id,
        category_id: form.category_id,
        channel: form.channel,
        severity: form.severity || undefined,
        subject: form.subject.trim() || null,
        description: form.description.trim(),
        staff_member_id: form.staff_member_id === NONE ? null : form.staff_member_id,
        assignee_user_id: form.assignee_user_id === NONE ? null : form.assignee_user_id,
        attachments: files.length ? files : undefined,
      })
      toast.success(`Complaint #${complaint.display_id} logged`)
      setForm((previous) => ({ ...previous, subject: "", description: "" }))
      setFiles([])
      onOpenChange(false)
      onCreated?.(complaint.id)
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header>
          <Button size="small" onClick={submit} isLoading={create.isPending}>
            Log complaint
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-12">
          <div className="flex w-full max-w-[720px] flex-col gap-y-6">
            <div>
              <Heading>Log a complaint</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Deadlines follow from the severity; the customer gets a confirmation by email or
                SMS.
              </Text>
            </div>
            {problem && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {problem}
              </Text>
            )}
            <div className="grid grid-cols-2 gap-4">
              <div className="col-span-2 flex flex-col gap-y-2">
                <Label size="small">Customer</Label>
                {customerId ? (
                  <Text size="small">{customerLabel ?? customerId}</Text>
                ) : (
                  <div className="grid grid-cols-2 gap-2">
                    <Input
                      size="small"
                      placeholder="Search name, email or phone"
                      value={search}
                      onChange={(event) => setSearch(event.target.value)}
                    />
                    <OptionSelect
                      value={form.customer_id}
                      onValueChange={(value) => set("customer_id", value)}
                      placeholder="Choose a customer"
                      options={customerOptions.map((option) => ({
                        value: option.id,
                        label: option.label,
                      }))}
                    />
                  </div>
                )}
              </div>
              <Field label="Branch">
                <OptionSelect
                  value={form.branch_id}
                  onValueChange={(value) => set("branch_id", value)}
                  placeholder="Where it happened"
                  options={(lookups.data?.branches ?? []).map((branch) => ({
                    value: branch.id,
                    label: branch.name,
                  }))}
                />
              </Field>
              <Field label="Category">
                <OptionSelect
                  value={form.category_id}
                  onValueChange={(value) => set("category_id", value)}
                  placeholder="What it is about"
                  options={categories.map((c) => ({ value: c.id, label: c.name }))}
                />
              </Field>
              <Field label="Channel">
                <OptionSelect
                  value={form.channel}
                  onValueChange={(value) => set("channel", value as ComplaintChannel)}
                  options={labelOptions(CHANNEL_LABELS)}
                />
              </Field>
              <Field
                label="Severity"
                hint={
                  category
                    ? `Default for ${category.name}: ${SEVERITY_LABELS[category.default_severity]}`
                    : undefined
                }
              >
                <OptionSelect
                  value={form.severity || NONE}
                  onValueChange={(value) =>
                    set("severity", value === NONE ? "" : (value as ComplaintSeverity))
                  }
                  options={[
                    { value: NONE, label: "The category's default" },
                    ...labelOptions(SEVERITY_LABELS),
                  ]}
                />
              </Field>
              <Field label="Staff member concerned (optional)">
                <OptionSelect
                  value={form.staff_member_id}
                  onValueChange={(value) => set("staff_member_id", value)}
                  options={[
                    { value: NONE, label: "Nobody in particular" },
                    ...(lookups.data?.staff ?? []).map((member) => ({
                      value: member.id,
                      label: member.name,
                    })),
                  ]}
                />
              </Field>
              <Field label="Assign to (optional)">
                <OptionSelect
                  value={form.assignee_user_id}
                  onValueChange={(value) => set("assignee_user_id", value)}
                  options={[
                    { value: NONE, label: "Not yet" },
                    ...(lookups.data?.users ?? []).map((user) => ({
                      value: user.id,
                      label: personName(user),
                    })),
                  ]}
                />
              </Field>
              <div className="col-span-2 flex flex-col gap-y-2">
                <Label size="small">Subject (optional)</Label>
                <Input
                  size="small"
                  maxLength={200}
                  value={form.subject}
                  onChange={(event) => set("subject", event.target.value)}
                />
              </div>
              <div className="col-span-2 flex flex-col gap-y-2">
                <Label size="small">What happened, in the customer&apos;s words</Label>
                <Textarea
                  rows={5}
                  maxLength={5000}
                  value={form.description}
                  onChange={(event) => set("description", event.target.value)}
                />
              </div>
              <div className="col-span-2 flex flex-col gap-y-2">
                <Label size="small">Photos or documents (optional)</Label>
                <input
                  type="file"
                  multiple
                  accept="image/*,application/pdf"
                  className="txt-small"
                  onChange={async (event) => {
                    const chosen = Array.from(event.target.files ?? [])
                    setFiles(await Promise.all(chosen.map(fileToUpload)))
                  }}
                />
              </div>
            </div>
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

const Field = ({
  label,
  hint,
  children,
}: {
  label: string
  hint?: string
  children: React.ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <Label size="small">{label}</Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)
