// Component-test helpers: render into a happy-dom container, let promises and storage events
// settle, drive the DOM with real events.
import { render, type VNode } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface Mounted {
  el: HTMLElement;
  unmount(): void;
  $<T extends Element = HTMLElement>(selector: string): T;
  $$<T extends Element = HTMLElement>(selector: string): T[];
  maybe<T extends Element = HTMLElement>(selector: string): T | null;
  text(): string;
}

const mounted: Mounted[] = [];

export function mount(vnode: VNode): Mounted {
  const el = document.createElement('div');
  document.body.append(el);
  const m: Mounted = {
    el,
    unmount() {
      render(null, el);
      el.remove();
    },
    $<T extends Element>(selector: string) {
      const found = el.querySelector<T>(selector);
      if (!found) throw new Error(`no ${selector} in:\n${el.innerHTML.slice(0, 2000)}`);
      return found;
    },
    $$<T extends Element>(selector: string) {
      return [...el.querySelectorAll<T>(selector)];
    },
    maybe<T extends Element>(selector: string) {
      return el.querySelector<T>(selector);
    },
    text: () => (el.textContent ?? '').replace(/\s+/g, ' '),
  };
  render(vnode, el);
  mounted.push(m);
  return m;
}

export function unmountAll(): void {
  for (const m of mounted.splice(0)) m.unmount();
}

/** Lets pending promises, storage writes and re-renders finish. */
export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, ms));
}

/** Waits until `check` stops throwing (assertions inside). */
export async function until(check: () => unknown): Promise<void> {
  await vi.waitFor(check, { timeout: 2000, interval: 5 });
}

/** Types into a text field the way a user does: value set, then an input event. */
export function type(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function blur(input: HTMLInputElement): void {
  input.dispatchEvent(new FocusEvent('blur'));
  input.blur();
}

/** A fresh fake browser for each test, and no content script in any tab unless the test says so. */
export function freshBrowserEachTest(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
  });
  afterEach(() => {
    unmountAll();
    vi.restoreAllMocks();
  });
}
