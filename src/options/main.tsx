/** Options page: turn built-in checks on or off and set their level. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_RULES, LEVELS, type Level } from '../core';
import browser from 'webextension-polyfill';
import { loadSettings, saveSettings, type Settings } from '../shared/settings';
import '../ui/base.css';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings(browser.storage.sync).then(setSettings);
  }, []);
  if (!settings) return <p role="status">Loading…</p>;

  const update = (id: string, change: { enabled?: boolean; level?: Level }) => {
    const next: Settings = { ...settings, rules: { ...settings.rules, [id]: { ...settings.rules[id], ...change } } };
    setSettings(next);
    void saveSettings(browser.storage.sync, next);
  };

  return (
    <main>
      <h1>ClearBrief options</h1>
      <h2>Built-in checks</h2>
      <ul>
        {BUILT_IN_RULES.map(({ meta }) => {
          const setting = settings.rules[meta.id] ?? {};
          return (
            <li key={meta.id} data-rule={meta.id}>
              <label>
                <input type="checkbox" style={{ width: 'auto' }} checked={setting.enabled !== false} onChange={(e) => update(meta.id, { enabled: e.currentTarget.checked })} />{' '}
                <strong>{meta.id}</strong>
              </label>{' '}
              <select aria-label={`Level of ${meta.id}`} value={setting.level ?? meta.level} onChange={(e) => update(meta.id, { level: e.currentTarget.value as Level })}>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
              <p class="why">{meta.description}</p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
