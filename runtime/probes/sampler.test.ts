import { expect, test } from "bun:test";
import { join } from "node:path";
import { pb, type lama } from "../../proto/index.ts";
import { loadFixture, memoryProcSource, realProcSource, type ProcSource } from "./proc-source.ts";
import { Sampler } from "./sampler.ts";

const FIXTURES = join(import.meta.dir, "fixtures");
const snapshot = (name: string, t: string) => loadFixture(join(FIXTURES, name, t));
/** Time of the linux-6.18 captures (see fixtures/README.md). */
const CAPTURE_T0 = 1795662702554;
const CAPTURE_T1 = 1795662704636;
const KiB = 1024;

/** Samples t0 then t1 of a fixture; returns both statuses. */
function sampleFixture(name: string, t0Ms: number, t1Ms: number, opts: Partial<ConstructorParameters<typeof Sampler>[0]> = {}) {
  const source = memoryProcSource(snapshot(name, "t0"));
  const sampler = new Sampler({ serviceId: "node-7", source, ...opts });
  const first = sampler.sample(t0Ms);
  source.load(snapshot(name, "t1"));
  return { first, second: sampler.sample(t1Ms), source, sampler };
}

const iface = (s: lama.v1.INodeStatus, name: string) => s.interfaces!.find((i) => i.name === name)!;
const disk = (s: lama.v1.INodeStatus, name: string) => s.disks!.find((d) => d.name === name)!;

test("this kernel's captures: rates over 2082 ms", () => {
  const { second: s } = sampleFixture("linux-6.18", CAPTURE_T0, CAPTURE_T1);
  expect(s.serviceId).toBe("node-7");
  expect(s.atMs).toBe(CAPTURE_T1);
  expect(s.periodMs).toBe(2082);
  expect(s.interfaces!.map((i) => i.name)).toEqual(["lo", "ifb0", "ifb1", "eth0"]);
  const eth0 = iface(s, "eth0");
  expect(eth0.txBps).toBeCloseTo((171686400 - 540000) * 8 / 2.082, 3); // the 1200-byte datagrams: ~658 Mb/s
  expect(eth0.txPps).toBeCloseTo((143367 - 5567) / 2.082, 6);
  expect(eth0.rxBps).toBeCloseTo((441264636 - 441260464) * 8 / 2.082, 6);
  expect(eth0.txBytes).toBe(171686400);
  expect(eth0.speedBps).toBe(0); // virtio-net says -1
  expect(iface(s, "lo").rxBps).toBeCloseTo((147101 - 146869) * 8 / 2.082, 6);
  // Sums leave out lo; ifb0/ifb1 carried nothing.
  expect(s.txBps).toBeCloseTo(eth0.txBps!, 6);
  expect(s.rxBps).toBeCloseTo(eth0.rxBps!, 6);
  expect(s.linkCapacityBps).toBe(0);

  // cpu  128308 0 9306 89745 711 0 109 231 → 128529 0 9384 89836 712 0 111 256: 418 ticks
  expect(s.cpu!.user).toBeCloseTo(221 / 418, 12);
  expect(s.cpu!.system).toBeCloseTo(78 / 418, 12);
  expect(s.cpu!.idle).toBeCloseTo(91 / 418, 12);
  expect(s.cpu!.steal).toBeCloseTo(25 / 418, 12);
  expect(s.cpu!.busy).toBeCloseTo((418 - 91 - 1) / 418, 12);
  expect(s.cpu!.perCpuBusy).toHaveLength(2);

  expect(s.disks!.map((d) => d.name)).toEqual(["vda"]); // loop and zram left out
  const vda = disk(s, "vda");
  expect(vda.writeIops).toBeCloseTo(12 / 2.082, 9);
  expect(vda.writeBps).toBeCloseTo((10090424 - 10024864) * 512 / 2.082, 6); // ~16 MB/s of the fsync'ed 32 MiB
  expect(vda.readBps).toBe(0);
  expect(vda.busy).toBeCloseTo(16 / 2082, 12);

  expect(s.filesystems).toEqual([
    { mount: "/", type: "ext4", sizeBytes: 66053021 * 4096, usedBytes: (66053021 - 59427645) * 4096, availableBytes: 19972352 * 4096 },
  ]);
  expect(s.memory!.totalBytes).toBe(24684084 * KiB);
  expect(s.load!.total).toBeGreaterThan(0);
});

test("2.6.32 captures: 32-bit wraps, errors and drops, a CPU going offline, io_ticks wrapping", () => {
  const t0 = 1_262_304_000_000;
  const { first, second: s } = sampleFixture("linux-2.6.32-i686", t0, t0 + 2000);
  expect(first.periodMs).toBe(0);
  expect(s.periodMs).toBe(2000);

  expect(iface(s, "eth0")).toMatchObject({ rxBps: 8e6, txBps: 2e6, rxPps: 750, txPps: 500, rxBytes: 1e6, txBytes: 4e5, speedBps: 1e9 });
  expect(iface(s, "eth1")).toMatchObject({
    rxBps: 1e6, txBps: 5e5, rxPps: 250, txPps: 125, rxErrorsPs: 1, txErrorsPs: 0, rxDropsPs: 2, txDropsPs: 0.5, speedBps: 1e8,
  });
  expect(iface(s, "lo")).toMatchObject({ rxBps: 80000, rxPps: 100, speedBps: 0 });
  expect(s.rxBps).toBe(9e6);
  expect(s.txBps).toBe(2.5e6);
  expect(s.linkCapacityBps).toBe(1.1e9);

  expect(s.cpu!.busy).toBeCloseTo(224 / 600, 12);
  expect(s.cpu!.idle).toBeCloseTo(346 / 600, 12);
  expect(s.cpu!.iowait).toBeCloseTo(30 / 600, 12);
  expect(s.cpu!.perCpuBusy!.map((b) => Number(b.toFixed(12)))).toEqual([0.62, 0.35, 0.15]);
  expect(first.cpu!.perCpuBusy).toEqual([0, 0, 0, 0]);

  expect(s.disks!.map((d) => d.name)).toEqual(["sda", "sdb", "sr0", "dm-0", "dm-1", "dm-2"]);
  expect(disk(s, "sda")).toEqual({ name: "sda", readBps: 409600, writeBps: 1024000, readIops: 50, writeIops: 150, busy: 0.75 });
  expect(disk(s, "dm-0")).toMatchObject({ busy: 0.7, writeIops: 175 });
  expect(disk(s, "sdb")).toEqual({ name: "sdb", readBps: 0, writeBps: 0, readIops: 0, writeIops: 0, busy: 0 });

  expect(s.filesystems!.map((f) => [f.mount, f.type, f.sizeBytes])).toEqual([
    ["/", "ext4", 12868767 * 4096],
    ["/boot", "ext4", 495844 * 1024],
    ["/home", "ext4", 230686720 * 4096],
    ["/mnt/backup disk", "ext3", 244190208 * 4096],
  ]);
  expect(s.memory).toEqual({
    totalBytes: 3924392 * KiB,
    availableBytes: (183460 + 191944 + 2662096 + 140520 - 5148) * KiB, // no MemAvailable before 3.14
    freeBytes: 183460 * KiB,
    buffersBytes: 191944 * KiB,
    cachedBytes: 2662096 * KiB,
    swapTotalBytes: 4128760 * KiB,
    swapFreeBytes: 4100432 * KiB,
  });
  expect(s.load).toEqual({ one: 0.46, five: 0.38, fifteen: 0.31, running: 1, total: 214 });
});

test("the NFS mount is never given to statfs", () => {
  const asked: string[] = [];
  const inner = memoryProcSource(snapshot("linux-2.6.32-i686", "t0"));
  const source: ProcSource = {
    readText: (p) => inner.readText(p),
    listDir: (p) => inner.listDir(p),
    statfs: (p) => (asked.push(p), inner.statfs(p)),
  };
  new Sampler({ serviceId: "n", source }).sample(0);
  expect(asked).toEqual(["/", "/boot", "/home", "/mnt/backup disk"]);
});

test("64-bit wrap, a reset, interfaces appearing and vanishing, every other file missing", () => {
  const { first, second: s } = sampleFixture("wrap-64", 5000, 6000);
  expect(first.interfaces!.map((i) => i.name)).toEqual(["lo", "eth0", "veth0", "veth1"]);
  expect(s.interfaces!.map((i) => i.name)).toEqual(["lo", "eth0", "veth1", "veth2"]);
  expect(iface(s, "eth0")).toMatchObject({ rxBps: 1e7, rxPps: 834, txBps: 8000, txPps: 10, rxBytes: 1249384, txBytes: 2 ** 53 + 1000 });
  expect(iface(s, "veth1")).toMatchObject({ rxBps: 24000, rxPps: 3, txBps: 32000, txPps: 4 });
  expect(iface(s, "veth2")).toMatchObject({ rxBps: 0, txBps: 0, rxPps: 0, txPps: 0, rxBytes: 777, txBytes: 888 });
  expect(s.rxBps).toBe(1e7 + 24000);
  expect(s.txBps).toBe(8000 + 32000);
  expect(s.cpu).toEqual({ user: 0, nice: 0, system: 0, idle: 0, iowait: 0, irq: 0, softirq: 0, steal: 0, busy: 0, perCpuBusy: [] });
  expect(s.memory!.totalBytes).toBe(0);
  expect(s.load).toEqual({ one: 0, five: 0, fifteen: 0, running: 0, total: 0 });
  expect(s.disks).toEqual([]);
  expect(s.filesystems).toEqual([]);
});

test("the first sample has period 0 and no rates, but real levels and counters", () => {
  const sampler = new Sampler({ serviceId: "n", source: memoryProcSource(snapshot("linux-6.18", "t1")) });
  const s = sampler.sample(CAPTURE_T1);
  expect(s.periodMs).toBe(0);
  expect(s.rxBps).toBe(0);
  expect(s.txBps).toBe(0);
  expect(s.cpu).toEqual({ user: 0, nice: 0, system: 0, idle: 0, iowait: 0, irq: 0, softirq: 0, steal: 0, busy: 0, perCpuBusy: [0, 0] });
  for (const i of s.interfaces!) expect([i.rxBps, i.txBps, i.rxPps, i.txPps, i.rxErrorsPs, i.txErrorsPs, i.rxDropsPs, i.txDropsPs]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  for (const d of s.disks!) expect([d.readBps, d.writeBps, d.readIops, d.writeIops, d.busy]).toEqual([0, 0, 0, 0, 0]);
  expect(iface(s, "eth0").txBytes).toBe(171686400);
  expect(s.memory!.totalBytes).toBe(24684084 * KiB);
  expect(s.filesystems).toHaveLength(1);
});

test.each([
  ["the same time twice", 0],
  ["the clock stepping back", -5000],
])("%s gives period 0 and restarts the baseline", (_what, stepMs) => {
  const source = memoryProcSource(snapshot("linux-2.6.32-i686", "t0"));
  const sampler = new Sampler({ serviceId: "n", source });
  sampler.sample(100_000);
  source.load(snapshot("linux-2.6.32-i686", "t1"));
  const s = sampler.sample(100_000 + stepMs);
  expect(s.periodMs).toBe(0);
  expect(s.rxBps).toBe(0);
  expect(s.cpu!.busy).toBe(0);
  // The next sample measures from the one that had no period.
  const next = sampler.sample(100_000 + stepMs + 1000);
  expect(next.periodMs).toBe(1000);
  expect(next.rxBps).toBe(0); // nothing changed since
  expect(next.cpu!.busy).toBe(0);
});

test("reset() makes the next sample a first sample", () => {
  const source = memoryProcSource(snapshot("linux-2.6.32-i686", "t0"));
  const sampler = new Sampler({ serviceId: "n", source });
  sampler.sample(0);
  sampler.reset();
  source.load(snapshot("linux-2.6.32-i686", "t1"));
  expect(sampler.sample(2000).periodMs).toBe(0);
});

test.each([
  [1e9, 3e9, { eth0: 1e9, ifb0: 1e9, ifb1: 1e9 }], // the default goes to every non-loopback link without a speed
  [{ eth0: 1e10 }, 1e10, { eth0: 1e10, ifb0: 0, ifb1: 0 }],
  [{ eth0: 1e10, "*": 1e8 }, 1.02e10, { eth0: 1e10, ifb0: 1e8, ifb1: 1e8 }],
] as const)("link speed setting %p", (setting, total, speeds) => {
  const { second: s } = sampleFixture("linux-6.18", CAPTURE_T0, CAPTURE_T1, { linkSpeedBps: setting });
  expect(s.linkCapacityBps).toBe(total);
  for (const [name, bps] of Object.entries(speeds)) expect(iface(s, name).speedBps).toBe(bps);
  expect(iface(s, "lo").speedBps).toBe(0);
});

test("an interface that sysfs calls loopback is left out of the sums whatever its name", () => {
  const source = memoryProcSource({
    files: {
      "/proc/net/dev": "  lo0: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n  eth0: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n",
      "/sys/class/net/lo0/type": "772\n",
      "/sys/class/net/eth0/type": "1\n",
    },
  });
  const sampler = new Sampler({ serviceId: "n", source, linkSpeedBps: 1e9 });
  sampler.sample(0);
  source.set("/proc/net/dev", "  lo0: 1000 1 0 0 0 0 0 0 1000 1 0 0 0 0 0 0\n  eth0: 500 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n");
  const s = sampler.sample(1000);
  expect(s.rxBps).toBe(4000);
  expect(s.txBps).toBe(0);
  expect(s.linkCapacityBps).toBe(1e9);
});

test("a file system whose statfs fails is left out", () => {
  const source = memoryProcSource(snapshot("linux-2.6.32-i686", "t0")).setStatfs("/home", undefined);
  const s = new Sampler({ serviceId: "n", source }).sample(0);
  expect(s.filesystems!.map((f) => f.mount)).toEqual(["/", "/boot", "/mnt/backup disk"]);
});

test("a node with nothing readable still gives a complete status", () => {
  const s = new Sampler({ serviceId: "empty", source: memoryProcSource() }).sample(42);
  expect(s).toEqual({
    serviceId: "empty",
    atMs: 42,
    periodMs: 0,
    cpu: { user: 0, nice: 0, system: 0, idle: 0, iowait: 0, irq: 0, softirq: 0, steal: 0, busy: 0, perCpuBusy: [] },
    memory: { totalBytes: 0, availableBytes: 0, freeBytes: 0, buffersBytes: 0, cachedBytes: 0, swapTotalBytes: 0, swapFreeBytes: 0 },
    load: { one: 0, five: 0, fifteen: 0, running: 0, total: 0 },
    interfaces: [],
    disks: [],
    filesystems: [],
    rxBps: 0,
    txBps: 0,
    linkCapacityBps: 0,
  });
});

/** Every field the generated code knows for a message type. */
const fieldsOf = (t: { create(): object; toObject(m: never, o: object): object }) =>
  Object.keys(t.toObject(t.create() as never, { defaults: true, arrays: true })).sort();

test("every field of NodeStatus and its sub-messages is filled, and it round-trips the wire", () => {
  const { second: s } = sampleFixture("linux-2.6.32-i686", 0, 2000);
  // The adaptors' states are the node's to add (runtime/lama-node.ts), not the probes'.
  expect(Object.keys(s).sort()).toEqual(fieldsOf(pb.NodeStatus).filter((f) => f !== "adaptors"));
  expect(Object.keys(s.cpu!).sort()).toEqual(fieldsOf(pb.CpuStatus));
  expect(Object.keys(s.memory!).sort()).toEqual(fieldsOf(pb.MemoryStatus));
  expect(Object.keys(s.load!).sort()).toEqual(fieldsOf(pb.LoadAverage));
  expect(Object.keys(s.interfaces![0]!).sort()).toEqual(fieldsOf(pb.InterfaceStatus));
  expect(Object.keys(s.disks![0]!).sort()).toEqual(fieldsOf(pb.DiskStatus));
  expect(Object.keys(s.filesystems![0]!).sort()).toEqual(fieldsOf(pb.FileSystemStatus));
  expect(pb.NodeStatus.verify(s)).toBeNull();
  const decoded = pb.NodeStatus.toObject(pb.NodeStatus.decode(pb.NodeStatus.encode(s).finish()), { defaults: true, arrays: true });
  expect(decoded).toEqual({ ...s, adaptors: [] } as never);
});

test("options are checked once, naming the bad one", () => {
  expect(() => new Sampler({ serviceId: "n", linkSpeedBps: { eth0: -1 } })).toThrow(/linkSpeedBps\.eth0 is -1/);
  expect(() => new Sampler({ serviceId: undefined as never })).toThrow(/serviceId must be a string/);
  expect(() => new Sampler({ serviceId: "n", source: memoryProcSource() }).sample(Number.NaN)).toThrow(
    new RangeError("sample time must be a finite number of ms, got NaN"),
  );
});

test("the live kernel: two samples a nominal second apart", () => {
  const sampler = new Sampler({ serviceId: "live", source: realProcSource });
  sampler.sample(1_000);
  const s = sampler.sample(2_000);
  expect(s.periodMs).toBe(1000);
  expect(s.interfaces!.some((i) => i.name === "lo")).toBe(true);
  expect(s.memory!.totalBytes).toBeGreaterThan(0);
  expect(s.cpu!.perCpuBusy!.length).toBeGreaterThan(0);
  for (const f of [s.cpu!.busy!, s.cpu!.idle!, ...s.cpu!.perCpuBusy!]) {
    expect(f).toBeGreaterThanOrEqual(0);
    expect(f).toBeLessThanOrEqual(1);
  }
  expect(pb.NodeStatus.verify(s)).toBeNull();
});

test("a CPU coming online has busy 0 until it has a predecessor; one going offline leaves the array", () => {
  const source = memoryProcSource({ files: { "/proc/stat": "cpu  100 0 0 100\ncpu0 100 0 0 100\n" } });
  const sampler = new Sampler({ serviceId: "n", source });
  sampler.sample(0);
  source.set("/proc/stat", "cpu  250 0 0 150\ncpu0 200 0 0 100\ncpu1 50 0 0 50\n");
  expect(sampler.sample(1000).cpu!.perCpuBusy).toEqual([1, 0]);
  source.set("/proc/stat", "cpu  300 0 0 250\ncpu0 200 0 0 200\ncpu1 100 0 0 100\n");
  expect(sampler.sample(2000).cpu!.perCpuBusy).toEqual([0, 0.5]);
  source.set("/proc/stat", "cpu  300 0 0 350\ncpu1 100 0 0 200\n");
  expect(sampler.sample(3000).cpu!.perCpuBusy).toEqual([0, 0]);
});
