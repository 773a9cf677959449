/**
 * How grand's HTTP API answers in JSON, and how a failed control call maps onto
 * HTTP: no open channel 503, unknown adaptor 404, invalid parameter or bad
 * request 400, adaptor failure 502, timeout 504; the body is an `ErrorJson`
 * ({"error": message, "kind": ..., and the fields of the typed error}).
 */
import { ChannelClosedError, RemoteRpcError, RpcTimeoutError } from "../runtime/wire/index.ts";
import type { ErrorJson } from "./api-views.ts";
import { NotConnectedError } from "./control-manager.ts";

/** A JSON answer, pretty-printed with a final newline (read by people with curl as often as by scripts). */
export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body, null, 2) + "\n", { status, headers: { "content-type": "application/json" } });

/** An error answer. */
export const errorResponse = (body: ErrorJson, status: number) => json(body, status);

export const notFound = (what: string) => errorResponse({ error: what }, 404);

/** HTTP status of each remote error kind; an unknown kind is a 502 (the node failed). */
const HTTP_OF_KIND: Record<string, number> = { ERROR_UNKNOWN_ADAPTOR: 404, ERROR_INVALID_PARAMETER: 400, ERROR_BAD_REQUEST: 400, ERROR_ADAPTOR_FAILURE: 502, ERROR_TIMEOUT: 504 };

/** Maps a control-call failure onto an HTTP status and a JSON body. */
export function controlErrorResponse(e: unknown): Response {
  if (e instanceof NotConnectedError || e instanceof ChannelClosedError) return errorResponse({ error: e.message, kind: "NOT_CONNECTED" }, 503);
  if (e instanceof RpcTimeoutError) return errorResponse({ error: `the node did not answer: ${e.message}`, kind: "ERROR_TIMEOUT" }, 504);
  if (e instanceof RemoteRpcError) {
    const { message, parameter, allowed, outputTail } = e.error;
    return errorResponse({ error: message as string, kind: e.kind, parameter: parameter || undefined, allowed: allowed || undefined, outputTail: outputTail || undefined }, HTTP_OF_KIND[e.kind] ?? 502);
  }
  return errorResponse({ error: (e as Error).message ?? String(e) }, 500);
}
