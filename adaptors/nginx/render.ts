/**
 * The web server's nginx.conf, rendered from validated settings (pure;
 * golden-tested in render.test.ts). A complete configuration, not a snippet: it
 * reads nothing from /etc/nginx, and every file nginx writes (pid, logs, temp
 * files) is in the instance's state directory.
 *
 * Two locations belong to lama, answered only to the address the agent probes
 * from: /.lama/config says which rendering is in force (its hash), so readiness
 * after a reload proves the new settings are served, not just that a port answers;
 * /.lama/status is nginx's stub_status (request and connection counts).
 *
 * Values reach the file only after validation: the root and the server name are
 * limited to characters that need no quoting in nginx's syntax (no spaces, ';',
 * quotes, braces or '$').
 */
import { isIP } from "node:net";

/** nginx's file name for requests lama probes. */
export const CONFIG_LOCATION = "/.lama/config";
export const STATUS_LOCATION = "/.lama/status";
/** Most connections per worker. */
export const WORKER_CONNECTIONS = 1024;

export interface WebSettings {
  /** The adaptor's name, for the header comment. */
  readonly name: string;
  readonly serverName: string;
  readonly root: string;
  readonly port: number;
  readonly bind: string;
  /** Absolute directory for pid, logs and temp files. */
  readonly stateDir: string;
  /** Workers run as this user when the agent is root. */
  readonly user?: string;
  /** The address lama probes from; the only one let into /.lama/. */
  readonly probeFrom: string;
  /** Identifies this rendering; /.lama/config answers it. */
  readonly configId: string;
}

/** The listen address as nginx writes it: IPv6 literals in brackets. */
export function listenAddress(host: string, port: number): string {
  return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}

/** What /.lama/config answers for a configuration id. */
export function configAnswer(configId: string): string {
  return `lama-config ${configId}`;
}

export function renderNginxConfig(s: WebSettings): string {
  const d = s.stateDir;
  const lamaOnly = [`            allow ${s.probeFrom};`, "            deny all;", "            access_log off;"];
  return [
    `# nginx configuration of the lama adaptor "${s.name}"; rendered by lama, rewritten on every Start and Set.`,
    "daemon off;",
    "master_process on;",
    "worker_processes auto;",
    ...(s.user ? [`user ${s.user};`] : []),
    `pid ${d}/nginx.pid;`,
    `error_log ${d}/error.log notice;`,
    // Also to the supervisor, whose output tail rides on a failed start or reload.
    "error_log stderr error;",
    "",
    "events {",
    `    worker_connections ${WORKER_CONNECTIONS};`,
    "}",
    "",
    "http {",
    "    types {",
    "        text/html html htm;",
    "        text/css css;",
    "        text/plain txt;",
    "        application/javascript js;",
    "        application/json json;",
    "        image/png png;",
    "        image/jpeg jpg jpeg;",
    "        image/svg+xml svg;",
    "        audio/mpeg mp3;",
    "        audio/ogg ogg;",
    "    }",
    "    default_type application/octet-stream;",
    `    access_log ${d}/access.log;`,
    `    client_body_temp_path ${d}/client_body;`,
    `    proxy_temp_path ${d}/proxy;`,
    `    fastcgi_temp_path ${d}/fastcgi;`,
    `    uwsgi_temp_path ${d}/uwsgi;`,
    `    scgi_temp_path ${d}/scgi;`,
    "    sendfile on;",
    "    server_tokens off;",
    "",
    "    server {",
    `        listen ${listenAddress(s.bind, s.port)};`,
    `        server_name ${s.serverName};`,
    `        root ${s.root};`,
    "        index index.html;",
    "",
    `        location = ${CONFIG_LOCATION} {`,
    ...lamaOnly,
    "            default_type text/plain;",
    `            return 200 "${configAnswer(s.configId)}\\n";`,
    "        }",
    `        location = ${STATUS_LOCATION} {`,
    ...lamaOnly,
    "            stub_status;",
    "        }",
    "    }",
    "}",
    "",
  ].join("\n");
}
