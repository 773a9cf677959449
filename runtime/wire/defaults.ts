/** Fills options from defaults; an option given as undefined keeps its default. */
export function withDefaults<D extends object, O extends object>(defaults: D, given: O): D & O {
  const out = { ...defaults } as Record<string, unknown>;
  for (const [k, v] of Object.entries(given)) if (v !== undefined) out[k] = v;
  return out as D & O;
}
