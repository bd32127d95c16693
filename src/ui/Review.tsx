import type { Analysis, Finding } from '../core';

const LEVEL_LABEL = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' } as const;

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li class={`finding ${finding.level}`} data-rule={finding.ruleId}>
      <span class="level">{LEVEL_LABEL[finding.level]}</span> {finding.message}
      {finding.actual ? <q class="actual">{finding.actual}</q> : null}
      <p class="why">{finding.why}</p>
      {finding.suggestions.length > 0 && (
        <ul class="suggestions" aria-label="Suggested rewrites">
          {finding.suggestions.map((s, i) => (
            <li key={i}>
              <span class="label">{s.label}</span>
              {s.text ? <pre>{s.text}</pre> : null}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The whole review of a draft: score, checklist with evidence, findings. */
export function Review({ analysis }: { analysis: Analysis }) {
  return (
    <section class="review" aria-label="Review of the job post">
      <p class="score" role="status">
        Score <strong data-testid="score">{analysis.score.value}</strong>/100 · {analysis.findings.length} findings
      </p>
      {analysis.truncated ? <p class="note">{analysis.truncated.note}</p> : null}
      <h2>Checklist</h2>
      <ul class="checklist">
        {analysis.checklist.map((item) => (
          <li key={item.section} class={item.status} data-section={item.section}>
            <span aria-hidden="true">{item.status === 'met' ? '✓' : '○'}</span> {item.label}{' '}
            <span class="points">{item.status === 'met' ? `+${item.points}` : `(+${item.points} if added)`}</span>
            {item.evidence.length > 0 && (
              <span class="evidence"> — {item.evidence.map((e) => `“${e.text}”`).join(', ')}</span>
            )}
          </li>
        ))}
      </ul>
      <h2>Findings</h2>
      <ul class="findings">
        {analysis.findings.map((f, i) => (
          <FindingItem key={`${f.ruleId}-${i}`} finding={f} />
        ))}
      </ul>
    </section>
  );
}
