import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  DropdownMenu,
  Drawer,
  IconButton,
  Input,
  Label,
  StatusBadge,
  Switch,
  Table,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { useCreateRoom, useDeleteRoom, useRooms, useUpdateRoom } from "../../hooks/api/rooms"
import { errorMessage } from "../../lib/errors"
import type { Room } from "../../../types/booking/http"
import { Field } from "../common/field"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { SectionHeader } from "../common/section-header"

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
  const prompt = usePrompt()
  const { data, isLoading, error, refetch } = useRooms({ branch_id: branchId, limit: 200 })
  const [editing, setEditing] = useState<Room | "new" | null>(null)
  const update = useUpdateRoom()
  const remove = useDeleteRoom()
  const rooms = data?.rooms ?? []

  const toggleActive = (room: Room) =>
    update.mutate(
      { id: room.id, is_active: !room.is_active },
      {
        onSuccess: () =>
          toast.success(`${room.name} ${room.is_active ? "deactivated" : "activated"}`),
        onError: (err) =>
          toast.error(`Could not ${room.is_active ? "deactivate" : "activate"} ${room.name}`, {
            description: errorMessage(err),
          }),
      }
    )

  const deleteRoom = async (room: Room) => {
    const confirmed = await prompt({
      title: `Delete ${room.name}?`,
      description:
        "Past appointments keep their record. A room with upcoming appointments cannot be deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(room.id, {
      onSuccess: () => toast.success(`${room.name} deleted`),
      onError: (err) =>
        toast.error(`Could not delete ${room.name}`, { description: errorMessage(err) }),
    })
  }

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Rooms & stations"
        description="Services that need a room type get a free room of that type."
        actions={
          <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
            <Plus />
            Add room
          </Button>
        }
      />
      {isLoading && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {data && !rooms.length && (
        <EmptyState
          title="No rooms yet"
          description="Services that need no room can still be booked."
        />
      )}
      {rooms.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="w-12" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rooms.map((room) => (
              <Table.Row key={room.id}>
                <Table.Cell>{room.name}</Table.Cell>
                <Table.Cell className="capitalize">{humanize(room.room_type)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={room.is_active ? "green" : "grey"}>
                    {room.is_active ? "Active" : "Inactive"}
                  </StatusBadge>
                </Table.Cell>
                <Table.Cell>
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
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <RoomDrawer
        branchId={branchId}
        room={editing === "new" ? null : editing}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        knownTypes={[...new Set([...rooms.map((room) => room.room_type), ...COMMON_ROOM_TYPES])]}
      />
    </Container>
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
    const options = {
      onSuccess: () => {
        toast.success(room ? "Room saved" : "Room added")
        onOpenChange(false)
      },
      onError: (err: unknown) =>
        toast.error(room ? "Could not save the room" : "Could not add the room", {
          description: errorMessage(err),
        }),
    }
    const payload = { name: name.trim(), room_type: roomType.trim(), is_active: isActive }
    if (room) update.mutate({ id: room.id, ...payload }, options)
    else create.mutate({ branch_id: branchId, ...payload }, options)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{room ? `Edit ${room.name}` : "Add room"}</Drawer.Title>
          <Drawer.Description className="sr-only">Room name, type and status</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Field
            label="Name"
            htmlFor={`${id}-name`}
            error={errors.name}
            hint="Unique at this branch"
          >
            <Input
              id={`${id}-name`}
              size="small"
              value={name}
              placeholder="Facial 1"
              onChange={(event) => setName(event.target.value)}
            />
          </Field>
          <Field
            label="Room type"
            htmlFor={`${id}-type`}
            error={errors.room_type}
            hint="Matched against the room type a salon service needs"
          >
            <Input
              id={`${id}-type`}
              size="small"
              list={`${id}-types`}
              value={roomType}
              placeholder="facial_room"
              onChange={(event) => setRoomType(event.target.value)}
            />
            <datalist id={`${id}-types`}>
              {knownTypes.map((type) => (
                <option key={type} value={type} />
              ))}
            </datalist>
          </Field>
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
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button size="small" isLoading={create.isPending || update.isPending} onClick={submit}>
            {room ? "Save" : "Add room"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
