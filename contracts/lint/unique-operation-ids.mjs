// operationIds unique across the whole suite (Spectral sees one document at a time): generated clients of several
// services, and the gateway's merged document, need one name per operation.
// Usage: node lint/unique-operation-ids.mjs FILE... ; exits 1 and lists each duplicate with its places.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

export function duplicateOperationIds(files) {
  const places = new Map();
  for (const file of files) {
    const document = parse(readFileSync(file, "utf8"));
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const method of METHODS) {
        const id = item?.[method]?.operationId;
        if (id) places.set(id, [...(places.get(id) ?? []), `${file}: ${method.toUpperCase()} ${path}`]);
      }
    }
  }
  return [...places].filter(([, where]) => where.length > 1).map(([operationId, where]) => ({ operationId, places: where }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const duplicates = duplicateOperationIds(process.argv.slice(2));
  for (const { operationId, places } of duplicates) {
    console.log(`error od4g-operation-id-suite-unique "${operationId}" is used ${places.length} times:\n  ${places.join("\n  ")}`);
  }
  console.log(`operationIds across ${process.argv.length - 2} contracts: ${duplicates.length} duplicate(s)`);
  process.exit(duplicates.length ? 1 : 0);
}
