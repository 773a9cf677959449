/**
 * The targets of docs/policy.md on a shortened sweep: 20 seeds, the four flash
 * crowds (20-minute versions) and the paper's ramp, lead times of one period, 60 s
 * and 120 s, measurement noise 0 and 10 %. `bun bench/simulate.ts` runs the full
 * sweep (an hour per flash crowd, every lead time 0–120 s, noise 0–20 %, diurnal
 * traces) and reports where the targets are missed.
 */
import { describe, expect, test } from "bun:test";
import { checkTargets, flashCases, PAPER_CASE, sweepCell, type SweepWorkload, type TargetMiss } from "./sweep.ts";

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const LEADS_S = [0, 60, 120];
const NOISES = [0, 0.1];

/**
 * Where the targets are missed, as docs/policy.md says ("Where horizon still loses"): at a lead time of
 * one period with 10 % noise, a crowd that fills the nodes within a period can take one period more than
 * the budget (the first sample after it may fall below the supplement line), which can also put a seed
 * one period behind threshold's; and on the paper's ramp node-seconds reach 1.102 × the oracle's on one
 * seed in twenty. Nothing else is excused, and these by one period or 0.005 at most.
 */
function excused(m: TargetMiss): boolean {
  const onePeriod = m.cell.includes(" lead 0 s noise 0.1 ");
  if (m.target.startsWith("SLA-violation s") && onePeriod) return m.value <= m.limit + 2;
  return m.target === "node-seconds ÷ oracle" && m.cell.startsWith("paper lead 60 s noise 0.1") && m.value <= 1.105;
}

describe("horizon's targets, 20 seeds (shortened sweep)", () => {
  const cases: [SweepWorkload, number[]][] = [
    ...flashCases(1200).map((w): [SweepWorkload, number[]] => [w, LEADS_S]),
    // The node-seconds bound on the paper's ramp is for lead times up to the paper's 60 s overhead.
    [PAPER_CASE, [0, 60]],
  ];
  test.each(cases.map(([w, leads]) => [w.name, w, leads] as const))(
    "%s: SLA-violation s ≤ lead + 2 periods per crowd (0 on the ramp) and ≤ threshold's and AR(1)'s, no cycling, node-seconds bound",
    (_name, w, leads) => {
      const misses = leads.flatMap((lead) => NOISES.flatMap((noise) => checkTargets(w, sweepCell(w, lead, noise, SEEDS))));
      expect(misses.filter((m) => !excused(m))).toEqual([]);
      // The excused misses are the exception: at most a third of the seeds of any one kind.
      expect(misses.length).toBeLessThanOrEqual(SEEDS.length / 3);
    },
    60_000,
  );

  test("the budget is the lead time as it acts plus two periods: 6 s at a lead time of 0, 64 s at 60 s", () => {
    const [step] = flashCases(1200).slice(-1);
    const at = (lead: number) => sweepCell(step!, lead, 0, [1]);
    expect(at(0).effectiveLeadTimeS).toBe(2);
    expect(at(60).effectiveLeadTimeS).toBe(60);
    // A step of 3000 listeners onto two full nodes cannot be seen before it happens: some violation is unavoidable.
    expect(at(0).runs.horizon[0]!.slaViolationSeconds).toBeGreaterThan(0);
    expect(at(0).runs.horizon[0]!.slaViolationSeconds).toBeLessThanOrEqual(6);
    expect(at(60).runs.horizon[0]!.slaViolationSeconds).toBeLessThanOrEqual(64);
  });
});
