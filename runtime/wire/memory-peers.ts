/**
 * The in-memory twin of PeerFactory: peer connections that connect through this
 * object instead of libdatachannel, so grand's control manager and several
 * agents run in one test process on a fake clock, with no sockets and no sleeps.
 *
 * Both sides must be given the same MemoryPeers (it plays the network). It
 * follows the calls the control channel makes on the real thing, in the same
 * order, each callback on a later microtask as the addon's are:
 *
 *   offerer: createDataChannel(rpc), createDataChannel(telemetry)
 *            → onLocalDescription("memory-offer <id> a=setup:actpass", "offer"), onLocalCandidate
 *   answerer: setRemoteDescription(offer) → onLocalDescription("memory-answer <id>", "answer"), onLocalCandidate
 *   offerer: setRemoteDescription(answer) → each offerer channel's onOpen, then the answerer's
 *            onDataChannel for each channel, and onStateChange("connected") on both sides
 *
 * Each data channel is one memoryWirePair. Closing either peer connection, or
 * either end of a channel, closes the channel on both sides (onClosed fires), as
 * a lost SCTP association does. An SDP this object did not make is refused with
 * an error, as libdatachannel refuses a malformed one.
 *
 * `stall` drops, silently and in both directions, the messages of one channel
 * of the connections grand's offerer names (`grand-<serviceId>/rpc`): a link
 * that is up but on which nothing arrives, the way a saturated one looks.
 */
import { memoryWirePair, type Wire } from "./rpc.ts";
import type { DataChannel, PeerConnection, PeerFactory } from "./webrtc.ts";

type Cb<A extends unknown[]> = ((...a: A) => void) | undefined;

interface MemoryChannel {
  label: string;
  wire: Wire;
  /** On the offerer's side, the answerer's end of the pair until it connects. */
  far?: Wire;
  /** Marks the channel open and calls its onOpen. */
  open(): void;
  dc: DataChannel;
}

class MemoryPeer {
  readonly channels: MemoryChannel[] = [];
  closed = false;
  remote: MemoryPeer | undefined;
  localDescription: Cb<[string, string]>;
  localCandidate: Cb<[string, string]>;
  stateChange: Cb<[string]>;
  dataChannel: Cb<[DataChannel]>;

  constructor(readonly id: number, readonly name: string) {}
}

export class MemoryPeers implements PeerFactory {
  private readonly peers = new Map<number, MemoryPeer>();
  private nextId = 1;
  /** `<offerer name>/<label>` of channels whose messages are dropped. */
  readonly stall = new Set<string>();
  /** Every create(), in order: the name and the bind address asked for. */
  readonly created: { name: string; bindAddress?: string }[] = [];

  create(name: string, opts: { bindAddress?: string }): PeerConnection {
    this.created.push({ name, bindAddress: opts.bindAddress });
    const peer = new MemoryPeer(this.nextId++, name);
    this.peers.set(peer.id, peer);
    return this.facade(peer);
  }

  /** Connections made and not yet closed. */
  get liveCount(): number {
    return this.peers.size;
  }

  private facade(peer: MemoryPeer): PeerConnection {
    let described = false;
    const later = (fn: () => void) => queueMicrotask(() => {
      if (!peer.closed) fn();
    });
    const describe = (kind: "offer" | "answer") => {
      if (described) return;
      described = true;
      const sdp = kind === "offer" ? `memory-offer ${peer.id}\na=setup:actpass` : `memory-answer ${peer.id}`;
      later(() => peer.localDescription?.(sdp, kind));
      later(() => peer.localCandidate?.(`candidate:memory ${peer.id}`, "0"));
    };
    const pc = {
      onLocalDescription: (cb: Cb<[string, string]>) => void (peer.localDescription = cb),
      onLocalCandidate: (cb: Cb<[string, string]>) => void (peer.localCandidate = cb),
      onStateChange: (cb: Cb<[string]>) => void (peer.stateChange = cb),
      onDataChannel: (cb: Cb<[DataChannel]>) => void (peer.dataChannel = cb),
      createDataChannel: (label: string): DataChannel => {
        const [local, far] = memoryWirePair();
        const channel = { ...this.channel(peer.name, label, local), far };
        peer.channels.push(channel);
        describe("offer");
        return channel.dc;
      },
      setRemoteDescription: (sdp: string, type: string) => {
        if (peer.closed) throw new Error("peer connection is closed");
        const m = /^memory-(offer|answer) (\d+)/.exec(sdp);
        const remote = m && m[1] === type ? this.peers.get(Number(m[2])) : undefined;
        if (!remote) throw new Error(`not an ${type} from a live memory peer: ${JSON.stringify(sdp.slice(0, 40))}`);
        peer.remote = remote;
        if (type === "offer") return describe("answer");
        remote.remote = peer;
        later(() => this.connect(peer, remote));
      },
      addRemoteCandidate: (candidate: string) => {
        if (!candidate.startsWith("candidate:")) throw new Error(`malformed candidate ${JSON.stringify(candidate)}`);
      },
      close: () => this.close(peer),
    };
    return pc as unknown as PeerConnection;
  }

  /**
   * The offerer's answer arrived: its channels open, then the answerer learns
   * them. In that order, as over SCTP, where the offerer's channel is open
   * before anything the answerer sends on it can arrive.
   */
  private connect(offerer: MemoryPeer, answerer: MemoryPeer): void {
    if (answerer.closed) return;
    for (const c of offerer.channels) c.open();
    offerer.stateChange?.("connected");
    queueMicrotask(() => {
      if (answerer.closed) return;
      for (const c of offerer.channels) {
        const far = this.channel(offerer.name, c.label, c.far!);
        answerer.channels.push(far);
        far.open();
        answerer.dataChannel?.(far.dc);
      }
      answerer.stateChange?.("connected");
    });
  }

  /** One end of a data channel; `link` is the offerer's connection name, which stall keys on. */
  private channel(link: string, label: string, wire: Wire): MemoryChannel {
    let isOpen = false;
    const onOpen: (() => void)[] = [];
    const stalled = () => this.stall.has(`${link}/${label}`);
    const dc = {
      getLabel: () => label,
      isOpen: () => isOpen && wire.open,
      onOpen: (cb: () => void) => void onOpen.push(cb),
      onMessage: (cb: (m: Uint8Array) => void) => wire.onMessage(cb),
      onClosed: (cb: () => void) => wire.onClose(cb),
      onError: () => {},
      sendMessageBinary: (bytes: Uint8Array) => {
        if (!isOpen) throw new Error("data channel is not open");
        return stalled() || wire.send(bytes);
      },
      close: () => wire.close(),
    };
    return {
      label, wire, dc: dc as unknown as DataChannel,
      open: () => {
        isOpen = true;
        for (const cb of onOpen) queueMicrotask(cb);
      },
    };
  }

  private close(peer: MemoryPeer): void {
    // Stryker disable next-line ConditionalExpression: closing a closed peer again finds nothing left to close
    if (peer.closed) return;
    peer.closed = true;
    this.peers.delete(peer.id);
    for (const c of peer.channels) c.wire.close();
    // The far side's channels were closed with ours; its connection itself stays until it is closed.
  }
}
