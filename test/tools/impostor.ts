/**
 * Test tool: try to open a control channel to an agent without the pool key.
 *
 *   bun test/tools/impostor.ts --to ADDR:PORT --grand-id ID --bind ADDR [--wait-ms N]
 *
 * Makes a real WebRTC offer and sends it as grand would, but sealed under a key
 * of its own; prints "answered" if anything comes back that opens under that key
 * or if a data channel opens, else "no answer". Exits 0 either way.
 */
import { parseArgs } from "node:util";
import { Envelope, Keyring, loadSodium, openUdpTransport, systemClock, type DatagramTransport } from "../../runtime/wire/index.ts";
import { nativePeers, offerAsDtlsClient } from "../../runtime/wire/index.ts";

const { values } = parseArgs({ args: process.argv.slice(2), options: { to: { type: "string" }, "grand-id": { type: "string" }, bind: { type: "string" }, "wait-ms": { type: "string", default: "4000" } } });
const [address, port] = values.to!.split(":");
const to = { address: address!, port: Number(port) };
const sodium = await loadSodium();
const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [sodium.randombytes_buf(32)]), senderId: values["grand-id"]!, clock: systemClock });
const transport: DatagramTransport = await openUdpTransport({ group: "239.255.41.60", groupPort: 4160, interfaces: [], bindAddress: values.bind!, port: 0, joinGroup: false });
let answered = false;
transport.onMessage((data) => {
  if (envelope.open(data).ok) answered = true;
});
const pc = nativePeers.create("impostor", { bindAddress: values.bind });
pc.onLocalDescription((sdp, type) => {
  if (type === "offer") transport.sendTo(envelope.seal({ signal: { session: "impostor-1", offerSdp: offerAsDtlsClient(sdp) } }), to);
});
pc.onLocalCandidate((candidate, mid) => transport.sendTo(envelope.seal({ signal: { session: "impostor-1", candidate: { candidate, mid } } }), to));
const dc = pc.createDataChannel("rpc");
dc.onOpen(() => (answered = true));
// The same offer, unsealed: raw bytes of a protobuf Signal.
setTimeout(() => transport.sendTo(new TextEncoder().encode("v=0 o=- impostor"), to), 100);
await Bun.sleep(Number(values["wait-ms"]));
console.log(answered ? "answered" : "no answer");
pc.close();
transport.close();
process.exit(0);
