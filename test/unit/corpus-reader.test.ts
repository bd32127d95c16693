import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonl } from '../../scripts/corpus';

describe('readJsonl (the reader behind eval and bench)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearbrief-jsonl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every row and skips blank lines', () => {
    const file = join(dir, 'good.jsonl');
    writeFileSync(file, '{"id":"a"}\n\n{"id":"b"}\n');
    expect(readJsonl<{ id: string }>(file).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('names the file and line of a row that is not JSON', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":"a"}\n{bad\n');
    expect(() => readJsonl(file)).toThrow(`${file}, line 2: not valid JSON`);
  });
});
