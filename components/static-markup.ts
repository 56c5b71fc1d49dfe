import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/** Props React writes under another name in HTML. */
const RENAMED: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  acceptCharset: "accept-charset",
  httpEquiv: "http-equiv",
};
/** SVG elements, whose camelCase presentation props React writes with hyphens (strokeWidth → stroke-width); HTML props it writes as given (colSpan). */
const SVG_TAGS = new Set(["svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "defs", "pattern", "use", "symbol", "clipPath", "mask", "marker", "linearGradient", "radialGradient", "stop", "title", "desc"]);
/** SVG attributes whose camelCase is the real name (React keeps these as written). */
const SVG_CAMEL = new Set([
  "viewBox",
  "preserveAspectRatio",
  "patternUnits",
  "patternContentUnits",
  "patternTransform",
  "gradientUnits",
  "gradientTransform",
  "clipPathUnits",
  "maskUnits",
  "maskContentUnits",
  "markerWidth",
  "markerHeight",
  "markerUnits",
  "refX",
  "refY",
  "textLength",
  "lengthAdjust",
  "pathLength",
  "spreadMethod",
  "startOffset",
]);
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const CLIENT_REFERENCE = Symbol.for("react.client.reference");

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
/** Escapes text and attribute values as React does. */
const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const escapeAttribute = escapeText;
const attributeName = (prop: string, type: string) =>
  RENAMED[prop] ?? (SVG_TAGS.has(type) && !SVG_CAMEL.has(prop) ? prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : prop);

/** A style whose every value is text ("50%"): numbers would need React's rules for units, so they are refused. */
const isTextStyle = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === "string");
const styleText = (style: Record<string, string>) =>
  Object.entries(style)
    .map(([name, value]) => `${name.startsWith("--") ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value.trim()}`)
    .join(";");

/** React writes a form's action, encType, method and target after its other attributes; so do we, so the two agree byte for byte. */
const FORM_LAST = ["action", "encType", "method", "target"];
const orderedProps = (type: string, props: Record<string, unknown>): Array<[string, unknown]> => {
  const entries = Object.entries(props);
  if (type !== "form") return entries;
  return [...entries.filter(([prop]) => !FORM_LAST.includes(prop)), ...FORM_LAST.filter((prop) => prop in props).map((prop): [string, unknown] => [prop, props[prop]])];
};

/**
 * Renders static server markup (host elements, fragments and plain server components; no client components,
 * hooks, styles or event handlers) to an HTML string, for `dangerouslySetInnerHTML`. React then sends it as one
 * string and hydrates it as one element, instead of a tree it must rebuild and walk node by node in the browser.
 */
export function renderStaticMarkup(node: ReactNode, selectedValue?: string): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeText(String(node));
  if (Array.isArray(node)) return node.map((child: ReactNode) => renderStaticMarkup(child, selectedValue)).join("");
  if (!isValidElement(node)) throw new Error(`renderStaticMarkup cannot render ${typeof node}`);
  const { type, props } = node as ReactElement<Record<string, unknown>>;
  if (type === Fragment) return renderStaticMarkup(props.children as ReactNode, selectedValue);
  if (typeof type === "function") {
    const component = type as ((props: Record<string, unknown>) => ReactNode) & { $$typeof?: symbol; name?: string };
    if (component.$$typeof === CLIENT_REFERENCE) throw new Error("renderStaticMarkup cannot render a client component");
    return renderStaticMarkup(component(props), selectedValue);
  }
  if (typeof type !== "string") throw new Error("renderStaticMarkup renders host elements, fragments and function components only");
  // A <select>'s defaultValue is written, as React writes it, as `selected` on the matching <option>.
  const chosen = type === "select" ? (props.defaultValue === undefined ? undefined : String(props.defaultValue)) : selectedValue;
  let attributes = "";
  for (const [prop, value] of orderedProps(type, props)) {
    if (prop === "children" || prop === "ref" || prop === "defaultValue" || value === null || value === undefined || value === false) continue;
    if (prop === "style" && isTextStyle(value)) {
      attributes += ` style="${escapeAttribute(styleText(value))}"`;
      continue;
    }
    if (typeof value === "function" || typeof value === "object") {
      throw new Error(`renderStaticMarkup cannot write <${type} ${prop}>: static markup has no handlers, styles or inner HTML`);
    }
    attributes += value === true ? ` ${attributeName(prop, type)}=""` : ` ${attributeName(prop, type)}="${escapeAttribute(String(value))}"`;
  }
  if (type === "option" && selectedValue !== undefined && String(props.value) === selectedValue) attributes += ' selected=""';
  if (VOID_ELEMENTS.has(type)) return `<${type}${attributes}/>`;
  return `<${type}${attributes}>${renderStaticMarkup(props.children as ReactNode, chosen)}</${type}>`;
}

/**
 * A server-rendered block sent as static markup (see renderStaticMarkup): for large parts of a page that no
 * script changes, such as tables and plain forms, so hydration walks one element instead of hundreds.
 */
export function staticHtml(node: ReactNode): { __html: string } {
  return { __html: renderStaticMarkup(node) };
}
