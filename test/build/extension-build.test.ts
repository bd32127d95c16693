/**
 * The built extensions (npm test builds them first): both manifests are loadable MV3, and
 * `web-ext lint` passes on the Firefox build with no errors.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_LIMIT, contentScriptBytes } from '../../scripts/content-size';

const dist = (browser: string) => resolve(__dirname, '../../dist', browser);
const manifest = (browser: string) => JSON.parse(readFileSync(resolve(dist(browser), 'manifest.json'), 'utf8'));

describe('the built extensions', () => {
  it('Chrome: MV3 with a service worker, popup, options page and content script that exist', () => {
    const m = manifest('chrome');
    expect(m.manifest_version).toBe(3);
    expect(existsSync(resolve(dist('chrome'), m.background.service_worker))).toBe(true);
    expect(existsSync(resolve(dist('chrome'), m.action.default_popup))).toBe(true);
    expect(existsSync(resolve(dist('chrome'), m.options_ui.page))).toBe(true);
    for (const file of m.content_scripts[0].js) expect(existsSync(resolve(dist('chrome'), file))).toBe(true);
  });

  it('the content script, with everything it can load, stays within 60 KB minified', () => {
    for (const browser of ['chrome', 'firefox']) {
      const size = contentScriptBytes(dist(browser));
      expect(size.initial.length).toBeGreaterThan(0);
      expect(size.lazy.length).toBeGreaterThan(0);
      expect(size.initialBytes + size.lazyBytes).toBeLessThanOrEqual(CONTENT_SCRIPT_LIMIT);
    }
  });

  it('Firefox: background scripts and a gecko id', () => {
    const m = manifest('firefox');
    expect(m.background.scripts.length).toBe(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
  });

  it('web-ext lint passes on the Firefox build with no errors', () => {
    const bin = resolve(__dirname, '../../node_modules/.bin/web-ext');
    let output: string;
    try {
      output = execFileSync(bin, ['lint', '--source-dir', dist('firefox'), '--output', 'json'], { encoding: 'utf8' });
    } catch (err) {
      output = (err as { stdout: string }).stdout;
    }
    const report = JSON.parse(output.slice(output.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
