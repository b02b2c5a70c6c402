// Small DOM helpers: build elements from data (text only, never HTML strings).
import { LABEL_STYLE } from "./graph.js";

/**
 * Create `tag` with attributes (`on...` functions become listeners) and children (strings
 * become text nodes; null is skipped). Example: `el("a", {href: "#x"}, "open")`.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replace all children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren(...children.filter((c) => c !== null && c !== undefined && c !== false));
}

/** A coloured label badge, e.g. "Company". */
export function badge(label) {
  const color = (LABEL_STYLE[label] || {}).color || "#7f8796";
  return el("span", { class: "badge", style: `background:${color}` }, label || "?");
}

/** A confidence as text with two decimals ("0.87"), or "n/a". */
export function fmt(x) {
  return typeof x === "number" ? x.toFixed(2) : "n/a";
}
