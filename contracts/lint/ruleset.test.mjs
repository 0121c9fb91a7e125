// The lint gate's own test: each rule of .spectral.yaml fires on fixtures/bad.yaml, none on fixtures/good.yaml, and
// the suite-wide operationId check finds a duplicate across two documents. Run: node --test lint/ (in contracts/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { duplicateOperationIds } from "./unique-operation-ids.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const spectral = here("../node_modules/.bin/spectral");

function lint(fixture) {
  let output;
  try {
    output = execFileSync(spectral, ["lint", "-q", "-r", here("../.spectral.yaml"), "-f", "json", here(fixture)],
      { encoding: "utf8" });
  } catch (error) {
    output = error.stdout; // spectral exits 1 when it finds errors
  }
  return JSON.parse(output);
}

test("every od4g rule fires on the bad fixture", () => {
  const codes = new Set(lint("fixtures/bad.yaml").filter((r) => r.severity === 0).map((r) => r.code));
  for (const rule of ["od4g-operation-summary", "od4g-operation-security", "od4g-operation-4xx", "od4g-4xx-is-problem",
    "od4g-problem-schema-ref", "od4g-schema-description", "od4g-schema-example", "od4g-no-anonymous-body",
    "od4g-no-anonymous-property-object", "od4g-paging-shape", "od4g-problem-shape"]) {
    assert.ok(codes.has(rule), `${rule} did not fire; fired: ${[...codes].join(", ")}`);
  }
});

test("the good fixture passes with no error and no warning", () => {
  assert.deepEqual(lint("fixtures/good.yaml").map((r) => `${r.code}: ${r.message}`), []);
});

test("an operationId used by two contracts is reported with both", () => {
  const duplicates = duplicateOperationIds([here("fixtures/good.yaml"), here("fixtures/bad.yaml")]);
  assert.deepEqual(duplicates.map((d) => d.operationId), ["listThings"]);
  assert.equal(duplicates[0].places.length, 2);
});
