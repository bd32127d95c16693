/**
 * clearbrief — check job posts from the command line, on the same engine as the extension.
 *
 *   clearbrief check post.txt [--title "…"] [--format text|json] [--fail-on error|warning|suggestion|none]
 *   clearbrief check -                      read the post from standard input
 *   clearbrief check --jsonl drafts.jsonl   one {id, title, description, fields} per line → one result per line
 *   clearbrief restructure post.txt         the post laid out under the headings of a good post
 *
 * Exit status: 0 clean, 1 a finding at or above --fail-on, 2 bad input or usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, LEVELS, restructure, type Analysis, type Draft, type Level } from '../core';
import { formatText } from './format';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  color: boolean;
}

const USAGE = `Usage: clearbrief check [FILE|-] [--title TEXT] [--format text|json] [--jsonl FILE] [--fail-on LEVEL]
       clearbrief restructure [FILE|-]

  check           the findings, the checklist and the score
  restructure     the post laid out under the headings of a good post: every sentence kept, moved
                  under the heading it satisfies, a bracketed prompt under each heading still empty

  FILE            a job post as plain text; "-" or nothing reads standard input
  --title TEXT    the post's title
  --format F      text (default) or json (the engine's result)
  --jsonl FILE    JSON Lines of drafts {id, title, description, fields}; one result per line ("-" for stdin)
  --fail-on L     exit 1 when a finding at or above L exists: error (default), warning, suggestion, none`;

class UsageError extends Error {}
/** Bad input (unreadable file, invalid JSON): a clear message, no usage text. */
class InputError extends Error {}

const SEVERITY: Record<Level, number> = { error: 3, warning: 2, suggestion: 1 };

function failsAt(analysis: Analysis, failOn: Level | 'none'): boolean {
  if (failOn === 'none') return false;
  return analysis.findings.some((f) => SEVERITY[f.level] >= SEVERITY[failOn]);
}

function readInput(path: string | undefined, io: Io): string {
  if (path === undefined || path === '-') return io.readStdin();
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message}`);
  }
}

/** Parse one JSON Lines draft; a line that is not a draft is reported by number, never guessed at. */
function parseDraftLine(line: string, n: number): { id: unknown; draft: Draft } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new InputError(`invalid JSON on line ${n}: ${(err as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(`line ${n} is not a JSON object`);
  const v = value as Record<string, unknown>;
  if (typeof v.description !== 'string') throw new InputError(`line ${n} has no "description" string`);
  if (v.title !== undefined && typeof v.title !== 'string') throw new InputError(`line ${n}: "title" must be a string`);
  return { id: v.id ?? n, draft: { title: v.title as string | undefined, description: v.description, fields: v.fields as Draft['fields'] } };
}

export function run(argv: string[], io: Io): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        format: { type: 'string', default: 'text' },
        jsonl: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const [command, file, ...extra] = positionals;
    if (command !== 'check' && command !== 'restructure') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    if (extra.length) throw new UsageError(`one file at a time (got ${extra.length + 1})`);
    if (command === 'restructure') {
      // (one post in, one post out: JSON Lines would otherwise be silently ignored and stdin read instead)
      if (values.jsonl !== undefined) throw new UsageError('restructure reads one post (FILE or "-"); --jsonl is for check');
      const out = restructure({ description: readInput(file, io) });
      io.stdout(out.description);
      // (on stderr: standard output is the post, ready to save; what was left out is said beside it)
      if (out.truncated) io.stderr(out.truncated.note);
      if (out.replacedHeadings.length) io.stderr(`Left out, as the new headings replace them: ${out.replacedHeadings.map((h) => `"${h}"`).join(', ')}`);
      return 0;
    }
    const failOn = values['fail-on'];
    if (failOn !== 'none' && !(LEVELS as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${LEVELS.join(', ')}, none`);
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format must be text or json');

    if (values.jsonl !== undefined) {
      const lines = readInput(values.jsonl, io).split('\n');
      let failed = false;
      lines.forEach((line, i) => {
        if (!line.trim()) return;
        const { id, draft } = parseDraftLine(line, i + 1);
        const analysis = analyze(draft);
        failed ||= failsAt(analysis, failOn as Level | 'none');
        io.stdout(JSON.stringify({ id, ...analysis }));
      });
      return failed ? 1 : 0;
    }

    const description = readInput(file, io);
    const title = values.title ?? '';
    const analysis = analyze({ title, description });
    if (values.format === 'json') io.stdout(JSON.stringify(analysis, null, 2));
    else io.stdout(formatText(file && file !== '-' ? file : '<stdin>', analysis, { title, description }, io.color));
    return failsAt(analysis, failOn as Level | 'none') ? 1 : 0;
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`clearbrief: ${err.message}`);
      return 2;
    }
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`clearbrief: ${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(`${s}\n`),
    stderr: (s) => process.stderr.write(`${s}\n`),
    readStdin: () => readFileSync(0, 'utf8'),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  });
}
