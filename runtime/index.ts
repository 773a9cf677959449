/**
 * Public surface of runtime/: the agent. Its lease client (discovery,
 * registration, renewal), the node that serves the four methods and sends
 * telemetry over the control channel, the machine's identity and the /proc
 * probes, its config and assembly (`startNode`). The wire layer it shares with grand is `runtime/wire/`, imported from
 * there, not through here.
 */
export { ATTRIBUTE_REFRESH_MS, GRAND_LOST_MS, LeaseClient, NO_ANSWER_WARN_MS, REGISTER_RETRY_MS, type GrandInfo, type LeaseClientOptions, type LeaseClientState } from "./lease-client.ts";
export { ADAPTOR_WATCH_MS, LamaNode, type LamaNodeOptions, type StatusSampler } from "./lama-node.ts";
export { chooseServiceId, readMachineFacts, type MachineFacts, type NetInterfaceInfo } from "./identity.ts";
export { fourMethods } from "./methods.ts";
export { lamaMain } from "./lama-main.ts";
export { LAMA_FLAGS, LEASE_LIMITS_MS, RENEW_LIMITS_MS, SAMPLE_LIMITS_MS, checkLamaConfig, lamaConfig, lamaConfigFromSettings, lamaDefaults, realLamaEnvironment, resolveServiceId, type LamaConfig, type LamaEnvironment } from "./config.ts";
export { CANCEL_FLUSH_MS, startNode, startNodeNow, type NodeResources, type NodeSeams, type RunningNode } from "./start-node.ts";
export { DEFAULT_SAMPLE_PERIOD_MS, Sampler, type SamplerOptions } from "./probes/index.ts";
