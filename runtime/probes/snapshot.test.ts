import { expect, test } from "bun:test";
import { memoryProcSource, type ProcSource } from "./proc-source.ts";
import { readSnapshot } from "./snapshot.ts";

/** A source that serves `files`, lists only `dirs` (anything else cannot be listed) and records what is read. */
function recordingSource(files: Record<string, string>, dirs: Record<string, string[]> = {}) {
  const read: string[] = [];
  const source: ProcSource = {
    readText: (p) => (read.push(p), files[p]),
    statfs: () => undefined,
    listDir: (p) => dirs[p],
  };
  return { source, read };
}

const DEV_LINE = (name: string) => `${name}: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n`;

test("an interface missing from the /sys/class/net listing has no sysfs files read", () => {
  const { source, read } = recordingSource(
    {
      "/proc/net/dev": DEV_LINE("eth0") + DEV_LINE("eth1"),
      "/sys/class/net/eth0/speed": "1000\n",
      "/sys/class/net/eth1/speed": "10000\n",
      "/sys/class/net/eth1/type": "772\n",
    },
    { "/sys/class/net": ["eth0", "lo"] },
  );
  const s = readSnapshot(source, 0);
  expect(s.links.get("eth0")).toEqual({ loopback: false, sysfsSpeedBps: 1e9 });
  expect(s.links.get("eth1")).toEqual({ loopback: false, sysfsSpeedBps: undefined });
  expect(read.filter((p) => p.includes("eth1"))).toEqual([]);
});

test.each([".", "..", "a/b"])("an interface named %p is never looked up in sysfs (it would leave /sys/class/net)", (name) => {
  const { source, read } = recordingSource({
    "/proc/net/dev": DEV_LINE(name) + DEV_LINE("eth0"),
    [`/sys/class/net/${name}/speed`]: "1000\n",
    [`/sys/class/net/${name}/type`]: "772\n",
    "/sys/class/net/eth0/speed": "100\n",
  });
  // no listing of /sys/class/net: only the name guards the path
  const s = readSnapshot(source, 0);
  expect(s.links.get(name)).toEqual({ loopback: false, sysfsSpeedBps: undefined });
  expect(s.links.get("eth0")).toEqual({ loopback: false, sysfsSpeedBps: 1e8 });
  expect(read.filter((p) => p.startsWith("/sys/class/net/"))).toEqual(["/sys/class/net/eth0/type", "/sys/class/net/eth0/speed"]);
});

const DISKSTATS =
  "   8       0 sda 1 2 3 4 5 6 7 8 9 10 11\n" +
  "   8       1 sda1 1 2 3 4 5 6 7 8 9 10 11\n" +
  " 104       0 cciss/c0d0 1 2 3 4 5 6 7 8 9 10 11\n" +
  " 104       1 cciss/c0d0p1 1 2 3 4 5 6 7 8 9 10 11\n";

test.each([
  // [what, /sys/block listing, disks reported]
  ["no /sys/block: partitions by name (cciss/c0d0p1 is not a name we know)", undefined, ["sda", "cciss/c0d0", "cciss/c0d0p1"]],
  ["an empty /sys/block (hidden in a container) says nothing: by name", [], ["sda", "cciss/c0d0", "cciss/c0d0p1"]],
  ["/sys/block lists whole devices, '/' written '!'", ["sda", "cciss!c0d0"], ["sda", "cciss/c0d0"]],
])("disks: %s", (_what, listing, want) => {
  const source = memoryProcSource({ files: { "/proc/diskstats": DISKSTATS }, dirs: listing ? { "/sys/block": listing } : {} });
  expect([...readSnapshot(source, 0).disks.keys()]).toEqual(want);
});
