/**
 * WebRTC data channels (node-datachannel / libdatachannel), loaded so that the
 * native addon is embedded in the single executables.
 *
 * `bun build --compile` embeds a `.node` file when it is loaded with a plain
 * `require()` of a literal path; createRequire() or the package's own loader
 * (which picks a platform package at run time) are not followed, and the
 * compiled binary then fails with "Cannot load native addon". So we bypass
 * node-datachannel's JS wrapper and require the platform binary directly; its
 * exports are the same PeerConnection/DataChannel classes the wrapper re-exports.
 *
 * All callbacks arrive on the JS event loop (marshalled by the addon); none may
 * block.
 */
import type { DataChannel, DataChannelInitConfig, PeerConnection, RtcConfig } from "node-datachannel";
import dgram from "node:dgram";
import { installedNativeLib, missingNativeLib, NATIVE_VERSIONS } from "./native-lib.ts";

export type { DataChannel, PeerConnection };

interface NativeBinding {
  PeerConnection: new (name: string, config: RtcConfig) => PeerConnection;
  getLibraryVersion(): string;
}

let binding: NativeBinding | undefined;

const DATACHANNEL_VERSION = NATIVE_VERSIONS["node-datachannel"];

/** The native binding; throws a clear error where the platform has no prebuilt addon. */
export function nativeDataChannel(): NativeBinding {
  if (binding) return binding;
  if (process.platform !== "linux" || (process.arch !== "x64" && process.arch !== "arm64")) {
    throw new Error(`the control channel needs node-datachannel's Linux addon (x64 or arm64); this is ${process.platform}-${process.arch}`);
  }
  // The addon installed beside the executable (/usr/lib/lama), if any: loaded in place, not copied to /tmp.
  const installed = installedNativeLib("node-datachannel", DATACHANNEL_VERSION);
  // Else a literal path in a plain require(): bun build --compile embeds the file. A build for another
  // platform (scripts/build.ts --target linux-arm64, linux-x64-musl) points this path at that
  // platform's addon, so the path names x64 glibc but the executable holds its own platform's; a build
  // for an image points it at an empty module (null).
  const loaded = (installed ? require(installed) : require("@node-datachannel/linux-x64-gnu/node_datachannel.node")) as NativeBinding | null;
  if (!loaded) throw missingNativeLib("node-datachannel", DATACHANNEL_VERSION);
  binding = loaded;
  return binding;
}

/** Creates peer connections; the seam between the control channel and libdatachannel. */
export interface PeerFactory {
  create(name: string, opts: { bindAddress?: string }): PeerConnection;
}

export const nativePeers: PeerFactory = {
  create(name, opts) {
    // No STUN/TURN: grand and its nodes share a LAN. Binding ICE to the address
    // that reaches the peer keeps candidates to one interface (no IPv6 or
    // unrelated interfaces to try) and traffic off interfaces we were not asked to use.
    const config: RtcConfig = { iceServers: [] };
    if (opts.bindAddress) config.bindAddress = opts.bindAddress;
    return new (nativeDataChannel().PeerConnection)(name, config);
  },
};

/** Channel options: `rpc` is reliable and ordered, `telemetry` unordered with no retransmission. */
export const RPC_CHANNEL: { label: string; init: DataChannelInitConfig } = { label: "rpc", init: {} };
export const TELEMETRY_CHANNEL: { label: string; init: DataChannelInitConfig } = { label: "telemetry", init: { unordered: true, maxRetransmits: 0 } };

/**
 * Makes the offerer the DTLS client. libdatachannel's answerer defaults to
 * `a=setup:active`, and its first DTLS flight often reaches the offerer before
 * the offerer's ICE has settled, is dropped, and is only retransmitted after
 * OpenSSL's 1 s DTLS timer: channel set-up then takes ~1 s instead of a few ms
 * (measured: 10 of 15 loopback set-ups at ~1003 ms before, 0 of 15 after).
 * Offering `a=setup:active` makes the answerer reply `passive`, so the side
 * that completes ICE first (the controlling offerer) starts DTLS. The SDP still
 * travels sealed, so the fingerprints remain vouched for by the pool key.
 */
export function offerAsDtlsClient(sdp: string): string {
  return sdp.replace(/a=setup:actpass/g, "a=setup:active");
}

/** The local IPv4 address the kernel would use to reach `remote` (no packet is sent). */
export function localAddressFor(remote: string, port = 9): Promise<string | undefined> {
  return new Promise((resolve) => {
    const s = dgram.createSocket("udp4");
    const done = (v: string | undefined) => {
      try {
        s.close();
      } catch {}
      resolve(v);
    };
    s.on("error", () => done(undefined));
    try {
      s.connect(port, remote, () => done(s.address().address));
    } catch {
      done(undefined);
    }
  });
}
