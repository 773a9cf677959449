/**
 * The paper's four methods, as the agent serves them over the `rpc` channel:
 * Status (the node's latest NodeStatus and each adaptor's status), and Start /
 * Stop / Set acting through the adaptor registry. Errors thrown here (unknown
 * adaptor, invalid parameter, adaptor failure) become typed RpcError replies.
 */
import type { lama } from "../proto/index.ts";
import { BadRequestError, toAdaptorReply, toAdaptorStatus, type AdaptorRegistry } from "../adaptors/index.ts";
import type { RpcHandler } from "./wire/index.ts";

export function fourMethods(registry: AdaptorRegistry, nodeStatus: () => lama.v1.INodeStatus | undefined): RpcHandler {
  return async (req) => {
    switch (req.method) {
      case "status":
        return { status: { node: nodeStatus() ?? null, adaptors: registry.statusAll().map(toAdaptorStatus) } };
      case "start":
        return { adaptor: toAdaptorReply(await registry.get(req.start!.adaptor ?? "").start(req.start!.params ?? {})) };
      case "stop":
        return { adaptor: toAdaptorReply(await registry.get(req.stop!.adaptor ?? "").stop()) };
      case "set":
        return { adaptor: toAdaptorReply(await registry.get(req.set!.adaptor ?? "").set(req.set!.params ?? {})) };
      default:
        throw new BadRequestError(`method ${String(req.method)} is not one this agent serves (status, start, stop, set)`);
    }
  };
}
