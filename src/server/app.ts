import { timingSafeEqual } from "node:crypto";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { type ExportFormat, eventPages, exportStream } from "../export/index.js";
import { InputError } from "../ingest/index.js";
import type { EventHistoryEntry } from "../model/index.js";
import { eventFilters, FilterError, wholeNumber } from "../query/filters.js";
import { type EventQuery, type Store, StoreError } from "../store/index.js";
import { type Coder, CodingPool } from "../worker/coding-pool.js";
import { acledDeletions, acledRead } from "./acled.js";
import { expensiveLimit } from "./expensive-limit.js";
import { HttpError } from "./http-error.js";
import { ingestBody } from "./ingest-body.js";
import { readCache } from "./read-cache.js";
import {
  ChangePageSchema,
  ChangesQuerySchema,
  DocumentWithEvidenceSchema,
  ErrorSchema,
  EventFiltersSchema,
  EventListSchema,
  EventPageSchema,
  EventWithHistorySchema,
  IngestResultSchema,
  RetractionSchema,
} from "./schemas.js";
import { serveWebPage } from "./web.js";

export interface ServerOptions {
  store: Store;
  /** Bearer token that write endpoints require; without one they are off. */
  token?: string;
  /** Largest request body, in bytes (default 10 MB). */
  maxBodyBytes?: number;
  /** Folder of the built web page (dist/web); none serves the API alone. */
  webRoot?: string | null;
  /** Codes POSTed documents (default: a CodingPool of one thread, so coding never blocks the server). */
  coder?: Coder;
  /** Aborted when the server shuts down: uploads stop after the batch in flight. */
  signal?: AbortSignal;
  /** The fleet of workers on this store, for `GET /health` (null when it has none). */
  fleet?: () => Promise<z.infer<typeof FleetHealthSchema> | null>;
}

const FleetHealthSchema = z.object({
  workers_alive: z.number(),
  feeds: z.number(),
  feeds_overdue: z.number(),
  queue_depth: z.number().describe("fetched items waiting for extraction"),
  oldest_pending_s: z.number().nullable(),
  lag_p50_s: z.number().nullable().describe("item published → stored, last hour"),
  lag_p95_s: z.number().nullable(),
  alerts_unsent: z.number(),
});

/**
 * On every response, page and API alike: scripts, styles and data only from this server (MapLibre draws with inline
 * styles and runs its workers from blob: URLs), no framing, no referrer leaked to a report's site, no sniffing.
 */
const PAGE_AND_API_HEADERS = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", "blob:"],
    workerSrc: ["'self'", "blob:"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: "DENY",
  referrerPolicy: "no-referrer",
  strictTransportSecurity: false,
} satisfies Parameters<typeof secureHeaders>[0];

/** The filters whose query parameter is spelled otherwise than the CLI option `eventFilters` names them by. */
const QUERY_NAMES = {
  "sub-type": "sub_type",
  "radius-km": "radius_km",
  "min-fatalities": "min_fatalities",
  "as-of": "as_of",
};

const PAGE = 50;
const MAX_PAGE = 1000;
const MAX_EXPORT = 100_000;
const CHANGES_PAGE = 100;

type Filters = z.infer<typeof EventFiltersSchema>;

function queryOf(filters: Filters, defaultLimit: number, maxLimit: number): EventQuery {
  const query = eventFilters({
    ...filters,
    subType: filters.sub_type,
    radiusKm: filters.radius_km,
    minFatalities: filters.min_fatalities,
    asOf: filters.as_of,
    ascending: filters.order === "asc",
  });
  const limit = filters.limit ? wholeNumber(filters.limit, "limit", 1) : defaultLimit;
  if (limit > maxLimit) throw new FilterError("limit", `at most ${maxLimit}`);
  return { ...query, limit, offset: filters.offset ? wholeNumber(filters.offset, "offset", 0) : 0 };
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const errors = {
  400: json(ErrorSchema, "a filter or the body cannot be read"),
  404: json(ErrorSchema, "no such record"),
};

/**
 * The HTTP API (Hono, with zod-validated requests and an OpenAPI document generated from the same schemas) and the
 * web page. Reads are open; writes need the configured bearer token.
 */
export function buildApp(options: ServerOptions): OpenAPIHono {
  const { store } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const coder = options.coder ?? new CodingPool().code;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ error: result.error.issues.map(describeIssue).join("; ") }, 400);
    },
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json({ error: error.message }, error.status);
    if (error instanceof FilterError) return c.json({ error: error.renamed(QUERY_NAMES).message }, 400);
    if (error instanceof InputError) return c.json({ error: error.message }, inputStatus(error));
    if (error instanceof StoreError) return c.json({ error: "the store is not available" }, 503);
    process.stderr.write(`vigil serve: ${(error as Error).stack}\n`);
    return c.json({ error: "internal error" }, 500);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.use("*", secureHeaders(PAGE_AND_API_HEADERS));
  app.use("*", readCache(store));
  const limit = expensiveLimit({ trusted: (authorization) => hasToken(authorization, options.token) });
  for (const path of ["/events.csv", "/events.geojson", "/api/acled/read"]) app.use(path, limit);

  app.openapi(
    createRoute({
      method: "get",
      path: "/health",
      responses: {
        200: json(
          z.object({
            status: z.literal("ok"),
            events: z.number(),
            documents: z.number(),
            fleet: FleetHealthSchema.nullable().optional(),
          }),
          "the store answers",
        ),
      },
    }),
    async (c) =>
      c.json(
        {
          status: "ok" as const,
          events: await store.countEvents({}),
          documents: await store.countDocuments(),
          ...(options.fleet ? { fleet: await options.fleet() } : {}),
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/events",
      request: { query: EventListSchema },
      responses: { 200: json(EventPageSchema, "a page of events, newest first unless sorted"), ...errors },
    }),
    async (c) => {
      const filters = c.req.valid("query");
      const query = queryOf(filters, PAGE, MAX_PAGE);
      const list = filters.detail === "full" ? store.listEvents(query) : store.listEventSummaries(query);
      const [events, total] = await Promise.all([list, store.countEvents(query)]);
      return c.json({ total, limit: query.limit, offset: query.offset, events }, 200);
    },
  );

  // Non-JSON bodies: described in the OpenAPI document, served by plain routes with the same filter validation.
  const exports: [string, string, string, ExportFormat][] = [
    ["/events.geojson", "application/geo+json", "RFC 7946 FeatureCollection", "geojson"],
    ["/events.csv", "text/csv; charset=utf-8", "ACLED's columns in ACLED's order", "csv"],
  ];
  for (const [path, type, description, format] of exports) {
    app.openAPIRegistry.registerPath({
      method: "get",
      path,
      request: { query: EventFiltersSchema },
      responses: {
        200: { content: { [type.split(";")[0] as string]: { schema: z.string() } }, description },
        ...errors,
        429: json(ErrorSchema, "too many exports at once from clients without the token; see Retry-After"),
      },
    });
    app.get(path, async (c) => {
      const filters = EventFiltersSchema.safeParse(c.req.query());
      if (!filters.success) throw new HttpError(400, filters.error.issues.map(describeIssue).join("; "));
      const query = queryOf(filters.data, MAX_EXPORT, MAX_EXPORT);
      c.header("Content-Type", type);
      return c.body(exportStream(eventPages(store, query, query.offset, query.limit), format), 200);
    });
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/events/{id}",
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: json(EventWithHistorySchema, "the event with its sources, their evidence, and its history"),
        ...errors,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [event, history] = await Promise.all([store.getEvent(id), store.eventHistory(id)]);
      if (!event) throw new HttpError(404, `no event ${id}${endOf(history.at(-1))}`);
      return c.json({ ...event, history }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/changes",
      description:
        "Every change to every event, in order: apply them in turn (replace the event by `event`, or drop it when " +
        "`gone`) and a copy holds exactly the store's events. Pass `next` back as `since`; it never skips or repeats.",
      request: { query: ChangesQuerySchema },
      responses: { 200: json(ChangePageSchema, "the changes after the cursor, oldest first"), ...errors },
    }),
    async (c) => {
      const { since, limit } = c.req.valid("query");
      const cursor = since ? wholeNumber(since, "since", 0) : 0;
      const size = limit ? wholeNumber(limit, "limit", 1, MAX_PAGE) : CHANGES_PAGE;
      const page = await store.listChanges(cursor, size);
      return c.json({ changes: page.changes, next: String(page.next) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/documents/{id}",
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: json(DocumentWithEvidenceSchema, "the cleaned text and the evidence drawn from it"),
        ...errors,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const found = await store.getDocument(id);
      if (!found) throw new HttpError(404, `no document ${id}`);
      return c.json(found, 200);
    },
  );

  app.use(
    "/documents",
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json({ error: `the body is over the limit of ${maxBodyBytes} bytes` }, 413),
    }),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/documents",
      description:
        "Ingest reports: text/plain, text/html, an RSS or Atom feed, application/json ({text, url?, title?, " +
        "published_at?, id?} or an array of them) or application/x-ndjson. Needs `Authorization: Bearer <token>`.",
      request: { query: z.object({ published: z.string().optional(), url: z.string().optional() }) },
      responses: {
        201: json(IngestResultSchema, "stored; events created or merged; documents that could not be coded skipped"),
        422: json(ErrorSchema, "the one document sent took over the time or memory budget to code"),
        503: json(ErrorSchema, "the server is shutting down; documents not yet stored are named"),
        401: json(ErrorSchema, "missing or wrong token"),
        403: json(ErrorSchema, "writes are off: no token configured"),
        413: json(ErrorSchema, "body too large"),
        415: json(ErrorSchema, "unsupported content type"),
        ...errors,
      },
    }),
    async (c) => {
      authorize(c, options.token);
      const result = await ingestBody(c, { store, maxBytes: maxBodyBytes, coder, signal: options.signal });
      return c.json(result, 201);
    },
  );

  app.use(
    "/documents/:id/retract",
    bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ error: "the body is over 64 KB" }, 413) }),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/documents/{id}/retract",
      description:
        "Retract a report: its events are reconciled from their other reports, or end when it was their only one. " +
        "Body (optional): `{reason}`. Needs `Authorization: Bearer <token>`.",
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: json(RetractionSchema, "retracted (or already retracted); the events it changed"),
        401: json(ErrorSchema, "missing or wrong token"),
        403: json(ErrorSchema, "writes are off: no token configured"),
        ...errors,
      },
    }),
    async (c) => {
      authorize(c, options.token);
      const { id } = c.req.valid("param");
      const reason = await reasonOf(c);
      if (!(await store.getDocument(id))) throw new HttpError(404, `no document ${id}`);
      return c.json(await store.retractDocument(id, reason), 200);
    },
  );

  app.get("/api/acled/read", (c) => acledRead(c, store));
  app.get("/api/acled/deletions", (c) => acledDeletions(c, store));

  app.doc("/openapi.json", {
    openapi: "3.0.0",
    info: {
      title: "Vigil",
      version: "0.1.0",
      description: "Conflict events coded in the ACLED taxonomy from news reports, each field with its evidence.",
    },
  });
  if (options.webRoot) serveWebPage(app, options.webRoot);
  return app;
}

/** What became of an event id that names no event now, for its 404. */
function endOf(last: EventHistoryEntry | undefined): string {
  if (!last?.gone) return "";
  const where = last.into.length ? ` into ${last.into.join(", ")}` : "";
  return `: it was ${last.kind}${where} at ${last.at}`;
}

/** A retraction's optional reason: a JSON body `{reason}`, or none. */
async function reasonOf(c: Context): Promise<string | null> {
  const text = await c.req.text();
  if (!text.trim()) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the body must be JSON: {"reason": "…"}, or empty');
  }
  const reason = (body as { reason?: unknown } | null)?.reason;
  if (reason === undefined || reason === null) return null;
  if (typeof reason !== "string") throw new HttpError(400, "reason: a string");
  return reason.slice(0, 2000);
}

function authorize(c: Context, token: string | undefined): void {
  if (!token)
    throw new HttpError(403, "write endpoints are off: start `vigil serve` with VIGIL_TOKEN set to enable them");
  if (!hasToken(c.req.header("Authorization"), token)) {
    c.header("WWW-Authenticate", "Bearer");
    throw new HttpError(401, "send the server's token as `Authorization: Bearer <token>`");
  }
}

/** Whether an Authorization header carries the token, compared in constant time. */
function hasToken(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return false;
  const given = Buffer.from(/^Bearer (.+)$/.exec(authorization ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function inputStatus(error: InputError): 400 | 413 | 415 | 422 {
  if (error.problem === "too_large") return 413;
  if (error.problem === "over_budget") return 422;
  if (error.problem === "binary") return 415;
  return 400;
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  return issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}
