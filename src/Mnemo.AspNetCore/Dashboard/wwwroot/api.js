// Calls to the Mnemo REST API with the API key of this browser session. The key lives in sessionStorage only (gone when
// the tab closes) and travels in the Authorization header, never in a URL.
const KEY = 'mnemo.apiKey';
const PROJECT = 'mnemo.project';

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export const session = {
  get key() { return sessionStorage.getItem(KEY); },
  get project() { return sessionStorage.getItem(PROJECT); },
  set(key, project) { sessionStorage.setItem(KEY, key); sessionStorage.setItem(PROJECT, project); },
  clear() { sessionStorage.removeItem(KEY); sessionStorage.removeItem(PROJECT); },
};

/** Sends one request; resolves with the parsed JSON, rejects with an ApiError carrying the server's message. */
export async function api(path, { method = 'GET', body, key = session.key } = {}) {
  const headers = { Accept: 'application/json', Authorization: `Token ${key}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'The server cannot be reached.');
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  if (!response.ok) {
    const detail = json?.detail ?? json?.error ?? json?.message ?? `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, typeof detail === 'string' ? detail : JSON.stringify(detail));
  }
  return json;
}

/** The project of a key, or an ApiError (401 for a wrong key). */
export async function ping(key) {
  const body = await api('/v1/ping/', { key });
  return body.project_id ?? '';
}
