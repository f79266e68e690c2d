// Ameli pages: only its own reader is bundled (see src/content/run.ts).
import { ameli } from '../src/sites/ameli/reader';
import { runContentScript } from '../src/content/run';
import { SITE_MATCHES } from '../src/hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES.ameli],
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx, ameli),
});
