/**
 * grand's dashboard: one self-contained page (no external assets, works with no
 * network) served at GET /. It reads the same HTTP API a script would: nodes
 * with their lease, channel and load (polled every 2 s), pools and their recent
 * actions, and the event stream (Server-Sent Events) as it happens. The fields
 * its script reads are those of `NodeJson`, `StatsJson` and `EventJson` in
 * api-views.ts and of `PoolReport` (reallocator.ts); rename none there without
 * changing it here.
 */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LAMA — grand</title>
<style>
  :root { font: 14px/1.4 system-ui, sans-serif; color: #1d2330; background: #f5f6f8; }
  body { margin: 0 auto; max-width: 1200px; padding: 16px; }
  h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 15px; margin: 20px 0 6px; }
  .sub { color: #5b6475; margin-bottom: 12px; }
  table { border-collapse: collapse; width: 100%; background: #fff; box-shadow: 0 1px 2px #0001; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e6e8ec; white-space: nowrap; }
  th { background: #eef0f4; font-weight: 600; font-size: 12px; text-transform: uppercase; color: #4a5263; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .bar { display: inline-block; height: 8px; background: #3b82f6; border-radius: 2px; vertical-align: middle; }
  .pill { padding: 1px 6px; border-radius: 8px; font-size: 12px; }
  .open { background: #d1fae5; color: #065f46; } .connecting, .waiting { background: #fef3c7; color: #92400e; } .none { background: #e5e7eb; }
  #events { background: #fff; font: 12px/1.5 ui-monospace, monospace; padding: 8px; height: 220px; overflow: auto; box-shadow: 0 1px 2px #0001; }
  .expired { color: #b91c1c; } .registered { color: #047857; } .cancelled { color: #6b7280; }
  .err { color: #b91c1c; }
  #others { background: #fee2e2; color: #7f1d1d; border: 1px solid #fca5a5; padding: 8px 12px; margin: 8px 0; font-weight: 600; }
</style>
</head>
<body>
<h1>LAMA — grand</h1>
<div class="sub" id="summary">connecting…</div>
<div id="others" hidden></div>
<h2>Nodes</h2>
<table><thead><tr><th>id</th><th>host</th><th>roles</th><th>addresses</th><th>lease left</th><th>renewals</th><th>channel</th>
<th>rx</th><th>tx</th><th>link use</th><th>cpu</th></tr></thead><tbody id="nodes"></tbody></table>
<h2>Pools</h2>
<table><thead><tr><th>pool</th><th>policy</th><th>mode</th><th>members</th><th>idle</th><th>observed</th><th>dispatcher</th><th>last action</th></tr></thead>
<tbody id="pools"></tbody></table>
<h2>Events</h2>
<div id="events"></div>
<script>
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const mbps = (b) => (b / 1e6).toFixed(2) + " Mb/s";
async function refresh() {
  try {
    const [nodes, stats, pools] = await Promise.all(["/api/nodes", "/api/stats", "/api/pools"].map((p) => fetch(p).then((r) => r.json())));
    $("summary").textContent = stats.grandId + " · " + stats.nodes + " nodes · " + stats.channelsOpen + " channels open · "
      + stats.drops.total + " packets dropped · up " + Math.round(stats.uptimeMs / 1000) + " s";
    // Another grand on this pool: agents stay with the grand whose lease they hold, but the operator must know.
    const others = stats.otherGrands || [];
    $("others").hidden = others.length === 0;
    $("others").innerHTML = others.length === 0 ? "" : "ANOTHER GRAND ANNOUNCES ON THIS POOL: " + others.map((g) => esc(g.id + " at " + g.address
      + (g.signed ? " (holds our controller key)" : " (NOT signed by our controller key: misconfigured, or an impostor)") + ", last heard "
      + Math.round(g.lastSeenAgoMs / 1000) + " s ago")).join("; ") + ". Run one grand per pool.";
    $("nodes").innerHTML = nodes.map((n) => {
      const l = n.load || { rxBps: 0, txBps: 0, cpuBusy: 0, linkCapacityBps: 0 };
      const use = l.linkCapacityBps ? Math.min(1, (l.rxBps + l.txBps) / l.linkCapacityBps) : 0;
      const ch = n.channel || "none";
      return "<tr><td>" + esc(n.id) + "</td><td>" + esc(n.attributes.hostname) + "</td><td>" + esc(n.attributes.roles.join(", ") || "-")
        + "</td><td>" + esc(n.addresses.join(", ")) + "</td><td class=num>" + (n.leaseRemainingMs / 1000).toFixed(1) + " s</td><td class=num>"
        + n.renewals + "</td><td><span class='pill " + esc(ch) + "'>" + esc(ch) + "</span></td><td class=num>" + mbps(l.rxBps)
        + "</td><td class=num>" + mbps(l.txBps) + "</td><td><span class=bar style='width:" + Math.round(use * 80) + "px'></span> "
        + (use * 100).toFixed(0) + " %</td><td class=num>" + (l.cpuBusy * 100).toFixed(0) + " %</td></tr>";
    }).join("") || "<tr><td colspan=11>no nodes registered</td></tr>";
    $("pools").innerHTML = pools.map((p) => {
      const last = p.lastActions[p.lastActions.length - 1];
      return "<tr><td>" + esc(p.pool) + "</td><td>" + esc(p.policy) + "</td><td>" + esc(p.mode) + "</td><td>"
        + esc(p.members.map((m) => m.serviceId + (m.ready ? "" : " (starting)")).join(", ") || "-") + "</td><td>" + esc(p.idle.join(", ") || "-")
        + "</td><td class=num>" + mbps(p.observedBps) + "</td><td>"
        + esc((p.dispatchers || []).map((d) => d.serviceId + ": " + (d.applied === null ? "(nothing yet)" : d.applied === "" ? "(empty)" : d.applied.split(",").map((b) => b.split("@")[0] + " " + b.split("/").pop()).join(", ")) + (d.error ? " — " + d.error : "")).join("; ") || "-")
        + "</td><td>" + (last ? esc(last.action + " — " + last.outcome) : "-") + "</td></tr>";
    }).join("") || "<tr><td colspan=8>no pools (grand serve --pools FILE)</td></tr>";
  } catch (e) {
    $("summary").innerHTML = "<span class=err>cannot reach grand's API: " + esc(e.message) + "</span>";
  }
}
function follow() {
  const es = new EventSource("/api/events");
  es.onmessage = (m) => add(JSON.parse(m.data));
  for (const t of ["registered", "renewed-with-changes", "expired", "cancelled"]) es.addEventListener(t, (m) => add(JSON.parse(m.data)));
  // grand restarted (or this page fell behind): the held events follow again, so start the list afresh.
  es.addEventListener("reset", () => { $("events").textContent = ""; });
}
function add(e) {
  const line = document.createElement("div");
  line.className = e.type;
  line.textContent = e.at + "  #" + e.seq + "  " + e.type + "  " + e.id + "  " + e.node.attributes.hostname;
  $("events").prepend(line);
}
refresh();
setInterval(refresh, 2000);
follow();
</script>
</body>
</html>
`;
