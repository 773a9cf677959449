import { describe, expect, test } from "bun:test";
import { BackendListError, formatBackends, parseBackends, type Backend } from "./backends.ts";

const b = (id: string, address: string, port: number, weight = 1, state: Backend["state"] = "ready"): Backend => ({ id, address, port, weight, state });

describe("reading a backend list", () => {
  test.each<[string, Backend[]]>([
    ["", []],
    ["   ", []],
    ["node-1@198.18.0.2:8000", [b("node-1", "198.18.0.2", 8000)]],
    ["node-1@198.18.0.2:8000/10", [b("node-1", "198.18.0.2", 8000, 10)]],
    ["node-1@198.18.0.2:8000/0/drain", [b("node-1", "198.18.0.2", 8000, 0, "drain")]],
    ["n2@[fd00::2]:80/3/maint, n1@10.0.0.1:81", [b("n1", "10.0.0.1", 81), b("n2", "fd00::2", 80, 3, "maint")]],
    ['[{"id":"n1","address":"10.0.0.1","port":81}]', [b("n1", "10.0.0.1", 81)]],
    ['[{"id":"n1","address":"::1","port":"81","weight":256,"state":"drain"}]', [b("n1", "::1", 81, 256, "drain")]],
  ])("%j", (text, expected) => {
    expect(parseBackends(text)).toEqual(expected);
  });

  test.each<[string, RegExp]>([
    ["node-1", /entry 1 \("node-1"\) is not ID@ADDRESS:PORT/],
    ["n1@10.0.0.1:80,n1@10.0.0.2:80", /id "n1" appears twice/],
    ["-x@10.0.0.1:80", /id "-x" is not 1 to 64 letters/],
    ["n1@relay.example:80", /address "relay.example" is not an IPv4 or IPv6 address \(the runtime API does not resolve names/],
    ["n1@[10.0.0.1]:80", /in brackets is not an IPv6 address/],
    ["n1@10.0.0.1:0", /port "0" is not a port number from 1 to 65535/],
    ["n1@10.0.0.1:70000", /port "70000"/],
    ["n1@10.0.0.1:80/257", /weight "257" is not a whole number from 0 to 256/],
    ["n1@10.0.0.1:80/-1", /weight "-1"/],
    ["n1@10.0.0.1:80/1/up", /state "up" is not one of ready, drain, maint/],
    ["n1@10.0.0.1:80/1/ready/x", /is not ID@ADDRESS:PORT/],
    ["n1@10.0.0.1:80 port 81", /port "80 port 81"/],
    ["n1@10.0.0.1:80\nset server x", /port "80\\nset server x"/],
    ["[", /not valid JSON/],
    ['{"id":"n1"}', /is not ID@ADDRESS:PORT/],
    ['[{"id":"n1","address":"10.0.0.1"}]', /entry 1: port is missing/],
    ['[{"id":"n1","address":"10.0.0.1","port":80,"colour":"red"}]', /unknown field "colour"/],
    ['[{"id":1,"address":"10.0.0.1","port":80}]', /id is a number; give a string/],
    ["[3]", /entry 1 must be an object/],
  ])("refuses %j", (text, message) => {
    let error: unknown;
    try {
      parseBackends(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackendListError);
    expect((error as Error).message).toMatch(message);
  });
});

test("the canonical form is compact, sorted by id, and reads back the same", () => {
  const list = parseBackends('[{"id":"z","address":"fd00::9","port":9,"weight":0,"state":"maint"},{"id":"a","address":"10.0.0.1","port":80}]');
  const text = formatBackends(list);
  expect(text).toBe("a@10.0.0.1:80/1/ready,z@[fd00::9]:9/0/maint");
  expect(parseBackends(text)).toEqual(list);
  expect(formatBackends([])).toBe("");
});
