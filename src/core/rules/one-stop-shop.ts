import type { FindingRule, RuleExamples, RuleHit } from '../rule';
import type { Doc } from '../text/doc';
import { BOTH, forEachMatch } from '../text/match';
import { rx } from '../text/vocab';

/** A trade's practices that a build follows ("SEO best practices", "UI/UX principles", "SEO-friendly code"): knowledge
 * asked of the one trade, not a second trade's work. */
const NOT_KNOWLEDGE = String.raw`(?![ \t]+(?:best[ \t]+)?(?:practices|principles|guidelines|standards)\b)`;

/**
 * Clearly different trades. Engineering specialties (AI, mobile, backend) are one profession;
 * it takes design + development + marketing + video + writing to make a one-stop shop.
 */
const TRADES: ReadonlyArray<[string, string]> = [
  ['design', String.raw`graphic design\w*|logos?(?=[ \t]*(?:,|&|and\b|or\b))(?<=(?:,|&|\band|\bor)[ \t]*logos?)|logo(?<=\b(?:design|create|make|do)[ \t]+(?:our|my|the|a|an)[ \t]+(?:new[ \t]+)?logo)|logo(?<=\b(?:an?|our|my)[ \t]+new[ \t]+logo)(?<!\b(?:have|has|had|got|designed|made|created|launched)[ \t]+(?:an?|our|my)[ \t]+new[ \t]+logo)|logo design\w*|(?:ui/ux|ux/ui)${NOT_KNOWLEDGE}|ui design\w*|ux design\w*|branding|illustrat(?:ion|or)s?|visual design\w*|(?:flyers?|posters?|brochures?|business cards?|banners?|menus?)(?<=\bdesign[ \t]+(?:(?:our|my|the|a|an|some|new|\d+)[ \t]+)?(?:[\w-]+[ \t]+)?(?:flyers?|posters?|brochures?|business cards?|banners?|menus?))`],
  ['development', String.raw`web development|software development|develop(?:er|ment) of (?:an? )?(?:apps?|software|websites?|web apps?|mobile apps?|plugins?|games?)|full[- ]stack|front[- ]end|back[- ]end|programming|coding|web developer|app developer|mobile development|wordpress develop\w*|(?:website|site|store)(?<=\b(?:fix|build|maintain|update|develop)[ \t]+(?:our|my|the|a|an)[ \t]+(?:new[ \t]+)?(?:wordpress|shopify|wix|squarespace|webflow|woocommerce)[ \t]+(?:website|site|store))|(?:website|site)(?<=\b(?:help with|fix|repair|maintain)[ \t]+(?:my|our)[ \t]+(?:website|site))(?!['’]s\b)|(?:website|web app|app)(?<=\b(?:build|develop|code)[ \t]+(?:our|my|the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:website|web app|app))(?=[ \t]+(?:in|with|using|on)[ \t]+(?:react|vue|angular|next\.?js|laravel|django|rails|node|flutter|wordpress|php|python)\b)`],
  ['marketing', String.raw`seo(?![- ]friendly\b)${NOT_KNOWLEDGE}|digital marketing|social media (?:marketing|management|manager)|social media (?:posts|content)(?<=\b(?:create|write|make|design|produce|plan|schedule)[ \t]+(?:[\w-]+[ \t]+){0,2}social media (?:posts|content))|social media(?<=\b(?:handle|manage|run|grow|look after)[ \t]+(?:our|my|the)[ \t]+social media)(?![ \t]+(?:accounts?[ \t]+)?(?:logins?|passwords?)\b)|ppc|google ads|facebook ads|email marketing|marketing emails?|growth marketing|paid ads|lead generation`],
  ['video', String.raw`video edit\w*|videos?(?<=\bedit[ \t]+(?:our|my|the|some|\d+)[ \t]+(?:[\w-]+[ \t]+){0,2}videos?|(?:\bto|\band|,|\byou(?: will|'ll)?|\balso|^|[.!?\n:;•*-])[ \t]*edit[ \t]+(?:[\w-]+[ \t]+){0,2}videos?)|video production|videograph\w*|motion graphics|animation|animator`],
  ['writing', String.raw`copywriting|copywriter|(?:blog posts?|articles)(?<=\bwrite[ \t]+(?:[\w-]+[ \t]+){0,2}(?:blog posts?|articles))|content writ\w*|blog writ\w*|article writ\w*|ghostwrit\w*|technical writ\w*`],
  ['photography', String.raw`photograph(?:y|er)|photo shoots?|product photos?`],
  ['accounting', String.raw`bookkeep\w*|accounting|accountant|tax (?:returns?|filing)`],
  // (not "interpreting data": analysts interpret too)
  ['translation', String.raw`translat(?:ion|or)s?|interpreters?|interpreting (?:services|for|between|from|into)`],
  ['sales', String.raw`cold call\w*|sales (?:rep|representative|calls)|appointment setting`],
];

/**
 * A trade that names an organisation or a product is the client's line of business or the thing to
 * build, not work asked of the freelancer: "We are a 12-person accounting firm", "our marketing
 * agency", "an SEO tool", "our social media scheduling app".
 */
const NOT_WORK = String.raw`(?![ \t]+(?:(?:web|mobile|saas|online|ai)[ \t]+)?(?:firms?|compan(?:y|ies)|agenc(?:y|ies)|studios?|practices?|business(?:es)?|office|department|teams?|clients?|software|platforms?|tools?|apps?|plugins?|services company|integrity|options?|settings|friendl\w*)\b)`;

/** One scan for all trades: pattern i is trade i. */
const TRADE_PATTERNS = TRADES.map(([, src]) => rx(String.raw`\b(?:${src})\b${NOT_WORK}`));

/** A choice among trades, not all of them: "a good portfolio in at least one of the areas such as copywriting, video, design". */
const ONE_OF_BEFORE = /\b(?:at least one|any one|any|one) of (?:the |these )?(?:following|areas|fields|disciplines|skills|trades)\b[^.!?\n]{0,60}$|\b(?:at least|any) one of\b[^.!?\n]{0,60}$|\beither\s+(?:[\w-]+\s+){0,3}$/i;

function firstMentionOfEachTrade(doc: Doc): Array<[string, RuleHit]> {
  const found = new Map<string, RuleHit>();
  for (const part of BOTH) {
    const text = doc.text(part);
    forEachMatch(text, TRADE_PATTERNS, ({ pattern, start, end }) => {
      const trade = TRADES[pattern]![0];
      if (found.has(trade) || ONE_OF_BEFORE.test(text.slice(Math.max(0, start - 70), start))) return;
      found.set(trade, { part, range: { start, end } });
    });
  }
  const inOrder: Array<[string, RuleHit]> = [];
  if (found.size > 0) for (const [trade] of TRADES) if (found.has(trade)) inOrder.push([trade, found.get(trade)!]);
  return inOrder;
}

export const oneStopShop: FindingRule = {
  type: 'finding',
  meta: {
    id: 'one-stop-shop',
    name: 'One person for many trades',
    level: 'warning',
    description: 'Flags a post that expects one freelancer to cover three or more different professions.',
    why: 'Few people are good at three trades; the post attracts generalists who are weak at most of them, and specialists skip it.',
    seeds: '002 "Expecting a One-Stop-Shop"',
    messages: { default: 'One freelancer is asked to cover {{count}} trades ({{trades}}): split the work or hire a team.' },
  },
  check: ({ doc }) => {
    const found = firstMentionOfEachTrade(doc);
    if (found.length < 3) return [];
    const trades = found.map(([t]) => t).join(', ');
    return found.map(([, hit]) => ({
      ...hit,
      data: { count: String(found.length), trades },
      insert: { label: 'Split into separate posts', text: 'This post covers [trade] only; [other trades] will be separate posts.' },
    }));
  },
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    {
      description: 'You will do the graphic design, the web development, SEO and video editing for our launch.',
      flags: ['graphic design', 'web development', 'SEO', 'video editing'],
    },
    // the trades asked as tasks: a logo to do, a site to build in a stack, videos to edit, blog posts to write
    { description: 'Looking for one person to do our logo, build the website in React, run our Google Ads, edit our YouTube videos and write blog posts.' },
    // a logo in a list of tasks is design work (website design is not counted: web builds take it with development and SEO)
    { description: 'I need an expert who can do everything: website design, SEO, social media, logo, and bookkeeping.' },
    // …and in the plain words of a small business: social media to handle, flyers to design, a WordPress site to fix
    {
      description: 'You will handle our social media, design our flyers, fix our WordPress website, do our bookkeeping and edit videos for YouTube.',
      flags: ['social media', 'flyers', 'website', 'bookkeeping', 'videos'],
    },
    // …or a small business's wish list: a site to help with, SEO, posts to write and a new logo
    {
      description: 'I need help with my website, it has broken pages. Also would like SEO, social media posts and maybe a new logo.',
      flags: ['website', 'SEO', 'logo'],
    },
    { description: 'Fix our Shopify site, create weekly social media posts and design a new menu for the café.', flags: ['site', 'social media posts', 'menu'] },
  ],
  pass: [
    // a new logo the client already has is no design work asked
    { description: 'We got a new logo last month. Fix our website so the header uses it, and run our Google Ads.' },
    // a web build that follows SEO and UI/UX practices is one trade's work
    { description: 'Web developer wanted. Build our company website with clean, SEO-friendly code, following UI/UX best practices.' },
    // a trade that names the client's product is not work asked: "our social media scheduling app"
    { description: 'We launched our social media management web app. Full stack dev to fix the API sync and create a logo for the login page.' },
    // interpreting data and developing a financial model are an analyst's work, not translation and coding
    { description: 'CFO needed: development of financial models, interpreting data, and accountant-level bookkeeping.' },
    { description: 'Full-stack developer: React front-end, Node back-end, SQL.' },
    { description: 'Logo design and branding for a bakery.' },
    // the client's line of business and the thing to build are no trades asked for
    { description: 'We are an accounting firm and a video production studio. Need a full-stack developer to build our SEO tool.' },
    // what tools do is no work asked of the freelancer ("AI tools cut the videos"), nor is a login to hand over
    { description: 'AI-powered platforms edit videos and Canva designs posters. We will share our social media logins with you.' },
    // a choice of one trade among several
    { description: 'Produce viral AI content for our Instagram. You need a strong portfolio in at least one of the areas such as content writing, video editing, visual design.' },
    // SEO kept whole through a migration and branding options of a player are no trades
    { description: 'Web developer for our web app migration. Redirects must keep SEO integrity, and the audio player needs custom branding options.' },
  ],
};
