import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/**
 * One source manifest, two builds. Firefox's MV3 has no service workers for extensions: it runs
 * the same background module as an event page (`background.scripts`) and needs a gecko id.
 * `BROWSER=firefox vite build` gives the Firefox build; the default is Chrome.
 */
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

export const GECKO_ID = 'clearbrief@clearbrief.dev';

function manifestFor(target: 'chrome' | 'firefox'): ManifestV3Export {
  if (target === 'chrome') return manifest as ManifestV3Export;
  // Chrome-only keys: `key` fixes the Chrome extension id; Firefox reads managed storage from
  // its own policies, not from a schema in the package.
  const { background, key: _key, storage: _storage, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } },
  } as ManifestV3Export;
}

export default defineConfig({
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    // Extension code is loaded from disk, not the network: readable output costs nothing and
    // makes store review and bug reports easier. The content script is still measured minified.
    minify: true,
    sourcemap: false,
    target: 'es2022',
  },
  plugins: [crx({ manifest: manifestFor(browser), browser })],
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
