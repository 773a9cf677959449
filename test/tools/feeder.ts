/**
 * Plays a stream into an icecast mount as its source, for as long as it runs:
 * the icecast adaptor's feeder (MPEG-1 Layer III silence paced in real time),
 * connecting again 500 ms after a refusal or a lost connection (the source node
 * may not be up yet, or may move).
 *
 *   bun test/tools/feeder.ts --to HOST:PORT --mount /live --password PW [--kbps 128]
 *
 * Prints "feeding HOST:PORT/MOUNT" each time it is accepted.
 */
import { startFeeder } from "../../adaptors/icecast/index.ts";

const arg = (k: string, d?: string) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1]! : d;
};
const to = arg("--to");
const password = arg("--password");
if (!to || !password) {
  console.error("usage: feeder.ts --to HOST:PORT --mount /live --password PW [--kbps 128]");
  process.exit(2);
}
const [host, port] = [to.slice(0, to.lastIndexOf(":")), Number(to.slice(to.lastIndexOf(":") + 1))];
const mount = arg("--mount", "/live")!;
const kbps = Number(arg("--kbps", "128"));
for (;;) {
  try {
    const feeder = await startFeeder({ host, port, mount, password, kbps });
    console.log(`feeding ${host}:${port}${mount}`);
    await feeder.closed;
    console.log(`connection to ${host}:${port} ended after ${feeder.bytesSent()} bytes`);
  } catch (e) {
    console.log(`not accepted: ${(e as Error).message}`);
  }
  await Bun.sleep(500);
}
