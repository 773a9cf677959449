/**
 * The dashboard page's script (dashboard.ts puts it in the page), plain browser
 * JavaScript with no framework and nothing fetched from elsewhere. It reads:
 *
 *   /api/dashboard/feed  (SSE) each pool's Figure-8 history, then updates: the pool charts
 *   /api/events          (SSE) lease events: the node table is read again at once, the event list grows
 *   /api/nodes, /api/stats, /api/pools   every REFRESH_MS: the tables and the summary line
 *   /api/nodes/:id/window                on a click on a node: its load history, every REFRESH_MS while open
 *
 * The field names it reads are those of dashboard-feed.ts (DashboardSnapshot,
 * DashboardUpdate), api-views.ts (NodeJson, StatsJson, EventJson,
 * NodeStatusJson) and reallocator.ts (PoolReport).
 *
 * To add to the page: a banner (a warning across the top) is a function in
 * BANNERS taking the /api/stats JSON and returning text or "" (e.g. other grands
 * seen); a summary field is a function in SUMMARY. Elements the browser test
 * reads carry data-* attributes (data-pool, data-node, data-series, data-kind);
 * keep them.
 *
 * Kept as a string (String.raw, so a backslash stays one) and written without
 * backquotes or dollar-brace, which would end or interpolate the string.
 */
export const DASHBOARD_SCRIPT = String.raw`
"use strict";
const REFRESH_MS = 2000;
/** The time span a pool chart shows. */
const WINDOW_MS = 10 * 60 * 1000;
// The SVG namespace, read from the page's own SVG element (the page holds no address of anything elsewhere).
const SVG_NS = document.querySelector("svg").namespaceURI;
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const mbps = (b) => (b / 1e6).toFixed(2) + " Mb/s";

/** Banners across the top: each returns a warning for the current /api/stats, or "". */
const BANNERS = [
  // Another grand on this pool: agents stay with the grand whose lease they hold, but the operator must know.
  (s) => ((s.otherGrands || []).length === 0 ? "" : "ANOTHER GRAND ANNOUNCES ON THIS POOL: " + s.otherGrands.map((g) => g.id + " at " + g.address
    + (g.signed ? " (holds our controller key)" : " (NOT signed by our controller key: misconfigured, or an impostor)") + ", last heard "
    + Math.round(g.lastSeenAgoMs / 1000) + " s ago").join("; ") + ". Run one grand per pool."),
  (s) => (s.drops && s.drops.total > 0 && s.drops.auth > 0 ? s.drops.auth + " packets did not open under the pool key (another pool's key, or an intruder)" : ""),
];
/** Fields of the summary line, from /api/stats. */
const SUMMARY = [
  (s) => s.grandId,
  (s) => s.nodes + " nodes",
  (s) => s.channelsOpen + " channels open",
  (s) => s.drops.total + " packets dropped",
  (s) => "up " + Math.round(s.uptimeMs / 1000) + " s",
];

// ---- SVG charts -------------------------------------------------------------

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG_NS, name);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(e);
  return e;
}

function niceMax(v) {
  if (!(v > 0)) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Axis labels for rates up to yMax: one unit for the axis, enough decimals to tell the five ticks apart. */
function rateLabel(yMax) {
  const [div, unit] = yMax >= 4e9 ? [1e9, "Gb/s"] : yMax >= 4e6 ? [1e6, "Mb/s"] : yMax >= 4e3 ? [1e3, "kb/s"] : [1, "b/s"];
  const step = yMax / 4 / div;
  const decimals = step >= 1 ? (Number.isInteger(step) ? 0 : 1) : Math.min(3, Math.ceil(-Math.log10(step)) + 1);
  return (v) => (v / div).toFixed(v === 0 ? 0 : decimals) + " " + unit;
}

const clock = (t) => new Date(t).toTimeString().slice(0, 8);

/**
 * Draws series on an SVG: series = [{name, color, values: [[t, y|null]], step, dash, width}], marks = [{t, kind, text}].
 * y is scaled to yMax (or the largest value), labelled with yLabel(v) (default: a rate in the unit that fits).
 */
function lineChart(svg, o) {
  const W = 1000, H = o.height || 240, L = 64, R = 12, T = 14, B = 22;
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  svg.textContent = "";
  const ts = [];
  let top = 0;
  for (const s of o.series) for (const [t, y] of s.values) {
    ts.push(t);
    if (y !== null && y > top) top = y;
  }
  const t1 = ts.length ? Math.max.apply(null, ts) : Date.now();
  const t0 = Math.max(ts.length ? Math.min.apply(null, ts) : t1, t1 - o.windowMs);
  const span = Math.max(t1 - t0, 60000);
  const from = t1 - span;
  const yMax = niceMax(o.yMax !== undefined ? o.yMax : top * 1.1);
  const yLabel = o.yLabel || rateLabel(yMax);
  const x = (t) => L + ((t - from) / span) * (W - L - R);
  const y = (v) => T + (1 - v / yMax) * (H - T - B);
  const grid = el("g", { class: "grid" }, svg);
  for (let i = 0; i <= 4; i++) {
    const v = (yMax * i) / 4;
    el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v) }, grid);
    el("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, grid).textContent = yLabel(v);
  }
  for (let i = 0; i <= 4; i++) {
    const t = from + (span * i) / 4;
    el("text", { x: x(t), y: H - 6, "text-anchor": i === 0 ? "start" : i === 4 ? "end" : "middle" }, grid).textContent = clock(t);
  }
  for (const m of o.marks || []) {
    if (m.t < from) continue;
    const g = el("g", { class: "mark", "data-kind": m.kind, "data-outcome": m.outcome }, svg);
    el("line", { x1: x(m.t), x2: x(m.t), y1: T, y2: H - B, class: "mark-line " + m.kind }, g);
    const cx = x(m.t), cy = T + 2;
    const shape = m.kind === "supplement" ? "M" + (cx - 6) + "," + (cy + 9) + "L" + cx + "," + (cy - 1) + "L" + (cx + 6) + "," + (cy + 9) + "Z"
      : m.kind === "release" ? "M" + (cx - 6) + "," + (cy - 1) + "L" + cx + "," + (cy + 9) + "L" + (cx + 6) + "," + (cy - 1) + "Z"
      : "M" + cx + "," + (cy - 2) + "L" + (cx + 5) + "," + (cy + 4) + "L" + cx + "," + (cy + 10) + "L" + (cx - 5) + "," + (cy + 4) + "Z";
    el("path", { d: shape, class: "mark-shape " + m.kind }, g);
    el("title", {}, g).textContent = clock(m.t) + "  " + m.text;
  }
  for (const s of o.series) {
    let d = "";
    let pen = false;
    let last = null;
    for (const [t, v] of s.values) {
      if (t < from) continue;
      if (v === null) { pen = false; continue; }
      if (!pen) d += "M" + x(t).toFixed(1) + "," + y(v).toFixed(1);
      else if (s.step) d += "H" + x(t).toFixed(1) + "V" + y(v).toFixed(1);
      else d += "L" + x(t).toFixed(1) + "," + y(v).toFixed(1);
      pen = true;
      last = v;
    }
    const path = el("path", { d, fill: "none", stroke: s.color, "stroke-width": s.width || 1.6, "data-series": s.name, "data-last": last === null ? "" : String(last) }, svg);
    if (s.dash) path.setAttribute("stroke-dasharray", s.dash);
  }
}

// ---- pools (Figure 8) -------------------------------------------------------

const pools = new Map();
const POOL_SERIES = [
  ["allocated", "allocated capacity", "#9ca3af", { step: true, width: 2.2 }, (p) => p.allocatedBps],
  ["serving", "serving capacity", "#16a34a", { step: true, width: 2.2 }, (p) => p.servingBps],
  ["supplement-above", "supplement above", "#f59e0b", { step: true, dash: "2 4", width: 1 }, (p) => p.supplementAboveBps],
  ["release-below", "release below", "#a855f7", { step: true, dash: "2 4", width: 1 }, (p) => p.releaseBelowBps],
  ["bound", "forecast bound", "#ea580c", { dash: "1 3", width: 1.6 }, (p) => p.boundBps],
  ["forecast", "forecast", "#ea580c", { dash: "6 4" }, (p) => p.forecastBps],
  ["demand", "observed demand", "#2563eb", { width: 2 }, (p) => p.demandBps],
];

function poolCard(name) {
  let card = document.querySelector('.pool[data-pool="' + CSS.escape(name) + '"]');
  if (card) return card;
  card = document.createElement("div");
  card.className = "pool card";
  card.dataset.pool = name;
  card.innerHTML = "<div class=pool-head><b class=pool-name></b> <span class=pool-policy></span><span class=pool-now></span></div>"
    + "<svg class=chart role=img></svg><div class=legend>"
    + POOL_SERIES.map((s) => "<span><i style='border-color:" + s[2] + "' class='" + (s[3].dash ? "dashed" : "") + "'></i>" + esc(s[1]) + "</span>").join("")
    + "<span><b class='sym supplement'>▲</b> supplement</span><span><b class='sym release'>▼</b> release</span><span><b class='sym dispatch'>◆</b> dispatch / set</span></div>";
  card.querySelector(".pool-name").textContent = name;
  $("pool-charts").appendChild(card);
  $("no-pools").hidden = true;
  return card;
}

function drawPool(name) {
  const p = pools.get(name);
  const card = poolCard(name);
  card.querySelector(".pool-policy").textContent = p.policy + " · " + p.mode;
  const last = p.points[p.points.length - 1];
  card.dataset.points = String(p.points.length);
  card.dataset.marks = String(p.marks.length);
  card.querySelector(".pool-now").textContent = last
    ? " — demand " + mbps(last.demandBps) + (last.forecastBps === null ? "" : " · forecast " + mbps(last.forecastBps))
      + (last.boundBps === null ? "" : " · bound " + mbps(last.boundBps)) + " · allocated " + mbps(last.allocatedBps) + " (" + last.members + ")"
      + " · serving " + mbps(last.servingBps) + " (" + last.serving + ")"
    : " — no period yet";
  lineChart(card.querySelector("svg"), {
    windowMs: WINDOW_MS,
    series: POOL_SERIES.map(([key, , color, style, get]) => Object.assign({ name: key, color, values: p.points.map((q) => [q.t, get(q)]) }, style)),
    marks: p.marks,
  });
}

function followPools() {
  const es = new EventSource("/api/dashboard/feed");
  es.addEventListener("snapshot", (m) => {
    const s = JSON.parse(m.data);
    pools.clear();
    for (const p of s.pools) pools.set(p.pool, p);
    for (const name of pools.keys()) drawPool(name);
  });
  es.addEventListener("update", (m) => {
    const u = JSON.parse(m.data);
    let p = pools.get(u.pool);
    if (!p) pools.set(u.pool, (p = { pool: u.pool, policy: "", mode: "", points: [], marks: [] }));
    p.points.push.apply(p.points, u.points);
    p.marks.push.apply(p.marks, u.marks);
    // Relative to grand's newest time, not this browser's clock, which may be set differently.
    const newest = p.points.length ? p.points[p.points.length - 1].t : 0;
    const cut = newest - 2 * WINDOW_MS;
    while (p.points.length > 2 && p.points[0].t < cut) p.points.shift();
    while (p.marks.length && p.marks[0].t < cut) p.marks.shift();
    drawPool(u.pool);
  });
}

// ---- nodes, pools table, summary ---------------------------------------------

let selected = null;
let refreshing = false;
let again = false;

async function refresh() {
  if (refreshing) { again = true; return; }
  refreshing = true;
  try {
    const [nodes, stats, poolRows] = await Promise.all(["/api/nodes", "/api/stats", "/api/pools"].map((p) => fetch(p).then((r) => r.json())));
    $("summary").textContent = SUMMARY.map((f) => f(stats)).join(" · ");
    const banners = BANNERS.map((f) => f(stats)).filter((t) => t);
    $("banners").innerHTML = banners.map((t) => "<div class=banner>" + esc(t) + "</div>").join("");
    $("nodes").innerHTML = nodes.map((n) => {
      const l = n.load || { rxBps: 0, txBps: 0, cpuBusy: 0, linkCapacityBps: 0 };
      const use = l.linkCapacityBps ? Math.min(1, (l.rxBps + l.txBps) / l.linkCapacityBps) : 0;
      const ch = n.channel || "none";
      return "<tr data-node='" + esc(n.id) + "' class='" + (n.id === selected ? "selected" : "") + "' title='click for its load history'><td>" + esc(n.id)
        + "</td><td>" + esc(n.attributes.hostname) + "</td><td>" + esc(n.attributes.roles.join(", ") || "-")
        + "</td><td>" + esc(n.addresses.join(", ")) + "</td><td class=num>" + (n.leaseRemainingMs / 1000).toFixed(1) + " s</td><td class=num>"
        + n.renewals + "</td><td><span class='pill " + esc(ch) + "'>" + esc(ch) + "</span></td><td class=num>" + mbps(l.rxBps)
        + "</td><td class=num>" + mbps(l.txBps) + "</td><td><span class=bar style='width:" + Math.round(use * 80) + "px'></span> "
        + (use * 100).toFixed(0) + " %</td><td class=num>" + (l.cpuBusy * 100).toFixed(0) + " %</td></tr>";
    }).join("") || "<tr><td colspan=11>no nodes registered</td></tr>";
    $("pools").innerHTML = poolRows.map((p) => {
      const last = p.lastActions[p.lastActions.length - 1];
      return "<tr><td>" + esc(p.pool) + "</td><td>" + esc(p.policy) + "</td><td>" + esc(p.mode) + "</td><td>"
        + esc(p.members.map((m) => m.serviceId + (m.ready ? "" : " (starting)")).join(", ") || "-") + "</td><td>" + esc(p.idle.join(", ") || "-")
        + "</td><td class=num>" + mbps(p.observedBps) + "</td><td>"
        + esc((p.dispatchers || []).map((d) => d.serviceId + ": " + (d.applied === null ? "(nothing yet)" : d.applied === "" ? "(empty)" : d.applied.split(",").map((b) => b.split("@")[0] + " " + b.split("/").pop()).join(", ")) + (d.error ? " — " + d.error : "")).join("; ") || "-")
        + "</td><td>" + (last ? esc(last.action + " — " + last.outcome) : "-") + "</td></tr>";
    }).join("") || "<tr><td colspan=8>no pools (grand serve --pools FILE)</td></tr>";
    if (selected) await drawNode(selected, nodes.some((n) => n.id === selected));
  } catch (e) {
    $("summary").innerHTML = "<span class=err>cannot reach grand's API: " + esc(e.message) + "</span>";
  } finally {
    refreshing = false;
    if (again) { again = false; refresh(); }
  }
}

// ---- one node's load history (on a click) -----------------------------------

async function drawNode(id, registered) {
  const panel = $("node-panel");
  panel.hidden = false;
  panel.dataset.node = id;
  $("node-title").textContent = "Load of " + id + (registered ? "" : " (no longer registered)");
  if (!registered) return;
  const r = await fetch("/api/nodes/" + encodeURIComponent(id) + "/window");
  if (!r.ok) return;
  const held = await r.json();
  if (selected !== id) return;
  // A repeated atMs is an adaptor-state update of the same sample; its load is drawn once.
  const samples = held.filter((s, i) => s.atMs && (i === 0 || s.atMs !== held[i - 1].atMs));
  panel.dataset.samples = String(samples.length);
  const last = samples[samples.length - 1];
  $("node-now").textContent = last
    ? samples.length + " samples · latest tx " + mbps(last.txBps || 0) + " · rx " + mbps(last.rxBps || 0) + " · cpu " + (((last.cpu && last.cpu.busy) || 0) * 100).toFixed(0) + " %"
      + (last.linkCapacityBps ? " · link " + mbps(last.linkCapacityBps) : "")
    : "no telemetry yet";
  lineChart($("node-rate"), {
    windowMs: WINDOW_MS, height: 200,
    series: [
      { name: "tx", color: "#2563eb", width: 2, values: samples.map((s) => [s.atMs, s.txBps || 0]) },
      { name: "rx", color: "#0d9488", values: samples.map((s) => [s.atMs, s.rxBps || 0]) },
    ],
  });
  lineChart($("node-cpu"), {
    windowMs: WINDOW_MS, height: 130, yMax: 100,
    yLabel: (v) => v.toFixed(0) + " %",
    series: [{ name: "cpu", color: "#dc2626", values: samples.map((s) => [s.atMs, ((s.cpu && s.cpu.busy) || 0) * 100]) }],
  });
}

$("nodes").addEventListener("click", (ev) => {
  const row = ev.target.closest("tr[data-node]");
  if (!row) return;
  selected = row.dataset.node;
  for (const r of document.querySelectorAll("#nodes tr")) r.classList.toggle("selected", r === row);
  drawNode(selected, true);
});
$("node-close").addEventListener("click", () => {
  selected = null;
  $("node-panel").hidden = true;
});

// ---- lease events ------------------------------------------------------------

function followEvents() {
  const es = new EventSource("/api/events");
  const add = (m) => {
    const e = JSON.parse(m.data);
    const line = document.createElement("div");
    line.className = e.type;
    line.dataset.node = e.id;
    line.textContent = e.at + "  #" + e.seq + "  " + e.type + "  " + e.id + "  " + e.node.attributes.hostname;
    $("events").prepend(line);
    while ($("events").childNodes.length > 500) $("events").lastChild.remove();
    // The node table follows the event at once, not at the next poll.
    refresh();
  };
  es.onmessage = add;
  for (const t of ["registered", "renewed-with-changes", "expired", "cancelled"]) es.addEventListener(t, add);
  // grand restarted (or this page fell behind): the held events follow again, so start the list afresh.
  es.addEventListener("reset", () => { $("events").textContent = ""; });
}

refresh();
setInterval(refresh, REFRESH_MS);
followPools();
followEvents();
`;
