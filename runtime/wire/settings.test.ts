import { describe, expect, test } from "bun:test";
import { parseSettings, settingsFromJson, type FlagSpec } from "./settings.ts";

const SPEC: FlagSpec = {
  port: { type: "string" },
  interface: { type: "string", multiple: true },
  "no-multicast": { type: "boolean" },
  "log-format": { type: "string" },
};

describe("settingsFromJson", () => {
  test("takes the flag names without --, numbers as their text, a single value for a list", () => {
    expect(settingsFromJson('{"port": 4161, "interface": "198.18.0.1", "no-multicast": true, "log-format": "json"}', SPEC, "f.json")).toEqual({
      port: "4161",
      interface: ["198.18.0.1"],
      "no-multicast": true,
      "log-format": "json",
    });
    expect(settingsFromJson('{"interface": ["198.18.0.1", "198.18.0.2"]}', SPEC, "f.json")).toEqual({ interface: ["198.18.0.1", "198.18.0.2"] });
    expect(settingsFromJson("{}", SPEC, "f.json")).toEqual({});
  });

  test.each([
    ['{"bogus": 1}', "f.json: unknown setting 'bogus'; the settings are port, interface, no-multicast, log-format"],
    ['{"--port": 1}', "f.json: unknown setting '--port'"],
    ['{"config": "other.json"}', "f.json: unknown setting 'config'"],
    ['{"no-multicast": "yes"}', `f.json: 'no-multicast' must be true or false, not "yes"`],
    ['{"port": {"n": 1}}', `f.json: 'port' must be a string or a number, not {"n":1}`],
    ['{"port": true}', "f.json: 'port' must be a string or a number, not true"],
    ['{"interface": [1.5, null]}', "f.json: 'interface' must be a string or a number, or a list of them, not null"],
    ['["port", 1]', "f.json must hold one JSON object whose keys are flag names without --"],
    ["null", "f.json must hold one JSON object"],
    ['{"port": 1,}', "f.json is not valid JSON ("],
  ])("%s is refused: %s", (text, message) => {
    expect(() => settingsFromJson(text, SPEC, "f.json")).toThrow(message);
  });
});

describe("parseSettings", () => {
  const files: Record<string, string> = {
    "/etc/lama/a.json": '{"port": 1000, "interface": ["198.18.0.1", "198.18.0.2"], "no-multicast": true}',
  };
  const read = (path: string) => {
    if (path in files) return files[path]!;
    throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
  };

  test("without --config: the flags alone", () => {
    expect(parseSettings(["--port", "7"], SPEC, read)).toEqual({ port: "7" });
  });

  test("the file fills what the flags leave unset", () => {
    expect(parseSettings(["--config", "/etc/lama/a.json", "--log-format", "json"], SPEC, read)).toEqual({
      port: "1000", interface: ["198.18.0.1", "198.18.0.2"], "no-multicast": true, "log-format": "json",
    });
  });

  test("a flag wins over the file; a repeatable flag replaces the file's whole list", () => {
    expect(parseSettings(["--port", "2000", "--config", "/etc/lama/a.json", "--interface", "127.0.0.1"], SPEC, read)).toEqual({
      port: "2000", interface: ["127.0.0.1"], "no-multicast": true,
    });
  });

  test("a missing file is an error naming it", () => {
    expect(() => parseSettings(["--config", "/etc/lama/none.json"], SPEC, read)).toThrow(
      "config file /etc/lama/none.json not found; give --config the path of a JSON settings file",
    );
  });

  test("a directory given as the file is named as one", () => {
    const readDir = () => {
      throw Object.assign(new Error("EISDIR: illegal operation on a directory, read"), { code: "EISDIR" });
    };
    expect(() => parseSettings(["--config", "/etc/lama"], SPEC, readDir)).toThrow("config file /etc/lama is a directory; give --config the path of a JSON settings file");
  });

  test("an unknown flag is still refused", () => {
    expect(() => parseSettings(["--bogus"], SPEC, read)).toThrow("Unknown option '--bogus'");
  });
});
