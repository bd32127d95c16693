/**
 * Rule packs: export all or selected custom rules as a versioned JSON file; import one with every
 * problem named and nothing imported on error, unless the user chooses to import the valid rules;
 * clashing ids ask whether to replace or keep both.
 */
import { useState } from 'preact/hooks';
import { clashes, exportPack, mergeRules, parsePack, type ClashChoice, type CustomRuleDef, type ParsedPack } from '../core/custom';
import { checkPattern } from '../core/custom/pattern-safety';
import type { SectionProps } from './main';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Packs({ loaded, save }: SectionProps) {
  const own = loaded.settings.customRules;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [parsed, setParsed] = useState<(ParsedPack & { fileName: string }) | null>(null);
  const [pending, setPending] = useState<CustomRuleDef[] | null>(null);
  const [status, setStatus] = useState('');

  const exportRules = (rules: CustomRuleDef[]) => download(`clearbrief-rules-${new Date().toISOString().slice(0, 10)}.json`, exportPack(rules));

  const commit = async (rules: CustomRuleDef[], choice: ClashChoice) => {
    await save((s) => {
      s.customRules = mergeRules(s.customRules, rules, choice);
    });
    setStatus(`Imported ${rules.length} rule${rules.length === 1 ? '' : 's'}.`);
    setParsed(null);
    setPending(null);
  };

  const importRules = (rules: CustomRuleDef[]) => {
    if (clashes(own, rules).length) setPending(rules);
    else void commit(rules, 'replace');
  };

  const onFile = async (file: File) => {
    setStatus('');
    const result = parsePack(await file.text(), checkPattern);
    setParsed({ ...result, fileName: file.name });
    if (!result.fatal && result.problems.length === 0) importRules(result.valid);
  };

  return (
    <section aria-labelledby="packs">
      <h2 id="packs">Rule packs</h2>
      <div class="row">
        <button type="button" disabled={own.length === 0} onClick={() => exportRules(own)}>
          Export all custom rules
        </button>
        <button type="button" disabled={selected.size === 0} onClick={() => exportRules(own.filter((r) => selected.has(r.id)))}>
          Export selected ({selected.size})
        </button>
        <label class="row">
          Import a pack: <input type="file" accept=".json,application/json" data-testid="import-pack" onChange={(e) => e.currentTarget.files?.[0] && void onFile(e.currentTarget.files[0])} />
        </label>
      </div>
      {own.length > 0 && (
        <fieldset>
          <legend>Select rules to export</legend>
          {own.map((r) => (
            <label key={r.id} class="row">
              <input
                type="checkbox"
                checked={selected.has(r.id)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.currentTarget.checked) next.add(r.id);
                  else next.delete(r.id);
                  setSelected(next);
                }}
              />
              {r.id}
            </label>
          ))}
        </fieldset>
      )}
      {parsed && parsed.problems.length > 0 && (
        <div class="problems" role="alert" data-testid="import-problems">
          <p>
            <strong>{parsed.fileName}</strong> {parsed.fatal ? 'cannot be imported' : `has ${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}; nothing was imported`}:
          </p>
          <ul>
            {parsed.problems.map((p, i) => (
              <li key={i}>
                <code>{p.ruleId}</code> · {p.field}: {p.message}
              </li>
            ))}
          </ul>
          {!parsed.fatal && parsed.valid.length > 0 && (
            <div class="row">
              <button type="button" onClick={() => importRules(parsed.valid)}>
                Import only the {parsed.valid.length} valid rule{parsed.valid.length === 1 ? '' : 's'}
              </button>
              <button type="button" onClick={() => setParsed(null)}>
                Cancel
              </button>
            </div>
          )}
        </div>
      )}
      {pending && (
        <div class="note" role="alertdialog" aria-label="Rules with the same id" data-testid="import-clash">
          <p>These ids already exist: {clashes(own, pending).join(', ')}.</p>
          <div class="row">
            <button type="button" onClick={() => void commit(pending, 'replace')}>
              Replace the existing rules
            </button>
            <button type="button" onClick={() => void commit(pending, 'keep-both')}>
              Keep both (rename the imported ones)
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
