import { expect, test } from "bun:test";
import type { EventJson, StatusReplyJson } from "./api-views.ts";
import { escapeControls, formatEvent, formatNodeTable, formatStatus } from "./format.ts";

const HOSTILE = "evil\x1b[2J\x07host";
// C0 controls, DEL, C1 controls (such as CSI) and bidi overrides: what a terminal acts on instead of printing.
const CONTROL = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

test.each([
  ["plain-host", "plain-host"],
  ["evil\x1b[2J\x07host", "evil\\x1b[2J\\x07host"],
  ["tab\there", "tab\\x09here"],
  ["nul\x00del\x7f", "nul\\x00del\\x7f"],
  ["csi\u009b31m", "csi\\x9b31m"],
  ["bidi\u202eevil", "bidi\\u202eevil"],
  ["two\nlines", "two\\x0alines"],
  ["ünïcödé ok", "ünïcödé ok"],
])("escapeControls(%j) is %j", (input, shown) => {
  expect(escapeControls(input)).toBe(shown);
});

test("multi-line text keeps its newlines and nothing else", () => {
  expect(escapeControls("line 1\nline\x1b]0;title\x07 2\r\n", { keepNewlines: true })).toBe("line 1\nline\\x1b]0;title\\x07 2\\x0d\n");
});

test("grand nodes prints a hostname with terminal escapes escaped, and aligns on what it prints", () => {
  const table = formatNodeTable([
    { id: "n\x1b1", attributes: { roles: ["we\x07b"], hostname: HOSTILE, addresses: [] }, addresses: ["198.18.0.2/15\x1b[0m"], leaseRemainingMs: 2400, leaseExpiresAt: "", renewals: 3 },
  ]);
  expect(table.replaceAll("\n", "")).not.toMatch(CONTROL);
  expect(table).toBe(
    "ID      HOSTNAME             ROLES    ADDRESSES             LEASE LEFT  RENEWALS\n" +
    "n\\x1b1  evil\\x1b[2J\\x07host  we\\x07b  198.18.0.2/15\\x1b[0m  2.4s        3\n" +
    "1 node\n",
  );
});

test("grand events and grand status escape what the node sent", () => {
  const node = { id: "n1", attributes: { roles: [], hostname: HOSTILE, addresses: [], linkCapacityBps: 0, agentVersion: "", adaptors: [], extra: {} }, addresses: ["10.0.0.1\x07"], endpoint: "", leaseId: 1, registeredAt: "", leaseExpiresAt: "", leaseRemainingMs: 0, renewals: 0 };
  const event: EventJson = { epoch: 1, seq: 1, type: "registered", at: "2027-01-15T08:00:00.000Z", id: "n1\x1b[2J", node };
  expect(formatEvent(event)).toBe("2027-01-15T08:00:00.000Z #1 registered n1\\x1b[2J host=evil\\x1b[2J\\x07host addresses=10.0.0.1\\x07\n");
  const status = { id: "n1\x1b", node: null, adaptors: [{ name: "we\x1bb", state: "ADAPTOR_RUNNING", pid: 7, restarts: 0, detail: "up\x07" }] } as unknown as StatusReplyJson;
  const text = formatStatus(status);
  expect(text).toContain("node n1\\x1b\n");
  expect(text).toContain("  adaptor  we\\x1bb: running pid 7 — up\\x07\n");
});
