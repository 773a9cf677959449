/**
 * The adaptors of one agent, by name. The RPC dispatcher looks adaptors up here,
 * Status reads statusAll(), and shutdown calls stopAll().
 */
import type { Adaptor, AdaptorResult, AdaptorStatusInfo } from "./adaptor.ts";
import { UnknownAdaptorError } from "./errors.ts";

/** The outcome of stopping one adaptor during stopAll(). */
export type StopOutcome = { readonly name: string; readonly result: AdaptorResult } | { readonly name: string; readonly error: unknown };

export class AdaptorRegistry {
  private readonly byName = new Map<string, Adaptor>();

  constructor(adaptors: Iterable<Adaptor> = []) {
    for (const a of adaptors) this.add(a);
  }

  /** Adds an adaptor; a second one under the same name is a configuration error. */
  add(adaptor: Adaptor): void {
    if (this.byName.has(adaptor.name)) throw new Error(`adaptor ${JSON.stringify(adaptor.name)} is already registered; adaptor names must be unique`);
    this.byName.set(adaptor.name, adaptor);
  }

  /** The adaptor called name; throws UnknownAdaptorError listing the known names. */
  get(name: string): Adaptor {
    const a = this.byName.get(name);
    if (!a) throw new UnknownAdaptorError(name, this.names());
    return a;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The adaptors in the order they were added. */
  list(): Adaptor[] {
    return [...this.byName.values()];
  }

  /** The names in the order they were added (announced in discovery). */
  names(): string[] {
    return [...this.byName.keys()];
  }

  statusAll(): AdaptorStatusInfo[] {
    return this.list().map((a) => a.status());
  }

  /**
   * Stops every adaptor at once (agent shutdown). Never rejects: each adaptor's
   * outcome or error is returned, so one stuck program cannot keep others running.
   */
  async stopAll(): Promise<StopOutcome[]> {
    return Promise.all(
      this.list().map(async (a): Promise<StopOutcome> => {
        try {
          return { name: a.name, result: await a.stop() };
        } catch (error) {
          return { name: a.name, error };
        }
      }),
    );
  }
}
