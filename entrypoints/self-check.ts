// Injected by the popup into the current tab on demand (scripting.executeScript in Chrome,
// tabs.executeScript in Firefox): the self-check of the page (src/detect/self-check.ts), returned
// to the popup as the script's value. Not a content script: the pages never carry it, and it
// leaves nothing behind (no listener, no DOM change). Its value holds no page text.
import { selfCheck } from '../src/detect/self-check';
import { siteFor } from '../src/sites';
import { toUrl } from '../src/detect/run';

export default defineUnlistedScript(() => {
  const url = toUrl(location.href);
  return selfCheck(document, location.href, url === null ? null : siteFor(url));
});
