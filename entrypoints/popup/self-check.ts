// The popup's side of the self-check: inject entrypoints/self-check.ts into the tab and check
// what comes back. Chrome (MV3): scripting.executeScript, the reason for the "scripting"
// permission (no install warning; the host permissions already cover the pages). Firefox (MV2):
// tabs.executeScript, covered by the host permissions. Both run in the top frame's isolated world.
import { browser } from 'wxt/browser';
import { SELF_CHECK_FILE, selfCheckResultOf, type SelfCheckResult } from '../../src/messages';

export async function runSelfCheck(tabId: number): Promise<SelfCheckResult | null> {
  try {
    let value: unknown;
    if (import.meta.env.MANIFEST_VERSION === 3) {
      const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [SELF_CHECK_FILE] });
      value = first?.result;
    } else {
      const results: unknown[] | undefined = await browser.tabs.executeScript(tabId, { file: SELF_CHECK_FILE });
      value = results?.[0];
    }
    return selfCheckResultOf(value);
  } catch {
    // A page still loading, an error page, a tab closed meanwhile: nothing to say.
    return null;
  }
}
