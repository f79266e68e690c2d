// Our UI's shadow roots never sit on a custom element. Content scripts share the page's
// custom-element registry: a page that defines `rac-badge` first (with attachInternals()) would
// get any root attached to it through ElementInternals.shadowRoot, closed or not. So the tag the
// contract names is only an outer wrapper, and the closed root goes on a built-in <span> inside
// it, which no page can define, upgrade or attach internals to. A page whose own definition
// attaches a root to the wrapper hides our UI (the span is not slotted): a denial we accept.
import hostCss from './host.css?inline';
import { SHADOW_MODE } from './shadow-mode';

export interface ShadowHost {
  /** The element the page sees in its DOM (`<rac-badge>`, `<rac-compare>`). */
  outer: HTMLElement;
  /** The built-in element carrying the root; focus() on it reaches our UI (delegatesFocus). */
  inner: HTMLElement;
  root: ShadowRoot;
}

const sheets = new Map<string, CSSStyleSheet | null>();

/** One constructable sheet per CSS text, shared by every root (null: no constructable sheets). */
function sharedSheet(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  return sheet;
}

/** `ownCss`: the UI's own styles, its :host rule first; host.css is appended to it. */
export function createShadowHost(tag: string, ownCss: string): ShadowHost {
  const css = `${ownCss}\n${hostCss}`;
  const outer = document.createElement(tag);
  const inner = document.createElement('span');
  const root = inner.attachShadow({ mode: SHADOW_MODE, delegatesFocus: true });
  const sheet = sharedSheet(css);
  let adopted = false;
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      // Firefox content scripts may refuse a sheet from the isolated world
    }
  }
  if (!adopted) {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  outer.append(inner);
  return { outer, inner, root };
}

