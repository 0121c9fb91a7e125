// Generates src/generated/<service>.ts from each service's committed contract (never a copy), so the types follow
// the contracts as they change. openapi-typescript's Node API; no network.
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = new URL("../../../", import.meta.url);
const out = new URL("../src/generated/", import.meta.url);
await mkdir(out, { recursive: true });
for (const service of ["assessment", "catalog", "workshop"]) {
  const contract = new URL(`${service}-service/src/main/openapi/openapi.yaml`, root);
  const ast = await openapiTS(contract, { alphabetize: false });
  const header = `// Generated from ${service}-service/src/main/openapi/openapi.yaml by openapi-typescript: do not edit.\n`;
  await writeFile(new URL(`${service}.ts`, out), header + astToString(ast));
  console.log(`generated src/generated/${service}.ts from ${fileURLToPath(contract)}`);
}
