/**
 * The allocator's output: plain data, carried out in order by grand's
 * reallocator (Start / Stop over the control channel) or only reported in a dry
 * run, and logged by the simulator. A supplement starts the pool's server on an
 * idle node with the pool's server control parameters (S-CP, e.g. RelayFrom);
 * the node joins the dispatcher's backend list (D-CP) only once it reports
 * ready, through a later `dispatch`. A release is always preceded by a `dispatch` without the victim,
 * so it is drained before it is stopped.
 */

/** One dispatcher backend and its load-balancing weight. */
export interface Backend {
  readonly serviceId: string;
  /** Proportional to the node's capacity (whole Mbps, at least 1). */
  readonly weight: number;
}

/** One step of a plan, carried out in order: start a node, stop a node, or replace the dispatcher's backend list. */
export type Action =
  | {
      readonly kind: "supplement";
      readonly pool: string;
      readonly serviceId: string;
      readonly adaptor: string;
      /** S-CP for the adaptor's Start. */
      readonly params: Readonly<Record<string, string>>;
      readonly reason: string;
    }
  | {
      readonly kind: "release";
      readonly pool: string;
      readonly serviceId: string;
      readonly adaptor: string;
      /** Give open connections this long after the dispatcher stopped sending new ones, then Stop. */
      readonly drainMs: number;
      readonly reason: string;
    }
  | {
      readonly kind: "dispatch";
      readonly pool: string;
      /** The complete new D-CP backend list. */
      readonly backends: readonly Backend[];
      readonly reason: string;
    };

/** One line per action, for dry runs and logs. */
export function describeAction(a: Action): string {
  switch (a.kind) {
    case "supplement": {
      const params = Object.entries(a.params)
        .map(([k, v]) => `${k}=${v}`)
        .join(" ");
      return `${a.pool}: supplement ${a.serviceId} (start ${a.adaptor}${params ? " " + params : ""}) because ${a.reason}`;
    }
    case "release":
      return `${a.pool}: release ${a.serviceId} (drain ${a.drainMs / 1000} s, stop ${a.adaptor}) because ${a.reason}`;
    case "dispatch":
      return `${a.pool}: dispatch to [${a.backends.map((b) => `${b.serviceId}×${b.weight}`).join(", ")}] because ${a.reason}`;
  }
}
