// Serialises read-modify-write of a settings item. Web Locks are shared by every page of the
// extension's origin (popup, options), so two pages writing at once cannot interleave; where the
// API is missing (tests, old browsers) a per-page promise chain keeps one page's writes in order.
const chains = new Map<string, Promise<unknown>>();

export function withSettingsLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = (): Promise<T> =>
    locks ? (locks.request(`rac-settings-${name}`, fn) as Promise<T>) : fn();
  const previous = chains.get(name) ?? Promise.resolve();
  const next = previous.then(run, run);
  chains.set(name, next.catch(() => {}));
  return next;
}
