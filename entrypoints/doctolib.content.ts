// Doctolib pages: only its own reader is bundled (see src/content/run.ts).
import { doctolib } from '../src/sites/doctolib/reader';
import { runContentScript } from '../src/content/run';
import { SITE_MATCHES } from '../src/hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES.doctolib],
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx, doctolib),
});
