/**
 * Public surface of adaptors/icecast/: the `icecast` adaptor (a stream source or
 * relay, the paper's S-CP), its pure config renderer and status parsers, and the
 * feeder and listener that play and read a stream in tests and the demo.
 */
export { IcecastAdaptor, DEFAULT_ICECAST_BINARY, DEFAULT_SHARE_DIR, STATS_REFRESH_MS, type IcecastAdaptorConfig, type IcecastAdaptorDeps } from "./icecast-adaptor.ts";
export { ICECAST_PARAMS, MOUNT_PATTERN, parseRelayFrom } from "./params.ts";
export { renderIcecastXml, xmlEscape, EXTRA_CLIENTS, type IcecastSettings, type RelaySource } from "./render.ts";
export { isServing, parseAdminStats, parseStatusJson, parseIsoOffset, type IcecastStatus, type MountCounters, type MountStatus } from "./status.ts";
export { chooseAccount, findGroup, findUser, DEFAULT_USERS, type Account } from "./accounts.ts";
export { ICECAST_FIELDS, readIcecastFields } from "./config.ts";
export {
  startFeeder,
  startListener,
  silentFrame,
  isPadded,
  framesDue,
  sourceRequest,
  sourceAuthorization,
  statusCodeOf,
  MP3_BITRATES_KBPS,
  type Feeder,
  type FeederOptions,
  type Listener,
  type ListenerOptions,
} from "./feeder.ts";
