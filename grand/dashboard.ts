/**
 * grand's dashboard: one self-contained page (no external assets, works with no
 * network) served at GET /. Each pool is drawn as the paper's Figure 8, live:
 * observed demand, the policy's forecast and bound, allocated and serving
 * capacity, and each action as a mark (from GET /api/dashboard/feed,
 * dashboard-feed.ts); below, the nodes with their lease, channel and load (a
 * click shows a node's load history from /api/nodes/:id/window), the pools'
 * state and the lease events as they happen. The script is dashboard-script.ts;
 * the browser test is test/dashboard.test.ts, its screenshot docs/dashboard.png.
 */
import { DASHBOARD_SCRIPT } from "./dashboard-script.ts";

const STYLE = `
  :root { font: 14px/1.4 system-ui, sans-serif; color: #1d2330; background: #f5f6f8; }
  body { margin: 0 auto; max-width: 1200px; padding: 16px; }
  h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 15px; margin: 20px 0 6px; }
  .sub { color: #5b6475; margin-bottom: 12px; }
  .banner { background: #fef3c7; color: #92400e; border: 1px solid #fcd34d; border-radius: 4px; padding: 6px 10px; margin: 6px 0; }
  .card { background: #fff; box-shadow: 0 1px 2px #0001; padding: 8px 10px; margin-bottom: 12px; }
  .pool-head { margin-bottom: 4px; } .pool-policy, .pool-now { color: #5b6475; }
  svg.chart { width: 100%; height: auto; display: block; }
  svg .grid line { stroke: #e6e8ec; } svg .grid text { font-size: 11px; fill: #6b7280; }
  svg .mark-line { stroke-width: 1; stroke-dasharray: 3 3; opacity: .55; }
  .supplement { stroke: #16a34a; fill: #16a34a; color: #16a34a; } .release { stroke: #dc2626; fill: #dc2626; color: #dc2626; }
  .dispatch, .set, .other { stroke: #2563eb; fill: #2563eb; color: #2563eb; }
  .legend { font-size: 12px; color: #4a5263; display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 2px; }
  .legend i { display: inline-block; width: 18px; border-top: 2px solid; vertical-align: middle; margin-right: 4px; }
  .legend i.dashed { border-top-style: dashed; } .legend .sym { font-weight: normal; margin-right: 3px; }
  table { border-collapse: collapse; width: 100%; background: #fff; box-shadow: 0 1px 2px #0001; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e6e8ec; white-space: nowrap; }
  th { background: #eef0f4; font-weight: 600; font-size: 12px; text-transform: uppercase; color: #4a5263; }
  #nodes tr[data-node] { cursor: pointer; } #nodes tr[data-node]:hover { background: #f0f5ff; } #nodes tr.selected { background: #e0ebff; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .bar { display: inline-block; height: 8px; background: #3b82f6; border-radius: 2px; vertical-align: middle; }
  .pill { padding: 1px 6px; border-radius: 8px; font-size: 12px; }
  .open { background: #d1fae5; color: #065f46; } .connecting, .waiting { background: #fef3c7; color: #92400e; } .none { background: #e5e7eb; }
  #node-panel h2 { display: inline-block; margin-right: 12px; } #node-now { color: #5b6475; }
  #events { background: #fff; font: 12px/1.5 ui-monospace, monospace; padding: 8px; height: 220px; overflow: auto; box-shadow: 0 1px 2px #0001; }
  #events .expired { color: #b91c1c; } #events .registered { color: #047857; } #events .cancelled { color: #6b7280; }
  .err { color: #b91c1c; }
`;

export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LAMA — grand</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<h1>LAMA — grand</h1>
<div class="sub" id="summary">connecting…</div>
<div id="banners"></div>
<h2>Pools</h2>
<div id="pool-charts"></div>
<div id="no-pools" class="sub">no pools reallocated (grand serve --pools FILE)</div>
<h2>Nodes</h2>
<table><thead><tr><th>id</th><th>host</th><th>roles</th><th>addresses</th><th>lease left</th><th>renewals</th><th>channel</th>
<th>rx</th><th>tx</th><th>link use</th><th>cpu</th></tr></thead><tbody id="nodes"></tbody></table>
<section id="node-panel" class="card" hidden>
<h2 id="node-title"></h2><span id="node-now"></span> <button id="node-close" type="button">close</button>
<svg id="node-rate" class="chart" role="img"></svg>
<svg id="node-cpu" class="chart" role="img"></svg>
<div class="legend"><span><i style="border-color:#2563eb"></i>tx</span><span><i style="border-color:#0d9488"></i>rx</span><span><i style="border-color:#dc2626"></i>cpu busy</span></div>
</section>
<h2>Pool state</h2>
<table><thead><tr><th>pool</th><th>policy</th><th>mode</th><th>members</th><th>idle</th><th>observed</th><th>dispatcher</th><th>last action</th></tr></thead>
<tbody id="pools"></tbody></table>
<h2>Events</h2>
<div id="events"></div>
<script>${DASHBOARD_SCRIPT}</script>
</body>
</html>
`;
