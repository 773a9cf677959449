/**
 * The wire schema, generated from proto/lama.proto by `bun scripts/gen-proto.ts`.
 *
 * protobufjs returns 64-bit integers as `Long` objects whenever the `long` package
 * is loadable. Every 64-bit field in our schema is a millisecond time, a counter or
 * a sequence number well below 2^53, so we switch `Long` off once, here, before any
 * message is decoded: decoders then yield plain numbers.
 */
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined as never;
$protobuf.configure();

import { lama } from "./gen/lama.js";

export const pb = lama.v1;
export type { lama };
