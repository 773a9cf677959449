/**
 * /proc/self/mounts (also /proc/mounts): the mount table, in mount order, fstab
 * format.
 *
 *   /dev/vda / ext4 rw,relatime,discard 0 0
 *   /dev/sdb1 /mnt/backup\040disk ext3 rw,relatime 0 0      space, tab, newline and
 *                                                           backslash are written \040 \011 \012 \134
 *
 * Which entries are file systems worth reporting is decided by `selectFileSystems`:
 *   - pseudo and memory-backed types (proc, sysfs, tmpfs, cgroup, overlay, squashfs …)
 *     say nothing about storage (tmpfs is RAM and shows in memory already; an overlay
 *     reports the file system under it; a squashfs image is always full);
 *   - network and FUSE file systems are skipped because statfs() on a dead server
 *     blocks, and the sampler runs on the agent's event loop (fuseblk, FUSE over a
 *     local block device such as ntfs-3g, is kept);
 *   - autofs is skipped because statfs() on it would trigger the automount;
 *   - one device mounted several times (bind mounts, btrfs subvolumes) is reported
 *     once, at its first mount point.
 */

export interface MountEntry {
  source: string;
  mountPoint: string;
  fsType: string;
  options: string;
}

const WS = /\s+/;
const OCTAL = /\\([0-7]{3})/g;

function unescape(field: string): string {
  // Stryker disable next-line StringLiteral: the includes() test only skips the replace for fields without escapes
  return field.includes("\\") ? field.replace(OCTAL, (_, o: string) => String.fromCharCode(parseInt(o, 8))) : field;
}

/** Parses the mount table. Never throws; lines with fewer than three fields are skipped. */
export function parseMounts(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split("\n")) {
    const t = line.trim().split(WS);
    if (t.length < 3) continue;
    out.push({ source: unescape(t[0]!), mountPoint: unescape(t[1]!), fsType: t[2]!, options: t[3] ?? "" });
  }
  return out;
}

/** Types that do not describe storage on this node. */
export const PSEUDO_FS_TYPES: ReadonlySet<string> = new Set([
  "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "cpuset", "debugfs", "devfs", "devpts",
  "devtmpfs", "efivarfs", "fusectl", "hugetlbfs", "mqueue", "nsfs", "overlay", "aufs", "pipefs", "proc",
  "pstore", "ramfs", "rootfs", "rpc_pipefs", "securityfs", "selinuxfs", "sockfs", "squashfs", "sysfs",
  "tmpfs", "tracefs", "usbfs", "nfsd", "binder", "bdev",
]);

/** Network types: statfs() on them can block for as long as the server is away. */
export const NETWORK_FS_TYPES: ReadonlySet<string> = new Set([
  "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "ceph", "9p", "glusterfs", "lustre", "afs", "coda",
  "sshfs", "davfs", "gfs2", "ocfs2",
]);

/** Whether a mount's type is one whose usage we report (see the file header). */
export function isReportedFsType(fsType: string): boolean {
  if (PSEUDO_FS_TYPES.has(fsType) || NETWORK_FS_TYPES.has(fsType)) return false;
  if (fsType === "fuse" || fsType.startsWith("fuse.")) return false;
  return true;
}

/** The mounts whose usage NodeStatus reports, in mount order (see the file header). */
export function selectFileSystems(mounts: readonly MountEntry[]): MountEntry[] {
  const seen = new Set<string>();
  const out: MountEntry[] = [];
  for (const m of mounts) {
    if (!isReportedFsType(m.fsType)) continue;
    // A device path identifies the file system; anything else ("none", a ZFS
    // dataset name) is only trusted together with its mount point.
    // Stryker disable next-line StringLiteral: sources that start with "/" and mount points never spell each other, so the prefixes never decide
    const key = m.source.startsWith("/") ? `dev:${m.source}` : `mnt:${m.mountPoint}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}

/** What statfs(2) says about one mounted file system. */
export interface FsStat {
  /** Fundamental block size (f_frsize); the block counts below are in these units. */
  blockSize: number;
  blocks: number;
  freeBlocks: number;
  /** Free blocks an unprivileged user may use (excludes the root reserve). */
  availableBlocks: number;
}

export interface FsUsage {
  sizeBytes: number;
  usedBytes: number;
  availableBytes: number;
}

/** Size, used and available bytes, as `df` computes them. */
export function fsUsage(s: FsStat): FsUsage {
  const bs = s.blockSize;
  return {
    sizeBytes: s.blocks * bs,
    usedBytes: Math.max(0, s.blocks - s.freeBlocks) * bs,
    availableBytes: s.availableBlocks * bs,
  };
}
