// The typed clients against a tiny local server that answers as the suite does: the bearer token and If-Match go
// out, the ETag comes back, a refusal is a typed problem. No running suite needed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { etagOf, od4gClients } from "../src/index.js";

const EVENT = "0b9e6f4a-6d0c-4d4e-9a57-3c2f4f2f0a11";
const seen: Record<string, string | undefined> = {};
let server: Server;
let baseUrl: string;

function event(status: string) {
  return JSON.stringify({ id: EVENT, title: { fr: "Atelier", en: "Workshop" }, format: "ONLINE", status });
}

function answer(request: IncomingMessage, response: ServerResponse) {
  seen.authorization = request.headers.authorization;
  seen.ifMatch = request.headers["if-match"];
  seen.query = request.url?.split("?")[1];
  const send = (status: number, type: string, body: string, etag?: string) => {
    response.writeHead(status, { "Content-Type": type, ...(etag ? { ETag: etag } : {}) });
    response.end(body);
  };
  if (request.url === `/api/events/${EVENT}` && request.method === "GET") {
    send(200, "application/json", event("DRAFT"), '"3"');
  } else if (request.url === `/api/events/${EVENT}/publish` && request.method === "POST") {
    if (request.headers["if-match"] === '"3"') send(200, "application/json", event("PUBLISHED"), '"4"');
    else send(412, "application/problem+json", JSON.stringify({ type: "/problems/stale-version", status: 412 }));
  } else if (request.url?.startsWith("/api/events?")) {
    send(200, "application/json", JSON.stringify({ items: [JSON.parse(event("PUBLISHED"))], page: 0, size: 20, total: 1 }));
  } else {
    send(404, "application/problem+json",
      JSON.stringify({ type: "/problems/not-found", status: 404, title: "Not Found", detail: `No ${request.url}` }));
  }
}

before(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("reads an event with its ETag and sends the bearer token", async () => {
  const { workshop } = od4gClients({ baseUrl, token: () => "test-token" });
  const { data, response } = await workshop.GET("/api/events/{id}", { params: { path: { id: EVENT } } });
  assert.equal(data?.status, "DRAFT");
  assert.equal(data?.title?.fr, "Atelier");
  assert.equal(etagOf(response), '"3"');
  assert.equal(seen.authorization, "Bearer test-token");
});

test("a state action sends If-Match; a stale one is refused with 412", async () => {
  const { workshop } = od4gClients({ baseUrl, token: async () => "test-token" });
  const published = await workshop.POST("/api/events/{id}/publish",
    { params: { path: { id: EVENT }, header: { "If-Match": '"3"' } } });
  assert.equal(published.data?.status, "PUBLISHED");
  assert.equal(seen.ifMatch, '"3"');
  const stale = await workshop.POST("/api/events/{id}/publish",
    { params: { path: { id: EVENT }, header: { "If-Match": '"2"' } } });
  assert.equal(stale.response.status, 412);
});

test("query parameters are typed and serialized; anonymous calls carry no token", async () => {
  const { workshop } = od4gClients({ baseUrl });
  const { data } = await workshop.GET("/api/events", {
    params: { query: { organization: "grand-est", from: "2030-01-01", size: 20 } },
  });
  assert.equal(data?.total, 1);
  assert.equal(seen.query, "organization=grand-est&from=2030-01-01&size=20");
  assert.equal(seen.authorization, undefined);
});

test("a refusal is a problem+json body in error", async () => {
  const { workshop } = od4gClients({ baseUrl });
  const unknown = "7c4f2b8e-0000-4000-8000-000000000000";
  const { data, error, response } = await workshop.GET("/api/events/{id}", { params: { path: { id: unknown } } });
  assert.equal(data, undefined);
  assert.equal(response.status, 404);
  assert.equal(response.headers.get("Content-Type"), "application/problem+json");
  assert.equal(error?.type, "/problems/not-found");
  assert.match(String(error?.detail), new RegExp(unknown));
});
