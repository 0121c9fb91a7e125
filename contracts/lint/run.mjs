// The lint gate: Spectral with ../.spectral.yaml over the suite's committed contracts, plus operationIds unique
// across them. Prints each error and warning (file:line rule message), then errors per contract and per rule with
// an example each. Exits 1 on any error; with --report it only reports (exit 0).
// Usage (from the repository root): node contracts/lint/run.mjs [--report]
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { relative } from "node:path";
import { duplicateOperationIds } from "./unique-operation-ids.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CONTRACTS = {
  assessment: "assessment-service/src/main/openapi/openapi.yaml",
  catalog: "catalog-service/src/main/openapi/openapi.yaml",
  workshop: "workshop-service/src/main/openapi/openapi.yaml",
  gateway: "gateway/src/main/openapi/openapi.yaml",
};
const spectral = fileURLToPath(new URL("../node_modules/.bin/spectral", import.meta.url));
const ruleset = fileURLToPath(new URL("../.spectral.yaml", import.meta.url));
const SEVERITY = ["error", "warning", "info", "hint"];

function lint(file) {
  let output;
  try {
    output = execFileSync(spectral, ["lint", "-q", "-r", ruleset, "-f", "json", file],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if (!error.stdout) throw error;
    output = error.stdout; // exit 1: errors found
  }
  return JSON.parse(output || "[]");
}

const errors = new Map(); // contract -> rule -> [results]
let errorCount = 0;
for (const [name, path] of Object.entries(CONTRACTS)) {
  const results = lint(root + path);
  for (const r of results) {
    console.log(`${path}:${r.range.start.line + 1} ${SEVERITY[r.severity]} ${r.code} ${r.message}` +
      (r.path?.length ? ` (${r.path.join(".")})` : ""));
    if (r.severity !== 0) continue;
    errorCount++;
    const byRule = errors.get(name) ?? new Map();
    byRule.set(r.code, [...(byRule.get(r.code) ?? []), r]);
    errors.set(name, byRule);
  }
}
const duplicates = duplicateOperationIds(Object.values(CONTRACTS).map((path) => root + path));
for (const { operationId, places } of duplicates) {
  console.log(`error od4g-operation-id-suite-unique "${operationId}" in ${places.map((p) => relative(root, p)).join(" and ")}`);
  errorCount++;
}

console.log("\n== lint summary: errors per contract and rule (one example each)");
for (const name of Object.keys(CONTRACTS)) {
  const byRule = errors.get(name) ?? new Map();
  const total = [...byRule.values()].reduce((n, list) => n + list.length, 0);
  console.log(`${name}: ${total} error(s)`);
  for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    const example = list[0];
    console.log(`  ${String(list.length).padStart(4)} ${rule}  e.g. ${example.path.join(".")}: ${example.message}`);
  }
}
console.log(`suite: ${duplicates.length} operationId(s) used by more than one contract`);
console.log(`lint: ${errorCount} error(s) in ${Object.keys(CONTRACTS).length} contracts`);
process.exit(errorCount && !process.argv.includes("--report") ? 1 : 0);
