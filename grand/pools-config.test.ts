/** The pools file (`grand serve --pools FILE`): what it accepts and how it refuses a mistake. */
import { expect, test } from "bun:test";
import { parsePoolsConfig } from "./pools-config.ts";

test.each([
  ["[]", "non-empty JSON array"],
  ["{", "is not JSON"],
  ['[{"name":"a","role":"r"}]', "'adaptor' must be a non-empty string"],
  ['[{"name":"a","role":"r","adaptor":"x","colour":1}]', "unknown setting 'colour'"],
  ['[{"name":"a","role":"r","adaptor":"x","policy":"magic"}]', "policy 'magic' is not one of threshold, ar1, horizon"],
  ['[{"name":"a","role":"r","adaptor":"x","minNodes":0}]', "minNodes is 0"],
  ['[{"name":"a","role":"r","adaptor":"x"},{"name":"a","role":"q","adaptor":"y"}]', "pool name 'a' is used twice"],
  ['[{"name":"a","role":"r","adaptor":"x","serverParams":{"port":8080}}]', "'serverParams' must be an object of strings"],
])("pools config %s is refused: %s", (text, message) => {
  expect(() => parsePoolsConfig(text)).toThrow(message);
});
