/**
 * Team policy: rules an administrator ships through managed storage apply, and the options page
 * shows them locked. Chromium reads managed policy from /etc/chromium/policies/managed, so the
 * test writes a policy file there (CI runs as root) and removes it afterwards.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badge, browserAvailable, launch, underlined, type Session } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'clearbrief-test.json');
/** Fixed by the manifest's `key`, so a policy can name the extension. */
const EXTENSION_ID = 'egdbkklahlgiehahblmdbedbbclmodhh';

function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    return true;
  } catch {
    if (process.env.CI) throw new Error(`The policy test needs to write ${POLICY_DIR} (run as root).`);
    console.warn(`Skipping the team-policy test: cannot write ${POLICY_DIR}.`);
    return false;
  }
}

describe.runIf(browserAvailable() && canWritePolicy())('team policy through managed storage', () => {
  let s: Session;
  beforeAll(async () => {
    const policy = {
      '3rdparty': {
        extensions: {
          [EXTENSION_ID]: {
            rules: { 'price-only-criteria': { enabled: true, level: 'error' }, 'vague-language': { enabled: false } },
            customRules: [{ id: 'team-nda', kind: 'require', message: 'Our posts always say whether an NDA is needed.', level: 'warning', anyOf: ['NDA'] }],
          },
        },
      },
    };
    writeFileSync(POLICY_FILE, JSON.stringify(policy));
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
    if (existsSync(POLICY_FILE)) rmSync(POLICY_FILE);
  });

  it('loads under the fixed id the policy names', () => {
    expect(s.extensionId).toBe(EXTENSION_ID);
  });

  it('applies the managed rules on the page and shows them locked in the options page', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill('We need a modern website. Lowest bid wins.');
    await badge(page).waitFor();
    // vague-language is off by policy; the team's rule runs like a built-in one.
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.key.split('\u0001')[0]))).toEqual(['price-only-criteria']);
    await badge(page).click();
    await expect.poll(() => page.locator('clearbrief-root >> [data-testid="clearbrief-panel"] li[data-rule="team-nda"]').count()).toBe(1);

    const options = await s.context.newPage();
    await options.goto(s.optionsUrl());
    const managedRule = options.locator('[data-custom-rule="team-nda"]');
    await managedRule.waitFor();
    expect(await managedRule.textContent()).toContain('🔒');
    expect(await managedRule.locator('input[type="checkbox"]').isDisabled()).toBe(true);
    expect(await managedRule.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    const builtIn = options.locator('tr[data-rule="vague-language"]');
    expect(await builtIn.locator('input[type="checkbox"]').isDisabled()).toBe(true);
    expect(await builtIn.locator('input[type="checkbox"]').isChecked()).toBe(false);
    expect(await options.locator('tr[data-rule="asap-deadline"] input[type="checkbox"]').isDisabled()).toBe(false);
    await options.close();
    await page.close();
  });
});
