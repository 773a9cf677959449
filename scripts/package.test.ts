import { expect, test } from "bun:test";
import { installedSizeKiB, renderControl, renderLintianOverrides, renderManPage, renderPostinst, roffEscape } from "./package.ts";

test("control file of the lama package", () => {
  expect(renderControl("lama", "0.1.0", 116305).replace(/^Maintainer: .*$/m, "Maintainer: M")).toBe(
    "Package: lama\n" +
    "Version: 0.1.0\n" +
    "Architecture: amd64\n" +
    "Maintainer: M\n" +
    "Installed-Size: 116305\n" +
    "Depends: libc6 (>= 2.17)\n" +
    "Section: admin\n" +
    "Priority: optional\n" +
    "Homepage: https://github.com/lama-cluster/lama\n" +
    "Description: node agent of a LAMA pool: joins it and runs programs for grand\n" +
    " lama runs on every node of a LAMA pool. It finds the controller (grand)\n" +
    " by keyed UDP multicast, keeps the node registered on a lease, reports the\n" +
    " node's load over an authenticated WebRTC data channel, and starts,\n" +
    " reconfigures and stops programs on the node through adaptors when grand\n" +
    " asks.\n",
  );
});

test("an arm64 package says so, and only that line differs", () => {
  const amd64 = renderControl("grand", "0.1.0", 1).split("\n");
  const arm64 = renderControl("grand", "0.1.0", 1, "arm64").split("\n");
  expect(arm64.filter((l, i) => l !== amd64[i])).toEqual(["Architecture: arm64"]);
});

test("description lines stay within 80 columns (lintian)", () => {
  for (const name of ["lama", "grand"] as const) {
    for (const line of renderControl(name, "1", 1).split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  }
});

test.each([
  ["plain", "plain"],
  [".TH injected", "\\&.TH injected"],
  ["'quote first", "\\&'quote first"],
  ["C:\\path", "C:\\epath"],
  ["a\n.b", "a\n\\&.b"],
])("roff escape of %j", (raw, escaped) => {
  expect(roffEscape(raw)).toBe(escaped);
});

test("man page: the --help text verbatim between .nf and .fi", () => {
  const page = renderManPage("grand", "0.1.0", "2027-01-15", "grand 0.1.0\n.dot line\n  --http HOST:PORT\n");
  expect(page.startsWith('.TH GRAND 1 "2027-01-15" "grand 0.1.0" "LAMA"\n.SH NAME\ngrand \\- controller of a LAMA pool')).toBe(true);
  expect(page).toContain(".nf\ngrand 0.1.0\n\\&.dot line\n  --http HOST:PORT\n.fi\n");
});

test("Installed-Size counts each file and directory as at least 1 KiB, rounded up", () => {
  expect(installedSizeKiB([0, 1, 1024, 1025], 3)).toBe(1 + 1 + 1 + 2 + 3);
});

test("postinst makes the user in $DPKG_ROOT when given one and reloads only the running system", () => {
  const s = renderPostinst("lama");
  expect(s).toContain('systemd-sysusers ${DPKG_ROOT:+--root="$DPKG_ROOT"} lama.conf');
  expect(s).toContain('if [ -z "${DPKG_ROOT:-}" ] && [ -d /run/systemd/system ]; then');
});

test("lintian overrides name only the binary's own tags, and for lama its two addons", () => {
  for (const line of renderLintianOverrides("grand").split("\n").filter((l) => l && !l.startsWith("#"))) expect(line).toMatch(/^grand: [a-z-]+( [a-z]+)? \[usr\/bin\/grand\]$/);
  const lama = renderLintianOverrides("lama").split("\n").filter((l) => l && !l.startsWith("#"));
  expect(lama.filter((l) => l.includes("usr/lib/lama"))).toEqual([
    "lama: embedded-library srtp [usr/lib/lama/node-datachannel-0.33.4.node]",
    "lama: unstripped-binary-or-object [usr/lib/lama/node-datachannel-0.33.4.node]",
    "lama: unstripped-binary-or-object [usr/lib/lama/sodium-native-4.3.3.node]",
  ]);
  for (const line of lama.filter((l) => !l.includes("usr/lib/lama"))) expect(line).toMatch(/^lama: [a-z-]+( [a-z]+)? \[usr\/bin\/lama\]$/);
});
