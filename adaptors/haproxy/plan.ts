/**
 * Deciding, without I/O, which runtime-API commands move haproxy's live slots to a
 * wanted backend list.
 *
 * The configuration gives the dispatcher a fixed table of server slots
 * (slot1 … slotN, all in maintenance at first). A backend keeps the slot it was
 * given for as long as it is in the list, so its counters and open connections stay
 * with it; a new backend takes a free slot, preferring one that was not just
 * vacated (whose old connections may still be draining). A backend left out of the
 * list is put in maint and its slot freed: haproxy sends it no new clients and its
 * open connections are left alone. (A node being released is first given state
 * drain by the caller, and only later left out.)
 *
 * For each slot the commands come in a safe order: address and port, then weight,
 * then state, so a slot is never made ready with its previous address. Only what
 * differs from the live state is sent, so an unchanged list sends nothing.
 */
import type { Backend, BackendState } from "./backends.ts";

/** One server slot as haproxy reports it (`show servers state`). */
export interface LiveSlot {
  readonly name: string;
  readonly address: string;
  readonly port: number;
  readonly weight: number;
  readonly state: BackendState;
}

/** One runtime-API command and the slot it acts on. */
export interface SlotCommand {
  readonly slot: string;
  readonly text: string;
}

export interface SlotPlan {
  /** slot name → backend id, after the commands have run. */
  readonly assigned: ReadonlyMap<string, string>;
  readonly commands: readonly SlotCommand[];
}

/** More backends than slots: the slot count is fixed by the running configuration. */
export class SlotTableFullError extends Error {
  override readonly name = "SlotTableFullError";
}

/**
 * The commands that move `live` to `wanted`. `assigned` says which backend each
 * slot holds now (slots not in it are free); `backend` is haproxy's backend name.
 * Throws SlotTableFullError naming the limit when the list does not fit.
 */
export function planSlots(backend: string, wanted: readonly Backend[], live: readonly LiveSlot[], assigned: ReadonlyMap<string, string>): SlotPlan {
  if (wanted.length > live.length) {
    throw new SlotTableFullError(
      `${wanted.length} backends do not fit in the dispatcher's ${live.length} server slots (parameter slots=${live.length}); ` +
        `raise slots with Set (haproxy is reloaded; open connections stay with the old process) or list fewer backends`,
    );
  }
  const wantedIds = new Set(wanted.map((b) => b.id));
  const next = new Map<string, string>();
  const vacated: LiveSlot[] = [];
  const neverHeld: LiveSlot[] = [];
  for (const slot of live) {
    const id = assigned.get(slot.name);
    if (id !== undefined && wantedIds.has(id)) next.set(slot.name, id);
    else if (id !== undefined) vacated.push(slot);
    else neverHeld.push(slot);
  }
  const slotOf = new Map([...next].map(([slot, id]) => [id, slot]));
  const free = [...neverHeld, ...vacated];
  const commands: SlotCommand[] = [];
  const cmd = (slot: string, rest: string): void => void commands.push({ slot, text: `set server ${backend}/${slot} ${rest}` });

  // Left out of the list: no new clients; haproxy does not cut its open connections.
  // A vacated slot that a new backend takes goes through maint too, so it is never
  // ready under one backend's weight with another's address.
  const now = new Map(live.map((s) => [s.name, s]));
  for (const slot of vacated) {
    if (slot.state !== "maint") {
      cmd(slot.name, "state maint");
      now.set(slot.name, { ...slot, state: "maint" });
    }
  }
  for (const b of wanted) {
    let name = slotOf.get(b.id);
    if (name === undefined) {
      name = free.shift()!.name;
      next.set(name, b.id);
    }
    const s = now.get(name)!;
    if (s.address !== b.address || s.port !== b.port) cmd(name, `addr ${b.address} port ${b.port}`);
    if (s.weight !== b.weight) cmd(name, `weight ${b.weight}`);
    if (s.state !== b.state) cmd(name, `state ${b.state}`);
  }
  return { assigned: next, commands };
}
