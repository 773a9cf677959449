import { expect, test } from "bun:test";
import { scoreReport } from "./mutate.ts";

const at = (line: number) => ({ start: { line } });

test("the score counts killed and timed-out mutants over all but ignored and broken ones, and lists survivors", () => {
  const report = {
    files: {
      "a.ts": {
        source: "const x = 1;\nif (x > 0) go();\nreturn x;",
        mutants: [
          { status: "Killed", mutatorName: "A", location: at(1) },
          { status: "Timeout", mutatorName: "B", location: at(2) },
          { status: "Survived", mutatorName: "EqualityOperator", replacement: "x >= 0", location: at(2) },
          { status: "NoCoverage", mutatorName: "C", replacement: "{}", location: at(3) },
          { status: "Ignored", mutatorName: "D", location: at(1) },
          { status: "CompileError", mutatorName: "E", location: at(1) },
          { status: "RuntimeError", mutatorName: "F", location: at(1) },
        ],
      },
      "empty.ts": { source: "", mutants: [{ status: "Ignored", mutatorName: "G", location: at(1) }] },
    },
  };
  expect(scoreReport(report)).toEqual([
    {
      file: "a.ts", score: 50, detected: 2, counted: 4, ignored: 1,
      survivors: [
        { line: 2, mutator: "EqualityOperator", replacement: "x >= 0", source: "if (x > 0) go();" },
        { line: 3, mutator: "C", replacement: "{}", source: "return x;" },
      ],
    },
    { file: "empty.ts", score: 100, detected: 0, counted: 0, ignored: 1, survivors: [] },
  ]);
});
