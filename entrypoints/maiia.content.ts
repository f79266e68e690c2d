// Maiia pages: only its own reader is bundled (see src/content/run.ts).
import { maiia } from '../src/sites/maiia/reader';
import { runContentScript } from '../src/content/run';
import { SITE_MATCHES } from '../src/hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES.maiia],
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx, maiia),
});
