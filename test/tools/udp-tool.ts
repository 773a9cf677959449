/**
 * Test tool: capture datagrams from the pool group, or send captured ones again.
 *
 *   bun test/tools/udp-tool.ts capture --iface ADDR [--group G] [--port P] [--count N] --out FILE
 *   bun test/tools/udp-tool.ts send --to ADDR:PORT --in FILE
 *   bun test/tools/udp-tool.ts blast --to ADDR:PORT --rate BYTES_PER_S --seconds S [--size B]
 *   bun test/tools/udp-tool.ts sink --port P
 *
 * Captured datagrams are written one per line as hex.
 */
import dgram from "node:dgram";
import { appendFileSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const [mode, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    iface: { type: "string" }, group: { type: "string", default: "239.255.41.60" }, port: { type: "string", default: "4160" },
    count: { type: "string", default: "1" }, out: { type: "string" }, to: { type: "string" }, in: { type: "string" },
    rate: { type: "string" }, seconds: { type: "string" }, size: { type: "string", default: "1200" },
  },
});

if (mode === "capture") {
  const sock = dgram.createSocket({ type: "udp4", reuseAddr: true });
  let left = Number(values.count);
  sock.on("message", (msg) => {
    appendFileSync(values.out!, msg.toString("hex") + "\n");
    if (--left <= 0) {
      sock.close();
      process.exit(0);
    }
  });
  sock.bind(Number(values.port), () => {
    sock.addMembership(values.group!, values.iface!);
    console.log("capturing");
  });
} else if (mode === "send") {
  const [address, port] = values.to!.split(":");
  const sock = dgram.createSocket("udp4");
  const lines = readFileSync(values.in!, "utf8").trim().split("\n");
  let left = lines.length;
  for (const line of lines) {
    sock.send(Buffer.from(line, "hex"), Number(port), address!, () => {
      if (--left === 0) {
        sock.close();
        console.log(`sent ${lines.length}`);
      }
    });
  }
} else if (mode === "blast") {
  // Paced UDP traffic: `rate` payload bytes per second for `seconds`, in 10 ms slices.
  const [address, port] = values.to!.split(":");
  const sock = dgram.createSocket("udp4");
  const size = Number(values.size);
  const payload = Buffer.alloc(size, 0x5a);
  const perSlice = Number(values.rate) / 100;
  const end = performance.now() + Number(values.seconds) * 1000;
  let sent = 0;
  let credit = 0;
  const slice = () => {
    if (performance.now() >= end) {
      sock.close();
      console.log(`sent ${sent} bytes`);
      return;
    }
    credit += perSlice;
    while (credit >= size) {
      sock.send(payload, Number(port), address!);
      sent += size;
      credit -= size;
    }
    setTimeout(slice, 10);
  };
  slice();
} else if (mode === "sink") {
  const sock = dgram.createSocket("udp4");
  sock.on("message", () => {});
  sock.bind(Number(values.port), () => console.log("sinking"));
} else {
  console.error("usage: udp-tool capture|send|blast|sink ...");
  process.exit(2);
}
