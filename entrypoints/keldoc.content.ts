// Keldoc pages: only its own reader is bundled (see src/content/run.ts).
import { keldoc } from '../src/sites/keldoc/reader';
import { runContentScript } from '../src/content/run';
import { SITE_MATCHES } from '../src/hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES.keldoc],
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx, keldoc),
});
