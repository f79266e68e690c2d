// The layers of docs/architecture.md ("The parts", column "may use"), enforced on every import of
// src/ and entrypoints/, type-only imports included. Run by `npm run test:static` through
// scripts/check-layers.mjs (which also holds the temporary known cycles); alone:
//   npx depcruise src entrypoints
// A rule's `comment` is what a failing import is told.

/** What every module may import: the standard library of the language only, nothing of Node. */
const NODE_BUILTIN = { dependencyTypes: ['core'] };

/** The browser's extension API and WXT's storage, as the sources import them. */
const BROWSER_API = '^(wxt/|#imports$|webextension-polyfill|node_modules/(wxt|webextension-polyfill|@wxt-dev/(?!i18n))/)';
/** The UI's libraries and strings. */
const UI_LIBS = '^(node_modules/preact/|#i18n$|\\.wxt/i18n/|node_modules/@wxt-dev/i18n/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: the modules cannot be understood, tested or loaded one without the other. Move what both need down a layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file: a rule below cannot judge it.',
      from: {},
      to: { couldNotResolve: true, pathNot: [BROWSER_API, '^#i18n$', '^#imports$'] },
    },
    {
      name: 'no-node-builtin',
      severity: 'error',
      comment: 'Extension code runs in a browser: no Node module.',
      from: { path: '^(src|entrypoints)/' },
      to: NODE_BUILTIN,
    },
    {
      name: 'known-layer',
      severity: 'error',
      comment: 'Every module of src/ belongs to a layer of docs/architecture.md (add the layer there and here first).',
      from: { path: '^src/', pathNot: '^src/(core|domain|detect|sites|settings|ui|content|i18n)/|^src/(hosts|messages)\\.ts$' },
      to: {},
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core is the calculation: it imports nothing outside src/core (no other layer, no package, no browser API, no UI strings).',
      from: { path: '^src/core/' },
      to: { pathNot: '^src/core/' },
    },
    {
      name: 'hosts-is-a-leaf',
      severity: 'error',
      comment: 'src/hosts.ts is data every layer reads: it imports nothing.',
      from: { path: '^src/hosts\\.ts$' },
      to: {},
    },
    {
      name: 'domain-uses-core-only',
      severity: 'error',
      comment: 'src/domain holds pure choices above the calculation (which sources a patient sees): src/core and itself only.',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/(core|domain)/' },
    },
    {
      name: 'messages-use-core-and-domain-only',
      severity: 'error',
      comment: 'src/messages.ts is the protocol between the background, the content scripts and the pages: it uses src/core and src/domain types only, never the UI, the readers, the settings or a browser API.',
      from: { path: '^src/messages\\.ts$' },
      to: { pathNot: '^src/(core|domain)/' },
    },
    {
      name: 'detect-is-pure',
      severity: 'error',
      comment: 'Page readers (src/detect, src/sites) read the DOM they are given: they may use src/core, src/hosts.ts and the message types, never a browser API, storage, settings, the UI or a package.',
      from: { path: '^src/(detect|sites)/' },
      to: { pathNot: '^src/(core|detect|sites)/|^src/(hosts|messages)\\.ts$' },
    },
    {
      name: 'detect-not-sites',
      severity: 'error',
      comment: "What the readers share (src/detect) never imports a site's own folder (src/sites/<site>): the sites build on it.",
      from: { path: '^src/detect/' },
      to: { path: '^src/sites/' },
    },
    {
      name: 'settings-below-ui',
      severity: 'error',
      comment: 'src/settings (storage items, validation) may use src/core, src/hosts.ts and WXT storage: never the UI, the readers, the content glue or the messages.',
      from: { path: '^src/settings/' },
      to: { pathNot: [`^src/(core|settings)/|^src/hosts\\.ts$`, BROWSER_API] },
    },
    {
      name: 'ui-below-content',
      severity: 'error',
      comment: 'src/ui (components, formatting) is used by the content glue and the pages: it never imports src/content or an entrypoint.',
      from: { path: '^src/ui/' },
      to: { path: '^src/content/|^entrypoints/' },
    },
    {
      name: 'src-below-entrypoints',
      severity: 'error',
      comment: 'entrypoints/ is glue over src/: nothing in src/ imports an entrypoint.',
      from: { path: '^src/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'background-without-ui',
      severity: 'error',
      comment: 'The background computes estimates and keeps the toolbar count: no UI, no content glue, no UI library.',
      from: { path: '^entrypoints/background\\.ts$' },
      to: { path: [`^src/(ui|content)/`, UI_LIBS] },
    },
    {
      name: 'entrypoints-apart',
      severity: 'error',
      comment: "An entrypoint does not import another entrypoint's files: what two pages share lives in src/.",
      from: { path: '^entrypoints/([^/.]+)' },
      to: { path: '^entrypoints/', pathNot: '^entrypoints/$1([./]|$)' },
    },
  ],
  options: {
    // Type-only imports are dependencies too (a cycle through types is still a cycle).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: ['node_modules', '^\\.wxt/'] },
    exclude: { path: ['^\\.output/', '^tests/'] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    skipAnalysisNotInRules: true,
    // Worktrees share one node_modules through a symlink: packages keep their node_modules/ path.
    preserveSymlinks: true,
  },
};
