/**
 * Prometheus' text exposition format, version 0.0.4: the encoder behind grand's
 * `GET /metrics`. Pure: families of samples in, text out.
 *
 * The format (https://prometheus.io/docs/instrumenting/exposition_formats/):
 *
 *   # HELP <name> <text>            text escapes backslash as \\ and line feed as \n
 *   # TYPE <name> counter|gauge|histogram
 *   <name>{<label>="<value>",...} <number>
 *                                   a label value escapes backslash \\, double quote \" and line feed \n;
 *                                   numbers are Go floats: NaN, +Inf, -Inf spelled so
 *
 * One HELP and one TYPE line per family, before its samples; every line ends in
 * "\n", the last one too. A counter's name ends in `_total`. A histogram
 * `<name>` is written as cumulative `<name>_bucket{le="<bound>"}` lines ending
 * with `le="+Inf"` (which equals the count), then `<name>_sum` and `<name>_count`.
 * Metric names match [a-zA-Z_:][a-zA-Z0-9_:]*, label names [a-zA-Z_][a-zA-Z0-9_]*
 * and may not start with "__" (reserved); `le` is reserved in a histogram. A bad
 * name is a programming error and throws, so a test finds it, never a scrape.
 */

/** The Content-Type of this format. */
export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

export type Labels = Readonly<Record<string, string>>;

/** One value of a counter or gauge family. */
export interface Sample {
  readonly labels?: Labels;
  readonly value: number;
}

/** One histogram series: bucket upper bounds with cumulative counts (ascending, finite), sum and count. */
export interface HistogramSample {
  readonly labels?: Labels;
  readonly buckets: readonly (readonly [upperBound: number, cumulativeCount: number])[];
  readonly sum: number;
  readonly count: number;
}

export type MetricFamily =
  | { readonly name: string; readonly help: string; readonly type: "counter" | "gauge"; readonly samples: readonly Sample[] }
  | { readonly name: string; readonly help: string; readonly type: "histogram"; readonly samples: readonly HistogramSample[] };

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A label value as written between double quotes. */
export function escapeLabelValue(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

/** HELP text: backslash and line feed escaped (a double quote is written as is). */
export function escapeHelp(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

/** A sample value as Prometheus' parser (Go's ParseFloat) reads it. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}

function labelText(labels: Labels | undefined, extra?: [string, string]): string {
  const pairs = Object.entries(labels ?? {});
  if (extra) pairs.push(extra);
  if (pairs.length === 0) return "";
  return "{" + pairs.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(",") + "}";
}

function checkLabels(family: string, labels: Labels | undefined, reserved: string[]): void {
  for (const k of Object.keys(labels ?? {})) {
    if (!LABEL_NAME.test(k) || k.startsWith("__") || reserved.includes(k)) {
      throw new Error(`metric ${family}: label name '${k}' is not allowed (it must match [a-zA-Z_][a-zA-Z0-9_]*, not start with "__"${reserved.length ? `, and not be ${reserved.join(", ")}` : ""})`);
    }
  }
}

/** The text of these families, in the order given. */
export function encodeMetrics(families: readonly MetricFamily[]): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of families) {
    if (!METRIC_NAME.test(f.name)) throw new Error(`metric name '${f.name}' is not allowed; it must match [a-zA-Z_:][a-zA-Z0-9_:]*`);
    if (seen.has(f.name)) throw new Error(`metric ${f.name} is given twice; put all its samples in one family`);
    seen.add(f.name);
    if (f.type === "counter" && !f.name.endsWith("_total")) throw new Error(`counter ${f.name} must be named ..._total`);
    out.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
    if (f.type === "histogram") {
      for (const h of f.samples) {
        checkLabels(f.name, h.labels, ["le"]);
        let previous = -Infinity;
        for (const [bound, count] of h.buckets) {
          if (!Number.isFinite(bound) || bound <= previous) throw new Error(`metric ${f.name}: bucket bounds must be finite and ascending (the +Inf bucket is added)`);
          previous = bound;
          out.push(`${f.name}_bucket${labelText(h.labels, ["le", formatValue(bound)])} ${formatValue(count)}`);
        }
        out.push(`${f.name}_bucket${labelText(h.labels, ["le", "+Inf"])} ${formatValue(h.count)}`);
        out.push(`${f.name}_sum${labelText(h.labels)} ${formatValue(h.sum)}`);
        out.push(`${f.name}_count${labelText(h.labels)} ${formatValue(h.count)}`);
      }
    } else {
      for (const s of f.samples) {
        checkLabels(f.name, s.labels, []);
        out.push(`${f.name}${labelText(s.labels)} ${formatValue(s.value)}`);
      }
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}

/** Observations sorted into buckets with these upper bounds (ascending): cumulative counts, sum and count. */
export function histogramOf(bounds: readonly number[], observations: Iterable<number>, labels?: Labels): HistogramSample {
  const counts = bounds.map(() => 0);
  let sum = 0;
  let count = 0;
  for (const x of observations) {
    sum += x;
    count++;
    const i = bounds.findIndex((b) => x <= b);
    if (i >= 0) counts[i]!++;
  }
  let running = 0;
  const buckets = bounds.map((b, i) => [b, (running += counts[i]!)] as const);
  return { labels, buckets, sum, count };
}
