/**
 * The monitor's memory bound under a day of load. Apart from monitor.test.ts
 * because it records 2.16 million samples: seconds here, minutes under a
 * mutation tool's instrumentation, which runs monitor.test.ts once per mutant.
 */
import { expect, test } from "bun:test";
import { Monitor } from "./monitor.ts";

test("memory stays flat: a day of samples from 50 nodes holds at most the window sizes", () => {
  const m = new Monitor(300, 300);
  for (let t = 0; t < 43_200; t++) {
    for (let n = 0; n < 50; n++) m.record(`n${n}`, ["streaming"], { atMs: t, txBps: n }, t);
  }
  expect(m.samplesSeen).toBe(43_200 * 50);
  expect(m.heldSamples).toBe(50 * 300 + 300);
}, 60_000); // 2.16 million samples: about 2 s alone, far more on a loaded machine
