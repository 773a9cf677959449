/**
 * An SVG figure in the style of the paper's Figure 8: one panel per policy, each
 * with the bandwidth the monitor observed (a), the policy's forecast (b), and the
 * capacity of the allocated nodes over time (c, d) — plus, for reference, the true
 * demand and the oracle's allocation. The y axis is in Mbps with a grid line per
 * node's capacity, so the allocation steps read as node counts on the right.
 * Long runs are decimated to a min/max envelope per pixel column, so the file stays
 * small and the noise stays visible. Plain text, no randomness: byte-identical
 * for one seed.
 */
import type { PolicyRun, Simulation } from "../simulator/simulator.ts";

const WIDTH = 1000;
const LEFT = 64;
const RIGHT = 72;
const PANEL_H = 210;
const PANEL_GAP = 64;
const TOP = 84;
/** Columns of the min/max envelope a long series is reduced to. */
const MAX_COLUMNS = 900;

const COLORS = {
  demand: "#222222",
  observed: "#9a9a9a",
  forecast: "#1f6fd0",
  upper: "#7fb0ea",
  allocated: "#d03b1f",
  ready: "#e8a23a",
  oracle: "#2a9d3a",
  grid: "#e4e4e4",
};

const f1 = (x: number): string => x.toFixed(1);

interface Frame {
  readonly x0: number;
  readonly y0: number;
  readonly plotW: number;
  readonly steps: number;
  readonly yMaxBps: number;
}

function xOf(fr: Frame, k: number): number {
  return fr.x0 + (fr.plotW * k) / Math.max(1, fr.steps - 1);
}

function yOf(fr: Frame, bps: number): number {
  return fr.y0 + PANEL_H - (PANEL_H * Math.min(Math.max(bps, 0), fr.yMaxBps)) / fr.yMaxBps;
}

/** A polyline of a sampled series; NaN values break it. Decimated to a min/max envelope when long. */
function line(fr: Frame, values: ArrayLike<number>, color: string, width: number, dash = ""): string {
  const n = values.length;
  const parts: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 1) parts.push(current.join(" "));
    current = [];
  };
  if (n <= MAX_COLUMNS * 2) {
    for (let k = 0; k < n; k++) {
      const v = values[k]!;
      if (Number.isNaN(v)) flush();
      else current.push(`${f1(xOf(fr, k))},${f1(yOf(fr, v))}`);
    }
  } else {
    for (let c = 0; c < MAX_COLUMNS; c++) {
      const from = Math.floor((c * n) / MAX_COLUMNS);
      const to = Math.floor(((c + 1) * n) / MAX_COLUMNS);
      let lo = Infinity;
      let hi = -Infinity;
      let loK = from;
      let hiK = from;
      for (let k = from; k < to; k++) {
        const v = values[k]!;
        if (Number.isNaN(v)) continue;
        if (v < lo) [lo, loK] = [v, k];
        if (v > hi) [hi, hiK] = [v, k];
      }
      if (lo === Infinity) {
        flush();
        continue;
      }
      // Keep the envelope's two points in time order.
      const [a, b] = loK <= hiK ? [[loK, lo], [hiK, hi]] : [[hiK, hi], [loK, lo]];
      current.push(`${f1(xOf(fr, a[0]!))},${f1(yOf(fr, a[1]!))}`, `${f1(xOf(fr, b[0]!))},${f1(yOf(fr, b[1]!))}`);
    }
  }
  flush();
  const dashAttr = dash ? ` stroke-dasharray="${dash}"` : "";
  return parts.map((p) => `<polyline fill="none" stroke="${color}" stroke-width="${width}"${dashAttr} points="${p}"/>`).join("\n");
}

/** A step function (node counts × capacity), exact: one corner per change. */
function steps(fr: Frame, counts: ArrayLike<number>, capacityBps: number, color: string, width: number, dash = ""): string {
  const pts: string[] = [];
  let prev = -1;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k]!;
    if (c !== prev) {
      const y = f1(yOf(fr, c * capacityBps));
      if (prev >= 0) pts.push(`${f1(xOf(fr, k))},${f1(yOf(fr, prev * capacityBps))}`);
      pts.push(`${f1(xOf(fr, k))},${y}`);
      prev = c;
    }
  }
  pts.push(`${f1(xOf(fr, counts.length - 1))},${f1(yOf(fr, prev * capacityBps))}`);
  const dashAttr = dash ? ` stroke-dasharray="${dash}"` : "";
  return `<polyline fill="none" stroke="${color}" stroke-width="${width}"${dashAttr} points="${pts.join(" ")}"/>`;
}

/** Time-axis tick spacing giving at most about a dozen ticks. */
function tickStepS(durationS: number): number {
  for (const s of [10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600]) if (durationS / s <= 12) return s;
  return 43200;
}

function timeLabel(sim: Simulation, tS: number): string {
  const day = sim.workload.startOfDayS;
  if (day === null) return tS % 60 === 0 ? `${tS / 60} min` : `${tS} s`;
  const s = (day + tS) % 86400;
  return `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}`;
}

function panel(sim: Simulation, run: PolicyRun, index: number, yMaxBps: number): string {
  const w = sim.workload;
  const cap = sim.pool.nodeCapacityBps;
  const fr: Frame = { x0: LEFT, y0: TOP + index * (PANEL_H + PANEL_GAP), plotW: WIDTH - LEFT - RIGHT, steps: w.demandBps.length, yMaxBps };
  const out: string[] = [];
  const m = run.metrics;
  const letter = String.fromCharCode(97 + index);
  out.push(
    `<text x="${LEFT}" y="${fr.y0 - 10}" font-size="13" font-weight="bold">(${letter}) ${run.policy}</text>` +
      `<text x="${LEFT + 110}" y="${fr.y0 - 10}" font-size="12">SLA violation ${m.slaViolationSeconds} s · dropped ${Math.round(m.droppedStreamSeconds)} stream·s · ` +
      `${Math.round(m.nodeSeconds)} node·s (oracle ${Math.round(m.oracleNodeSeconds)}) · ${m.actions} actions (oracle ${m.oracleActions}) · ${m.reversals} reversals</text>`,
  );
  // Grid: one line per node's capacity, labelled in Mbps on the left and nodes on the right.
  for (let n = 0; n * cap <= yMaxBps + 1; n++) {
    const y = f1(yOf(fr, n * cap));
    out.push(`<line x1="${LEFT}" x2="${LEFT + fr.plotW}" y1="${y}" y2="${y}" stroke="${COLORS.grid}"/>`);
    out.push(`<text x="${LEFT - 6}" y="${y}" font-size="10" text-anchor="end" dominant-baseline="middle">${f1((n * cap) / 1e6)}</text>`);
    out.push(`<text x="${LEFT + fr.plotW + 6}" y="${y}" font-size="10" dominant-baseline="middle">${n} node${n === 1 ? "" : "s"}</text>`);
  }
  const durationS = ((w.demandBps.length - 1) * w.periodMs) / 1000;
  const tick = tickStepS(durationS);
  for (let t = 0; t <= durationS; t += tick) {
    const x = f1(xOf(fr, (t * 1000) / w.periodMs));
    out.push(`<line x1="${x}" x2="${x}" y1="${fr.y0 + PANEL_H}" y2="${fr.y0 + PANEL_H + 4}" stroke="#444"/>`);
    out.push(`<text x="${x}" y="${fr.y0 + PANEL_H + 16}" font-size="10" text-anchor="middle">${timeLabel(sim, t)}</text>`);
  }
  out.push(`<rect x="${LEFT}" y="${fr.y0}" width="${fr.plotW}" height="${PANEL_H}" fill="none" stroke="#444"/>`);
  out.push(`<text x="14" y="${f1(fr.y0 + PANEL_H / 2)}" font-size="10" transform="rotate(-90 14 ${f1(fr.y0 + PANEL_H / 2)})" text-anchor="middle">Mbps</text>`);
  const s = run.series;
  out.push(line(fr, s.observedBps, COLORS.observed, 0.8));
  out.push(line(fr, w.demandBps, COLORS.demand, 1));
  out.push(line(fr, s.upperBps, COLORS.upper, 1, "4 3"));
  out.push(line(fr, s.forecastBps, COLORS.forecast, 1.2));
  out.push(steps(fr, sim.oracle.allocated, cap, COLORS.oracle, 1.4, "2 3"));
  out.push(steps(fr, s.ready, cap, COLORS.ready, 1.2, "6 3"));
  out.push(steps(fr, s.allocated, cap, COLORS.allocated, 1.6));
  return out.join("\n");
}

function legend(): string {
  const items: [string, string, string][] = [
    ["observed SUM", COLORS.observed, ""],
    ["true demand", COLORS.demand, ""],
    ["forecast the rule used", COLORS.forecast, ""],
    ["upper bound", COLORS.upper, "4 3"],
    ["allocated × C", COLORS.allocated, ""],
    ["serving × C", COLORS.ready, "6 3"],
    ["oracle × C", COLORS.oracle, "2 3"],
  ];
  return items
    .map(([label, color, dash], i) => {
      const x = LEFT + i * 124 + (i > 2 ? 40 : 0);
      const d = dash ? ` stroke-dasharray="${dash}"` : "";
      return `<line x1="${x}" x2="${x + 22}" y1="42" y2="42" stroke="${color}" stroke-width="2"${d}/><text x="${x + 27}" y="46" font-size="11">${label}</text>`;
    })
    .join("\n");
}

/** The whole figure. */
export function figureSvg(sim: Simulation, title: string): string {
  const cap = sim.pool.nodeCapacityBps;
  // Loops, not Math.max(...xs): a long run has more samples than a call may take arguments.
  let peak = 0;
  for (const v of sim.workload.demandBps) peak = Math.max(peak, v);
  let nodes = 0;
  for (const v of sim.oracle.allocated) nodes = Math.max(nodes, v);
  for (const r of sim.runs) {
    for (const v of r.series.allocated) nodes = Math.max(nodes, v);
    for (const v of r.series.observedBps) peak = Math.max(peak, v);
  }
  const yMaxBps = Math.max(peak, nodes * cap) * 1.05;
  const height = TOP + sim.runs.length * (PANEL_H + PANEL_GAP);
  const body = sim.runs.map((r, i) => panel(sim, r, i, yMaxBps)).join("\n");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">\n` +
    `<rect width="100%" height="100%" fill="white"/>\n` +
    `<text x="${LEFT}" y="20" font-size="13" fill="#222">${escapeXml(title)}</text>\n` +
    `${legend()}\n${body}\n</svg>\n`
  );
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
