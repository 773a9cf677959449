/**
 * Sampler: one NodeStatus (the paper's L(t)) per call, with rates since the call
 * before.
 *
 * The sampler keeps the previous snapshot and nothing else; time is an argument,
 * so it never reads a clock or sets a timer — the agent calls sample() every
 * sample period (DEFAULT_SAMPLE_PERIOD_MS) off its Clock. sample() is synchronous
 * and runs on the caller's loop; it reads kernel-generated files and statfs of
 * local file systems only (network file systems are skipped, see mounts.ts), so it
 * does not block for long. What one sample costs is measured by bench/probe.ts.
 *
 * The first sample, and one whose time is not after the previous one's (a wall
 * clock stepped back), have period_ms = 0 and all rates 0 (see node-status.ts);
 * the next sample has rates again. Rates divide by the difference of the times
 * given, so a wall clock stepped forward between two samples understates that
 * one period's rates; CPU fractions are ratios of ticks and are not affected.
 */
import type { lama } from "../../proto/index.ts";
import { validateLinkSpeedSetting, type LinkSpeedSetting } from "./link-speed.ts";
import { buildNodeStatus } from "./node-status.ts";
import { realProcSource, type ProcSource } from "./proc-source.ts";
import { readSnapshot, type Snapshot } from "./snapshot.ts";

/** One NodeStatus every 2 s unless configured: the paper's monitoring period. */
export const DEFAULT_SAMPLE_PERIOD_MS = 2_000;

export interface SamplerOptions {
  /** Stable service id of this node, copied into every NodeStatus. */
  serviceId: string;
  /** Where /proc and /sys are read; the live kernel by default. */
  source?: ProcSource;
  /**
   * Link capacity in bits per second: a number for every non-loopback link that
   * reports none (veths), or { eth0: 1e9, "*": 1e9 } per interface ("*" = default).
   */
  linkSpeedBps?: LinkSpeedSetting;
}

export class Sampler {
  readonly serviceId: string;
  private readonly source: ProcSource;
  private readonly linkSpeedBps: LinkSpeedSetting | undefined;
  private prev: Snapshot | undefined;

  /** Throws if an option is invalid, naming it. */
  constructor(opts: SamplerOptions) {
    if (typeof opts.serviceId !== "string") {
      throw new TypeError(`serviceId must be a string (the node's stable service id), got ${typeof opts.serviceId}`);
    }
    validateLinkSpeedSetting(opts.linkSpeedBps);
    this.serviceId = opts.serviceId;
    this.source = opts.source ?? realProcSource;
    this.linkSpeedBps = opts.linkSpeedBps;
  }

  /**
   * Reads /proc now and returns the node's status at nowMs (ms since the epoch,
   * from the agent's Clock; it becomes at_ms), with rates over the time since the
   * previous call.
   */
  sample(nowMs: number): lama.v1.INodeStatus {
    if (!Number.isFinite(nowMs)) throw new RangeError(`sample time must be a finite number of ms, got ${nowMs}`);
    const cur = readSnapshot(this.source, nowMs);
    const status = buildNodeStatus(this.prev, cur, { serviceId: this.serviceId, linkSpeedBps: this.linkSpeedBps });
    this.prev = cur;
    return status;
  }

  /** Forgets the previous snapshot: the next sample is a first sample. */
  reset(): void {
    this.prev = undefined;
  }
}
