// A partner portal's day through the generated TypeScript clients and the gateway, with real Keycloak tokens of the
// demo users: upcoming workshops and a registration, a dataset from draft through review to publication found by
// search, an assessment filled in from its questionnaire, submitted and scored. Needs the running suite (./od4g up);
// OD4G_GATEWAY and OD4G_TOKEN_URL point elsewhere. Each scenario makes its own records and finds them by id or filter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { etagOf, od4gClients, passwordGrantToken, type assessment, type catalog, type Od4gClients } from "../src/index.js";

const GATEWAY = process.env.OD4G_GATEWAY ?? "http://localhost:8080";
const TOKEN_URL = process.env.OD4G_TOKEN_URL ?? "http://localhost:8180/realms/od4g/protocol/openid-connect/token";
const RUN = Date.now().toString(36);

const tokens = new Map<string, Promise<string>>();
function as(user?: string): Od4gClients {
  if (!user) return od4gClients({ baseUrl: GATEWAY });
  if (!tokens.has(user)) tokens.set(user, passwordGrantToken(TOKEN_URL, user, "demo"));
  return od4gClients({ baseUrl: GATEWAY, token: () => tokens.get(user)! });
}

/** The data of a successful call, or a failure naming the problem the API answered. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }, expected = 200): T {
  assert.equal(result.response.status, expected,
    `${result.response.url} answered ${result.response.status}: ${JSON.stringify(result.error)}`);
  assert.ok(result.data !== undefined);
  return result.data as T;
}

test("a participant finds an upcoming workshop and registers", async () => {
  const coordinator = as("coordinator-ge").workshop;
  const startsAt = new Date(Date.now() + 400 * 86_400_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const endsAt = new Date(startsAt.getTime() + 3_600_000);
  const day = startsAt.toISOString().slice(0, 10);

  const created = await coordinator.POST("/api/events", {
    body: {
      title: { en: `Open data in practice ${RUN}`, fr: `L'open data en pratique ${RUN}` },
      kind: "WORKSHOP", format: "ONLINE", joinUrl: `https://visio.example.org/${RUN}`,
      startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(),
    },
  });
  const event = ok(created, 201);
  assert.equal(event.status, "DRAFT");
  const published = ok(await coordinator.POST("/api/events/{id}/publish",
    { params: { path: { id: event.id! }, header: { "If-Match": etagOf(created.response) } } }));
  assert.equal(published.status, "PUBLISHED");
  const session = ok(await coordinator.POST("/api/sessions", {
    body: { event: event.id!, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(),
      timeZone: "Europe/Paris", capacity: 20 },
  }), 201);

  const upcoming = ok(await as().workshop.GET("/api/events", {
    params: { query: { organization: "grand-est", kind: "WORKSHOP", from: day, to: day, size: 100 } },
  }));
  assert.ok(upcoming.items?.some((item) => item.id === event.id), "the new workshop is listed as upcoming");

  const registration = ok(await as("participant-ge").workshop.POST("/api/registrations",
    { body: { session: session.id! } }), 201);
  assert.equal(registration.status, "CONFIRMED");
  assert.equal(registration.event, event.id);
  const after = ok(await as().workshop.GET("/api/sessions/{id}", { params: { path: { id: session.id! } } }));
  assert.equal(after.placesLeft, 19);
});

// A dataset's answers may also be DCAT-AP in Turtle, RDF/XML or JSON-LD (content negotiation): ask for JSON and say so.
type Dataset = catalog.components["schemas"]["Dataset"];
const JSON_ONLY = { Accept: "application/json" };

test("a publisher drafts a dataset, the coordinator publishes it, search finds it", async () => {
  const word = `scenario${RUN}`;
  const publisher = as("publisher-ge").catalog;
  const created = await publisher.POST("/api/datasets", {
    headers: JSON_ONLY,
    body: {
      title: { fr: `Qualité de l'air ${word}`, en: `Air quality ${word}` },
      description: { fr: "Mesures horaires des stations du réseau régional.",
        en: "Hourly measurements of the regional network's stations." },
      themes: ["ENVI"], license: "ETALAB_2_0",
    },
  });
  const dataset = ok(created, 201) as Dataset;
  assert.equal(dataset.status, "DRAFT");

  const submitted = await publisher.POST("/api/datasets/{id}/submit",
    { headers: JSON_ONLY, params: { path: { id: dataset.id! }, header: { "If-Match": etagOf(created.response) } } });
  assert.equal((ok(submitted) as Dataset).status, "IN_REVIEW");
  const published = ok(await as("coordinator-ge").catalog.POST("/api/datasets/{id}/publish",
    { headers: JSON_ONLY, params: { path: { id: dataset.id! }, header: { "If-Match": etagOf(submitted.response) } } })) as Dataset;
  assert.equal(published.status, "PUBLISHED");

  const found = ok(await as().catalog.GET("/api/datasets",
    { params: { query: { q: word, organization: ["grand-est"] } } }));
  assert.equal(found.total, 1);
  assert.deepEqual(found.items?.map((item) => item.id), [dataset.id]);
});

type Questionnaire = assessment.components["schemas"]["Questionnaire"];
type Question = assessment.components["schemas"]["QuestionnaireQuestion"];
type Answer = assessment.components["schemas"]["Answer"];

function answerTo(question: Question): Answer {
  const first = question.options?.[0]?.code;
  switch (question.type) {
    case "YES_NO": return { choice: "yes" };
    case "SINGLE_CHOICE": return { choice: first };
    case "MULTIPLE_CHOICE": return { choices: first ? [first] : [] };
    case "NUMERIC": return { number: 1 };
    case "SCALE": return { number: question.scaleMax ?? 1 };
    case "INFORMATIONAL": return first ? { choice: first } : { text: `Answered by the TypeScript scenario ${RUN}` };
    default: return { text: `Answered by the TypeScript scenario ${RUN}` };
  }
}

function answersTo(questionnaire: Questionnaire): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const dimension of questionnaire.dimensions ?? []) {
    for (const sub of dimension.subDimensions ?? []) {
      for (const question of sub.questions ?? []) answers[question.code!] = answerTo(question);
    }
  }
  return answers;
}

test("a respondent fills in, submits and reads the results of an assessment", async () => {
  const models = ok(await as().assessment.GET("/api/models", { params: { query: { organization: "od4g", size: 100 } } }));
  const builtIn = models.items?.find((model) => model.code === "od4g-local-maturity-2026");
  assert.ok(builtIn?.id, "the built-in model is published");
  const questionnaire = ok(await as().assessment.GET("/api/models/{id}/questionnaire",
    { params: { path: { id: builtIn.id }, query: { lang: "en" } } }));

  const respondent = as("respondent-ge").assessment;
  const started = await respondent.POST("/api/assessments", {
    body: { model: builtIn.id, profile: { organizationType: "REGIONAL_COUNCIL", pointOfView: "DATA_USER", nuts: "FRF1" } },
  });
  const draft = ok(started, 201);
  assert.equal(draft.status, "DRAFT");
  const saved = await respondent.PUT("/api/assessments/{id}/answers", {
    params: { path: { id: draft.id! }, header: { "If-Match": etagOf(started.response) } },
    body: { answers: answersTo(questionnaire) },
  });
  ok(saved);
  const submitted = ok(await respondent.POST("/api/assessments/{id}/submit",
    { params: { path: { id: draft.id! }, header: { "If-Match": etagOf(saved.response) } } }));
  assert.equal(submitted.status, "SUBMITTED");

  const results = ok(await respondent.GET("/api/assessments/{id}/results",
    { params: { path: { id: draft.id! }, query: { lang: "en" } } }));
  assert.equal(results.status, "SUBMITTED");
  assert.equal(results.dimensions?.length, questionnaire.dimensions?.length);
  const percentage = results.total?.percentage ?? -1;
  assert.ok(percentage >= 0 && percentage <= 100, `total percentage ${percentage}`);
});
