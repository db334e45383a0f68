import { ArrowUpRightOnBox, PaperClip } from "@medusajs/icons"
import { Badge, Button, Input, Label, Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import { type Complaint, fileToUpload } from "../../../../hooks/api/feedback"
import { formatDateTime } from "../../components/labels"
import { type Run, Section } from "./section"

export const ResolutionSection = ({ complaint, run }: { complaint: Complaint; run: Run }) => {
  const [reference, setReference] = useState<Record<string, string>>({})
  return (
    <Section title="Resolution">
      {complaint.resolution_summary ? (
        <Text size="small" className="mb-3 whitespace-pre-line">
          {complaint.resolution_summary}
        </Text>
      ) : (
        <Text size="small" className="text-ui-fg-subtle mb-3">
          Not resolved yet.
        </Text>
      )}
      {(complaint.remedies ?? []).map((remedy) => (
        <div key={remedy.id} className="mb-3 flex flex-col gap-y-1 rounded-md border p-3">
          <div className="flex items-center justify-between gap-2">
            <Text size="small" weight="plus">
              {remedy.description}
            </Text>
            <Badge size="2xsmall" color={remedy.status === "applied" ? "green" : "orange"}>
              {remedy.status}
            </Badge>
          </div>
          {remedy.status === "recorded" ? (
            <>
              {remedy.status_reason && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {remedy.status_reason}
                </Text>
              )}
              <div className="flex items-center gap-2">
                <Input
                  size="small"
                  placeholder="Reference (entry id, receipt…)"
                  value={reference[remedy.id] ?? ""}
                  onChange={(event) =>
                    setReference({ ...reference, [remedy.id]: event.target.value })
                  }
                />
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() =>
                    run(
                      `remedies/${remedy.id}/mark-applied`,
                      { applied_reference: reference[remedy.id] || null },
                      "Remedy marked applied"
                    )
                  }
                >
                  Mark applied
                </Button>
              </div>
            </>
          ) : (
            <Text size="xsmall" className="text-ui-fg-subtle">
              Applied {formatDateTime(remedy.applied_at)}
              {remedy.applied_reference ? ` · ${remedy.applied_reference}` : ""}
            </Text>
          )}
        </div>
      ))}
      {complaint.rated_at ? (
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            Customer rating: {"★".repeat(complaint.resolution_rating ?? 0)}
            {"☆".repeat(5 - (complaint.resolution_rating ?? 0))}
          </Text>
          {complaint.resolution_comment && (
            <Text size="small" className="text-ui-fg-subtle">
              “{complaint.resolution_comment}”
            </Text>
          )}
        </div>
      ) : (
        complaint.status === "resolved" && (
          <Text size="small" className="text-ui-fg-subtle">
            Waiting for the customer&apos;s rating.
          </Text>
        )
      )}
    </Section>
  )
}

export const AttachmentsSection = ({ complaint, run }: { complaint: Complaint; run: Run }) => {
  const [shared, setShared] = useState(false)
  const [uploading, setUploading] = useState(false)
  return (
    <Section title="Attachments">
      <div className="flex flex-col gap-y-2">
        {(complaint.attachments ?? []).map((attachment) => (
          <a
            key={attachment.id}
            href={attachment.url}
            target="_blank"
            rel="noreferrer"
            className="txt-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover flex items-center gap-x-2"
          >
            <PaperClip />
            {attachment.filename}
            <span className="text-ui-fg-subtle">
              {Math.ceil(attachment.size_bytes / 1024)} KB ·{" "}
              {attachment.visibility === "customer" ? "customer sees it" : "internal"}
            </span>
            <ArrowUpRightOnBox />
          </a>
        ))}
        {!complaint.attachments?.length && (
          <Text size="small" className="text-ui-fg-subtle">
            None.
          </Text>
        )}
        <div className="mt-2 flex flex-col gap-y-2 border-t pt-3">
          <input
            type="file"
            multiple
            accept="image/*,application/pdf"
            className="txt-small"
            disabled={uploading}
            onChange={async (event) => {
              const chosen = Array.from(event.target.files ?? [])
              if (!chosen.length) return
              setUploading(true)
              const files = await Promise.all(chosen.map(fileToUpload))
              await run(
                "attachments",
                { files, visibility: shared ? "customer" : "internal" },
                "Attached"
              )
              setUploading(false)
              event.target.value = ""
            }}
          />
          <div className="flex items-center gap-x-2">
            <Switch id="share-files" checked={shared} onCheckedChange={setShared} />
            <Label htmlFor="share-files" size="small">
              Show new files to the customer
            </Label>
          </div>
        </div>
      </div>
    </Section>
  )
}
