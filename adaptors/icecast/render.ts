/**
 * icecast's XML configuration from values: pure, golden-tested (render.test.ts).
 *
 * Every value is XML-escaped, and nothing here goes near a shell. One file is one
 * icecast instance: a listen socket on 127.0.0.1 or all addresses, one mount, and
 * either a relay of that mount from an upstream icecast (relay mode) or a source
 * password a source client logs in with (source mode). The relay is rechecked by
 * icecast every `retrySeconds` (its <master-update-interval>: icecast 2.4 retries
 * a failed relay only when it rescans its relay list, every 120 s by default).
 *
 * <server-id> carries a token that changes with the configuration, so the status
 * JSON tells which configuration icecast has actually read (after a SIGHUP).
 */

/** Where a relay reads its stream from. */
export interface RelaySource {
  readonly host: string;
  readonly port: number;
  /** The upstream mount ("/live"). */
  readonly mount: string;
}

/** Everything one icecast instance needs, every value known. */
export interface IcecastSettings {
  /** Listen address ("0.0.0.0" for every interface). */
  readonly bind: string;
  readonly port: number;
  /** The local mount ("/live"). */
  readonly mount: string;
  /** Relay mode: the upstream; source mode: undefined. */
  readonly relayFrom?: RelaySource;
  /** Password of a source client (user "source"). */
  readonly sourcePassword: string;
  /** Password of user "admin" (the admin stats Status reads); also the relay password. */
  readonly adminPassword: string;
  readonly maxListeners: number;
  /** Nominal stream bitrate (kbit/s), announced on the mount. */
  readonly bitrateKbps: number;
  /** Seconds between relay rechecks (icecast's <master-update-interval>). */
  readonly retrySeconds: number;
  /** What a new listener gets at once (icecast's burst-size), bytes; below the queue size. */
  readonly burstBytes: number;
  /** The per-instance directory holding the log directory. */
  readonly logDir: string;
  /** icecast's web and admin files (/usr/share/icecast2). */
  readonly shareDir: string;
  /** Drop root to this user and group (only when the agent runs as root). */
  readonly changeOwner?: { readonly user: string; readonly group: string };
  /** Identifies this configuration in the status JSON's server_id. */
  readonly serverId: string;
}

/** Client slots beyond the listeners: the source or relay, the status polls, an admin request. */
export const EXTRA_CLIENTS = 8;

/** Escapes text for an XML element's content or an attribute value. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** The configuration file's text. */
export function renderIcecastXml(s: IcecastSettings): string {
  const e = xmlEscape;
  const lines = [
    "<!-- written by lama's icecast adaptor; edits are overwritten -->",
    "<icecast>",
    "  <location>lama</location>",
    "  <admin>lama</admin>",
    `  <server-id>${e(s.serverId)}</server-id>`,
    "  <limits>",
    `    <clients>${s.maxListeners + EXTRA_CLIENTS}</clients>`,
    "    <sources>2</sources>",
    "    <queue-size>524288</queue-size>",
    "    <client-timeout>30</client-timeout>",
    "    <header-timeout>15</header-timeout>",
    "    <source-timeout>10</source-timeout>",
    `    <burst-size>${s.burstBytes}</burst-size>`,
    "  </limits>",
    "  <authentication>",
    `    <source-password>${e(s.sourcePassword)}</source-password>`,
    `    <relay-password>${e(s.adminPassword)}</relay-password>`,
    "    <admin-user>admin</admin-user>",
    `    <admin-password>${e(s.adminPassword)}</admin-password>`,
    "  </authentication>",
    "  <hostname>localhost</hostname>",
    "  <listen-socket>",
    `    <port>${s.port}</port>`,
    `    <bind-address>${e(s.bind)}</bind-address>`,
    "  </listen-socket>",
    `  <master-update-interval>${s.retrySeconds}</master-update-interval>`,
    "  <mount>",
    `    <mount-name>${e(s.mount)}</mount-name>`,
    `    <max-listeners>${s.maxListeners}</max-listeners>`,
    `    <bitrate>${s.bitrateKbps}</bitrate>`,
    "    <public>0</public>",
    "  </mount>",
  ];
  if (s.relayFrom) {
    const r = s.relayFrom;
    lines.push(
      "  <relay>",
      `    <server>${e(r.host)}</server>`,
      `    <port>${r.port}</port>`,
      `    <mount>${e(r.mount)}</mount>`,
      `    <local-mount>${e(s.mount)}</local-mount>`,
      "    <on-demand>0</on-demand>",
      "    <relay-shoutcast-metadata>0</relay-shoutcast-metadata>",
      "  </relay>",
    );
  }
  lines.push(
    "  <fileserve>1</fileserve>",
    "  <paths>",
    `    <basedir>${e(s.shareDir)}</basedir>`,
    `    <logdir>${e(s.logDir)}</logdir>`,
    `    <webroot>${e(s.shareDir)}/web</webroot>`,
    `    <adminroot>${e(s.shareDir)}/admin</adminroot>`,
    "  </paths>",
    "  <logging>",
    "    <accesslog>access.log</accesslog>",
    "    <errorlog>error.log</errorlog>",
    "    <loglevel>3</loglevel>",
    "    <logsize>10000</logsize>",
    "  </logging>",
    "  <security>",
    "    <chroot>0</chroot>",
  );
  if (s.changeOwner) {
    lines.push("    <changeowner>", `      <user>${e(s.changeOwner.user)}</user>`, `      <group>${e(s.changeOwner.group)}</group>`, "    </changeowner>");
  }
  lines.push("  </security>", "</icecast>", "");
  return lines.join("\n");
}
