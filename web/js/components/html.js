// Building DOM safely. Data from the server (names, question text, AI output) is NEVER parsed as HTML:
// `html` escapes every interpolated value, `el` only ever creates text nodes for strings.

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;", "=": "&#61;" };
const SLOT = "data-html-slot";
// Attributes whose value is a URL: only same-site paths and http(s)/mailto links are allowed through.
const URL_ATTRIBUTE = /\b(href|src|action|formaction|xlink:href)\s*=\s*["']$/i;
const SAFE_URL = /^(?:[/?#.]|https?:|mailto:|[a-z0-9_-]+(?:[/?#.]|$))/i;

/** Escape text for use inside HTML text or a quoted attribute value. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"'`=]/g, (c) => ESCAPES[c]);
}

function isNodeLike(value) {
  return value instanceof Node;
}

/**
 * Tagged template that returns a DocumentFragment. Interpolated strings and numbers are escaped;
 * Nodes, fragments (including other `html` results) and arrays of them are inserted as nodes.
 * null, undefined and false render nothing, so `${done && html`<p>Done</p>`}` works.
 *
 *   main.append(html`<h1>Hello, ${user.name}.</h1><ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`);
 *
 * Attribute values must be quoted (an unquoted `${}` after `=` throws, because escaping cannot make
 * it safe), and URL attributes refuse `javascript:` and other schemes.
 */
export function html(strings, ...values) {
  const nodes = [];
  let markup = strings[0];
  values.forEach((value, index) => {
    const before = markup;
    if (/=\s*$/.test(before) && /<[^>]*$/.test(before)) {
      throw new Error("html``: put quotes around attribute values, e.g. class=\"${...}\".");
    }
    markup += render(value, before, nodes) + strings[index + 1];
  });
  const template = document.createElement("template");
  template.innerHTML = markup; // Safe: every value in `markup` was escaped above.
  for (const slot of template.content.querySelectorAll(`template[${SLOT}]`)) {
    slot.replaceWith(...nodes[Number(slot.getAttribute(SLOT))]);
  }
  return template.content;
}

function render(value, before, nodes) {
  if (value === null || value === undefined || value === false) return "";
  const insideTag = /<[^>]*$/.test(before);
  if (Array.isArray(value) || isNodeLike(value)) {
    if (insideTag) throw new Error("html``: nodes cannot go inside a tag; interpolate them between tags.");
    const list = (Array.isArray(value) ? value.flat(Infinity) : [value])
      .filter((v) => v !== null && v !== undefined && v !== false)
      .map((v) => (isNodeLike(v) ? v : document.createTextNode(String(v))));
    nodes.push(list);
    return `<template ${SLOT}="${nodes.length - 1}"></template>`;
  }
  const text = String(value);
  if (insideTag && URL_ATTRIBUTE.test(before) && !SAFE_URL.test(text.trim())) {
    return "#";
  }
  return escapeHtml(text);
}

/**
 * Create an element: el("button", { class: "button", type: "button", onClick: save }, "Save answer").
 *
 * attrs: `class` (string or array), `text` (textContent), `dataset` (object), `style` (object of CSSOM
 * properties; CSP allows these, never a style string), `onX` functions become event listeners,
 * `value`/`checked`/`selected`/`disabled`/`hidden` set the property, `true` sets an empty attribute,
 * `false`/null/undefined leave it out. Children: strings/numbers (as text), Nodes, arrays, or nothing.
 */
export function el(tag, attrs = {}, ...children) {
  const element = tag.includes(":")
    ? document.createElementNS("http://www.w3.org/2000/svg", tag.split(":")[1])
    : document.createElement(tag);
  setAttributes(element, attrs);
  append(element, ...children);
  return element;
}

/** Create an SVG element (same attrs and children as `el`). */
export function svg(tag, attrs = {}, ...children) {
  return el(`svg:${tag}`, attrs, ...children);
}

const PROPERTIES = new Set(["value", "checked", "selected", "disabled", "hidden", "indeterminate"]);

function setAttributes(element, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") {
      const names = Array.isArray(value) ? value.filter(Boolean).join(" ") : value;
      if (names) element.setAttribute("class", names);
    } else if (name === "text") {
      element.textContent = String(value);
    } else if (name === "dataset") {
      Object.assign(element.dataset, value);
    } else if (name === "style") {
      if (typeof value === "string") throw new Error("el(): pass style as an object (CSP blocks style strings).");
      Object.assign(element.style, value);
    } else if (/^on[A-Z]/.test(name) && typeof value === "function") {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (PROPERTIES.has(name) && !(element instanceof SVGElement)) {
      element[name] = value;
    } else if (/^on/i.test(name)) {
      throw new Error(`el(): "${name}" must be a function (inline handlers are blocked by CSP).`);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
}

/** Append children (strings become text nodes, never HTML). */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(isNodeLike(child) ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replace everything inside `parent` with `children`. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, ...children);
}
