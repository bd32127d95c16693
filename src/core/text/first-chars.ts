/**
 * Where a pattern that starts at a symbol can match: "$" or "€" of a price, "+" of a phone
 * number, "(" of "(3-5 years)", the digits of "09:00-17:00 EST". The word index (`word-index.ts`)
 * cannot see these, and a plain scan visits every position of the text: about 1 µs per corpus post
 * for each such pattern group, six of them among the built-in checks. A pattern
 * whose first character is one of a few symbols or digits is tried only where `indexOf` finds one
 * (it searches with memchr, far faster than the regex engine stepping through the text).
 */
import { sortInPlace } from '../sort';
import { type AstNode, parsePattern } from './word-keys';

/** More first characters than this and the pattern is scanned the plain way. */
const MAX_UNITS = 12;

class Unknown extends Error {}

/** What a piece of a pattern can start with, and whether it can match nothing (so what follows may start the match). */
interface Start {
  units: Set<number>;
  empty: boolean;
}

/**
 * The code units a non-empty match of `source` must start with, or null when that is not a few
 * symbols and digits: a letter or a space (the word index's business, or too common to help),
 * any character, or a match that may be empty.
 */
export function firstCodeUnits(source: string, flags: string): number[] | null {
  try {
    const start = startOf(parsePattern(source, flags));
    if (start.empty || start.units.size === 0 || start.units.size > MAX_UNITS) return null;
    const units = [...start.units].sort((a, b) => a - b);
    // A symbol with a case, "Ⓐ" (a circled letter is not a letter to Unicode), matches its other case under "i".
    if (flags.includes('i') && units.some((u) => hasCase(String.fromCharCode(u)))) return null;
    return units;
  } catch {
    // Unknown, or a syntax this walk does not know: the plain scan is always right, only slower.
    return null;
  }
}

function startOf(node: AstNode): Start {
  switch (node.type) {
    case 'alternative':
      return sequence(node.body);
    case 'disjunction': {
      const units = new Set<number>();
      let empty = false;
      for (const alternative of node.body) {
        const start = startOf(alternative);
        for (const unit of start.units) units.add(unit);
        empty ||= start.empty;
      }
      return { units, empty };
    }
    case 'group':
      // A lookaround or boundary matches nothing: the character after it starts the match.
      return node.behavior === 'normal' || node.behavior === 'ignore' ? sequence(node.body) : { units: new Set(), empty: true };
    case 'anchor':
      return { units: new Set(), empty: true };
    case 'quantifier': {
      const start = startOf(node.body[0]!);
      return { units: start.units, empty: start.empty || node.min === 0 };
    }
    case 'value':
      return { units: new Set([symbolOrDigit(node.codePoint)]), empty: false };
    case 'characterClass': {
      if (node.negative) throw new Unknown();
      const units = new Set<number>();
      for (const member of node.body) {
        if (member.type === 'value') units.add(symbolOrDigit(member.codePoint));
        else if (member.type === 'characterClassRange' && member.max.codePoint - member.min.codePoint < MAX_UNITS) {
          for (let cp = member.min.codePoint; cp <= member.max.codePoint; cp++) units.add(symbolOrDigit(cp));
        } else if (member.type === 'characterClassEscape' && member.value === 'd') digits(units);
        else throw new Unknown();
      }
      return { units, empty: false };
    }
    case 'characterClassEscape':
      if (node.value !== 'd') throw new Unknown();
      return { units: digits(new Set()), empty: false };
    default:
      // dot, back-reference, Unicode property: any character.
      throw new Unknown();
  }
}

function sequence(body: readonly AstNode[]): Start {
  const units = new Set<number>();
  for (const child of body) {
    const start = startOf(child);
    for (const unit of start.units) units.add(unit);
    if (!start.empty) return { units, empty: false };
  }
  return { units, empty: true };
}

function hasCase(ch: string): boolean {
  return ch.toLowerCase() !== ch || ch.toUpperCase() !== ch;
}

function digits(units: Set<number>): Set<number> {
  for (let d = 48; d <= 57; d++) units.add(d);
  return units;
}

/**
 * A first character the search can look for: a symbol or digit in the Basic Multilingual Plane.
 * Letters are left to the word index (and "i" would add their other case), spaces are everywhere.
 */
function symbolOrDigit(codePoint: number): number {
  const digit = codePoint >= 48 && codePoint <= 57;
  if (codePoint > 0xffff || (!digit && /[\p{L}\p{N}_\s]/u.test(String.fromCharCode(codePoint)))) throw new Unknown();
  return codePoint;
}

/**
 * The offsets in `text` of any of `units`, ascending; null when there are more than one per
 * `sparse` characters, where trying the pattern at each would cost more than a plain scan (a table
 * of figures, for a pattern that starts at a digit): a try costs about what a plain scan of 50 to
 * 100 characters does.
 */
export function offsetsOf(text: string, units: readonly string[], sparse = 64): number[] | null {
  const limit = Math.max(16, text.length / sparse);
  const offsets: number[] = [];
  for (const unit of units) {
    for (let at = text.indexOf(unit); at !== -1; at = text.indexOf(unit, at + 1)) {
      if (offsets.push(at) > limit) return null;
    }
  }
  // Each unit's offsets come in order; more than one unit needs a merge.
  if (units.length > 1) sortInPlace(offsets, (a, b) => a - b);
  return offsets;
}
