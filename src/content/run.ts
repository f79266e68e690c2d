// Content script glue shared by every site's entrypoint: when to start and stop, settings in,
// counts out. Reading the page is src/sites (each site's reader) on src/detect, the numbers src/core, the badge src/ui.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Reader } from '../detect/reader';
import { siteGroupOf } from '../hosts';
import { readSettings, watchSettings } from '../settings/reader';
import { isSiteEnabled, sameProfileState } from '../settings/schema';
import { Annotator } from './annotator';
import { markIdle } from './idle';
import { COUNT_MESSAGE, isGetCount, type CountAnswer, type CountMessage } from '../messages';
import { isListGps, type GpListAnswer } from '../messages';
import { mark } from './marks';

export async function runContentScript(ctx: ContentScriptContext, reader: Reader): Promise<void> {
  const group = siteGroupOf(location.hostname);
  if (group == null || !reader.matches(new URL(location.href))) return;

  mark('start');
  // The script runs at document_start: the settings read and, for a site switched on, the
  // background's wake-up (a stopped service worker takes tens of ms to start) go on while the
  // page is parsed, not after it.
  const settings = readSettings().then((s) => {
    mark('settings');
    if (isSiteEnabled(s.sites, group)) {
      quietly(() => browser.runtime.sendMessage({ type: COUNT_MESSAGE, count: 0 } satisfies CountMessage).catch(() => {}));
    }
    return s;
  });
  const [{ profile, sites, medecinTraitant }] = await Promise.all([settings, parsed()]);
  if (ctx.isInvalid) return;
  mark('parsed');

  const annotator = new Annotator({
    reader,
    profile,
    medecinTraitant,
    // Reading isInvalid is how WXT notices that the extension was reloaded or updated.
    alive: () => !ctx.isInvalid,
    onCount: (count) => {
      // The toolbar badge. Once the extension context is gone this throws (synchronously) or
      // rejects: either way, nothing to tell any more.
      quietly(() => browser.runtime.sendMessage({ type: COUNT_MESSAGE, count } satisfies CountMessage).catch(() => {}));
    },
  });
  if (isSiteEnabled(sites, group)) annotator.start();
  else markIdle();

  let current = profile;
  let currentGp = medecinTraitant;
  const unwatch = watchSettings((s) => {
    if (!isSiteEnabled(s.sites, group)) return annotator.stop();
    // Re-render only when the profile really changed (a site switch elsewhere is no reason).
    if (!sameProfileState(s.profile, current) || s.medecinTraitant !== currentGp) annotator.setProfile(s.profile, s.medecinTraitant);
    current = s.profile;
    currentGp = s.medecinTraitant;
    annotator.start();
    annotator.idleCheck();
  });

  const onMessage = (message: unknown) => {
    if (isGetCount(message)) return Promise.resolve<CountAnswer>({ count: annotator.count, enabled: annotator.running });
    if (isListGps(message)) return Promise.resolve<GpListAnswer>({ gps: annotator.gps() });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // An extension reload leaves this script running with a dead runtime and no event for it:
  // check on the page's own next signs of life (DOM changes, in the annotator; the user coming
  // back to the tab, here) rather than polling or keeping the background awake.
  const check = () => void ctx.isInvalid;
  window.addEventListener('focus', check, { signal: ctx.signal });
  document.addEventListener('visibilitychange', check, { signal: ctx.signal });
  window.addEventListener('pageshow', check, { signal: ctx.signal });

  // Extension reloaded or updated: stop observing, remove every badge, say nothing.
  ctx.onInvalidated(() => {
    annotator.stop();
    quietly(unwatch);
    quietly(() => browser.runtime.onMessage.removeListener(onMessage));
  });
}

/**
 * Resolves once the HTML is parsed (readyState 'interactive', before deferred scripts and
 * DOMContentLoaded). The first pass reads whole cards; later insertions come through the observer.
 */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      if (document.readyState === 'loading') return;
      document.removeEventListener('readystatechange', done);
      resolve();
    };
    document.addEventListener('readystatechange', done);
  });
}

/** Extension APIs throw "Extension context invalidated" once the extension is reloaded. */
function quietly(fn: () => unknown): void {
  try {
    fn();
  } catch {
    // the runtime is gone: nothing to undo
  }
}
