import { describe, expect, test } from "bun:test";
import { InvalidParameterError } from "./errors.ts";
import { checkSchema, describeAllowed, formatParams, isHost, sameParams, validateParams, type ParamSpec } from "./params.ts";

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error, got none");
}

const spec = (s: Partial<ParamSpec> & Pick<ParamSpec, "type">): ParamSpec => ({ name: "p", description: "test parameter", ...s });

describe("one value against its spec", () => {
  test.each<[Partial<ParamSpec> & Pick<ParamSpec, "type">, string, string | number | boolean]>([
    [{ type: "string" }, "hello world", "hello world"],
    [{ type: "string" }, "", ""],
    [{ type: "string" }, "; touch /tmp/x", "; touch /tmp/x"],
    [{ type: "string", pattern: "[a-z]+" }, "abc", "abc"],
    [{ type: "int" }, "42", 42],
    [{ type: "int" }, "-7", -7],
    [{ type: "int" }, "+7", 7],
    [{ type: "int", min: 1, max: 10 }, "10", 10],
    [{ type: "port" }, "8000", 8000],
    [{ type: "port" }, "08000", 8000],
    [{ type: "port" }, "65535", 65535],
    [{ type: "port", min: 1024 }, "1024", 1024],
    [{ type: "bool" }, "true", true],
    [{ type: "bool" }, "FALSE", false],
    [{ type: "bool" }, "yes", true],
    [{ type: "bool" }, "0", false],
    [{ type: "enum", values: ["mp3", "ogg"] }, "ogg", "ogg"],
    [{ type: "path" }, "/var/lib/lama", "/var/lib/lama"],
    [{ type: "path" }, "/a/b..c/", "/a/b..c/"],
    [{ type: "host" }, "0.0.0.0", "0.0.0.0"],
    [{ type: "host" }, "::1", "::1"],
    [{ type: "host" }, "node-7.rack2.example", "node-7.rack2.example"],
    [{ type: "host" }, "localhost.", "localhost."],
  ])("%j accepts %j as %j", (s, raw, value) => {
    expect(validateParams([spec(s)], { p: raw }).typed.p).toEqual(value);
  });

  test.each<[Partial<ParamSpec> & Pick<ParamSpec, "type">, string, RegExp]>([
    [{ type: "string", pattern: "[a-z]+" }, "abc1", /does not match the pattern; allowed: a string .* matching \/\[a-z\]\+\//],
    [{ type: "string" }, "a\0b", /NUL/],
    [{ type: "string" }, "x".repeat(4097), /4097 characters long/],
    [{ type: "int" }, "4.5", /not a whole number; allowed: an integer/],
    [{ type: "int" }, "1e3", /not a whole number/],
    [{ type: "int" }, "", /not a whole number/],
    [{ type: "int" }, "99999999999999999999", /out of range/],
    [{ type: "int", min: 1, max: 10 }, "11", /out of range; allowed: an integer from 1 to 10/],
    [{ type: "int", min: 1 }, "0", /an integer of at least 1/],
    [{ type: "port" }, "0", /out of range; allowed: a port number from 1 to 65535/],
    [{ type: "port" }, "65536", /out of range/],
    [{ type: "port" }, "-80", /not a whole number/],
    [{ type: "port" }, "http", /not a whole number/],
    [{ type: "port", min: 1024 }, "80", /a port number from 1024 to 65535/],
    [{ type: "bool" }, "maybe", /is not a boolean; allowed: true or false/],
    [{ type: "enum", values: ["mp3", "ogg"] }, "MP3", /not one of the allowed values; allowed: one of: mp3, ogg/],
    [{ type: "path" }, "relative/dir", /not an absolute path/],
    [{ type: "path" }, "/var/../etc/shadow", /'\.\.' segment/],
    [{ type: "host" }, "-oProxyCommand=x", /not a host name or IP address/],
    [{ type: "host" }, "a b", /not a host name/],
    [{ type: "host" }, "999.1.1.1", /not a host name/],
    [{ type: "host" }, "", /not a host name/],
  ])("%j refuses %j", (s, raw, re) => {
    const err = errorOf(() => validateParams([spec(s)], { p: raw }));
    expect(err).toBeInstanceOf(InvalidParameterError);
    const e = err as InvalidParameterError;
    expect(e.parameter).toBe("p");
    expect(e.allowed).toBe(describeAllowed(spec(s)));
    expect(e.message).toMatch(/^parameter "p"/);
    expect(e.message).toMatch(re);
  });
});

describe("a parameter set", () => {
  const schema: ParamSpec[] = [
    { name: "port", type: "port", default: "8000", description: "listening port" },
    { name: "bind", type: "host", default: "0.0.0.0", description: "listening address" },
    { name: "mount", type: "string", required: true, description: "mount point" },
    { name: "verbose", type: "bool", description: "log more" },
  ];

  test("defaults fill the gaps; an optional parameter without default stays absent", () => {
    expect(validateParams(schema, { mount: "/live", port: "08080" })).toEqual({
      typed: { port: 8080, bind: "0.0.0.0", mount: "/live" },
      canonical: { port: "8080", bind: "0.0.0.0", mount: "/live" },
    });
  });

  test("an unknown parameter is an error that lists the declared ones", () => {
    expect(() => validateParams(schema, { mount: "/a", prot: "1" })).toThrow('unknown parameter "prot"; declared parameters: port, bind, mount, verbose');
    expect((errorOf(() => validateParams(schema, { mount: "/a", prot: "1" })) as InvalidParameterError).parameter).toBe("prot");
  });

  test("names from the prototype are unknown parameters, not a crash", () => {
    const params = JSON.parse('{"__proto__": "x", "mount": "/a"}') as Record<string, string>;
    expect(() => validateParams(schema, params)).toThrow(/unknown parameter "__proto__"/);
    expect(() => validateParams(schema, { mount: "/a", constructor: "x" })).toThrow(/unknown parameter "constructor"/);
  });

  test("a missing required parameter says what to give", () => {
    expect(() => validateParams(schema, {})).toThrow('parameter "mount" is required (mount point); give a string of at most 4096 characters');
  });

  test("a schema with no parameters refuses any", () => {
    expect(() => validateParams([], { a: "1" })).toThrow("declared parameters: (none)");
    expect(validateParams([], {})).toEqual({ typed: {}, canonical: {} });
  });

  test("a huge value is quoted short in the message", () => {
    const e = errorOf(() => validateParams(schema, { mount: "/a", port: "9".repeat(5000) }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message.length).toBeLessThan(300);
  });

  test("formatParams and sameParams", () => {
    expect(formatParams({ port: "8000", title: "my stream", empty: "" })).toBe('port=8000 title="my stream" empty=""');
    expect(formatParams({})).toBe("(no parameters)");
    expect(sameParams({ a: "1", b: "2" }, { b: "2", a: "1" })).toBe(true);
    expect(sameParams({ a: "1" }, { a: "1", b: "2" })).toBe(false);
    expect(sameParams({ a: "1" }, { a: "2" })).toBe(false);
  });
});

describe("checking a declared schema", () => {
  test.each<[string, ParamSpec[], RegExp]>([
    ["bad name", [spec({ name: "my-port", type: "port" })], /parameter "my-port": a parameter name is letters, digits and '_'/],
    ["duplicate", [spec({ type: "int" }), spec({ type: "int" })], /"p" is declared twice/],
    ["unknown type", [spec({ type: "number" as never })], /type "number" is not a parameter type; use one of string, int, bool, enum, port, path, host/],
    ["enum without values", [spec({ type: "enum" })], /an enum needs a non-empty list of values/],
    ["repeated enum values", [spec({ type: "enum", values: ["a", "a"] })], /enum values repeat/],
    ["values on a non-enum", [spec({ type: "string", values: ["a"] })], /values are only for type enum/],
    ["min on a string", [spec({ type: "string", min: 1 })], /min and max are only for types int and port/],
    ["min > max", [spec({ type: "int", min: 5, max: 1 })], /min 5 is greater than max 1/],
    ["port bounds outside", [spec({ type: "port", min: 70000 })], /no port between 1 and 65535/],
    ["fractional bound", [spec({ type: "int", max: 1.5 })], /max must be a whole number/],
    ["pattern on an int", [spec({ type: "int", pattern: "1" })], /pattern is only for types string, path and host/],
    ["bad pattern", [spec({ type: "string", pattern: "(" })], /pattern "\(" is not a regular expression/],
    ["required with default", [spec({ type: "int", required: true, default: "1" })], /a required parameter cannot have a default/],
    ["bad default", [spec({ type: "port", default: "http" })], /default "http" is not a whole number; allowed: a port number from 1 to 65535/],
  ])("%s", (_, schema, re) => {
    expect(() => checkSchema(schema)).toThrow(re);
  });

  test("a good schema passes", () => {
    expect(() =>
      checkSchema([
        spec({ name: "port", type: "port", default: "8000", min: 1024 }),
        spec({ name: "codec", type: "enum", values: ["mp3", "ogg"], default: "mp3" }),
        spec({ name: "dir", type: "path", pattern: "/srv/.*", required: true }),
      ]),
    ).not.toThrow();
  });
});

test.each([
  ["10.0.0.1", true],
  ["fe80::1", true],
  ["a", true],
  ["a.b-c.d", true],
  ["-a", false],
  ["a-", false],
  ["a..b", false],
  ["1.2.3", false],
  ["x".repeat(64), false],
  ["a_b", false],
])("isHost(%j) = %p", (s, ok) => {
  expect(isHost(s)).toBe(ok);
});
