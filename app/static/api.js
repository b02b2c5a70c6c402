// The explorer's only way to the server: GET calls on the public API, errors as readable text.

/** An API error with the server's own message (its JSON "detail") and the HTTP status. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function readableDetail(body, status) {
  const detail = body && body.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) return detail.map((d) => d.msg || JSON.stringify(d)).join("; ");
  return `the server answered ${status}`;
}

/**
 * GET `path` with query `params` (null/undefined/"" values are left out); resolves to the JSON.
 * Example: `await get("/entities", {q: "huawei", limit: 8})`.
 */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiError(0, `cannot reach the server (${err.message})`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, readableDetail(body, response.status));
  return body;
}

/** The path segment for an id ("company:huawei" stays readable, "/" and "#" are escaped). */
export function seg(id) {
  return encodeURIComponent(id);
}
