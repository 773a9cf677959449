/**
 * What a node registers with the lookup service: the rule for a service id, which
 * both sides check (the agent on `--service-id`, grand on every Register), and the
 * canonical form of its attributes, which tells whether they changed.
 */
import { pb, type lama } from "../../proto/index.ts";

/** A valid service id: what `--service-id` accepts. */
export function checkServiceId(id: string): string | undefined {
  return /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(id)
    ? undefined
    : `service id '${id}' is not allowed: use 1-128 characters from letters, digits and . _ : - (starting with a letter or digit)`;
}

/** Canonical text of attributes, to tell whether they changed. */
export function attributesKey(a: lama.v1.IAttributes): string {
  const o = pb.Attributes.toObject(pb.Attributes.fromObject(a), { defaults: true, arrays: true, objects: true });
  const extra = Object.entries((o.extra ?? {}) as Record<string, string>).sort(([x], [y]) => (x < y ? -1 : 1));
  return JSON.stringify({ ...o, extra });
}
