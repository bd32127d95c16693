import { useState } from 'preact/hooks';
import type { CustomRuleDef } from '../core/custom';
import type { SectionProps } from './main';
import { RuleForm } from './RuleForm';

export function CustomRules({ loaded, locked, save }: SectionProps) {
  const [editing, setEditing] = useState<CustomRuleDef | 'new' | null>(null);
  const own = loaded.settings.customRules;
  const rows: Array<{ def: CustomRuleDef; managed: boolean }> = [
    ...loaded.managedRules.map((def) => ({ def, managed: true })),
    ...own.filter((r) => !locked.has(r.id)).map((def) => ({ def, managed: false })),
  ];
  const setting = (id: string) => (locked.has(id) ? loaded.policy.rules[id] : loaded.settings.rules[id]) ?? {};

  return (
    <section aria-labelledby="custom">
      <h2 id="custom">Custom rules</h2>
      {rows.length === 0 && <p class="why">No custom rules yet. Add phrases to avoid, preferred wording, things every post must mention, "if A then B", or limits.</p>}
      <table>
        <tbody>
          {rows.map(({ def, managed }) => (
            <tr key={def.id} data-custom-rule={def.id} class={managed ? 'locked' : ''}>
              <td>
                <label>
                  <input
                    type="checkbox"
                    checked={setting(def.id).enabled !== false}
                    disabled={managed}
                    onChange={(e) => void save((s) => {
                      s.rules[def.id] = { ...s.rules[def.id], enabled: e.currentTarget.checked };
                    })}
                  />{' '}
                  <strong>{def.id}</strong> {managed && <span title="Set by your organisation">🔒</span>}
                </label>{' '}
                <span class="custom-tag">{def.kind}</span> <span class={`level ${def.level}`}>{def.level}</span>
                <div class="why">{def.message}</div>
              </td>
              <td>
                {!managed && (
                  <div class="row">
                    <button type="button" onClick={() => setEditing(def)}>
                      Edit
                    </button>
                    <button
                      type="button"
                      aria-label={`Delete ${def.id}`}
                      onClick={() => void save((s) => {
                        s.customRules = s.customRules.filter((r) => r.id !== def.id);
                        delete s.rules[def.id];
                      })}
                    >
                      Delete
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <RuleForm
          initial={editing === 'new' ? undefined : editing}
          existingIds={[...own.map((r) => r.id), ...loaded.managedRules.map((r) => r.id)]}
          onCancel={() => setEditing(null)}
          onSave={(def) => {
            const replacing = editing === 'new' ? null : editing.id;
            void save((s) => {
              const rest = s.customRules.filter((r) => r.id !== replacing && r.id !== def.id);
              s.customRules = [...rest, def];
            }).then(() => setEditing(null));
          }}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          Add a custom rule
        </button>
      )}
    </section>
  );
}
