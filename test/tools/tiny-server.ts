/**
 * Test tool: a minimal HTTP server for the process adaptor to supervise.
 *   bun test/tools/tiny-server.ts PORT [GREETING]
 * Answers every request with "GREETING pid=PID port=PORT".
 */
const port = Number(process.argv[2]);
const greeting = process.argv[3] ?? "hello";
if (!Number.isInteger(port) || port <= 0) {
  console.error(`tiny-server: bad port ${process.argv[2]}`);
  process.exit(2);
}
Bun.serve({ port, hostname: "0.0.0.0", fetch: () => new Response(`${greeting} pid=${process.pid} port=${port}\n`) });
console.log(`tiny-server listening on ${port}`);
process.on("SIGTERM", () => process.exit(0));
export {};
