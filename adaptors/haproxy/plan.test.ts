import { describe, expect, test } from "bun:test";
import type { Backend } from "./backends.ts";
import { planSlots, SlotTableFullError, type LiveSlot } from "./plan.ts";

const idle = (name: string): LiveSlot => ({ name, address: "127.0.0.1", port: 1, weight: 1, state: "maint" });
const live = (name: string, address: string, port: number, weight = 1, state: LiveSlot["state"] = "ready"): LiveSlot => ({ name, address, port, weight, state });
const want = (id: string, address: string, port: number, weight = 1, state: Backend["state"] = "ready"): Backend => ({ id, address, port, weight, state });
const texts = (p: ReturnType<typeof planSlots>): string[] => p.commands.map((c) => c.text);

describe("planSlots", () => {
  test("a new backend takes the first free slot: address, then weight, then state", () => {
    const p = planSlots("be", [want("n1", "10.0.0.1", 80, 5)], [idle("slot1"), idle("slot2")], new Map());
    expect(texts(p)).toEqual(["set server be/slot1 addr 10.0.0.1 port 80", "set server be/slot1 weight 5", "set server be/slot1 state ready"]);
    expect([...p.assigned]).toEqual([["slot1", "n1"]]);
  });

  test("an unchanged list sends nothing", () => {
    const p = planSlots("be", [want("n1", "10.0.0.1", 80, 5)], [live("slot1", "10.0.0.1", 80, 5), idle("slot2")], new Map([["slot1", "n1"]]));
    expect(texts(p)).toEqual([]);
  });

  test("only what differs is sent: a weight, a state, an address moved live", () => {
    const slots = [live("slot1", "10.0.0.1", 80, 5), live("slot2", "10.0.0.2", 80, 5), live("slot3", "10.0.0.3", 80)];
    const assigned = new Map([["slot1", "n1"], ["slot2", "n2"], ["slot3", "n3"]]);
    const p = planSlots("be", [want("n1", "10.0.0.1", 80, 0), want("n2", "10.0.0.2", 80, 5, "drain"), want("n3", "10.0.0.9", 81)], slots, assigned);
    expect(texts(p)).toEqual(["set server be/slot1 weight 0", "set server be/slot2 state drain", "set server be/slot3 addr 10.0.0.9 port 81"]);
  });

  test("a backend left out goes to maint and frees its slot; a new one prefers a never-used slot", () => {
    const slots = [live("slot1", "10.0.0.1", 80), idle("slot2")];
    const p = planSlots("be", [want("n2", "10.0.0.2", 80)], slots, new Map([["slot1", "n1"]]));
    expect(texts(p)).toEqual(["set server be/slot1 state maint", "set server be/slot2 addr 10.0.0.2 port 80", "set server be/slot2 state ready"]);
    expect([...p.assigned]).toEqual([["slot2", "n2"]]);
  });

  test("a vacated slot taken by another backend goes through maint before its new address", () => {
    const slots = [live("slot1", "10.0.0.1", 80, 3)];
    const p = planSlots("be", [want("n2", "10.0.0.2", 80)], slots, new Map([["slot1", "n1"]]));
    expect(texts(p)).toEqual(["set server be/slot1 state maint", "set server be/slot1 addr 10.0.0.2 port 80", "set server be/slot1 weight 1", "set server be/slot1 state ready"]);
  });

  test("after a restart the live slots are idle again and everything is sent anew", () => {
    const p = planSlots("be", [want("n1", "10.0.0.1", 80, 2)], [idle("slot1"), idle("slot2")], new Map([["slot2", "n1"]]));
    expect(texts(p)).toEqual(["set server be/slot2 addr 10.0.0.1 port 80", "set server be/slot2 weight 2", "set server be/slot2 state ready"]);
  });

  test("a slot that no longer exists (fewer slots after a reload) is given up", () => {
    const p = planSlots("be", [want("n1", "10.0.0.1", 80)], [idle("slot1")], new Map([["slot5", "n1"]]));
    expect([...p.assigned]).toEqual([["slot1", "n1"]]);
  });

  test("more backends than slots is an error naming the limit", () => {
    expect(() => planSlots("be", [want("a", "10.0.0.1", 80), want("b", "10.0.0.2", 80)], [idle("slot1")], new Map())).toThrow(SlotTableFullError);
    expect(() => planSlots("be", [want("a", "10.0.0.1", 80), want("b", "10.0.0.2", 80)], [idle("slot1")], new Map())).toThrow(
      /2 backends do not fit in the dispatcher's 1 server slots \(parameter slots=1\)/,
    );
  });
});
