/**
 * The icecast adaptor's declared parameters (the paper's S-CP) and the one
 * parameter with inner structure, relayFrom.
 *
 *   relayFrom       "HOST:PORT/MOUNT" of the upstream icecast, or "" (this node is the source)
 *   port, bind      where icecast listens
 *   mount           the mount listeners read ("/live")
 *   maxListeners    listener limit of the mount
 *   bitrate         nominal kbit/s announced on the mount
 *   sourcePassword  what a source client logs in with (source mode; required there)
 *   retrySeconds    how often a relay whose source is absent is tried again
 *   burstSize       bytes a new listener gets at once from the stream's recent past
 *   readyTimeoutMs  how long Start or Set waits for the mount to serve audio
 */
import { InvalidParameterError } from "../errors.ts";
import { isHost, type ParamSpec } from "../params.ts";
import type { RelaySource } from "./render.ts";

/** A mount path: "/" then letters, digits, '.', '_', '-' and further '/'-separated segments. */
export const MOUNT_PATTERN = "/[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*";

export const ICECAST_PARAMS: readonly ParamSpec[] = [
  {
    name: "relayFrom",
    type: "string",
    default: "",
    pattern: `(|[A-Za-z0-9.:\\[\\]-]+:[0-9]{1,5}(${MOUNT_PATTERN})?)`,
    description: "upstream icecast as HOST:PORT/MOUNT to relay from; empty: this node is the source",
  },
  { name: "port", type: "port", default: "8000", description: "listening port" },
  { name: "bind", type: "host", default: "0.0.0.0", description: "listening address" },
  { name: "mount", type: "string", default: "/live", pattern: MOUNT_PATTERN, description: "the mount listeners read" },
  { name: "maxListeners", type: "int", default: "750", min: 1, max: 100_000, description: "listener limit of the mount" },
  { name: "bitrate", type: "int", default: "128", min: 8, max: 320, description: "nominal stream bitrate in kbit/s" },
  { name: "sourcePassword", type: "string", default: "", pattern: "[\\x21-\\x7e]{0,64}", description: "password of the source client (source mode)" },
  { name: "retrySeconds", type: "int", default: "2", min: 1, max: 120, description: "seconds between tries of a relay whose source is absent" },
  {
    name: "burstSize", type: "int", default: "65535", min: 0, max: 262144,
    description: "bytes of the stream's recent past a new listener gets at once (icecast's burst-size; 0: none); a reconnecting crowd's bursts count as load",
  },
  { name: "readyTimeoutMs", type: "int", default: "30000", min: 1000, max: 600_000, description: "how long Start or Set waits for the mount to serve audio" },
];

/**
 * relayFrom's value as an upstream ("" → undefined: source mode); the mount
 * defaults to the local one. Throws InvalidParameterError naming relayFrom.
 */
export function parseRelayFrom(raw: string, localMount: string): RelaySource | undefined {
  if (raw === "") return undefined;
  const allowed = 'HOST:PORT or HOST:PORT/MOUNT, e.g. "198.18.0.2:8000/live"; empty for the source node';
  const m = /^(\[[0-9A-Fa-f:.]+\]|[^:/]+):([0-9]{1,5})(\/.*)?$/.exec(raw);
  if (!m) throw new InvalidParameterError("relayFrom", allowed, `parameter "relayFrom" ${JSON.stringify(raw)} is not HOST:PORT/MOUNT; allowed: ${allowed}`);
  const host = m[1]!.startsWith("[") ? m[1]!.slice(1, -1) : m[1]!;
  const port = Number(m[2]);
  if (!isHost(host)) throw new InvalidParameterError("relayFrom", allowed, `parameter "relayFrom": ${JSON.stringify(host)} is not a host name or IP address; allowed: ${allowed}`);
  if (port < 1 || port > 65535) throw new InvalidParameterError("relayFrom", allowed, `parameter "relayFrom": port ${port} is not from 1 to 65535`);
  return { host, port, mount: m[3] ?? localMount };
}
