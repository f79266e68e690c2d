import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PERMISSIONS } from './src/hosts';

// The browser itself holds our pages and background to "no network": nothing to connect to, no
// script or style but our own files. (Content scripts are not covered by an extension CSP: the
// static checks scan their bundles instead.) Builds only: `wxt` dev mode needs its dev server.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  i18n: { localesDir: 'src/i18n/locales' },
  vite: () => ({
    plugins: [preact()],
    // No modulepreload polyfill: it would put a fetch() (of our own chunks) into the pages.
    // RAC_SOURCEMAP=1 adds source maps for bundle-size analysis.
    build: { sourcemap: !!process.env.RAC_SOURCEMAP, modulePreload: { polyfill: false } },
  }),
  // web-ext is installed for `web-ext lint` only: `npm run dev` must not launch a browser with it.
  webExt: { disabled: true },
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // "scripting" (Chrome MV3 only): the popup injects the page self-check (entrypoints/self-check.ts)
    // into the current tab on demand instead of every content script carrying it (their 36 KB gzip
    // budget). No install warning of its own: it reaches only the hosts already permitted. Firefox
    // MV2 does the same with tabs.executeScript, which the host permissions cover.
    permissions: manifestVersion === 3 ? ['storage', 'scripting'] : ['storage'],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: '__MSG_extName__' },
    ...(command === 'build' && {
      content_security_policy: manifestVersion === 3 ? { extension_pages: CSP } : CSP,
    }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // Generated once for the first listing: addons.mozilla.org ties the add-on to it forever.
          id: '{8a0238f7-3424-4014-a608-91b780dbce91}',
          // 140: the first desktop Firefox that knows data_collection_permissions (and an ESR).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android: the same build; 142 is its first version with data_collection_permissions.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // The sources archive (AMO's review rebuilds from it): no pictures, nothing a run writes.
  zip: { excludeSources: ['tests/e2e/out/**', 'tests/bench/out/**', 'tests/e2e/screenshots/**', 'store/screenshots/**'] },
});
