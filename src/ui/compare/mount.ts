import { h, render } from 'preact';
import { SHADOW_MODE } from '../shadow-mode';
import css from './compare.css?inline';
import { ComparePanel, type CompareItem } from './ComparePanel';


export interface CompareHandle {
  update(items: CompareItem[]): void;
  destroy(): void;
}

export function mountCompare(): CompareHandle {
  const host = document.createElement('rac-compare');
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  const container = document.createElement('div');
  root.append(container);
  for (const type of ['click', 'pointerdown', 'mousedown', 'keydown']) host.addEventListener(type, (e) => e.stopPropagation());
  const onPick = (item: CompareItem) => {
    item.target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    item.target.focus({ preventScroll: true });
  };
  // On <html>, not <body>: outside the site's React root and its re-renders.
  document.documentElement.append(host);
  return {
    update(items) {
      render(h(ComparePanel, { items, onPick }), container);
    },
    destroy() {
      render(null, container);
      host.remove();
    },
  };
}
