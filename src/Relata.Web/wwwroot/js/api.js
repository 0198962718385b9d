// Calls the server's JSON API; errors arrive as application/problem+json and become ApiError.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
  }
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? "?" + text : "";
}

async function parse(response) {
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok) {
    let problem = {};
    if (type.includes("json")) problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem.title, problem.detail);
  }
  return type.includes("json") ? response.json() : response.text();
}

export async function get(path, params) {
  return parse(await fetch("/api" + path + query(params), { headers: { Accept: "application/json" } }));
}

export async function post(path, formData) {
  return parse(await fetch("/api" + path, { method: "POST", body: formData, headers: { Accept: "application/json" } }));
}
