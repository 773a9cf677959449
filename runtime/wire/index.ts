/**
 * The wire layer both binaries share: clock, sealed envelope, keyring and key
 * file, datagram transport, RPC, the WebRTC control channel and its in-memory
 * twin (MemoryPeers), logging and the command-line helpers. It imports only
 * proto/; the agent, the adaptors and grand build on it, never the other way round.
 */
export { inSubnet, localAddressOnSubnet, localIpv4Addresses, type Ipv4Address } from "./addresses.ts";
export { ANNOUNCE_BACKOFF, backoffDelayMs, type BackoffPolicy } from "./backoff.ts";
export { DEFAULT_GRAND_PORT, DEFAULT_GROUP, DEFAULT_GROUP_PORT, UsageError, parse, parseEndpoint, parseIntSetting, parseIpv4, parseMulticastGroup, runCommandLine, stdio, type Io } from "./cli-util.ts";
export { FakeClock, SteppedClock, every, systemClock, type Clock, type TimerHandle } from "./clock.ts";
export { CONNECT_TIMEOUT_MS, ControlAnswerer, ControlOfferer, type ChannelPair, type SendSignal } from "./control-channel.ts";
export { withDefaults } from "./defaults.ts";
export {
  CONTROLLER_KEY_BYTES, CONTROLLER_PUBLIC_PREFIX, CONTROLLER_SECRET_PREFIX, ControllerKeys, SIGNATURE_BYTES, controllerSigner, formatControllerPublic, formatControllerSecret,
  parseControllerPublic, parseControllerPublicList, parseControllerSecret, readControllerKeyFile, readControllerSecretFile, type ControllerSigner,
} from "./controller-key.ts";
export { CONTROLLER_BODIES, DROP_REASONS, DropCounters, Envelope, SIGNED_FLAG, FRESHNESS_WINDOW_MS, HEADER_BYTES, MAGIC, MAX_DATAGRAM_BYTES, NONCE_BYTES, TAG_BYTES, WIRE_VERSION, openWith, sealWith, type DropReason, type EnvelopeOptions, type OpenResult, type SealedBody, type SealedMessage } from "./envelope.ts";
export { KEY_FILE_ENV, keyFilesOrEnv, loadKeyring, readKeyFile, readKeyFileKeys, readPoolKeys } from "./key-file.ts";
export { parseKernelUdp, readKernelUdp, type KernelUdpCounters } from "./kernel-udp.ts";
export { KeyError, Keyring, POOL_KEY_BYTES, derivePoolKey, formatPoolKey, hex32, parsePoolKey, type PoolKey } from "./keyring.ts";
export { createLogger, memoryLogger, type LogFields, type LogFormat, type Logger } from "./log.ts";
export { LEASE_MS, RENEW_EVERY_MS, RENEW_RETRY_MS } from "./lease-timing.ts";
export { ReplayWindow, MAX_REPLAY_SENDERS, MAX_REPLAY_PER_SENDER, type Freshness, type ReplayEvictions } from "./replay-window.ts";
export { ChannelClosedError, MAX_DEADLINE_MS, RemoteRpcError, RpcClient, RpcServer, RpcTimeoutError, dataChannelWire, memoryWirePair, type RpcHandler, type RpcMethod, type RpcResult, type Wire } from "./rpc.ts";
export { CONFIG_FLAG, parseSettings, settingsFromJson, type FlagSpec, type ReadText, type Settings } from "./settings.ts";
export { attributesKey, checkServiceId } from "./service-item.ts";
export { installedNativeLib, missingNativeLib, NATIVE_VERSIONS, nativeLibName } from "./native-lib.ts";
export { loadSodium, type Sodium } from "./sodium.ts";
export { readTextFile, unreadableMessage, type ReadTextFileOptions } from "./text-file.ts";
export { MemoryNetwork, formatEndpoint, openUdpTransport, sameEndpoint, type DatagramHandler, type DatagramTransport, type Endpoint, type UdpOptions, type Via } from "./transport.ts";
export { VERSION } from "./version.ts";
export { MemoryPeers } from "./memory-peers.ts";
export { RPC_CHANNEL, TELEMETRY_CHANNEL, localAddressFor, nativeDataChannel, nativePeers, offerAsDtlsClient, type DataChannel, type PeerConnection, type PeerFactory } from "./webrtc.ts";
