/**
 * The program the demo's `web` adaptor supervises: a tiny HTTP server.
 *   bun demo/hello-server.ts PORT [GREETING]
 */
const port = Number(process.argv[2]);
const greeting = process.argv[3] ?? "hello";
Bun.serve({ port, hostname: "127.0.0.1", fetch: () => new Response(`${greeting} from pid ${process.pid}\n`) });
process.on("SIGTERM", () => process.exit(0));
export {};
