import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, DropdownMenu, IconButton, Label, Switch } from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { useCreateRoom, useDeleteRoom, useRooms, useUpdateRoom } from "../../hooks/api/rooms"
import type { Room } from "../../../types/booking/http"
import { ActiveStatus } from "../forms/active-badge"
import { useConfirm } from "../forms/confirm"
import { TextField } from "../forms/text-field"
import { toastOutcome } from "../forms/toasts"
import { EditDrawer } from "../layout/edit-drawer"
import { TableSection } from "../layout/table-section"

const COMMON_ROOM_TYPES = [
  "facial_room",
  "massage_room",
  "nail_station",
  "hair_station",
  "lash_bed",
  "spa_suite",
]

const humanize = (roomType: string) => roomType.replace(/_/g, " ")

/** Rooms and stations of a branch: services needing a room type are placed in one. */
export const RoomsSection = ({ branchId }: { branchId: string }) => {
  const confirm = useConfirm()
  const query = useRooms({ branch_id: branchId, limit: 200 })
  const [editing, setEditing] = useState<Room | "new" | null>(null)
  const update = useUpdateRoom()
  const remove = useDeleteRoom()
  const rooms = query.data?.rooms ?? []

  const toggleActive = (room: Room) =>
    update.mutate(
      { id: room.id, is_active: !room.is_active },
      toastOutcome(
        `${room.name} ${room.is_active ? "deactivated" : "activated"}`,
        `Could not ${room.is_active ? "deactivate" : "activate"} ${room.name}`
      )
    )

  const deleteRoom = (room: Room) =>
    confirm(
      {
        title: `Delete ${room.name}?`,
        description:
          "Past appointments keep their record. A room with upcoming appointments cannot be deleted.",
      },
      () =>
        remove.mutate(
          room.id,
          toastOutcome(`${room.name} deleted`, `Could not delete ${room.name}`)
        )
    )

  return (
    <TableSection
      title="Rooms & stations"
      description="Services that need a room type get a free room of that type."
      actions={
        <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
          <Plus />
          Add room
        </Button>
      }
      query={query}
      rows={rooms}
      rowKey={(room) => room.id}
      empty={{
        title: "No rooms yet",
        description: "Services that need no room can still be booked.",
      }}
      columns={[
        { header: "Name", cell: (room) => room.name },
        {
          header: "Type",
          cell: (room) => <span className="capitalize">{humanize(room.room_type)}</span>,
        },
        { header: "Status", cell: (room) => <ActiveStatus active={room.is_active} /> },
        {
          header: "",
          className: "w-12",
          cell: (room) => (
            <DropdownMenu>
              <DropdownMenu.Trigger asChild>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label={`Actions for ${room.name}`}
                >
                  <EllipsisHorizontal />
                </IconButton>
              </DropdownMenu.Trigger>
              <DropdownMenu.Content align="end">
                <DropdownMenu.Item className="gap-x-2" onClick={() => setEditing(room)}>
                  <PencilSquare className="text-ui-fg-subtle" />
                  Edit
                </DropdownMenu.Item>
                <DropdownMenu.Item className="gap-x-2" onClick={() => toggleActive(room)}>
                  {room.is_active ? "Deactivate" : "Activate"}
                </DropdownMenu.Item>
                <DropdownMenu.Separator />
                <DropdownMenu.Item className="gap-x-2" onClick={() => deleteRoom(room)}>
                  <Trash className="text-ui-fg-subtle" />
                  Delete
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu>
          ),
        },
      ]}
    >
      <RoomDrawer
        branchId={branchId}
        room={editing === "new" ? null : editing}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        knownTypes={[...new Set([...rooms.map((room) => room.room_type), ...COMMON_ROOM_TYPES])]}
      />
    </TableSection>
  )
}

const RoomDrawer = ({
  branchId,
  room,
  open,
  onOpenChange,
  knownTypes,
}: {
  branchId: string
  room: Room | null
  open: boolean
  onOpenChange: (open: boolean) => void
  knownTypes: string[]
}) => {
  const id = useId()
  const [name, setName] = useState("")
  const [roomType, setRoomType] = useState("")
  const [isActive, setIsActive] = useState(true)
  const [errors, setErrors] = useState<{ name?: string; room_type?: string }>({})
  const create = useCreateRoom()
  const update = useUpdateRoom()

  useEffect(() => {
    if (open) {
      setName(room?.name ?? "")
      setRoomType(room?.room_type ?? "")
      setIsActive(room?.is_active ?? true)
      setErrors({})
    }
  }, [open, room])

  const submit = () => {
    const found: typeof errors = {}
    if (!name.trim()) found.name = "Name is required"
    if (!/^[a-z][a-z0-9_]*$/.test(roomType.trim()))
      found.room_type = 'Lowercase with underscores, e.g. "facial_room"'
    setErrors(found)
    if (Object.keys(found).length) return
    const callbacks = toastOutcome(
      room ? "Room saved" : "Room added",
      room ? "Could not save the room" : "Could not add the room",
      () => onOpenChange(false)
    )
    const payload = { name: name.trim(), room_type: roomType.trim(), is_active: isActive }
    if (room) update.mutate({ id: room.id, ...payload }, callbacks)
    else create.mutate({ branch_id: branchId, ...payload }, callbacks)
  }

  return (
    <EditDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={room ? `Edit ${room.name}` : "Add room"}
      description="Room name, type and status"
      isSaving={create.isPending || update.isPending}
      onSave={submit}
      saveLabel={room ? "Save" : "Add room"}
    >
      <div className="flex flex-col gap-y-4">
        <TextField
          label="Name"
          id={`${id}-name`}
          error={errors.name}
          hint="Unique at this branch"
          placeholder="Facial 1"
          value={name}
          onChange={setName}
        />
        <TextField
          label="Room type"
          id={`${id}-type`}
          error={errors.room_type}
          hint="Matched against the room type a salon service needs"
          suggestions={knownTypes}
          placeholder="facial_room"
          value={roomType}
          onChange={setRoomType}
        />
        <div className="flex items-center gap-x-3">
          <Switch
            className="shrink-0"
            id={`${id}-active`}
            checked={isActive}
            onCheckedChange={setIsActive}
          />
          <Label htmlFor={`${id}-active`} size="small">
            Active (bookable)
          </Label>
        </div>
        {room && (
          <p className="txt-small text-ui-fg-subtle">
            Deactivating or retyping a room with upcoming appointments is refused; move those
            appointments first.
          </p>
        )}
      </div>
    </EditDrawer>
  )
}
