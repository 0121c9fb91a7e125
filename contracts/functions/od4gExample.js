// Spectral function: a named schema shows an example, on itself or on at least one of its properties; an enum is
// its own example. Returns one result per schema, naming it.
export default function od4gExample(schema, _options, context) {
  if (schema === null || typeof schema !== "object") return [];
  const has = (s) => s && typeof s === "object" && ("example" in s || "examples" in s);
  if (has(schema) || Array.isArray(schema.enum)) return [];
  const properties = schema.properties && typeof schema.properties === "object" ? Object.values(schema.properties) : [];
  if (properties.some(has)) return [];
  const name = context.path[context.path.length - 1];
  return [{ message: `schema ${name} has no example (on the schema or on any of its properties)` }];
}
