import { expect, test } from "bun:test";
import { encodeMetrics, escapeHelp, escapeLabelValue, formatValue, histogramOf } from "./metrics-text.ts";

test("counter and gauge families: HELP, TYPE, labels, final line feed", () => {
  const text = encodeMetrics([
    { name: "grand_drops_total", help: "Dropped datagrams.", type: "counter", samples: [{ labels: { reason: "auth" }, value: 3 }, { labels: { reason: "stale" }, value: 0 }] },
    { name: "grand_up", help: "Up.", type: "gauge", samples: [{ value: 1 }] },
    { name: "grand_node_cpu_busy_ratio", help: "CPU.", type: "gauge", samples: [{ labels: { node: "n1", role: "web,dns" }, value: 0.25 }] },
  ]);
  expect(text).toBe(
    "# HELP grand_drops_total Dropped datagrams.\n" +
    "# TYPE grand_drops_total counter\n" +
    'grand_drops_total{reason="auth"} 3\n' +
    'grand_drops_total{reason="stale"} 0\n' +
    "# HELP grand_up Up.\n" +
    "# TYPE grand_up gauge\n" +
    "grand_up 1\n" +
    "# HELP grand_node_cpu_busy_ratio CPU.\n" +
    "# TYPE grand_node_cpu_busy_ratio gauge\n" +
    'grand_node_cpu_busy_ratio{node="n1",role="web,dns"} 0.25\n',
  );
});

test("a family with no samples still has its HELP and TYPE; no families is empty text", () => {
  expect(encodeMetrics([{ name: "x_total", help: "h", type: "counter", samples: [] }])).toBe("# HELP x_total h\n# TYPE x_total counter\n");
  expect(encodeMetrics([])).toBe("");
});

test.each([
  ["plain", "plain"],
  ['a"b', 'a\\"b'],
  ["a\\b", "a\\\\b"],
  ["a\nb", "a\\nb"],
  ['\\"\n', '\\\\\\"\\n'],
  ["tab\tand ü stay", "tab\tand ü stay"],
])("label value %j is written %j", (raw, written) => {
  expect(escapeLabelValue(raw)).toBe(written);
});

test("HELP escapes backslash and line feed but not the double quote", () => {
  expect(escapeHelp('say "hi"\\now\nnext')).toBe('say "hi"\\\\now\\nnext');
});

test("a node id with a quote, backslash and line feed in a sample line", () => {
  const text = encodeMetrics([{ name: "g", help: "h", type: "gauge", samples: [{ labels: { node: 'evil"\\\nnode' }, value: 2 }] }]);
  expect(text.split("\n")[2]).toBe('g{node="evil\\"\\\\\\nnode"} 2');
});

test.each([
  [0, "0"], [1.5, "1.5"], [-2, "-2"], [1e21, "1e+21"], [1e-7, "1e-7"],
  [NaN, "NaN"], [Infinity, "+Inf"], [-Infinity, "-Inf"],
])("value %p is written %s", (v, s) => {
  expect(formatValue(v)).toBe(s);
});

test("histogram: cumulative buckets, +Inf equal to the count, then sum and count", () => {
  const h = histogramOf([0.01, 0.1, 1], [0.005, 0.01, 0.05, 0.5, 3], { pool: "web" });
  expect(h.buckets).toEqual([[0.01, 2], [0.1, 3], [1, 4]]);
  expect(h.count).toBe(5);
  expect(h.sum).toBeCloseTo(3.565, 9);
  const text = encodeMetrics([{ name: "setup_seconds", help: "Set-up.", type: "histogram", samples: [{ ...h, sum: 3.565 }] }]);
  expect(text).toBe(
    "# HELP setup_seconds Set-up.\n" +
    "# TYPE setup_seconds histogram\n" +
    'setup_seconds_bucket{pool="web",le="0.01"} 2\n' +
    'setup_seconds_bucket{pool="web",le="0.1"} 3\n' +
    'setup_seconds_bucket{pool="web",le="1"} 4\n' +
    'setup_seconds_bucket{pool="web",le="+Inf"} 5\n' +
    'setup_seconds_sum{pool="web"} 3.565\n' +
    'setup_seconds_count{pool="web"} 5\n',
  );
});

test("an empty histogram has zero buckets, sum and count", () => {
  const text = encodeMetrics([{ name: "h", help: "x", type: "histogram", samples: [histogramOf([1], [])] }]);
  expect(text).toBe('# HELP h x\n# TYPE h histogram\nh_bucket{le="1"} 0\nh_bucket{le="+Inf"} 0\nh_sum 0\nh_count 0\n');
});

test.each([
  [{ name: "bad-name", help: "", type: "gauge" as const, samples: [] }, /metric name 'bad-name'/],
  [{ name: "requests", help: "", type: "counter" as const, samples: [] }, /counter requests must be named \.\.\._total/],
  [{ name: "g", help: "", type: "gauge" as const, samples: [{ labels: { "a-b": "x" }, value: 1 }] }, /label name 'a-b'/],
  [{ name: "g", help: "", type: "gauge" as const, samples: [{ labels: { __name: "x" }, value: 1 }] }, /label name '__name'/],
  [{ name: "h", help: "", type: "histogram" as const, samples: [{ labels: { le: "1" }, buckets: [], sum: 0, count: 0 }] }, /label name 'le'/],
  [{ name: "h", help: "", type: "histogram" as const, samples: [{ buckets: [[1, 0], [1, 0]] as const, sum: 0, count: 0 }] }, /ascending/],
  [{ name: "h", help: "", type: "histogram" as const, samples: [{ buckets: [[Infinity, 0]] as const, sum: 0, count: 0 }] }, /finite/],
])("a malformed family throws naming the problem (%#)", (family, message) => {
  expect(() => encodeMetrics([family])).toThrow(message);
});

test("a family given twice throws", () => {
  const f = { name: "g", help: "", type: "gauge" as const, samples: [] };
  expect(() => encodeMetrics([f, f])).toThrow(/given twice/);
});
