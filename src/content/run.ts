// Content script glue shared by every site's entrypoint: when to start and stop, settings in,
// counts out. Reading the page is src/detect, the numbers src/core, the badge src/ui.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Reader } from '../detect/reader';
import { siteGroupOf } from '../detect/sites';
import { readProfile, readSites, isSiteEnabled, watchProfile, watchSites } from '../settings';
import { Annotator } from './annotator';

export async function runContentScript(ctx: ContentScriptContext, reader: Reader): Promise<void> {
  const group = siteGroupOf(location.hostname);
  if (group == null || !reader.matches(new URL(location.href))) return;

  const [profile, sites] = await Promise.all([readProfile(), readSites()]);
  if (ctx.isInvalid) return;

  const annotator = new Annotator({
    reader,
    profile,
    onCount: (count) => {
      // The toolbar badge; fails harmlessly once the extension context is gone.
      browser.runtime.sendMessage({ type: 'rac:count', count }).catch(() => {});
    },
  });
  if (isSiteEnabled(sites, group)) annotator.start();

  const unwatchProfile = watchProfile((state) => annotator.setProfile(state));
  const unwatchSites = watchSites((s) => (isSiteEnabled(s, group) ? annotator.start() : annotator.stop()));

  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'rac:get-count') {
      return Promise.resolve({ count: annotator.count, enabled: annotator.running });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // Extension reloaded or updated: stop observing, remove every badge, say nothing.
  ctx.onInvalidated(() => {
    annotator.stop();
    unwatchProfile();
    unwatchSites();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // the runtime is already gone
    }
  });
}
