// Mounts a badge in its own <rac-badge> host right after an anchor. Each host has a shadow root,
// closed in production (the breakdown holds the user's situation: ALD, CSS, maternité — the
// site's scripts must not read it) and open only in the e2e build. All roots share one
// constructable stylesheet instead of a <style> (or a fetch, as WXT's shadow UI does) per badge.
import { h, render } from 'preact';
import { SHADOW_MODE } from '../shadow-mode';
import css from './badge.css?inline';
import { Badge, type BadgeProps } from './Badge';

export const BADGE_TAG = 'rac-badge';
export const ATTR_CENTS = 'data-out-of-pocket-cents';

let sheet: CSSStyleSheet | null | undefined;
function sharedSheet(): CSSStyleSheet | null {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null; // no constructable sheets: fall back to a <style> per root
    }
  }
  return sheet;
}

export type BadgeData = Omit<BadgeProps, 'host' | 'panelId'>;

export interface BadgeHandle {
  host: HTMLElement;
  update(data: BadgeData): void;
  destroy(): void;
}

let nextId = 0;
// Our own events stay ours: the card's click handlers (Doctolib cards navigate) never see them.
const STOP = ['click', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'keydown', 'keyup', 'keypress'];
const stop = (e: Event) => e.stopPropagation();

export function mountBadge(after: Element, data: BadgeData): BadgeHandle {
  const host = document.createElement(BADGE_TAG);
  // delegatesFocus: the Comparer panel focuses a badge through its host.
  const root = host.attachShadow({ mode: SHADOW_MODE, delegatesFocus: true });
  const shared = sharedSheet();
  let adopted = false;
  if (shared) {
    try {
      root.adoptedStyleSheets = [shared];
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
  for (const type of STOP) host.addEventListener(type, stop);
  const panelId = `rac-panel-${++nextId}`;
  const update = (d: BadgeData) => {
    host.setAttribute(ATTR_CENTS, d.view.attr);
    render(h(Badge, { ...d, host, panelId }), root);
  };
  update(data);
  after.after(host);
  return {
    host,
    update,
    destroy() {
      render(null, root);
      host.remove();
    },
  };
}
