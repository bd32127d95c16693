/**
 * A form for one custom rule (never raw JSON), with its problems listed as they are typed and a
 * live result on sample text the user can edit.
 */
import { useMemo, useState } from 'preact/hooks';
import { analyze, LEVELS } from '../core';
import { compileRule, validateRule, type CustomRuleDef, type CustomRuleKind } from '../core/custom';
import { checkPattern } from '../core/custom/pattern-safety';

const KIND_HELP: Record<CustomRuleKind, string> = {
  avoid: 'Phrases (or a pattern) that should not appear.',
  replace: 'A phrase and the phrases to use instead.',
  require: 'The post must mention at least one of these phrases.',
  'if-then': 'If the post mentions one phrase, it must also mention another.',
  limit: 'A minimum or maximum number of words, sentences, or uses of a phrase.',
};

interface FormState {
  id: string;
  kind: CustomRuleKind;
  message: string;
  level: string;
  scope: string;
  caseSensitive: boolean;
  exceptions: string;
  description: string;
  phrases: string;
  advanced: boolean;
  pattern: string;
  replacements: string;
  swap: string;
  anyOf: string;
  ifPhrases: string;
  thenPhrases: string;
  measure: string;
  phrase: string;
  min: string;
  max: string;
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

function fromDef(def?: CustomRuleDef): FormState {
  const d = def as Partial<CustomRuleDef & { phrases: string[]; pattern: string; replacements: string[]; swap: Array<{ from: string; to: string[] }>; anyOf: string[]; if: string[]; then: string[]; measure: string; phrase: string; min: number; max: number }> | undefined;
  return {
    id: d?.id ?? '',
    kind: d?.kind ?? 'avoid',
    message: d?.message ?? '',
    level: d?.level ?? 'warning',
    scope: d?.scope ?? 'both',
    caseSensitive: d?.caseSensitive ?? false,
    exceptions: (d?.exceptions ?? []).join('\n'),
    description: d?.description ?? '',
    phrases: (d?.phrases ?? []).join('\n'),
    advanced: Boolean(d?.pattern),
    pattern: d?.pattern ?? '',
    replacements: (d?.replacements ?? []).join('\n'),
    swap: (d?.swap ?? []).map((s) => `${s.from} => ${s.to.join(' | ')}`).join('\n'),
    anyOf: (d?.anyOf ?? []).join('\n'),
    ifPhrases: (d?.if ?? []).join('\n'),
    thenPhrases: (d?.then ?? []).join('\n'),
    measure: d?.measure ?? 'words',
    phrase: d?.phrase ?? '',
    min: d?.min === undefined ? '' : String(d.min),
    max: d?.max === undefined ? '' : String(d.max),
  };
}

function toRaw(f: FormState): Record<string, unknown> {
  const base = { id: f.id.trim(), kind: f.kind, message: f.message, level: f.level, scope: f.scope, caseSensitive: f.caseSensitive, exceptions: lines(f.exceptions), ...(f.description.trim() ? { description: f.description } : {}) };
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
  switch (f.kind) {
    case 'avoid':
      return { ...base, phrases: f.advanced ? [] : lines(f.phrases), ...(f.advanced ? { pattern: f.pattern } : {}), replacements: lines(f.replacements) };
    case 'replace':
      return { ...base, swap: lines(f.swap).map((l) => ({ from: l.split('=>')[0]?.trim() ?? '', to: (l.split('=>')[1] ?? '').split('|').map((t) => t.trim()).filter(Boolean) })) };
    case 'require':
      return { ...base, anyOf: lines(f.anyOf) };
    case 'if-then':
      return { ...base, if: lines(f.ifPhrases), then: lines(f.thenPhrases) };
    case 'limit':
      return { ...base, measure: f.measure, ...(f.phrase.trim() ? { phrase: f.phrase } : {}), min: num(f.min), max: num(f.max) };
  }
}

const SAMPLE = 'We need a rockstar developer for a fixed price project ASAP.\nPlease send your best price.';

export function RuleForm({ initial, existingIds, onSave, onCancel }: { initial?: CustomRuleDef; existingIds: string[]; onSave(def: CustomRuleDef): void; onCancel(): void }) {
  const [f, setF] = useState<FormState>(() => fromDef(initial));
  const [sample, setSample] = useState(SAMPLE);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setF((prev) => ({ ...prev, [key]: value }));
  const result = useMemo(() => validateRule(toRaw(f), { checkPattern }), [f]);
  const clash = result.rule && result.rule.id !== initial?.id && existingIds.includes(result.rule.id);
  const live = useMemo(() => {
    if (!result.rule) return null;
    const rule = compileRule(result.rule);
    return analyze({ title: '', description: sample }, { extraRules: [rule], rules: {} }).findings.filter((x) => x.ruleId === rule.meta.id);
  }, [result, sample]);

  const text = (key: keyof FormState, label: string, hint?: string, multiline = false) => (
    <>
      <label for={`f-${key}`}>{label}</label>
      <div>
        {multiline ? (
          <textarea id={`f-${key}`} rows={3} value={f[key] as string} onInput={(e) => set(key, e.currentTarget.value as never)} />
        ) : (
          <input id={`f-${key}`} value={f[key] as string} onInput={(e) => set(key, e.currentTarget.value as never)} />
        )}
        {hint && <div class="why">{hint}</div>}
      </div>
    </>
  );

  return (
    <form
      class="rule-form"
      aria-label="Custom rule"
      onSubmit={(e) => {
        e.preventDefault();
        if (result.rule && !clash) onSave(result.rule);
      }}
    >
      <fieldset>
        <legend>{initial ? `Edit ${initial.id}` : 'New custom rule'}</legend>
        <div class="grid">
          <label for="f-kind">Kind</label>
          <div>
            <select id="f-kind" value={f.kind} onChange={(e) => set('kind', e.currentTarget.value as CustomRuleKind)}>
              {(Object.keys(KIND_HELP) as CustomRuleKind[]).map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
            <div class="why">{KIND_HELP[f.kind]}</div>
          </div>
          {text('id', 'Id', 'Lower-case letters, digits and hyphens, e.g. "fixed-price-needs-milestones".')}
          {text('message', 'Message', 'Shown with each finding. {{phrase}} is the matched text.')}
          <label for="f-level">Level</label>
          <select id="f-level" value={f.level} onChange={(e) => set('level', e.currentTarget.value)}>
            {LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
          <label for="f-scope">Applies to</label>
          <select id="f-scope" value={f.scope} onChange={(e) => set('scope', e.currentTarget.value)}>
            <option value="both">title and description</option>
            <option value="title">title</option>
            <option value="description">description</option>
          </select>
          <span />
          <label class="row">
            <input type="checkbox" checked={f.caseSensitive} onChange={(e) => set('caseSensitive', e.currentTarget.checked)} /> Case sensitive
          </label>
          {f.kind === 'avoid' && (
            <>
              <span />
              <label class="row">
                <input type="checkbox" checked={f.advanced} onChange={(e) => set('advanced', e.currentTarget.checked)} /> Advanced: a pattern instead of phrases
              </label>
              {f.advanced ? text('pattern', 'Pattern', 'A regular expression, at most 200 characters; patterns that can backtrack catastrophically are refused.') : text('phrases', 'Phrases', 'One per line.', true)}
              {text('replacements', 'Replacements', 'Optional, one per line: offered as rewrites.', true)}
            </>
          )}
          {f.kind === 'replace' && text('swap', 'Replace', 'One per line: phrase => preferred | another preferred', true)}
          {f.kind === 'require' && text('anyOf', 'Must mention one of', 'One per line.', true)}
          {f.kind === 'if-then' && (
            <>
              {text('ifPhrases', 'If it mentions', 'One per line.', true)}
              {text('thenPhrases', 'It must also mention', 'One per line.', true)}
            </>
          )}
          {f.kind === 'limit' && (
            <>
              <label for="f-measure">Count</label>
              <select id="f-measure" value={f.measure} onChange={(e) => set('measure', e.currentTarget.value)}>
                <option value="words">words</option>
                <option value="sentences">sentences</option>
                <option value="occurrences">occurrences of a phrase</option>
              </select>
              {f.measure === 'occurrences' && text('phrase', 'Phrase')}
              {text('min', 'Minimum')}
              {text('max', 'Maximum')}
            </>
          )}
          {text('exceptions', 'Exceptions', 'Optional, one per line: a match inside one of these does not count.', true)}
          {text('description', 'Why (optional)', 'Shown in the card: why the rule matters.')}
        </div>
        {(result.problems.length > 0 || clash) && (
          <ul class="problems" data-testid="rule-problems" aria-live="polite">
            {clash && <li>id: "{result.rule!.id}" is already used by another custom rule</li>}
            {result.problems.map((p) => (
              <li key={`${p.field}${p.message}`}>
                {p.field}: {p.message}
              </li>
            ))}
          </ul>
        )}
        <h3>Try it</h3>
        <textarea aria-label="Sample text" rows={4} value={sample} onInput={(e) => setSample(e.currentTarget.value)} />
        <div data-testid="live-result" aria-live="polite">
          {live === null ? <p class="why">Fix the problems above to see the result.</p> : live.length === 0 ? <p class="why">No findings on the sample.</p> : (
            <ul>
              {live.map((x, i) => (
                <li key={i}>
                  <span class={`level ${x.level}`}>{x.level}</span> {x.message} {x.actual && <q>{x.actual}</q>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div class="row">
          <button type="submit" disabled={!result.rule || Boolean(clash)}>
            Save rule
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
