/**
 * Public surface of adaptors/supervisor/: running one program for an adaptor —
 * the life-cycle state machine, the supervisor that drives it, readiness probes,
 * the restart policy, captured output, and the seams it acts through (process
 * runner, file system, network probes), each with its in-memory twin.
 */
export {
  Supervisor,
  StartCancelledError,
  DEFAULT_STOP_TIMEOUT_MS,
  DEFAULT_CHECK_TIMEOUT_MS,
  READY_POLL_MS,
  KILL_WAIT_MS,
  OUTPUT_DRAIN_MS,
  type LaunchSpec,
  type ReloadMethod,
  type SupervisorOptions,
  type SupervisorDeps,
  type SupervisorResult,
  type SupervisorSnapshot,
} from "./supervisor.ts";
export {
  transition,
  adaptorState,
  isActive,
  IllegalTransitionError,
  SUPERVISOR_STATES,
  SUPERVISOR_EVENTS,
  type SupervisorState,
  type SupervisorEvent,
} from "./state.ts";
export {
  answerMatches,
  describeReadiness,
  readinessTimeoutMs,
  tcpProbe,
  httpProbe,
  MemoryPorts,
  MemoryHttp,
  PROBE_ATTEMPT_MS,
  HTTP_BODY_CHARS,
  type Readiness,
  type HttpAnswer,
  type HttpExpectation,
  type HttpProbe,
  type PortProbe,
  type Probes,
} from "./readiness.ts";
export { nodeFileSystem, MemoryFileSystem, tempPathFor, CONFIG_FILE_MODE, type FileSystem } from "./files.ts";
export { runCommand, COMMAND_KILL_WAIT_MS, type CommandOptions, type CommandOutcome } from "./run-command.ts";
export { DEFAULT_RESTART_POLICY, RESTART_MODES, decideRestart, recentRestarts, type RestartMode, type RestartPolicy, type RestartDecision } from "./restart-policy.ts";
export { OutputRing, tailOf, OUTPUT_RING_CHARS, OUTPUT_TAIL_LINES, OUTPUT_TAIL_CHARS } from "./output-ring.ts";
export {
  bunProcessRunner,
  describeExit,
  exitFailed,
  SpawnError,
  type ExitInfo,
  type OutputStream,
  type ProcessHandle,
  type ProcessRunner,
  type SpawnOptions,
} from "./runner.ts";
export { MemoryProcess, MemoryProcessRunner } from "./memory-runner.ts";
