/**
 * A stand-in for the agent in crash-adoption tests: builds one adaptor from a
 * config entry with a state directory, starts it, prints one JSON line
 * {"pid": N, "message": "..."} (or {"error": "..."}) and then idles until it is
 * killed — with SIGKILL, by the test, like a crashing agent.
 *
 *   bun crashable-agent.ts ENTRY_JSON STATE_DIR PARAMS_JSON
 */
import { loadAdaptors } from "../../index.ts";

const [entry, stateDir, params] = process.argv.slice(2);
const registry = loadAdaptors(JSON.stringify([JSON.parse(entry!)]), { stateDir });
const adaptor = registry.list()[0]!;
try {
  const r = await adaptor.start(JSON.parse(params!));
  console.log(JSON.stringify({ pid: r.status.pid, message: r.message }));
} catch (e) {
  console.log(JSON.stringify({ error: (e as Error).message }));
}
setInterval(() => {}, 60_000);
