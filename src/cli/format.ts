import { analysisNotes, groupRepeats, shownRewrite, type Analysis, type Finding, type Level } from '../core';

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const LEVEL_WIDTH = 10;

function where(finding: Finding, texts: { title: string; description: string }): string {
  if (!finding.range || !finding.part) return 'post';
  const { line, column } = lineColumn(texts[finding.part], finding.range.start);
  return finding.part === 'title' ? `title:${column}` : `${line}:${column}`;
}

/** The report a person reads: findings with place and rewrite, then the checklist and the score. */
export function formatText(name: string, analysis: Analysis, texts: { title: string; description: string }, color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const levelColor: Record<Level, string> = { error: '31', warning: '33', suggestion: '36' };
  const out: string[] = [paint('1', name)];
  for (const { finding: f, places } of groupRepeats(analysis.findings)) {
    out.push(`  ${where(f, texts).padEnd(9)} ${paint(levelColor[f.level], f.level.padEnd(LEVEL_WIDTH))} ${f.message}  ${paint('2', f.ruleId)}`);
    if (places.length > 1) out.push(`  ${' '.repeat(9)} ${paint('2', `also at ${places.slice(1).map((p) => where(p, texts)).join(', ')}`)}`);
    const rewrite = f.suggestions[0];
    if (rewrite) {
      const text = rewrite.text.includes('\n') ? `\n${rewrite.text.replace(/^/gm, '              ')}` : rewrite.kind === 'edit' && !shownRewrite(rewrite) ? '' : ` "${rewrite.kind === 'edit' ? shownRewrite(rewrite) : rewrite.text}"`;
      out.push(`  ${' '.repeat(9)} ${paint('2', '→')} ${rewrite.label}:${text}`);
    }
  }
  for (const note of analysisNotes(analysis)) out.push(`  note: ${note}`);
  out.push('', '  Checklist:');
  for (const item of analysis.checklist) {
    const mark = item.status === 'met' ? paint('32', '✓') : paint('2', '○');
    const evidence = item.evidence[0];
    const judged = evidence && 'judged' in evidence ? ' (judged from the wording as a whole)' : '';
    const why = evidence ? ` — "${evidence.text}"${judged}` : item.status === 'missing' ? ` (+${item.points} if added)` : '';
    out.push(`    ${mark} ${item.label}${why}`);
  }
  const counts = (['error', 'warning', 'suggestion'] as const).map((l) => {
    const n = analysis.findings.filter((f) => f.level === l).length;
    return `${n} ${l}${n === 1 ? '' : 's'}`;
  });
  out.push('', `  Score ${paint('1', String(analysis.score.value))}/100 · ${counts.join(', ')}`);
  return out.join('\n');
}
