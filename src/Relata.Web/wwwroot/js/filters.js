// Filters live in the page URL, so a view can be bookmarked and shared.

export const FILTER_KEYS = ["from", "to", "topic", "modality", "by"];

export function readParams() {
  return Object.fromEntries(new URLSearchParams(location.search).entries());
}

export function writeParams(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") search.set(key, value);
  const text = search.toString();
  history.replaceState(null, "", location.pathname + (text ? "?" + text : ""));
}

export function pageLink(page, params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") search.set(key, value);
  const text = search.toString();
  return "/" + page + (text ? "?" + text : "");
}
