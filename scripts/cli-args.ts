/** The value after a flag on the command line: `arg('--set')` for `npm run eval -- --set B`; undefined when absent. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}
