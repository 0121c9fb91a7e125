// Typed clients of the OD4G suite: one openapi-fetch client per service, all through the gateway, with the bearer
// token (when given) on every request. Types come from the committed contracts (src/generated/, npm run generate).
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type * as assessment from "./generated/assessment.js";
import type * as catalog from "./generated/catalog.js";
import type * as workshop from "./generated/workshop.js";

export type { assessment, catalog, workshop };

export interface Od4gClients {
  assessment: Client<assessment.paths>;
  catalog: Client<catalog.paths>;
  workshop: Client<workshop.paths>;
}

export interface Od4gOptions {
  /** The gateway, e.g. http://localhost:8080 (every service's paths start with /api/…). */
  baseUrl: string;
  /** A function giving the current access token; omit it for anonymous (public) calls. */
  token?: () => string | Promise<string>;
  /** Another fetch (tests, proxies); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** The three clients, sharing base URL, token and fetch. */
export function od4gClients(options: Od4gOptions): Od4gClients {
  const settings = { baseUrl: options.baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) };
  const clients: Od4gClients = {
    assessment: createClient<assessment.paths>(settings),
    catalog: createClient<catalog.paths>(settings),
    workshop: createClient<workshop.paths>(settings),
  };
  if (options.token) {
    const token = options.token;
    const bearer: Middleware = {
      async onRequest({ request }) {
        request.headers.set("Authorization", `Bearer ${await token()}`);
        return request;
      },
    };
    clients.assessment.use(bearer);
    clients.catalog.use(bearer);
    clients.workshop.use(bearer);
  }
  return clients;
}

/** The ETag of a versioned resource's response, for the If-Match of the next change (the API answers 428 without). */
export function etagOf(response: Response): string {
  const etag = response.headers.get("ETag");
  if (!etag) {
    throw new Error(`no ETag on ${response.url} (${response.status})`);
  }
  return etag;
}

/** The RFC 9457 problem every refusal carries (application/problem+json). */
export type Problem = catalog.components["schemas"]["Problem"];

/** A token of the password grant (test client od4g-test and demo users only; portals use authorization code + PKCE). */
export async function passwordGrantToken(tokenUrl: string, user: string, password: string, clientId = "od4g-test"):
  Promise<string> {
  const response = await fetch(tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "password", client_id: clientId, username: user, password }),
  });
  if (!response.ok) {
    throw new Error(`token refused for ${user}: ${response.status} ${await response.text()}`);
  }
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}
