import { expect, test } from "bun:test";
import { ChannelClosedError, RemoteRpcError, RpcTimeoutError } from "../runtime/wire/index.ts";
import { NotConnectedError } from "./control-manager.ts";
import { Histogram, LabelledHistograms, rpcMethodName, rpcOutcome, TelemetryDelay } from "./metrics-histogram.ts";

test("a histogram counts each value in the first bucket whose bound is at least it; the rest only in +Inf (count)", () => {
  const h = new Histogram([1, 2, 5]);
  for (const x of [0, 1, 1.5, 2, 7, NaN]) h.observe(x);
  // 0 and 1 ≤ 1; 1.5 and 2 ≤ 2; 7 only in +Inf; NaN ignored.
  expect(h.sample({ a: "b" })).toEqual({ labels: { a: "b" }, buckets: [[1, 2], [2, 4], [5, 4]], sum: 11.5, count: 5 });
});

test("bounds must ascend", () => {
  expect(() => new Histogram([1, 1])).toThrow("histogram bounds must ascend: 1, 1");
});

test("labelled histograms: one series per label set whatever the key order, listed in a stable order", () => {
  const h = new LabelledHistograms([1]);
  h.observe({ method: "status", outcome: "ok" }, 0.5);
  h.observe({ outcome: "ok", method: "status" }, 2);
  h.observe({ method: "set", outcome: "timeout" }, 0.5);
  expect(h.samples()).toEqual([
    { labels: { method: "set", outcome: "timeout" }, buckets: [[1, 1]], sum: 0.5, count: 1 },
    { labels: { method: "status", outcome: "ok" }, buckets: [[1, 1]], sum: 2.5, count: 2 },
  ]);
});

test.each([
  [{ status: {} }, "status"], [{ start: { adaptor: "a" } }, "start"], [{ stop: { adaptor: "a" } }, "stop"], [{ set: { adaptor: "a" } }, "set"], [{}, "unknown"],
])("method of %j is %s", (m, name) => {
  expect(rpcMethodName(m)).toBe(name);
});

test.each([
  [undefined, "ok"],
  [new RemoteRpcError({ message: "bad parameter" }), "remote_error"],
  [new RpcTimeoutError("no reply"), "timeout"],
  [new ChannelClosedError("closed"), "closed"],
  [new NotConnectedError("no channel"), "not_connected"],
  [new Error("other"), "error"],
  ["a string", "error"],
])("outcome of %p is %s", (e, outcome) => {
  expect(rpcOutcome(e)).toBe(outcome);
});

test("telemetry delay: arrival minus at_ms; a node clock ahead or over a minute behind is counted, not observed; a repeat is skipped", () => {
  const d = new TelemetryDelay();
  d.observe("n1", 10_000, 10_002); // 2 ms
  d.observe("n1", 10_000, 10_900); // the same sample again (an adaptor's state change): not a second delay
  d.observe("n1", 12_000, 11_990); // the node's clock 10 ms ahead
  d.observe("n1", 14_000, 74_001); // 60.001 s: the node's clock behind (or a step)
  d.observe("n1", 16_000, 76_000); // exactly 60 s: still a delay
  d.observe("n2", 10_000, 10_250); // another node, the same at_ms: its own sample
  d.observe("n3", 0, 5); // no at_ms: nothing to measure
  expect(d.unmeasured).toEqual({ node_clock_ahead: 1, node_clock_behind: 1 });
  const s = d.histogram.sample();
  expect(s.count).toBe(3);
  expect(s.sum).toBeCloseTo(0.002 + 60 + 0.25, 9);
  d.forget("n1");
  d.observe("n1", 16_000, 16_001); // after forget, the same at_ms counts again
  expect(d.histogram.sample().count).toBe(4);
});
