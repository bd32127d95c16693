/**
 * The review of a whole draft, shared by the popup's page review and its paste box: the score
 * with the points each fix would earn (highest first), the checklist with the evidence for each
 * tick, and every finding grouped by level with its reason and rewrites.
 */
import { analysisNotes, BUILT_IN_RULES, groupRepeats, shownRewrite, type Analysis, type ChecklistItem, type Evidence, type Finding, type Level, type ScoreLine, type Suggestion } from '../core';

export interface ReviewActions {
  apply(finding: Finding, suggestion: Suggestion): void;
  /** Show where a finding or evidence is in the page's field (absent for pasted text). */
  reveal?(target: { part: 'title' | 'description'; start: number; end: number }): void;
}

const LEVEL_TITLE: Record<Level, string> = { error: 'Errors', warning: 'Warnings', suggestion: 'Suggestions' };

/** A check's name for people ("Price as the only criterion"); a custom rule goes by its id. */
const NAME_OF = new Map(BUILT_IN_RULES.map((r) => [r.meta.id, r.meta.name]));

/** A score line as a person reads it: "fix Price as the only criterion ×2", "add Deliverables". */
function fixLabel(line: ScoreLine): string {
  if (line.count === undefined) return `add ${line.label}`;
  return `fix ${NAME_OF.get(line.id) ?? line.id}${line.count > 1 ? ` ×${line.count}` : ''}`;
}

function EvidenceItem({ evidence, reveal }: { evidence: Evidence; reveal?: ReviewActions['reveal'] }) {
  if ('field' in evidence) return <span class="evidence">{evidence.field} field: “{evidence.text}”</span>;
  const quote = `“${evidence.text.length > 50 ? `${evidence.text.slice(0, 47)}…` : evidence.text}”`;
  // A sentence a learned judgement chose is not a phrase that matched: say so.
  const label = evidence.judged ? `judged from the wording, e.g. ${quote}` : quote;
  return reveal ? (
    <button type="button" class="link evidence" title="Show in the page" onClick={() => reveal({ part: evidence.part, start: evidence.range.start, end: evidence.range.end })}>
      {label}
    </button>
  ) : (
    <span class="evidence">{label}</span>
  );
}

function ChecklistRow({ item, reveal }: { item: ChecklistItem; reveal?: ReviewActions['reveal'] }) {
  return (
    <li class={`check ${item.status}`} data-section={item.section}>
      <span aria-hidden="true">{item.status === 'met' ? '✓' : '○'}</span> <strong>{item.label}</strong>{' '}
      <span class="points">{item.status === 'met' ? `+${item.points}` : `missing (+${item.points})`}</span>
      {item.evidence.length > 0 && (
        <div class="evidence-list">
          {item.evidence.map((e, i) => (
            <EvidenceItem key={i} evidence={e} reveal={reveal} />
          ))}
        </div>
      )}
    </li>
  );
}

/** A "show" link to a finding's place in the page; with several places, each is named by its text. */
function ShowPlace({ place, named, reveal }: { place: Finding; named: boolean; reveal?: ReviewActions['reveal'] }) {
  if (!place.range || !place.part || !reveal) return named && place.actual ? <span class="place">“{place.actual}”</span> : null;
  const { part, range } = place;
  return (
    <button type="button" class="link place" title="Show in the page" onClick={() => reveal({ part, start: range.start, end: range.end })}>
      {named && place.actual ? `“${place.actual}”` : 'show'}
    </button>
  );
}

function FindingRow({ finding, places, actions }: { finding: Finding; places: Finding[]; actions: ReviewActions }) {
  const named = places.length > 1;
  return (
    <li class={`finding ${finding.level}`} data-rule={finding.ruleId}>
      <div>
        {finding.custom && <span class="custom-tag">custom</span>} {finding.message}{' '}
        {places.map((place, i) => (
          <ShowPlace key={i} place={place} named={named} reveal={actions.reveal} />
        ))}
      </div>
      <p class="why">{finding.why}</p>
      {finding.suggestions.length > 0 && (
        <div class="suggestions" role="group" aria-label="Rewrites">
          {finding.suggestions.map((s, i) => (
            <button key={i} type="button" class="rewrite" data-testid="popup-rewrite" onClick={() => actions.apply(finding, s)}>
              {s.kind === 'insert' ? s.label : <RewriteText text={shownRewrite(s)} label={s.label} />}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

export function Review({ analysis, actions }: { analysis: Analysis; actions: ReviewActions }) {
  // Far below 0 the score is held at 0, and no single fix would move it: then each fix is shown
  // with what it adds to the total, and how far the total has to rise.
  const below = -analysis.score.lines.reduce((sum, l) => sum + l.points, 0);
  const worth = (l: ScoreLine) => (below > 0 ? l.worth : l.gain);
  const gains = analysis.score.lines.filter((l) => worth(l) > 0).sort((a, b) => worth(b) - worth(a));
  return (
    <section class="review" aria-label="Review of the job post">
      <p class="score" role="status">
        <strong data-testid="score">{analysis.score.value}</strong>
        <span class="points">/100 · {analysis.findings.length} findings</span>
      </p>
      {analysisNotes(analysis).map((note) => (
        <p class="note">{note}</p>
      ))}
      {gains.length > 0 && (
        <details open>
          <summary>What each fix is worth</summary>
          {below > 0 && (
            <p class="note" data-testid="below-zero">
              The draft is {below} points below 0, so the score shows 0. Each fix adds the points shown; the score rises once they add up to more than {below}.
            </p>
          )}
          <ul class="gains" data-testid="gains">
            {gains.map((l) => (
              <li key={l.id}>
                <span class="gain">+{worth(l)}</span> {fixLabel(l)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h2>Checklist</h2>
      <ul class="checklist">
        {analysis.checklist.map((item) => (
          <ChecklistRow key={item.section} item={item} reveal={actions.reveal} />
        ))}
      </ul>
      {(['error', 'warning', 'suggestion'] as const).map((level) => {
        const list = groupRepeats(analysis.findings.filter((f) => f.level === level));
        return list.length ? (
          <div key={level}>
            <h2>
              {LEVEL_TITLE[level]} ({list.length})
            </h2>
            <ul class="findings">
              {list.map(({ finding, places }, i) => (
                <FindingRow key={`${finding.ruleId}-${i}`} finding={finding} places={places} actions={actions} />
              ))}
            </ul>
          </div>
        ) : null;
      })}
    </section>
  );
}

/** A rewrite's text as it reads in place, or its label when it leaves nothing to read (a removal). */
function RewriteText({ text, label }: { text: string; label: string }) {
  return text ? <code>{text}</code> : <>{label}</>;
}
