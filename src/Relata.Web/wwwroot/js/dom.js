// DOM helpers. Data from documents is only ever set as text (textContent / createTextNode), never as markup.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Only same-site paths and http(s) URLs become links; anything else (javascript:, data:) is dropped. */
export function safeHref(value) {
  const text = String(value ?? "");
  if (text.startsWith("/") && !text.startsWith("//")) return text;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch {
    return "#";
  }
}

/** A sentence with spans wrapped in <mark>, all as text nodes. */
export function highlighted(text, spans, tag = "mark") {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    out.append(document.createTextNode(text.slice(at, start)));
    out.append(el(tag, { text: text.slice(start, end) }));
    at = end;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

export function number(n) {
  return typeof n === "number" ? n.toLocaleString("en-GB", { maximumFractionDigits: 2 }) : "";
}

export function signed(n) {
  if (typeof n !== "number") return "";
  const s = n.toLocaleString("en-GB", { maximumFractionDigits: 1 });
  return n > 0 ? "+" + s : s;
}

export function section(title, ...children) {
  return el("section", { class: "card" }, el("h2", { text: title }), ...children);
}

export function message(text, kind = "note") {
  return el("p", { class: kind, text });
}

/** Replaces a node's children; null, undefined and false children are skipped. */
export function fill(node, ...children) {
  return append(clear(node), children);
}
