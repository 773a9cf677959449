/**
 * In-memory twin of haproxy's runtime API for one backend of server slots: it
 * answers `show servers state`, `show stat`, `show info` and `set server … addr /
 * weight / state` as haproxy 2.6 does (the same wording, the same columns), so the
 * dispatcher adaptor runs in tests without haproxy. A test can restart it (a new
 * worker pid; every slot back in maint, or loaded from a saved server state), make
 * it unreachable, or make it refuse a command.
 */
import type { BackendState } from "./backends.ts";
import { parseServersState } from "./live-state.ts";
import { RuntimeApiError, type RuntimeApi } from "./runtime-api.ts";

interface Slot {
  name: string;
  address: string;
  port: number;
  weight: number;
  state: BackendState;
}

const SERVERS_STATE_HEADER =
  "# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight srv_iweight srv_time_since_last_change srv_check_status srv_check_result srv_check_health srv_check_state srv_agent_state bk_f_forced_id srv_f_forced_id srv_fqdn srv_port srvrecord srv_use_ssl srv_check_port srv_check_addr srv_agent_addr srv_agent_port";
const STAT_HEADER = "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,weight,act,bck,chkfail,chkdown,lastchg,downtime,qlimit,pid,iid,sid,throttle,lbtot,tracked,type,rate,rate_lim,rate_max,check_status,check_code,check_duration,hrsp_1xx,hrsp_2xx,hrsp_3xx,hrsp_4xx,hrsp_5xx,hrsp_other,hanafail,req_rate,req_rate_max,req_tot,cli_abrt,srv_abrt,comp_in,comp_out,comp_byp,comp_rsp,lastsess,last_chk,last_agt,qtime,ctime,rtime,ttime,agent_status,agent_code,agent_duration,check_desc,agent_desc,check_rise,check_fall,check_health,agent_rise,agent_fall,agent_health,addr,";
const STAT_COLUMNS = STAT_HEADER.slice(2).split(",");
/** srv_admin_state bits as haproxy reports them after `set server … state`. */
const ADMIN_BITS: Record<BackendState, number> = { maint: 5, drain: 12, ready: 4 };

export class MemoryRuntimeApi {
  /** Every command received, in order. */
  readonly commands: string[] = [];
  /** Traffic a test wants `show stat` to report, by slot name. */
  readonly traffic = new Map<string, { sessions: number; total: number; bytesIn: number; bytesOut: number }>();
  workerPid = 5000;
  /** While false, every command fails as an unreachable socket does. */
  reachable = true;
  private slots: Slot[] = [];
  private refusals = new Map<string, string>();

  constructor(
    readonly backend: string,
    slotCount: number,
  ) {
    this.restart(slotCount);
  }

  /**
   * A new worker from the configuration: every slot idle in maint, or as a saved
   * `show servers state` says (haproxy's server-state file), for the slots it names.
   */
  restart(slotCount = this.slots.length, savedState?: string): void {
    this.workerPid++;
    const saved = new Map(savedState ? parseServersState(savedState, this.backend).map((s) => [s.name, s]) : []);
    this.slots = Array.from({ length: slotCount }, (_, i) => {
      const name = `slot${i + 1}`;
      return { ...(saved.get(name) ?? { address: "127.0.0.1", port: 1, weight: 1, state: "maint" as const }), name };
    });
  }

  /** Makes the next command that starts with prefix answer `answer` instead of doing it. */
  refuse(prefix: string, answer: string): void {
    this.refusals.set(prefix, answer);
  }

  /** The slot's live state. */
  slot(name: string): Readonly<Slot> | undefined {
    return this.slots.find((s) => s.name === name);
  }

  /** The API as the adaptor sees it. */
  readonly api: RuntimeApi = async (command) => {
    if (!this.reachable) throw new RuntimeApiError(`runtime API (memory): ${JSON.stringify(command)} failed: ECONNREFUSED`);
    this.commands.push(command);
    for (const [prefix, answer] of this.refusals) {
      if (command.startsWith(prefix)) {
        this.refusals.delete(prefix);
        return answer;
      }
    }
    return this.answer(command);
  };

  private answer(command: string): string {
    if (command === "show info") return `Name: HAProxy\nVersion: 2.6.12\nPid: ${this.workerPid}\n\n`;
    if (command === `show servers state ${this.backend}`) {
      const lines = this.slots.map((s, i) => `3 ${this.backend} ${i + 1} ${s.name} ${s.address} ${s.state === "maint" ? 0 : 2} ${ADMIN_BITS[s.state]} ${s.weight} 1 0 1 0 0 8 0 0 0 - ${s.port} - 0 0 - - 0`);
      return `1\n${SERVERS_STATE_HEADER}\n${lines.join("\n")}\n\n`;
    }
    if (command === "show stat") {
      const rows = this.slots.map((s) => {
        const t = this.traffic.get(s.name) ?? { sessions: 0, total: 0, bytesIn: 0, bytesOut: 0 };
        const f: Record<string, string> = {
          pxname: this.backend,
          svname: s.name,
          scur: String(t.sessions),
          stot: String(t.total),
          bin: String(t.bytesIn),
          bout: String(t.bytesOut),
          status: s.state === "maint" ? "MAINT" : s.state === "drain" ? "DRAIN" : "no check",
          weight: String(s.weight),
          addr: `${s.address}:${s.port}`,
        };
        return STAT_COLUMNS.map((c) => f[c] ?? "").join(",");
      });
      return `${STAT_HEADER}\n${rows.join("\n")}\n\n`;
    }
    const m = /^set server ([^/ ]+)\/(\S+) (.*)$/.exec(command);
    if (!m) return "Unknown command.\n\n";
    if (m[1] !== this.backend) return "No such backend.\n\n";
    const s = this.slots.find((x) => x.name === m[2]);
    if (!s) return "No such server.\n\n";
    const rest = m[3]!;
    let a: RegExpExecArray | null;
    if ((a = /^addr (\S+) port ([0-9]+)$/.exec(rest))) {
      const [address, port] = [a[1]!, Number(a[2])];
      const parts = [s.address === address ? "no need to change the addr" : `IP changed from '${s.address}' to '${address}'`, s.port === port ? "no need to change the port" : `port changed from '${s.port}' to '${port}'`];
      s.address = address;
      s.port = port;
      return `${parts.join(", ")} by 'stats socket command'\n\n`;
    }
    if ((a = /^weight ([0-9]+)$/.exec(rest))) {
      const w = Number(a[1]);
      if (w > 256) return "Absolute weight can only be between 0 and 256 inclusive.\n\n";
      s.weight = w;
      return "\n";
    }
    if ((a = /^state (ready|drain|maint)$/.exec(rest))) {
      s.state = a[1] as BackendState;
      return "\n";
    }
    return "'set server <srv> state' expects 'ready', 'drain' and 'maint'.\n\n";
  }
}
