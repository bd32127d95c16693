import { BUILT_IN_RULES, LEVELS, SECTIONS, type Level, type Rule } from '../core';
import type { SectionProps } from './main';

/** Thresholds a check has, with labels. */
const THRESHOLDS: Record<string, Array<{ key: string; label: string }>> = {
  'too-short': [{ key: 'minWords', label: 'Minimum words' }],
  'no-milestones': [
    { key: 'largeBudget', label: 'Large job from (budget)' },
    { key: 'longWeeks', label: 'Long job from (weeks)' },
  ],
};

/**
 * The checks in two groups, as a client thinks of them: the sections a good post has (in the order a
 * post reads), then what in the wording costs proposals. Each by its name, with its id beside it for
 * rule packs and the CLI.
 */
const SECTION_ORDER = new Map<string, number>(SECTIONS.map((s, i) => [s.id, i]));
const SECTION_CHECKS = BUILT_IN_RULES.filter((r) => r.type === 'section').sort((a, b) => sectionIndex(a) - sectionIndex(b));
const PHRASE_CHECKS = BUILT_IN_RULES.filter((r) => r.type !== 'section');
function sectionIndex(rule: Rule): number {
  return rule.type === 'section' ? (SECTION_ORDER.get(rule.section) ?? 0) : 0;
}

export function BuiltInChecks({ loaded, locked, save }: SectionProps) {
  const { rules } = loaded.settings;
  const policyRules = loaded.policy.rules;
  const rows = (group: readonly Rule[]) =>
    group.map(({ meta }) => {
      const isLocked = locked.has(meta.id);
      const setting = isLocked ? policyRules[meta.id]! : (rules[meta.id] ?? {});
      const update = (change: { enabled?: boolean; level?: Level; options?: Record<string, number> }) =>
        save((s) => {
          s.rules[meta.id] = { ...s.rules[meta.id], ...change };
        });
      return (
        <tr key={meta.id} data-rule={meta.id} class={isLocked ? 'locked' : ''}>
          <td>
            <label>
              <input type="checkbox" checked={setting.enabled !== false} disabled={isLocked} onChange={(e) => void update({ enabled: e.currentTarget.checked })} /> <strong>{meta.name}</strong> <code class="rule-id">{meta.id}</code>
              {isLocked ? ' 🔒' : ''}
            </label>
            <div class="why">{meta.description}</div>
          </td>
          <td>
            <select aria-label={`Level of “${meta.name}”`} disabled={isLocked} value={setting.level ?? meta.level} onChange={(e) => void update({ level: e.currentTarget.value as Level })}>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
            {(THRESHOLDS[meta.id] ?? []).map((t) => (
              <label key={t.key} class="row">
                {t.label}
                <input
                  type="number"
                  min={0}
                  style={{ width: '90px' }}
                  disabled={isLocked}
                  value={setting.options?.[t.key] ?? meta.defaultOptions?.[t.key] ?? ''}
                  onChange={(e) => {
                    const n = Number(e.currentTarget.value);
                    if (Number.isFinite(n) && n >= 0) void update({ options: { ...setting.options, [t.key]: n } });
                  }}
                />
              </label>
            ))}
          </td>
        </tr>
      );
    });
  return (
    <section aria-labelledby="builtins">
      <h2 id="builtins">Built-in checks</h2>
      <h3>What a good post says</h3>
      <table>
        <tbody>{rows(SECTION_CHECKS)}</tbody>
      </table>
      <h3>What costs you proposals</h3>
      <table>
        <tbody>{rows(PHRASE_CHECKS)}</tbody>
      </table>
    </section>
  );
}
