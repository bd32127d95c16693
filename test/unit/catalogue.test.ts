/** Nothing drifts: every check file is registered, named by its id, documented and tested. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, BUILT_IN_RULE_IDS, SECTIONS } from '../../src/core';
import { EXAMPLES } from '../../src/core/examples';

const rulesDir = resolve(__dirname, '../../src/core/rules');
const ruleFiles = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('-helpers.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
const checksDoc = readFileSync(resolve(__dirname, '../../../shared/CHECKS.md'), 'utf8').toString();

describe('the catalogue of checks', () => {
  it('registers exactly one check per file in src/core/rules, named by its id', () => {
    expect([...BUILT_IN_RULE_IDS].sort()).toEqual([...ruleFiles].sort());
  });

  it('keeps the registry sorted by id', () => {
    expect(BUILT_IN_RULE_IDS).toEqual([...BUILT_IN_RULE_IDS].sort());
  });

  it('covers every check id in CHECKS.md', () => {
    const ids = [...checksDoc.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const id of ids) expect(BUILT_IN_RULE_IDS).toContain(id);
  });

  it('gives one checklist check per section', () => {
    const sections = BUILT_IN_RULES.flatMap((r) => (r.type === 'section' ? [r.section] : []));
    expect(sections.sort()).toEqual(SECTIONS.map((s) => s.id).sort());
  });

  it('names every check for people, each name its own', () => {
    const names = BUILT_IN_RULES.map((r) => r.meta.name);
    for (const name of names) expect(name).toMatch(/^[A-Z“].{2,40}[^.]$/);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const rule of BUILT_IN_RULES) {
    it(`${rule.meta.id} is documented and has examples both ways`, () => {
      const { meta } = rule;
      expect(meta.description).toMatch(/^[A-Z].*\.$/);
      expect(meta.why).toMatch(/^[A-Z"].*\.$/);
      expect(meta.seeds.length).toBeGreaterThan(0);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      expect(EXAMPLES[meta.id]?.fire.length).toBeGreaterThan(0);
      expect(EXAMPLES[meta.id]?.pass.length).toBeGreaterThan(0);
      expect(readme).toContain(`\`${meta.id}\``);
    });
  }
});
