import { BUILT_IN_RULES, LEVELS, type Level } from '../core';
import type { SectionProps } from './main';

/** Thresholds a check has, with labels. */
const THRESHOLDS: Record<string, Array<{ key: string; label: string }>> = {
  'too-short': [{ key: 'minWords', label: 'Minimum words' }],
  'no-milestones': [
    { key: 'largeBudget', label: 'Large job from (budget)' },
    { key: 'longWeeks', label: 'Long job from (weeks)' },
  ],
};

export function BuiltInChecks({ loaded, locked, save }: SectionProps) {
  const { rules } = loaded.settings;
  const policyRules = loaded.policy.rules;
  return (
    <section aria-labelledby="builtins">
      <h2 id="builtins">Built-in checks</h2>
      <table>
        <tbody>
          {BUILT_IN_RULES.map(({ meta }) => {
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
                    <input type="checkbox" checked={setting.enabled !== false} disabled={isLocked} onChange={(e) => void update({ enabled: e.currentTarget.checked })} /> <strong>{meta.id}</strong>
                    {isLocked ? ' 🔒' : ''}
                  </label>
                  <div class="why">{meta.description}</div>
                </td>
                <td>
                  <select aria-label={`Level of ${meta.id}`} disabled={isLocked} value={setting.level ?? meta.level} onChange={(e) => void update({ level: e.currentTarget.value as Level })}>
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
          })}
        </tbody>
      </table>
    </section>
  );
}
