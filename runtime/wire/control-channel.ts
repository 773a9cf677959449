/**
 * The control channel: one WebRTC peer connection between grand and each agent,
 * carrying data channel `rpc` (reliable, ordered) and `telemetry` (unordered,
 * no retransmission).
 *
 * Signalling (offer, answer, ICE candidates) travels as `Signal` bodies inside
 * sealed datagrams, so the DTLS fingerprints in the SDP are vouched for by the
 * pool key: a peer without the key cannot produce an offer or answer anyone
 * accepts, and one that alters signalling in flight breaks the seal.
 *
 * grand offers (ControlOfferer), the agent answers (ControlAnswerer). A session
 * id names one attempt; a new offer with a new session replaces the old peer
 * connection, which is how an agent follows a restarted grand. Everything runs on
 * the event loop; libdatachannel's callbacks are marshalled onto it.
 */
import { randomBytes } from "node:crypto";
import type { lama } from "../../proto/index.ts";
import type { Clock, TimerHandle } from "./clock.ts";
import type { Logger } from "./log.ts";
import { dataChannelWire, type Wire } from "./rpc.ts";
import { offerAsDtlsClient, RPC_CHANNEL, TELEMETRY_CHANNEL, type DataChannel, type PeerConnection, type PeerFactory } from "./webrtc.ts";

/** An offer not answered and opened within this is abandoned (and retried by grand). */
export const CONNECT_TIMEOUT_MS = 5_000;
/** Candidates that arrive before their offer are held, up to this many per session. */
const MAX_EARLY_CANDIDATES = 32;

export type SendSignal = (signal: lama.v1.ISignal) => void;

export interface ChannelPair {
  rpc: Wire;
  telemetry: Wire;
}

function closeQuietly(pc: PeerConnection | undefined): void {
  try {
    pc?.close();
  } catch {
    // already closed
  }
}

/**
 * grand's side of one node's channel: makes the offer, opens both data
 * channels, and reports once both are open or the attempt failed.
 */
export class ControlOfferer {
  readonly session = randomBytes(8).toString("hex");
  private pc: PeerConnection | undefined;
  private remoteSet = false;
  private readonly earlyCandidates: lama.v1.ICandidate[] = [];
  private timer: TimerHandle | undefined;
  private finished = false;
  readonly startedAt: number;

  constructor(private readonly o: {
    serviceId: string;
    peers: PeerFactory;
    clock: Clock;
    log: Logger;
    bindAddress?: string;
    send: SendSignal;
    onOpen: (channels: ChannelPair, setupMs: number) => void;
    onFail: (reason: string) => void;
    connectTimeoutMs?: number;
  }) {
    this.startedAt = o.clock.monotonic();
  }

  start(): void {
    const pc = (this.pc = this.o.peers.create(`grand-${this.o.serviceId}`, { bindAddress: this.o.bindAddress }));
    pc.onLocalDescription((sdp, type) => {
      if (type === "offer") this.o.send({ session: this.session, offerSdp: offerAsDtlsClient(sdp) });
    });
    pc.onLocalCandidate((candidate, mid) => this.o.send({ session: this.session, candidate: { candidate, mid } }));
    pc.onStateChange((state) => {
      if (state === "failed" || state === "closed") this.fail(`peer connection ${state}`);
    });
    const rpc = pc.createDataChannel(RPC_CHANNEL.label, RPC_CHANNEL.init);
    const telemetry = pc.createDataChannel(TELEMETRY_CHANNEL.label, TELEMETRY_CHANNEL.init);
    let opened = 0;
    const onOpen = () => {
      if (++opened < 2 || this.finished) return;
      this.finished = true;
      this.clearTimer();
      this.o.onOpen({ rpc: dataChannelWire(rpc), telemetry: dataChannelWire(telemetry) }, this.o.clock.monotonic() - this.startedAt);
    };
    rpc.onOpen(onOpen);
    telemetry.onOpen(onOpen);
    this.timer = this.o.clock.setTimeout(() => this.fail(`not connected within ${this.o.connectTimeoutMs ?? CONNECT_TIMEOUT_MS} ms`),
      this.o.connectTimeoutMs ?? CONNECT_TIMEOUT_MS);
  }

  /** A Signal from the agent (answer or candidate). */
  handleSignal(s: lama.v1.ISignal): void {
    if (s.session !== this.session || !this.pc) return;
    if (s.answerSdp) {
      if (this.remoteSet) return;
      try {
        this.pc.setRemoteDescription(s.answerSdp, "answer");
      } catch (e) {
        return this.fail(`bad answer: ${(e as Error).message}`);
      }
      this.remoteSet = true;
      for (const c of this.earlyCandidates.splice(0)) this.addCandidate(c);
    } else if (s.candidate) {
      if (!this.remoteSet) {
        if (this.earlyCandidates.length < MAX_EARLY_CANDIDATES) this.earlyCandidates.push(s.candidate);
      } else this.addCandidate(s.candidate);
    } else if (s.close) {
      this.fail("agent closed the channel");
    }
  }

  private addCandidate(c: lama.v1.ICandidate): void {
    try {
      this.pc?.addRemoteCandidate(c.candidate ?? "", c.mid ?? "0");
    } catch {
      // a malformed candidate is ignored; others may still work
    }
  }

  /** Ends this attempt or open channel, once; later failures of a closed peer are ignored. */
  private fail(reason: string): void {
    if (!this.pc) return;
    this.finished = true;
    this.close();
    this.o.onFail(reason);
  }

  /** Closes the peer connection (no callbacks after this). */
  close(): void {
    this.clearTimer();
    const pc = this.pc;
    this.pc = undefined;
    closeQuietly(pc);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * The agent's side: answers grand's offers. One live session at a time; a newer
 * offer replaces the current peer connection.
 */
export class ControlAnswerer {
  private session: string | undefined;
  private pc: PeerConnection | undefined;
  private readonly early = new Map<string, lama.v1.ICandidate[]>();
  private channels: Partial<Record<"rpc" | "telemetry", Wire>> = {};
  readonly stats = { offers: 0, opened: 0, replaced: 0 };

  constructor(private readonly o: {
    peers: PeerFactory;
    log: Logger;
    /** Address to bind ICE to (the one that reaches grand). */
    bindAddress: () => string | undefined;
    onChannels: (channels: ChannelPair) => void;
  }) {}

  /** A Signal from our grand; `reply` sends a Signal back to it. */
  handleSignal(s: lama.v1.ISignal, reply: SendSignal): void {
    const session = s.session ?? "";
    if (!session) return;
    if (s.offerSdp) return this.answer(session, s.offerSdp, reply);
    if (s.candidate) {
      if (session === this.session) this.addCandidate(s.candidate);
      else {
        // Candidates may overtake their offer; keep a few for a session not seen yet.
        const list = this.early.get(session) ?? [];
        if (list.length < MAX_EARLY_CANDIDATES) list.push(s.candidate);
        this.early.set(session, list);
        if (this.early.size > 4) this.early.delete(this.early.keys().next().value!);
      }
    } else if (s.close && session === this.session) {
      this.close();
    }
  }

  private answer(session: string, offerSdp: string, reply: SendSignal): void {
    if (session === this.session) return; // a retransmitted offer
    this.stats.offers++;
    if (this.pc) this.stats.replaced++;
    this.close();
    this.session = session;
    let pc: PeerConnection;
    try {
      pc = this.pc = this.o.peers.create("lama", { bindAddress: this.o.bindAddress() });
    } catch (e) {
      this.session = undefined;
      this.o.log.event("control-unavailable", { error: (e as Error).message });
      return;
    }
    pc.onLocalDescription((sdp, type) => {
      if (type === "answer") reply({ session, answerSdp: sdp });
    });
    pc.onLocalCandidate((candidate, mid) => reply({ session, candidate: { candidate, mid } }));
    const got: Partial<Record<"rpc" | "telemetry", DataChannel>> = {};
    pc.onDataChannel((dc) => {
      if (this.session !== session) return;
      const label = dc.getLabel();
      if (label !== "rpc" && label !== "telemetry") return dc.close();
      got[label] = dc;
      if (got.rpc && got.telemetry) {
        this.channels = { rpc: dataChannelWire(got.rpc), telemetry: dataChannelWire(got.telemetry) };
        this.stats.opened++;
        this.o.onChannels(this.channels as ChannelPair);
      }
    });
    try {
      pc.setRemoteDescription(offerSdp, "offer");
    } catch (e) {
      this.o.log.event("control-offer-rejected", { error: (e as Error).message });
      this.close();
      return;
    }
    for (const c of this.early.get(session) ?? []) this.addCandidate(c);
    this.early.delete(session);
  }

  private addCandidate(c: lama.v1.ICandidate): void {
    try {
      this.pc?.addRemoteCandidate(c.candidate ?? "", c.mid ?? "0");
    } catch {
      // ignore a malformed candidate
    }
  }

  /** The open channels of the current session, if any. */
  get current(): Partial<ChannelPair> {
    return this.channels;
  }

  close(): void {
    const pc = this.pc;
    this.pc = undefined;
    this.session = undefined;
    this.channels = {};
    closeQuietly(pc);
  }
}
