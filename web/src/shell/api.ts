import { auth } from './auth';

/** One field error of a bean-validation problem (`errors[{field, message}]`). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failed API call, read from the RFC 9457 problem detail the API answers with. `status` 0 means
 * the server was not reached. `message` is the readable text (`detail`, else `title`, else status).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | null;
  readonly type: string | null;
  readonly code: string | null;
  readonly errors: FieldError[];
  /** The whole problem body, for screens that read extension members. */
  readonly problem: Record<string, unknown>;

  constructor(status: number, problem: Record<string, unknown>, fallback: string) {
    const title = str(problem.title) ?? fallback;
    const detail = str(problem.detail);
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = str(problem.type);
    this.code = str(problem.code);
    this.errors = Array.isArray(problem.errors)
      ? problem.errors
          .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
          .map((e) => ({ field: str(e.field) ?? '', message: str(e.message) ?? '' }))
      : [];
    this.problem = problem;
  }

  /** The message of one field, for showing it next to its input. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export interface RequestOptions extends Omit<RequestInit, 'body'> {
  /** Sent as JSON with Content-Type application/json. */
  json?: unknown;
  /** A raw body (FormData for CSV upload, text...). */
  body?: BodyInit;
  /** Query parameters; undefined and null values are left out. */
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Send the session's credentials (default true). Public calls may pass false. */
  authenticated?: boolean;
  /** Override the Authorization header (the login screen uses it to check credentials). */
  authorization?: string;
}

/** Builds `/api/v1/...?a=b`; exported for links and EventSource URLs. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
  }
  return url.pathname + url.search;
}

/**
 * Calls the API on the same origin. Resolves with the parsed JSON body (undefined for 204 or an
 * empty body), rejects with an ApiError. A 401 on a call that carried the session's credentials
 * ends the session (the router then shows the login screen with a message).
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const { json, body, query, authenticated = true, authorization, headers, ...init } = options;
  const h = new Headers(headers);
  h.set('Accept', 'application/json, application/problem+json');
  // Asks the server not to send WWW-Authenticate, so the browser shows no login dialog of its own.
  h.set('X-Requested-With', 'XMLHttpRequest');
  const session = auth.session();
  const credentials = authorization ?? (authenticated ? session?.authorization : undefined);
  if (credentials) h.set('Authorization', credentials);
  let payload: BodyInit | undefined = body;
  if (json !== undefined) {
    h.set('Content-Type', 'application/json');
    payload = JSON.stringify(json);
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { ...init, method, headers: h, body: payload, credentials: 'omit' });
  } catch (e) {
    throw new ApiError(0, { detail: null }, e instanceof Error ? e.message : 'Network error');
  }
  if (!response.ok) {
    if (response.status === 401 && credentials && !authorization) auth.expire();
    throw new ApiError(response.status, await readProblem(response), `${response.status} ${response.statusText}`.trim());
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? JSON.parse(text) : text) as T;
}

async function readProblem(response: Response): Promise<Record<string, unknown>> {
  try {
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, json?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, json }),
  put: <T>(path: string, json?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, json }),
  patch: <T>(path: string, json?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, json }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
