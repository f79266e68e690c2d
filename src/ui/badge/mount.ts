// Mounts a badge right after an anchor: `<rac-badge>` (the contract's tag) wrapping a built-in
// span whose closed shadow root holds the UI (src/ui/shadow-host.ts says why). In a shipped build
// the page's DOM gets nothing that depends on the amount or the profile: no attribute, and a box
// whose size depends only on the badge's shape (page data). The test build adds the amount hook.
import { h, render } from 'preact';
import { TEST_BUILD } from '../shadow-mode';
import { createShadowHost } from '../shadow-host';
import css from './badge.css?inline';
import { Badge, type BadgeProps } from './Badge';

export const BADGE_TAG = 'rac-badge';
/** Testing hook (test build only): "1475", "1200-3200", "200+", "unknown". */
export const ATTR_CENTS = 'data-out-of-pocket-cents';

export type BadgeData = Omit<BadgeProps, 'panelId'>;

export interface BadgeHandle {
  /** The `<rac-badge>` element in the page. */
  host: HTMLElement;
  /** What to focus to reach the badge's button (the root's host). */
  focusTarget: HTMLElement;
  /** Our UI, for tests and our own code only (closed in a shipped build). */
  root: ShadowRoot;
  update(data: BadgeData): void;
  /** Puts the badge in the page, right after `after` (createBadge leaves it out until then). */
  place(after: Element): void;
  destroy(): void;
}

let nextId = 0;
// Our own events stop at the wrapper: the card's bubbling handlers (Doctolib cards navigate) never
// get them. A page's capture-phase listeners still see that something inside was clicked.
const STOP = ['click', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'keydown', 'keyup', 'keypress'];
const stop = (e: Event) => e.stopPropagation();

export function mountBadge(after: Element, data: BadgeData): BadgeHandle {
  const badge = createBadge(data);
  badge.place(after);
  return badge;
}

/**
 * A badge rendered but not in the page yet: the content script places a frame's badges together,
 * so that the page lays out once for all of them.
 */
export function createBadge(data: BadgeData): BadgeHandle {
  const { outer: host, inner, root } = createShadowHost(BADGE_TAG, css);
  for (const type of STOP) host.addEventListener(type, stop);
  const panelId = `rac-panel-${++nextId}`;
  const update = (d: BadgeData) => {
    if (TEST_BUILD) host.setAttribute(ATTR_CENTS, d.view.attr);
    render(h(Badge, { ...d, panelId }), root);
  };
  update(data);
  return {
    host,
    focusTarget: inner,
    root,
    update,
    place(after) {
      after.after(host);
    },
    destroy() {
      render(null, root);
      host.remove();
    },
  };
}
