/** Writes the first-word key and first-character tables for the built-in checks: `npm run gen:word-keys`. */
import { writeFileSync } from 'node:fs';
import { renderTable, TABLE_FILE, tabulate } from './word-keys-table';

const table = tabulate();
writeFileSync(TABLE_FILE, renderTable(table));
console.log(`wrote ${table.words.size} patterns' first-word keys and ${table.units.size} patterns' first characters to ${TABLE_FILE.pathname}`);
