/** Writes the first-word key table for the built-in checks: `npm run gen:word-keys`. */
import { writeFileSync } from 'node:fs';
import { renderTable, TABLE_FILE, tabulate } from './word-keys-table';

const table = tabulate();
writeFileSync(TABLE_FILE, renderTable(table));
console.log(`wrote ${table.size} patterns' keys to ${TABLE_FILE.pathname}`);
