import { expect, test } from "bun:test";
import { MissingLibraryError, parseLdd } from "./ldd.ts";

const LAMA = `\tlinux-vdso.so.1 (0x00007ffc8e5f2000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1a78b31000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f1a78d27000)
\tlibpthread.so.0 => /lib/x86_64-linux-gnu/libpthread.so.0 (0x00007f1a78b2c000)
\tlibdl.so.2 => /lib/x86_64-linux-gnu/libdl.so.2 (0x00007f1a78b27000)
\tlibm.so.6 => /lib/x86_64-linux-gnu/libm.so.6 (0x00007f1a78a47000)
`;

test.each([
  [LAMA, ["/lib/x86_64-linux-gnu/libc.so.6", "/lib64/ld-linux-x86-64.so.2", "/lib/x86_64-linux-gnu/libpthread.so.0", "/lib/x86_64-linux-gnu/libdl.so.2", "/lib/x86_64-linux-gnu/libm.so.6"]],
  ["\tstatically linked\n", []],
  ["\tnot a dynamic executable\n", []],
  ["", []],
])("parseLdd case %#", (text, want) => expect(parseLdd(text)).toEqual(want));

test("a library that is not found is an error naming it", () => {
  expect(() => parseLdd("\tlibfoo.so.1 => not found\n", "lama")).toThrow(MissingLibraryError);
  expect(() => parseLdd("\tlibfoo.so.1 => not found\n", "lama")).toThrow(/lama needs libfoo\.so\.1/);
});
