import { describe, expect, test } from "bun:test";
import { glibcTies, soname } from "./musl-cxx.ts";

// Excerpts of `readelf -d` and `readelf -V -W` on Debian 12's libstdc++.so.6 (built for glibc).
const GLIBC_DYNAMIC = ` 0x0000000000000001 (NEEDED)             Shared library: [libm.so.6]
 0x0000000000000001 (NEEDED)             Shared library: [libc.so.6]
 0x0000000000000001 (NEEDED)             Shared library: [ld-linux-x86-64.so.2]
 0x0000000000000001 (NEEDED)             Shared library: [libgcc_s.so.1]
 0x000000000000000e (SONAME)             Library soname: [libstdc++.so.6]
 0x000000000000000c (INIT)               0x99000
`;
const GLIBC_VERSIONS = `Version needs section '.gnu.version_r' contains 4 entries:
 Addr: 0x000000000007a5d8  Offset: 0x0007a5d8  Link: 4 (.dynstr)
  000000: Version: 1  File: libm.so.6  Cnt: 1
  0x0010:   Name: GLIBC_2.2.5  Flags: none  Version: 64
  0x0020: Version: 1  File: ld-linux-x86-64.so.2  Cnt: 1
  0x0030:   Name: GLIBC_2.3  Flags: none  Version: 63
  0x0040: Version: 1  File: libgcc_s.so.1  Cnt: 4
  0x0050:   Name: GCC_4.2.0  Flags: none  Version: 67
  0x0090: Version: 1  File: libc.so.6  Cnt: 14
  0x00a0:   Name: GLIBC_2.14  Flags: none  Version: 68
  0x00b0:   Name: GLIBC_2.2.5  Flags: none  Version: 64
`;
// The same for the libgcc_s.so.1 scripts/musl-cxx.ts built: musl's libc.so only, and its own version definitions.
const MUSL_DYNAMIC = ` 0x0000000000000001 (NEEDED)             Shared library: [libc.so]
 0x000000000000000e (SONAME)             Library soname: [libgcc_s.so.1]
 0x000000000000000c (INIT)               0x3000
`;
const MUSL_VERSIONS = `Version definition section '.gnu.version_d' contains 20 entries:
  000000: Rev: 1  Flags: BASE  Index: 1  Cnt: 1  Name: libgcc_s.so.1
  0x001c: Rev: 1  Flags: none  Index: 2  Cnt: 1  Name: GCC_3.0
  0x0038: Rev: 1  Flags: none  Index: 3  Cnt: 1  Name: GCC_3.3
`;

describe("glibcTies", () => {
  test("names glibc's libraries and each GLIBC_ version once", () => {
    expect(glibcTies(GLIBC_DYNAMIC, GLIBC_VERSIONS)).toEqual([
      "NEEDED libm.so.6", "NEEDED libc.so.6", "NEEDED ld-linux-x86-64.so.2", "version GLIBC_2.2.5", "version GLIBC_2.3", "version GLIBC_2.14",
    ]);
  });

  test("finds nothing in a musl build's libgcc_s; GCC's own versions and libgcc_s are not glibc", () => {
    expect(glibcTies(MUSL_DYNAMIC, MUSL_VERSIONS)).toEqual([]);
    expect(glibcTies(MUSL_DYNAMIC, "")).toEqual([]);
  });

  test("one GLIBC_ version need is enough", () => {
    const needs = "  0x0040: Version: 1  File: libc.so  Cnt: 1\n  0x0050:   Name: GLIBC_2.3.4  Flags: none  Version: 4\n";
    expect(glibcTies(MUSL_DYNAMIC, MUSL_VERSIONS + needs)).toEqual(["version GLIBC_2.3.4"]);
  });
});

test("soname reads the SONAME entry, or none", () => {
  expect(soname(GLIBC_DYNAMIC)).toBe("libstdc++.so.6");
  expect(soname(MUSL_DYNAMIC)).toBe("libgcc_s.so.1");
  expect(soname(" 0x0000000000000001 (NEEDED)             Shared library: [libc.so]\n")).toBeUndefined();
});
