import type { FindingRule, RuleHit } from '../rule';
import { scan } from '../text/match';
import { rx } from '../text/vocab';

/**
 * Clearly different trades. Engineering specialties (AI, mobile, backend) are one profession;
 * it takes design + development + marketing + video + writing to make a one-stop shop.
 */
const TRADES: ReadonlyArray<[string, RegExp]> = [
  ['design', rx(String.raw`\b(?:graphic design\w*|logo design\w*|ui/ux|ux/ui|ui design\w*|ux design\w*|branding|illustrat(?:ion|or)s?|visual design\w*)\b`)],
  ['development', rx(String.raw`\b(?:web development|software development|develop(?:er|ment) of|full[- ]stack|front[- ]end|back[- ]end|programming|coding|web developer|app developer|mobile development|wordpress develop\w*)\b`)],
  ['marketing', rx(String.raw`\b(?:seo|digital marketing|social media (?:marketing|management|manager)|ppc|google ads|facebook ads|email marketing|growth marketing|paid ads|lead generation)\b`)],
  ['video', rx(String.raw`\b(?:video edit\w*|video production|videograph\w*|motion graphics|animation|animator)\b`)],
  ['writing', rx(String.raw`\b(?:copywriting|copywriter|content writ\w*|blog writ\w*|article writ\w*|ghostwrit\w*|technical writ\w*)\b`)],
  ['photography', rx(String.raw`\b(?:photograph(?:y|er)|photo shoots?|product photos?)\b`)],
  ['accounting', rx(String.raw`\b(?:bookkeep\w*|accounting|accountant|tax (?:returns?|filing))\b`)],
  ['translation', rx(String.raw`\b(?:translat(?:ion|or)s?|interpret(?:ing|er))\b`)],
  ['sales', rx(String.raw`\b(?:cold call\w*|sales (?:rep|representative|calls)|appointment setting)\b`)],
];

export const oneStopShop: FindingRule = {
  type: 'finding',
  meta: {
    id: 'one-stop-shop',
    level: 'warning',
    description: 'Flags a post that expects one freelancer to cover three or more different professions.',
    why: 'Few people are good at three trades; the post attracts generalists who are weak at most of them, and specialists skip it.',
    seeds: '002 "Expecting a One-Stop-Shop"',
    messages: { default: 'One freelancer is asked to cover {{count}} trades ({{trades}}): split the work or hire a team.' },
  },
  check: ({ doc }) => {
    const found: Array<[string, RuleHit]> = [];
    for (const [trade, re] of TRADES) {
      const [hit] = scan(doc, [re], { limit: 1 });
      if (hit) found.push([trade, { part: hit.part, range: hit.range }]);
    }
    if (found.length < 3) return [];
    const trades = found.map(([t]) => t).join(', ');
    return found.map(([, hit]) => ({
      ...hit,
      data: { count: String(found.length), trades },
      insert: { label: 'Split into separate posts', text: 'This post covers [trade] only; [other trades] will be separate posts.' },
    }));
  },
  examples: {
    fire: [
      {
        description: 'You will do the graphic design, the web development, SEO and video editing for our launch.',
        flags: ['graphic design', 'web development', 'SEO', 'video editing'],
      },
    ],
    pass: [
      { description: 'Full-stack developer: React front-end, Node back-end, SQL.' },
      { description: 'Logo design and branding for a bakery.' },
    ],
  },
};
