/**
 * The icecast-specific fields of an adaptor config entry; the common ones (name,
 * type, description) are read by ../config.ts. The parameters are the adaptor's
 * own (params.ts), so an entry declares none.
 *
 *   {"name": "radio", "type": "icecast",
 *    "binary": "/usr/bin/icecast2", "shareDir": "/usr/share/icecast2",
 *    "user": "icecast2", "group": "icecast", "stopTimeoutMs": 5000}
 */
import type { FieldReader } from "../config-reader.ts";
import type { IcecastAdaptorConfig } from "./icecast-adaptor.ts";

export const ICECAST_FIELDS = ["binary", "shareDir", "user", "group", "stopTimeoutMs"] as const;

const NAME_RE = /^[a-z_][a-z0-9_.-]{0,31}$/;

/** Reads the icecast fields of one entry (unknown fields were refused already). */
export function readIcecastFields(r: FieldReader, common: { name: string; description?: string }): IcecastAdaptorConfig {
  const binary = r.string("binary");
  if (binary !== undefined && !binary.startsWith("/")) r.fail("binary", `${JSON.stringify(binary)} is not an absolute path; give e.g. "/usr/bin/icecast2"`);
  const shareDir = r.string("shareDir");
  if (shareDir !== undefined && !shareDir.startsWith("/")) r.fail("shareDir", `${JSON.stringify(shareDir)} is not an absolute path; give e.g. "/usr/share/icecast2"`);
  const user = r.string("user");
  if (user !== undefined && !NAME_RE.test(user)) r.fail("user", `${JSON.stringify(user)} is not a user name`);
  const group = r.string("group");
  if (group !== undefined && !NAME_RE.test(group)) r.fail("group", `${JSON.stringify(group)} is not a group name`);
  return { name: common.name, description: common.description, binary, shareDir, user, group, stopTimeoutMs: r.int("stopTimeoutMs", 1, 3_600_000) };
}
