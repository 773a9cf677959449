import { expect, test } from "bun:test";
import { bootPhases, formatPhases, median, medianPhases, smallestWorking } from "./boot.ts";

test.each([
  [[3], 3], [[5, 1], 3], [[9, 1, 5], 5], [[4, 1, 3, 2], 2.5],
])("median(%p) = %p", (xs, want) => expect(median(xs)).toBe(want));

test.each([
  // threshold, low, high, step → smallest working value
  [300, 128, 768, 32, 320],
  [128, 128, 768, 32, 128],
  [768, 128, 768, 32, 768],
  [900, 128, 768, 32, undefined],
])("smallestWorking finds the threshold %p in [%p, %p] step %p", async (threshold, low, high, step, want) => {
  const tried: number[] = [];
  const got = await smallestWorking(low, high, step, async (v) => {
    tried.push(v);
    return v >= threshold;
  });
  expect(got).toBe(want);
  expect(tried.length).toBeLessThanOrEqual(7);
});

// A console as the image prints it, with the host arrival time (ms after QEMU started) of each line.
const CONSOLE: [number, string][] = [
  [8200, "lama-init: boot: kernel unpacked the initramfs from 0.90 to 6.40 s and ran /init at 7.00 s; rc.boot started at 7.20 s"],
  [8210, "lama-init: LAMA boot image: lama 0.1.0, kernel 6.1.0-57-amd64"],
  [9010, "lama-init: boot: file systems, settings and NIC drivers ready at 8.00 s"],
  [9100, "lama-init: net eth0: attempt 1: asking for a DHCP lease"],
  [10500, "lama-init: net eth0: 198.18.0.10/24 via 198.18.0.1 from DHCP server 198.18.0.1 (lease 3600s)"],
  [10510, "lama-init: boot: DHCP lease on eth0 at 9.50 s"],
  [10700, "lama-init: starting lama: pool key from this image (/etc/lama/pool.key), fingerprint 0a1b2c3d; addresses eth0 198.18.0.10"],
  [10710, "lama-init: boot: lama started at 9.70 s, clock 23:59:59.500"],
  // lama's lines can reach the host late; their own clock says when they happened.
  [13000, "00:00:00.800 lama starting id=mac-525400000001 version=0.1.0"],
  [16000, "00:00:03.300 lama registered id=mac-525400000001 grand=g1"],
];

function transcript(lines: [number, string][]): { text: string; arrivedAt: (i: number) => number | undefined } {
  let text = "";
  const ends: [number, number][] = [];
  for (const [at, line] of lines) {
    text += line + "\n";
    ends.push([text.length, at]);
  }
  return { text, arrivedAt: (i) => ends.find(([end]) => end > i)?.[1] };
}

test("bootPhases splits a boot at the console's stamps", () => {
  const { text, arrivedAt } = transcript(CONSOLE);
  expect(bootPhases(text, arrivedAt, 14_800)).toEqual({
    firmwareAndLoadMs: 1000, // rc.boot's line arrived at 8.2 s host time and says 7.20 s guest time
    kernelEarlyMs: 900,
    unpackMs: 5500,
    kernelLateMs: 600,
    initMs: 1000,
    dhcpMs: 1500,
    dhcpExchangeMs: 1410, // "asking" arrived at 9.1 s, the lease line at 10.51 s
    launchWaitMs: 200,
    lamaStartMs: 1300, // 23:59:59.500 -> 00:00:00.800 by the guest's clock (across midnight)
    registerMs: 2500,
    listedMs: 300, // registered at 1.0 s offset + 9.70 s + 3.8 s = 14.5 s host time
    totalMs: 14_800,
  });
});

test("a stamped line that reaches the host late does not shift the phases", () => {
  const late = CONSOLE.map(([at, line], i): [number, string] => [i === 0 ? at + 2000 : at, line]);
  const { text, arrivedAt } = transcript(late);
  const p = bootPhases(text, arrivedAt, 14_800)!;
  expect(p.firmwareAndLoadMs).toBe(1010); // from the drivers, lease and launch lines, each 10 ms late
  expect(p.listedMs).toBe(290);
});

test("bootPhases is undefined when a stamp is missing (an image without them, a boot cut short)", () => {
  for (let drop = 0; drop < CONSOLE.length; drop++) {
    if ([1, 4, 6].includes(drop)) continue; // lines the phases do not use
    const { text, arrivedAt } = transcript(CONSOLE.filter((_, i) => i !== drop));
    expect(bootPhases(text, arrivedAt, 14_800)).toBeUndefined();
  }
});

test("medianPhases takes each phase's median; formatPhases prints seconds", () => {
  const { text, arrivedAt } = transcript(CONSOLE);
  const p = bootPhases(text, arrivedAt, 14_800)!;
  const m = medianPhases([p, { ...p, unpackMs: 9000 }, { ...p, unpackMs: 1000 }]);
  expect(m.unpackMs).toBe(5500);
  expect(m.totalMs).toBe(14_800);
  expect(formatPhases(p)).toBe("firmware+load 1.0 s, kernel 1.5 s, unpack 5.5 s, /init 1.0 s, DHCP 1.5 s (exchange 1.4 s), lama start 1.5 s, registered 2.5 s, listed 0.3 s");
});
