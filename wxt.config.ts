import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

const WXT_NATIVE_BROWSER = fileURLToPath(new URL('./node_modules/wxt/dist/browser.mjs', import.meta.url));

// Isnad reads pages only through its content script's http(s) matches and keeps everything on the
// reader's machine, so the manifest asks for storage and nothing else.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The content script runs on every page a reader opens, and evaluating the polyfill alone costs
    // about 1.5 ms there (measured with npm run bench). It only calls promise-returning APIs that
    // Chrome MV3 and Firefox provide natively, so it gets WXT's plain `browser`; every other entry
    // point keeps webextension-polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const native = { find: /^wxt\/browser$/, replacement: WXT_NATIVE_BROWSER };
      config.resolve ??= {};
      config.resolve.alias = Array.isArray(alias)
        ? [native, ...alias]
        : [native, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))];
    },
  },
  imports: false,
  manifest: ({ browser }) => ({
    // Name and description in the browser's language, from public/_locales/{en,fr,ar}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: 'Isnad' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'isnad@isnad.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
