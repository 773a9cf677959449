/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol, with no
 * driver library: Chromium prints the browser's WebSocket address on stderr
 * ("DevTools listening on ws://..."), and Bun's WebSocket speaks to it. One
 * page target is created and attached in flat mode, so every command of the
 * page carries its `sessionId` on the one connection.
 *
 * The page's console errors, uncaught exceptions and error log entries (failed
 * loads) are collected in `errors`. Each launch has a fresh profile in a
 * temporary directory, removed by `close()`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM = "/usr/bin/chromium";

/** Why Chromium cannot be used here, or undefined. */
export function chromiumMissing(): string | undefined {
  const r = spawnSync(CHROMIUM, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? undefined : `${CHROMIUM} not runnable; apt-get install chromium (.ci/run does)`;
}

/**
 * Flags for a headless browser that reaches nothing but the pages it is sent to:
 * no sandbox (the tests run as root, where Chromium's sandbox refuses to start),
 * no GPU, and none of the background fetches (updates, sync, QUIC probes).
 */
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
];

interface Pending {
  resolve(v: any): void;
  reject(e: Error): void;
  method: string;
}

/** A connection to the browser endpoint. */
export class Cdp {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(method: string, params: any, sessionId?: string) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener("message", (m) => {
      const msg = JSON.parse(String(m.data)) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: unknown; sessionId?: string };
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`));
        else p.resolve(msg.result);
      } else if (msg.method) {
        for (const l of this.listeners) l(msg.method, msg.params, msg.sessionId);
      }
    });
    ws.addEventListener("close", () => {
      for (const p of this.pending.values()) p.reject(new Error(`${p.method}: the DevTools connection closed`));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<Cdp> {
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener("open", () => resolve(), { once: true });
      ws.addEventListener("error", () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    });
    return new Cdp(ws);
  }

  send<T = any>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.ws.send(JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params }));
    });
  }

  on(fn: (method: string, params: any, sessionId?: string) => void): void {
    this.listeners.add(fn);
  }

  close(): void {
    this.ws.close();
  }
}

/** One page (tab) of the browser. */
export class Page {
  /** Console errors, uncaught exceptions and error log entries, in order. */
  readonly errors: string[] = [];

  constructor(readonly cdp: Cdp, readonly sessionId: string) {
    cdp.on((method, p, sid) => {
      if (sid !== sessionId) return;
      if (method === "Runtime.consoleAPICalled" && (p.type === "error" || p.type === "assert")) {
        this.errors.push(`console.${p.type}: ${p.args.map((a: { value?: unknown; description?: string }) => a.value ?? a.description).join(" ")}`);
      }
      if (method === "Runtime.exceptionThrown") this.errors.push(`exception: ${p.exceptionDetails.exception?.description ?? p.exceptionDetails.text}`);
      if (method === "Log.entryAdded" && p.entry.level === "error") this.errors.push(`log: ${p.entry.text} ${p.entry.url ?? ""}`);
    });
  }

  send<T = any>(method: string, params: object = {}): Promise<T> {
    return this.cdp.send<T>(method, params, this.sessionId);
  }

  /** The value of a JavaScript expression in the page (awaited if it is a promise). */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const r = await this.send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`evaluate ${expression}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  }

  /** Navigates and waits for the load event. */
  async goto(url: string, timeoutMs = 15_000): Promise<void> {
    const loaded = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${url} did not load in ${timeoutMs} ms`)), timeoutMs);
      this.cdp.on((method, _p, sid) => {
        if (sid === this.sessionId && method === "Page.loadEventFired") {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const nav = await this.send<{ errorText?: string }>("Page.navigate", { url });
    if (nav.errorText) throw new Error(`navigating to ${url}: ${nav.errorText}`);
    await loaded;
  }

  /** Polls an expression until it is truthy; returns the ms waited. */
  async waitFor(expression: string, timeoutMs: number, what = expression): Promise<number> {
    const t0 = performance.now();
    while (true) {
      if (await this.evaluate<boolean>(`!!(${expression})`)) return performance.now() - t0;
      if (performance.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await Bun.sleep(50);
    }
  }

  /** A real mouse click (pressed and released) at the centre of the first element matching `selector`. */
  async click(selector: string): Promise<void> {
    const box = await this.evaluate<{ x: number; y: number } | null>(
      `(() => { const e = document.querySelector(${JSON.stringify(selector)}); if (!e) return null; e.scrollIntoView({ block: "center" });`
      + ` const r = e.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
    );
    if (!box) throw new Error(`no element matches ${selector}`);
    for (const type of ["mouseMoved", "mousePressed", "mouseReleased"]) {
      await this.send("Input.dispatchMouseEvent", { type, x: box.x, y: box.y, button: "left", clickCount: type === "mouseMoved" ? 0 : 1 });
    }
  }

  /** A PNG of the whole page. */
  async screenshot(path: string): Promise<void> {
    const r = await this.send<{ data: string }>("Page.captureScreenshot", { format: "png", captureBeyondViewport: true });
    writeFileSync(path, Buffer.from(r.data, "base64"));
  }
}

/** A running headless Chromium with one page. */
export class Browser {
  private constructor(readonly child: ChildProcess, private readonly exited: Promise<unknown>, readonly cdp: Cdp, readonly page: Page, private readonly profile: string, readonly log: () => string) {}

  static async launch(opts: { width?: number; height?: number; timeoutMs?: number } = {}): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), "lama-chromium-"));
    // TMPDIR inside the profile: Chromium puts its singleton socket folder there, removed with the profile.
    const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, "about:blank"], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, TMPDIR: profile } });
    const exited = new Promise((r) => child.on("exit", r));
    let stderr = "";
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`chromium printed no DevTools address in ${opts.timeoutMs ?? 30_000} ms: ${stderr.slice(-500)}`)), opts.timeoutMs ?? 30_000);
        child.stderr!.on("data", (d: Buffer) => {
          stderr += d.toString();
          const m = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.on("exit", (code) => reject(new Error(`chromium exited ${code} before listening: ${stderr.slice(-500)}`)));
      });
      const cdp = await Cdp.connect(url);
      const { targetId } = await cdp.send<{ targetId: string }>("Target.createTarget", { url: "about:blank" });
      const { sessionId } = await cdp.send<{ sessionId: string }>("Target.attachToTarget", { targetId, flatten: true });
      const page = new Page(cdp, sessionId);
      await Promise.all(["Runtime.enable", "Log.enable", "Page.enable"].map((m) => page.send(m)));
      await page.send("Emulation.setDeviceMetricsOverride", { width: opts.width ?? 1280, height: opts.height ?? 900, deviceScaleFactor: 1, mobile: false });
      return new Browser(child, exited, cdp, page, profile, () => stderr);
    } catch (e) {
      child.kill("SIGKILL");
      await exited;
      rmSync(profile, { recursive: true, force: true });
      throw e;
    }
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.cdp.send("Browser.close"), Bun.sleep(2000)]);
    } catch {}
    this.cdp.close();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
    await this.exited;
    rmSync(this.profile, { recursive: true, force: true });
  }
}
