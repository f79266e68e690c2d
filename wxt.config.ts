import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PERMISSIONS } from './src/hosts';

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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['storage'],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'reste-a-charge@example.org',
          strict_min_version: '115.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  zip: { excludeSources: ['tests/e2e/out/**', 'tests/bench/out/**'] },
});
