/** Public surface of adaptors/process/: the `process` adaptor and its seams (process runner, port probe) with their in-memory twins. */
export { DEFAULT_READY_TIMEOUT_MS, DEFAULT_STOP_TIMEOUT_MS, KILL_WAIT_MS, OUTPUT_DRAIN_MS, ProcessAdaptor, READY_POLL_MS, checkProcessConfig, type ProcessAdaptorConfig, type ProcessAdaptorDeps } from "./process-adaptor.ts";
export { SpawnError, bunProcessRunner, describeExit, exitFailed, type ExitInfo, type OutputStream, type ProcessHandle, type ProcessRunner, type SpawnOptions } from "./runner.ts";
export { MemoryProcess, MemoryProcessRunner } from "./memory-runner.ts";
export { MemoryPorts, PROBE_ATTEMPT_MS, tcpProbe, type PortProbe, type ReadyCheck } from "./readiness.ts";
export { DEFAULT_RESTART_POLICY, RESTART_MODES, decideRestart, recentRestarts, type RestartDecision, type RestartMode, type RestartPolicy } from "./restart-policy.ts";
export { OUTPUT_RING_CHARS, OUTPUT_TAIL_CHARS, OUTPUT_TAIL_LINES, OutputRing, tailOf } from "./output-ring.ts";
export { checkTemplate, checkTemplateValue, placeholderOf, renderInvocation, renderValue, type Invocation, type ProcessTemplate } from "./template.ts";
export { DEFAULT_READY_HOST, PROCESS_FIELDS, readProcessFields } from "./config.ts";
