import { describe, expect, it } from 'vitest';
import { analyze, type Draft } from '../../src/core';
import { clashes, compileRule, exportPack, mergeRules, parsePack, validateRule, type CustomRuleDef } from '../../src/core/custom';
import { checkPattern } from '../../src/core/custom/pattern-safety';

function compile(raw: object): CustomRuleDef {
  const { rule, problems } = validateRule(raw, { checkPattern });
  expect(problems).toEqual([]);
  return rule!;
}

function run(raw: object, draft: Draft) {
  const rule = compileRule(compile(raw));
  return analyze(draft, { extraRules: [rule] }).findings.filter((f) => f.ruleId === rule.meta.id);
}

describe('custom rule kinds', () => {
  it('avoid: flags phrases (whole words, any case) with replacements, and marks findings as custom', () => {
    const found = run({ id: 'no-guru', kind: 'avoid', message: 'Avoid "{{phrase}}".', phrases: ['guru', 'code monkey'], replacements: ['expert'], level: 'error' }, { description: 'A Guru or a CODE  MONKEY, not a gurus club.' });
    expect(found.map((f) => f.actual)).toEqual(['Guru', 'CODE  MONKEY']);
    expect(found[0]).toMatchObject({ level: 'error', custom: true, message: 'Avoid "Guru".' });
    expect(found[0]!.suggestions[0]).toMatchObject({ kind: 'edit', text: 'expert' });
  });

  it('avoid: respects case sensitivity, scope and exceptions', () => {
    const base = { id: 'no-nda', kind: 'avoid', message: 'm', phrases: ['NDA'] };
    expect(run({ ...base, caseSensitive: true }, { description: 'nda NDA' }).map((f) => f.actual)).toEqual(['NDA']);
    expect(run({ ...base, scope: 'title' }, { title: 'NDA', description: 'NDA' }).map((f) => f.part)).toEqual(['title']);
    expect(run({ ...base, exceptions: ['no NDA needed'] }, { description: 'No NDA needed. Sign the NDA.' }).map((f) => f.range?.start)).toEqual([24]);
  });

  it('avoid: a safe advanced pattern matches', () => {
    expect(run({ id: 'money', kind: 'avoid', message: 'm', pattern: '\\$\\d+k?' }, { description: 'Pay $500 or $2k.' }).map((f) => f.actual)).toEqual(['$500', '$2k']);
  });

  it('replace: suggests each preferred phrase', () => {
    const [f] = run({ id: 'say-freelancer', kind: 'replace', message: 'Prefer "{{expected}}" over "{{phrase}}".', swap: [{ from: 'resource', to: ['freelancer', 'developer'] }] }, { description: 'We need a resource.' });
    expect(f!.message).toBe('Prefer "freelancer", "developer" over "resource".');
    expect(f!.suggestions.map((s) => s.kind === 'edit' && s.text)).toEqual(['freelancer', 'developer']);
  });

  it('require: fires only when none of the phrases appears', () => {
    const rule = { id: 'mention-tz', kind: 'require', message: 'Say your time zone.', anyOf: ['time zone', 'timezone', 'UTC'] };
    expect(run(rule, { description: 'We work in UTC+1.' })).toEqual([]);
    const [f] = run(rule, { description: 'Build a page.' });
    expect(f!.range).toBeUndefined();
    expect(f!.suggestions[0]).toMatchObject({ kind: 'insert', text: 'time zone: [details]' });
  });

  it('if-then: "fixed price" must come with "milestone", pointing at the trigger', () => {
    const rule = { id: 'fixed-needs-milestones', kind: 'if-then', message: 'Fixed price: add milestones.', if: ['fixed price', 'fixed-price'], then: ['milestone'] };
    const [f] = run(rule, { description: 'This is a fixed price job.' });
    expect(f!.actual).toBe('fixed price');
    expect(run(rule, { description: 'Fixed price, paid per milestone.' })).toEqual([]);
    expect(run(rule, { description: 'Hourly work.' })).toEqual([]);
  });

  it('limit: words, sentences and occurrences, in title or description', () => {
    expect(run({ id: 'short-title', kind: 'limit', message: '{{count}} words; keep it under {{max}}.', measure: 'words', max: 3, scope: 'title' }, { title: 'One two three four', description: '' })[0]!.message).toBe('4 words; keep it under 3.');
    // Both parts: the title's words plus the description's (the latter from the stats' count).
    expect(run({ id: 'long', kind: 'limit', message: '{{count}}', measure: 'words', max: 4, scope: 'both' }, { title: 'Logo design', description: 'Three more words.' })[0]!.message).toBe('5');
    expect(run({ id: 'long', kind: 'limit', message: '{{count}}', measure: 'words', max: 5, scope: 'both' }, { title: 'Logo design', description: 'Three more words.' })).toHaveLength(0);
    expect(run({ id: 'enough', kind: 'limit', message: 'm', measure: 'sentences', min: 3, scope: 'description' }, { description: 'One. Two.' })).toHaveLength(1);
    const many = run({ id: 'asap-once', kind: 'limit', message: 'm', measure: 'occurrences', phrase: 'asap', max: 1 }, { description: 'ASAP. asap! Asap?' });
    expect(many.map((f) => f.actual)).toEqual(['asap', 'Asap']);
  });
});

describe('validation names every problem by rule and field', () => {
  const problems = (raw: unknown) => validateRule(raw, { checkPattern }).problems;
  it.each([
    [{ kind: 'avoid', message: 'm', phrases: ['x'] }, 'id', 'is required'],
    [{ id: 'Bad Id', kind: 'avoid', message: 'm', phrases: ['x'] }, 'id', 'lower-case'],
    [{ id: 'vague-language', kind: 'avoid', message: 'm', phrases: ['x'] }, 'id', 'is a built-in check'],
    [{ id: 'a', kind: 'shout', message: 'm' }, 'kind', 'must be one of'],
    [{ id: 'a', kind: 'avoid', phrases: ['x'] }, 'message', 'is required'],
    [{ id: 'a', kind: 'avoid', message: 'm', phrases: ['x'], level: 'fatal' }, 'level', 'must be one of'],
    [{ id: 'a', kind: 'avoid', message: 'm', phrases: ['x'], scope: 'body' }, 'scope', 'must be one of'],
    [{ id: 'a', kind: 'avoid', message: 'm' }, 'phrases', 'needs at least one phrase'],
    [{ id: 'a', kind: 'avoid', message: 'm', phrases: 'x' }, 'phrases', 'must be a list'],
    [{ id: 'a', kind: 'avoid', message: 'm', pattern: '(' }, 'pattern', 'is not a valid pattern'],
    [{ id: 'a', kind: 'avoid', message: 'm', pattern: 'x'.repeat(201) }, 'pattern', 'longer than 200'],
    [{ id: 'a', kind: 'avoid', message: 'm', pattern: '(a+)+$' }, 'pattern', 'backtrack catastrophically'],
    [{ id: 'a', kind: 'avoid', message: 'm', pattern: '(\\w+\\s?)+x' }, 'pattern', 'too complex to prove safe'],
    [{ id: 'a', kind: 'avoid', message: 'm', pattern: '(a)\\1' }, 'pattern', 'back-reference'],
    [{ id: 'a', kind: 'replace', message: 'm', swap: [] }, 'swap', 'at least one'],
    [{ id: 'a', kind: 'replace', message: 'm', swap: [{ from: 'x' }] }, 'swap[0].to', 'at least one preferred'],
    [{ id: 'a', kind: 'require', message: 'm', anyOf: [] }, 'anyOf', 'needs at least one phrase'],
    [{ id: 'a', kind: 'if-then', message: 'm', if: ['x'] }, 'then', 'needs at least one phrase'],
    [{ id: 'a', kind: 'limit', message: 'm', measure: 'pages', max: 1 }, 'measure', 'must be words'],
    [{ id: 'a', kind: 'limit', message: 'm', measure: 'words' }, 'min', 'needs a minimum, a maximum or both'],
    [{ id: 'a', kind: 'limit', message: 'm', measure: 'words', min: 5, max: 2 }, 'max', 'smaller than min'],
    [{ id: 'a', kind: 'limit', message: 'm', measure: 'words', max: -1 }, 'max', 'whole number'],
    [{ id: 'a', kind: 'limit', message: 'm', measure: 'occurrences', max: 1 }, 'phrase', 'is required when counting'],
  ])('%j → %s %s', (raw, field, message) => {
    const found = problems(raw);
    expect(found.some((p) => p.field === field && p.message.includes(message))).toBe(true);
    expect(found.every((p) => typeof p.ruleId === 'string' && p.ruleId.length > 0)).toBe(true);
  });

  it('refuses a pattern when no safety checker is available rather than trusting it', () => {
    expect(validateRule({ id: 'a', kind: 'avoid', message: 'm', pattern: 'x' }).problems[0]?.message).toMatch(/cannot be checked/);
  });

  it('fills defaults for a minimal valid rule', () => {
    expect(validateRule({ id: 'a', kind: 'require', message: 'm', anyOf: [' NDA ', 'NDA'] }).rule).toEqual({ id: 'a', kind: 'require', message: 'm', level: 'warning', scope: 'both', caseSensitive: false, exceptions: [], anyOf: ['NDA'] });
  });
});

describe('rule packs', () => {
  const rules: CustomRuleDef[] = [compile({ id: 'no-guru', kind: 'avoid', message: 'm', phrases: ['guru'] }), compile({ id: 'mention-nda', kind: 'require', message: 'm', anyOf: ['NDA'] })];

  it('round-trips through a versioned file', () => {
    const text = exportPack(rules, 'Agency pack', new Date('2026-01-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'clearbrief-rule-pack', version: 1, name: 'Agency pack', exportedAt: '2026-01-01T00:00:00.000Z' });
    expect(parsePack(text, checkPattern)).toEqual({ name: 'Agency pack', valid: rules, problems: [], fatal: false });
  });

  it('refuses files that are not packs, and names every problem in one that is', () => {
    expect(parsePack('{oops').problems[0]!.message).toMatch(/not valid JSON/);
    expect(parsePack('{"rules": []}')).toMatchObject({ fatal: true, problems: [{ message: expect.stringMatching(/not a ClearBrief rule pack/) }] });
    expect(parsePack('{"format": "clearbrief-rule-pack", "version": 9, "rules": []}').problems[0]!.message).toMatch(/version 9/);
    const broken = parsePack(JSON.stringify({ format: 'clearbrief-rule-pack', version: 1, rules: [rules[0], { id: 'bad', kind: 'avoid' }, rules[0], 42] }), checkPattern);
    expect(broken.fatal).toBe(false);
    expect(broken.valid).toEqual([rules[0]]);
    expect(broken.problems).toEqual([
      { ruleId: 'bad', field: 'message', message: 'is required' },
      { ruleId: 'bad', field: 'phrases', message: 'needs at least one phrase' },
      { ruleId: 'no-guru', field: 'id', message: 'appears twice in the pack' },
      { ruleId: '(rule 4)', field: 'rule', message: 'must be an object' },
    ]);
  });

  it('finds clashing ids and replaces or keeps both', () => {
    const incoming = [{ ...rules[0]!, message: 'new' }];
    expect(clashes(rules, incoming)).toEqual(['no-guru']);
    expect(mergeRules(rules, incoming, 'replace').map((r) => [r.id, r.message])).toEqual([['no-guru', 'new'], ['mention-nda', 'm']]);
    expect(mergeRules(rules, incoming, 'keep-both').map((r) => r.id)).toEqual(['no-guru', 'mention-nda', 'no-guru-2']);
  });
});
