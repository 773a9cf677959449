import { expect, test } from "bun:test";
import { decodeRunRecord, encodeRunRecord, runRecordPath, type RunRecord } from "./run-record.ts";

const RECORD: RunRecord = {
  version: 1,
  pid: 4242,
  startTime: "199239",
  pgid: 4242,
  argv: ["/usr/bin/icecast2", "-c", "/var/lib/lama/n1/radio/icecast.xml"],
  params: { port: "8000", relayFrom: "" },
  config: { path: "/var/lib/lama/n1/radio/icecast.xml", text: "<icecast/>\n" },
  spawnedAtMs: 1_764_669_600_000,
};

test("a record survives encoding, byte for byte", () => {
  const text = encodeRunRecord(RECORD);
  expect(text).toBe(
    '{"version":1,"pid":4242,"startTime":"199239","pgid":4242,"argv":["/usr/bin/icecast2","-c","/var/lib/lama/n1/radio/icecast.xml"],"params":{"port":"8000","relayFrom":""},"config":{"path":"/var/lib/lama/n1/radio/icecast.xml","text":"<icecast/>\\n"},"spawnedAtMs":1764669600000}\n',
  );
  expect(decodeRunRecord(text)).toEqual(RECORD);
});

test("the path is per adaptor under the state directory", () => {
  expect(runRecordPath("/var/lib/lama/n1/", "radio")).toBe("/var/lib/lama/n1/radio/run.json");
});

test.each([
  ["truncated", encodeRunRecord(RECORD).slice(0, 40)],
  ["null", "null"],
  ["an array", "[]"],
  ["a negative pid", encodeRunRecord({ ...RECORD, pid: -1 })],
  ["a start time that is not a number", encodeRunRecord({ ...RECORD, startTime: "soon" })],
  ["an empty argv", encodeRunRecord({ ...RECORD, argv: [] })],
  ["a parameter that is not a string", encodeRunRecord(RECORD).replace('"8000"', "8000")],
  ["another version", encodeRunRecord({ ...RECORD, version: 2 })],
])("%s is not a record", (_what, text) => {
  expect(decodeRunRecord(text)).toBeUndefined();
});
