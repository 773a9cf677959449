/** Public surface of adaptors/nginx/: the `nginx` web server adaptor (the paper's web S-CP), its render and stub_status parser. */
export {
  DEFAULT_NGINX,
  DEFAULT_NGINX_USER,
  DEFAULT_WEB_READY_MS,
  STATUS_REFRESH_MS,
  WEB_PARAMS,
  WebAdaptor,
  checkWebConfig,
  type WebAdaptorConfig,
  type WebAdaptorDeps,
} from "./web-adaptor.ts";
export { CONFIG_LOCATION, STATUS_LOCATION, WORKER_CONNECTIONS, configAnswer, listenAddress, renderNginxConfig, type WebSettings } from "./render.ts";
export { parseStubStatus, type StubStatus } from "./stub-status.ts";
