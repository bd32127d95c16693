/**
 * Options page: built-in checks (on/off, level, thresholds), custom rules with a live test,
 * rule packs, and the sites ClearBrief runs on. Team-policy settings are shown locked.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lockedIds } from '../shared/managed';
import { onSettingsChange, readSettings, writeSettings, type ExtensionSettings } from '../shared/extension-settings';
import type { Settings } from '../shared/settings';
import { BuiltInChecks } from './BuiltInChecks';
import { CustomRules } from './CustomRules';
import { Packs } from './Packs';
import { Sites } from './Sites';
import '../ui/base.css';
import './options.css';

export interface SectionProps {
  loaded: ExtensionSettings;
  locked: Set<string>;
  /** Apply a change to the latest settings and save; returns when stored. */
  save(change: (s: Settings) => void): Promise<void>;
}

function Options() {
  const [loaded, setLoaded] = useState<ExtensionSettings | null>(null);
  const [storedLocally, setStoredLocally] = useState(false);
  const reload = () => void readSettings().then((s) => {
    setLoaded(s);
    setStoredLocally(s.customRulesStoredLocally);
  });
  useEffect(() => {
    reload();
    onSettingsChange(reload);
  }, []);
  if (!loaded) return <p role="status">Loading…</p>;

  const save = async (change: (s: Settings) => void) => {
    // Change the latest stored settings, not this page's snapshot: the popup or a tab may have written since.
    const latest = await readSettings();
    const next = structuredClone(latest.settings);
    change(next);
    const result = await writeSettings(next);
    setStoredLocally(result.customRulesStoredLocally);
    reload();
  };
  const props: SectionProps = { loaded, locked: lockedIds(loaded.policy), save };

  return (
    <main>
      <h1>ClearBrief options</h1>
      {loaded.problems.length > 0 && (
        <div class="note warning" role="alert" data-testid="settings-problems">
          <strong>Some stored settings could not be used and were reset:</strong>
          <ul>{loaded.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {storedLocally && (
        <p class="note" role="status" data-testid="stored-locally">
          Your custom rules are larger than browser sync allows for one item (8 KB), so they are kept on this device only and will not sync to your other browsers.
        </p>
      )}
      {props.locked.size > 0 && <p class="note">Settings marked 🔒 are set by your organisation and cannot be changed here.</p>}
      <BuiltInChecks {...props} />
      <CustomRules {...props} />
      <Packs {...props} />
      <Sites {...props} />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
