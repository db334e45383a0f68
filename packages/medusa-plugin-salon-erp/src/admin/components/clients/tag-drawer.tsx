import { Drawer, Input, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateClientTag, useUpdateClientTag } from "../../hooks/api/clients"
import type { ClientTag } from "../../../types/clients/http"
import { errorMessage } from "../../lib/errors"
import { Field } from "../common/field"
import { ColorSwatch } from "./tag-badge"
import { DrawerActions, DrawerHeading } from "../forms/drawer-parts"
import { withSessionDrawer } from "../common/session-dialogs"

const HEX = /^#[0-9a-fA-F]{6}$/

const TagForm = ({ tag, onDone }: { tag: ClientTag | null; onDone: () => void }) => {
  const create = useCreateClientTag()
  const update = useUpdateClientTag(tag?.id ?? "")
  const [name, setName] = useState(tag?.name ?? "")
  const [color, setColor] = useState(tag?.color ?? "")
  const [description, setDescription] = useState(tag?.description ?? "")
  const [errors, setErrors] = useState<Record<string, string>>({})

  const submit = () => {
    const found: Record<string, string> = {}
    if (!name.trim()) found.name = "Give the tag a name"
    if (color && !HEX.test(color)) found.color = "A hex colour, e.g. #e11d48"
    setErrors(found)
    if (Object.keys(found).length) return
    const body = {
      name: name.trim(),
      color: color || null,
      description: description.trim() || null,
    }
    const handlers = {
      onSuccess: () => {
        toast.success(tag ? `Tag "${body.name}" saved` : `Tag "${body.name}" created`)
        onDone()
      },
      onError: (error: unknown) =>
        toast.error("Could not save the tag", { description: errorMessage(error) }),
    }
    if (tag) update.mutate(body, handlers)
    else create.mutate(body, handlers)
  }

  return (
    <>
      <DrawerHeading title={tag ? `Edit ${tag.name}` : "New tag"}>
        Staff put manual tags on customers to find them again, e.g. for a campaign.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Field label="Name" htmlFor="tag-name" error={errors.name}>
          <Input
            id="tag-name"
            size="small"
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={!!errors.name}
          />
        </Field>
        <Field label="Colour" htmlFor="tag-color" optional error={errors.color}>
          <div className="flex items-center gap-x-2">
            <input
              type="color"
              aria-label="Pick a colour"
              className="h-8 w-10 cursor-pointer rounded border bg-transparent"
              value={HEX.test(color) ? color : "#9ca3af"}
              onChange={(event) => setColor(event.target.value)}
            />
            <Input
              id="tag-color"
              size="small"
              className="font-mono"
              placeholder="#e11d48"
              value={color}
              onChange={(event) => setColor(event.target.value.trim())}
              aria-invalid={!!errors.color}
            />
            <ColorSwatch color={HEX.test(color) ? color : null} size={16} />
          </div>
        </Field>
        <Field label="Description" htmlFor="tag-description" optional>
          <Textarea
            id="tag-description"
            rows={3}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </Field>
      </Drawer.Body>
      <DrawerActions isLoading={create.isPending || update.isPending} onClick={submit}>
        Save
      </DrawerActions>
    </>
  )
}

/** Creates a manual client tag, or edits one. */
export const TagDrawer = withSessionDrawer(TagForm)
