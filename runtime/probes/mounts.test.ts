import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fsUsage, isReportedFsType, parseMounts, selectFileSystems } from "./mounts.ts";

const fixture = (p: string) => readFileSync(join(import.meta.dir, "fixtures", p), "utf8");

test("this kernel's capture: only the ext4 root, once", () => {
  const chosen = selectFileSystems(parseMounts(fixture("linux-6.18/t0/proc/self/mounts")));
  expect(chosen).toEqual([{ source: "/dev/vda", mountPoint: "/", fsType: "ext4", options: "rw,relatime,discard,resv_strict,resuid=65534,resgid=65534" }]);
});

test("2.6.32 capture: local disks, an escaped space, no NFS, no rootfs", () => {
  const chosen = selectFileSystems(parseMounts(fixture("linux-2.6.32-i686/t0/proc/mounts")));
  expect(chosen.map((m) => [m.mountPoint, m.fsType])).toEqual([
    ["/", "ext4"], ["/boot", "ext4"], ["/home", "ext4"], ["/mnt/backup disk", "ext3"],
  ]);
});

test("octal escapes are decoded", () => {
  const [m] = parseMounts("/dev/sdc1 /media/a\\040b\\011c\\012d\\134e vfat rw 0 0\n");
  expect(m!.mountPoint).toBe("/media/a b\tc\nd\\e");
});

test.each([
  ["ext4", true], ["xfs", true], ["btrfs", true], ["zfs", true], ["vfat", true], ["fuseblk", true], ["iso9660", true],
  ["proc", false], ["sysfs", false], ["tmpfs", false], ["devtmpfs", false], ["overlay", false], ["squashfs", false],
  ["cgroup2", false], ["nsfs", false], ["rootfs", false], ["autofs", false],
  ["nfs", false], ["nfs4", false], ["cifs", false], ["9p", false], ["ceph", false],
  ["fuse.sshfs", false], ["fuse.lxcfs", false], ["fuse", false],
])("%s is reported: %p", (type, want) => {
  expect(isReportedFsType(type)).toBe(want);
});

test("a device mounted twice is reported at its first mount point; named sources by mount point", () => {
  const chosen = selectFileSystems(parseMounts([
    "/dev/sda2 / btrfs rw,subvol=/@ 0 0",
    "/dev/sda2 /home btrfs rw,subvol=/@home 0 0",
    "tank/data /data zfs rw 0 0",
    "tank/logs /var/log zfs rw 0 0",
    "tank/data /data zfs rw 0 0",
  ].join("\n")));
  expect(chosen.map((m) => m.mountPoint)).toEqual(["/", "/data", "/var/log"]);
});

test("lines with fewer than three fields are skipped", () => {
  expect(parseMounts("\n/dev/sda1 /\n  \n/dev/sda1 / ext4\n")).toEqual([{ source: "/dev/sda1", mountPoint: "/", fsType: "ext4", options: "" }]);
});

test.each([
  [{ blockSize: 4096, blocks: 100, freeBlocks: 40, availableBlocks: 30 }, { sizeBytes: 409600, usedBytes: 245760, availableBytes: 122880 }],
  [{ blockSize: 1024, blocks: 495844, freeBlocks: 432101, availableBlocks: 406501 }, { sizeBytes: 507744256, usedBytes: 65272832, availableBytes: 416257024 }],
  [{ blockSize: 4096, blocks: 10, freeBlocks: 11, availableBlocks: 0 }, { sizeBytes: 40960, usedBytes: 0, availableBytes: 0 }],
])("fsUsage(%p)", (stat, want) => {
  expect(fsUsage(stat)).toEqual(want);
});

// Every pseudo, memory-backed and network type the header names, one by one: a
// type dropped from either list would have its statfs() reported as storage.
test.each([
  "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "cpuset", "debugfs", "devfs", "devpts",
  "devtmpfs", "efivarfs", "fusectl", "hugetlbfs", "mqueue", "nsfs", "overlay", "aufs", "pipefs", "proc",
  "pstore", "ramfs", "rootfs", "rpc_pipefs", "securityfs", "selinuxfs", "sockfs", "squashfs", "sysfs",
  "tmpfs", "tracefs", "usbfs", "nfsd", "binder", "bdev",
])("pseudo or memory-backed type %s is not reported", (type) => {
  expect(isReportedFsType(type)).toBe(false);
  expect(selectFileSystems(parseMounts(`none /mnt/x ${type} rw 0 0\n`))).toEqual([]);
});

test.each([
  "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "ceph", "9p", "glusterfs", "lustre", "afs", "coda",
  "sshfs", "davfs", "gfs2", "ocfs2",
])("network type %s is not reported (statfs could block)", (type) => {
  expect(isReportedFsType(type)).toBe(false);
  expect(selectFileSystems(parseMounts(`server:/export /mnt/net ${type} rw 0 0\n`))).toEqual([]);
});

test("fields separated by runs of blanks, and an indented line, parse", () => {
  expect(parseMounts("/dev/sdb1   /srv\t\text4   rw,noatime  0 0\n   /dev/sdc1 /data xfs rw 0 0\n")).toEqual([
    { source: "/dev/sdb1", mountPoint: "/srv", fsType: "ext4", options: "rw,noatime" },
    { source: "/dev/sdc1", mountPoint: "/data", fsType: "xfs", options: "rw" },
  ]);
});
