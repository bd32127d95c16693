import { evidenceSignals, judgedEvidence } from '../model/linear';
import type { RuleExamples, SectionRule } from '../rule';
import type { Doc } from '../text/doc';
import { APPLICANT_QUALITY, isLedBy, ledBy, scannedApart } from '../text/match';
import { APP_STORE, atSentenceStart, CLIENT_GIVES, INLINE_SPACE, IN_SENTENCE, MANUSCRIPT, oneOf, rx } from '../text/vocab';
import type { Evidence } from '../types';
import { collectEvidence, overruled } from './section-helpers';

const ORG = oneOf(String.raw`company|startup|start-up|agency|business|firm|brand|shop|store|organi[sz]ation|non-?profit|charity|school|clinic|practice|studio|team|group|platform|marketplace|saas|e-?commerce|consultancy|restaurant|podcast|channel|blog|community|website|site|app|application|product|service|project|game|client|clients|customers?|users?|members|students|patients|audience|readers|subscribers|database|system|codebase|repo(?:sitory)?|crm|backend|server|infrastructure|stack|pipeline|api|dashboard|store|catalog(?:ue)?|inventory|data|spreadsheet|workflow|process|content|listings?|book|course|plugin|theme|domain|account|form|portal|panel|script|bot|extension|tool|software|program|spreadsheets?|sheets?|model|funnel|page|(?<![.!?]\s{1,3})set-?up|instance|environment|workspace|base|deployment|cluster|platformer|roguelike|rpg|shooter|cafe|coffee shop|bakery|bistro|diner|salon|barbershop|gym|spa|hotel|hostel|farm|boutique|dealership|pharmacy|winery|brewery|daycare|chain`);

/** Groups of people a product can be for; not "users" or "customers" alone, which every app has. */
const USER_GROUP = oneOf(String.raw`small businesses|small and medium(?:-sized)? businesses|small and mid-sized businesses|smbs|smes|businesses|business owners|homeowners|restaurants|hotels|cafes|churches|schools|universities|teachers|students|parents|kids|children|teens|seniors|patients|doctors|dentists|clinics|creators|artists|musicians|retailers|sellers|drivers|riders|families|travell?ers|investors|traders|landlords|tenants|realtors|coaches|consultants|athletes|gamers|shoppers|professionals|non-?profits|gyms|salons|farmers|contractors`);

/** Made for someone: "tailored for", "designed specifically for". */
const MADE_FOR = String.raw`(?:tailored|designed|built|made|intended)\s+(?:specifically\s+)?for`;
/** A product and who it is for: "a POS system tailored for", "an app that helps" (see `accept`). */
const PRODUCT_FOR = String.raw`(?:app|application|platform|website|site|tool|software|system|service|game|marketplace|course|solution|product|saas|portal|bot|chatbot|assistant)s?\s+(?:[\w-]+\s+){0,2}?(?:for|${MADE_FOR}|aimed at|used by|that helps?|which helps?|to help)`;
const PRODUCT_FOR_AT_START = new RegExp(`^${PRODUCT_FOR}\\s`, 'i');
const MADE_FOR_AT_START = new RegExp(`^${MADE_FOR}\\s`, 'i');
/** "experience making sites for dentists": what the applicant has built for others. */
const APPLICANT_SKILL_BEFORE = ledBy(APPLICANT_QUALITY, 40);

const ORG_HIRING = String.raw`[ \t]+(?:is[ \t]+)?(?:currently[ \t]+)?(?:looking|seek(?:ing|s)|searching|hiring|wants|needs[ \t]+(?:a|an|someone|somebody)\b)\b`;
/** …or telling what it sells: "Small e-commerce store selling phone cases". */
const ORG_SELLING = String.raw`[ \t]+(?:selling|offering)\b`;
/** "our client's business": an agency's client, not the client's own (after "our"/"my"). */
const NOT_CLIENTS = String.raw`(?!(?:clients?|customers?)')`;
/** "our 12-page user manual", "our onboarding flows": writing or research about a thing, not the thing. */
const NOT_ITS_WRITING = String.raw`(?![ \t]+(?:manuals?|guides?|offerings|interface|experience|stories|research|testing|flows?|journeys?|personas?|onboarding|documentation|docs|handbook)\b)`;
/** Kinds of organisation a client can be: "our construction business", "Data consultancy is…". */
const ORG_KIND = String.raw`(?:company|startup|start-?up|agency|studio|firm|brand|business|non-?profit|organi[sz]ation|charity|consultancy|clinic|school|practice|publisher|magazine|retailer|manufacturer|restaurant|shop|store|chain)`;
/** What an organisation or product may be sized by, with its people or places ("a B2B SaaS with 200 customers"). */
const SIZED_ORG = String.raw`(?:${ORG_KIND}|saas|app|platform|product|marketplace|community|podcast|channel|newsletter|bakery|cafe|salon|gym|fintech|healthtech|edtech|proptech|insurtech|legaltech|martech|adtech|biotech|medtech|cleantech|foodtech)`;
/** …and what it is sized by. */
const ITS_PEOPLE = String.raw`(?:customers|clients|users|members|employees|staff|people|students|subscribers|locations|stores|shops|branches|outlets|restaurants|clinics|listeners|followers|readers|patients|offices|downloads|installs)`;
/** Small organisations that introduce themselves as they hire: "Indie rock band looking for…", "Family bakery seeking…". */
const SMALL_ORG = String.raw`(?:band|bakery|cafe|salon|gym)`;
/** …and the ones that hire or are described as a group: "Aether team is looking for…", "our team, which has…". */
const KIND_OF_ORG = String.raw`(?:${ORG_KIND}|start up|team)`;

/**
 * A kind of organisation hiring (or doing what `verb` says), with `between` it and the verb, and a modifier before it
 * that is no determiner ("Digital marketing agency seeking…", not "a small agency seeking"). It starts at the
 * organisation, a rarer word than any, and only then looks back for the modifier.
 */
function orgHiring(between: string, kinds = KIND_OF_ORG, verb = ORG_HIRING): string {
  const hiring = `${kinds}${between}${verb}`;
  return String.raw`\b${hiring}(?<=\b[\w-]+[ \t]+${hiring})(?<!\b(?:a|an|the|our|my|this|your|their|its|his|her|new|small)[ \t]+${hiring})`;
}

/** What a client says it does: "we sell…", "we print…", "I publish…" (as a sentence's subject; see `accept`). */
const CLIENT_DOES = String.raw`(?:sell|provide|offer|help|specialize|specialise|work with|serve|are building|are developing|are launching|launched|started|founded|run|print|make|produce|manufacture|publish|design|develop|distribute|import|export|teach|organi[sz]e|host|ship|deliver)`;
const CLIENT_DOES_AT_START = new RegExp(String.raw`^(?:we|i) ${CLIENT_DOES}\b`, 'i');

/** Software a client can have, broken or made with something. */
const SOFTWARE_THING = String.raw`(?:app|application|site|website|web ?app|store|shop|plugin|theme|system|codebase|server|database|script|api|form|page|checkout|game|bot|extension|dashboard|portal)`;
/**
 * Software that work on it presupposes: "extend and maintain our web application", "Customisation of WordPress plugin X".
 * Narrower than `SOFTWARE_THING`: with that list these patterns also take a role's duties ("maintain robust API",
 * "maintain server"); measured on the corpus, 8 posts gained, 2 or 3 of them wrongly.
 */
const WORKED_ON = String.raw`(?:application|app|site|website|platform|system|codebase|store|plugin|theme|game|database)`;
/** Organisations a word names by what they do: the small ones that hire by name, "factory", "clinic" (not "company",
 * "team"; see `accept`). */
const KIND_BY_ITSELF_WORD = String.raw`(?:${SMALL_ORG}|factory|warehouse|hospital|laboratory|lab|franchise|clinic|restaurant|bistro|diner|barbershop|spa|hotel|hostel|farm|pharmacy|winery|brewery|daycare|dealership|boutique|school|charity|non-?profit|publisher|magazine|podcast|newsletter)`;
/** Things a client holds, named before "we have": "the script we have", "the app I have right now". */
const HELD_THING = String.raw`(?:script|code|codebase|app|website|site|dataset|designs?|spreadsheet|database|plugin|template)`;
/** What a feature is added to, which must exist already: "a chat widget on my site". */
const ADDED_TO = String.raw`(?:website|web ?site|site|web ?app|app|store|shop|platform|application)`;
/** …and the verb that adds it, up to the possessive: "add a WhatsApp button on | our website". */
const ADDING = String.raw`\b(?:add|adding|install|installing|put|place|embed|integrate|integrating|insert|implement|implementing|set up|setting up)\b${IN_SENTENCE}{0,60}\s(?:on|to|in|into|for)\s+`;
/** A possessive thing that follows `ADDING`: thin alone ("our website"), but the work presupposes it. `accept` takes
 * it from any pattern; the pattern that finds it tests the same before it, so as not to call `accept` at every "our site". */
const ADDED_TO_BEFORE = new RegExp(`${ADDING}$`, 'i');
const ADDED_TO_MATCH = new RegExp(String.raw`^(?:our|my)\s+(?:[\w.+#-]+\s+)?${ADDED_TO}$`, 'i');
/** Platforms many posts name in lower case: "our wordpress site", "its on wix". */
/** Where a client's data is held: "our data in BigQuery", "3 years of orders in Shopify". */
const DATA_STORE = String.raw`(?:sql server|mysql|postgres(?:ql)?|bigquery|snowflake|redshift|salesforce|hubspot|shopify|quickbooks|xero|google analytics|ga4|stripe|zoho|netsuite|airtable|firebase|supabase|mongodb|oracle)`;
const KNOWN_PLATFORM = String.raw`(?:wordpress|woocommerce|shopify|wix|squarespace|magento|webflow|bubble|etsy|amazon|ebay|godaddy|hubspot|salesforce|zoho|odoo|xero|quickbooks|notion|airtable|firebase|supabase|laravel|django|flutter|unity|godot|android|ios|youtube|tiktok|instagram|facebook|linkedin|discord|telegram|whatsapp|excel)`;

/** Things a client has that run somewhere: "my droplet at Digital Ocean", "our store on Shopify". */
const HOSTED_THING = String.raw`(?:${SOFTWARE_THING}|droplet|vps|instance|account|workspace|channel)`;

/** How something that exists was made: "(which was) developed in…", "built out in…". */
const MADE_WITH = String.raw`(?:developed|built|made|written|designed|created|coded|hosted|running)`;

/**
 * The client's thing and what it is made with, uses or where it runs, up to the place: "my droplet at | Digital Ocean",
 * "Our application uses | CodeIgniter 3". The pattern and `accept`'s test of its matches read the same source.
 */
const PLACED = String.raw`(?:our|my)\s+(?:[\w.+#/'-]+\s+){0,2}${HOSTED_THING}s?\s+(?:${MADE_WITH}\s+(?:in|with|on|using)|(?:currently\s+)?(?:uses|is using|use|runs on|is running on|run on|is written in|is powered by|relies on|(?:is|are|lives)\s+(?:hosted\s+|built\s+)?on)|at|on|with)\s+`;

/**
 * Something in place: "the designs are ready", "Our API is complete", "Main feature of the app is completed" (not what will
 * be: "paid when everything is done", "if the work is completed", "making sure work is completed to a high
 * standard", "check it is completed properly", "is completed before the project ends", tested after the phrase, not
 * at every "is").
 */
const IN_PLACE = String.raw`(?:are|is) (?:ready|done|completed?|finali[sz]ed|all set|in place|attached)\b`;

/** Work finished on something that exists: "API integration was done". */
/** What a client can already have in hand for the work: "rough sketches", "a 3D model", "designs", "PSD files". */
const CLIENTS_MATERIAL = String.raw`(?:sketch(?:es)?|drafts?|designs?|mock-?ups?|wireframes?|photos|pictures|footage|recordings?|data(?:set)?|3d models?|prototypes?|outlines?|manuscripts?|brand guidelines|psds?|files?)`;
const DONE = String.raw`(?:done|completed|implemented|integrated|set up|installed|deployed)`;

/** "We are seeking…", "I'm looking for…": the subject is about to ask, not to say who they are. */
const NOT_ABOUT_US = String.raw`(?!\s*(?:not|looking|seeking|searching|hiring|in search|in need|trying|interested|excited|open|willing|ready|happy|glad|putting together|currently (?:looking|seeking|hiring)|also|now)\b)`;

/**
 * The rest of a name's word after its capital: letters, "&", brackets, hyphens, and a dot inside
 * ("Node.js"). Written as runs between dots rather than one character at a time with a choice at
 * each, so the regex engine walks (and backs out of) a run in its fast loop: the same matches, and
 * this pattern, tried at every capitalised word, 15% cheaper.
 */
const NAME_REST = String.raw`(?:\.(?=\w))?[\w&()-]+(?:\.(?=\w)[\w&()-]+)*`;

/**
 * Where the name of what the client is or opens stops: "I'm a personal trainer | with…", "We are a small team | of…",
 * "We're opening a coffee roastery | in Portland".
 */
const NOT_A_NAME_WORD = String.raw`(?:with|and|or|who|that|which|in|at|for|from|of|to|on|by|as|next|this|based|located|(?:look|seek|search|hir|build|develop|work|offer|sell|provid|help|launch|finish|creat|mak|runn|try|plann)ing|speciali[sz]\w+|currently|here|so|but|since|i|we|you|is|are|has|have|needs?|wants?)`;
/** One more word of such a name, quoted with it while it is not one of those: "I have an online store | selling…" (a figure
 * with its thousands is one word: "a 90,000-word novel"; so is a word with a dot inside: "three Node.js services"). */
const NAME_WORD = String.raw`(?:[ \t]+(?!${NOT_A_NAME_WORD}\b)(?:\d{1,3}(?:,\d{3})+(?:-\w+)?|[\w'-]+(?:\.(?=\w)[\w'-]+)*))`;

/** Who a client can be, named by its role: "author", "owner", "founder". */
const CLIENT_ROLE = String.raw`(?:author|writer|novelist|founder|co-?founder|owner|entrepreneur|coach|consultant|teacher|tutor|realtor|photographer|artist|musician|researcher|student|dev|solopreneur|creator|youtuber|podcaster|streamer|therapist|lawyer|doctor|dentist)`;

/** Whom the work may be for, by their role or trade: the client, or the client's client ("a website for a general contractor"). */
const CLIENT_TRADE = String.raw`(?:${CLIENT_ROLE}|real estate agent|(?:real estate|mortgage|insurance) broker|insurance agent|chiropractor|physiotherapist|attorney|law firm|financial advis[oe]r|personal trainer|chef|caterer|plumber|electrician|roofer|landscaper|contractor|interior designer|architect|veterinarian|vet clinic|florist)`;

/** Whom a business sells through: "my distributors", "our dealers" (who the client is, though "our" and a plural is thin alone). */
const BUSINESS_PARTNERS = String.raw`(?:distributors|dealers|resellers|retailers|franchisees|wholesalers|suppliers|sales reps)`;
const BUSINESS_PARTNERS_ALONE = new RegExp(String.raw`^(?:my|our)\s+${BUSINESS_PARTNERS}$`, 'i');

const PATTERNS = [
  // who the client is: "We are a small bakery", "I'm an indie author" (not "we are seeking a…", "if we're a good fit")
  // (a word may hold an apostrophe: "I'm a master's student")
  rx(String.raw`\b(?:we are|we're|i am|i'm)\s+(?:a|an)\s+(?!(?:[\w-]+\s+){0,3}(?:freelancer|expert|specialist|professional|candidate)\b|(?:good|great|perfect|right)\s+(?:fit|match)\b)[\w'-]+${NAME_WORD}{0,3}`),
  // ("café" is outside the "\b": its "é" is no word character to the regex, so nothing after it makes a boundary)
  rx(String.raw`\b(?:we are|we're|i am|i'm|we run|i run|i own|we own|we operate)${NOT_ABOUT_US}\s+(?:[\w-]+${INLINE_SPACE}){0,5}(?:(?:${ORG}|owner|founder|co-?founder|ceo|cto|coach|consultant|author|teacher|doctor|realtor|agent|photographer|artist|musician|researcher|student|candidate(?<=\b(?:phd|doctoral|master'?s|mba)\s+candidate)|entrepreneurs?|marketer|manager|lawyer|therapist)\b|café)`),
  // a business or a channel the client has: "I have a small bakery", "we have an Etsy shop" (scanned apart, as context's
  // union has no room left under V8's limit)
  scannedApart(rx(String.raw`\b(?:i|we)(?:\s+(?:have|own|have got)|'ve got)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:bakery|cafe|restaurant|shop|store|salon|gym|business|company|agency|studio|clinic|practice|brand|channel|podcast|blog|website|site|app|newsletter|farm|boutique|startup)\b`)),
  // a small team introducing itself: "We are 1 artist and 2 programmers", "we're two brothers"
  rx(String.raw`\b(?:we are|we're)\s+(?:\d+|two|three|four|five|a team of|a group of|a couple of)\s+[\w-]+`),
  // an organisation introducing itself: "Data consultancy is looking for…", "The company was founded…", "Our company does
  // commercial cleaning"
  // (not a shop or store, which is usually the thing to build: "The shop must be multilanguage";
  // nor "best practice is")
  rx(String.raw`\b${ORG_KIND}(?<!\b(?:shop|store|practice))\s+(?:is|are|was|has|have|does|specializ\w+|specialis\w+|helps?|provides?|sells?|builds?|offers?)\b`),
  // a public body introducing itself: "Our council has 30 PDF forms", "The museum is reopening in May" (a pattern of
  // its own, scanned apart: in the kinds of organisation above it would take context's union past V8's 20 KB limit)
  scannedApart(rx(String.raw`\b(?:council|municipality|hospital|university|museum|church|association)\s+(?:is|are|was|has|have|does|runs?|provides?|offers?|serves?)\b`)),
  // an organisation by who owns or runs it: "Family-owned bakery in Leeds (3 shops)", "a locally owned school" (scanned
  // apart, as the union has no room left under V8's limit)
  scannedApart(rx(String.raw`\b(?:family|locally|independently|woman|women|veteran|minority|employee)[- ](?:owned|run|operated)\b(?:[ \t]+(?!(?:and|but|so|who|which|is|are|looking|seeking|seeks|hiring|needs?|wants?|requires?)\b)[\w'-]+){1,3}`)),
  // an organisation or product sized by its people or places: "a B2B SaaS with 200 customers", "Family dental clinic in
  // Austin, Texas with two locations", "our app with 10,000 users", "Series A fintech (40 people)" (scanned apart: it
  // starts at every "app" and "product")
  scannedApart(rx(String.raw`\b${SIZED_ORG}s?(?:\s+(?:in|from|near)\s+[\w.'-]+(?:,?\s+[\w.'-]+){0,2})?\s+with\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|more than\s+|~\s*)?(?:\d[\d,.]*\+?k?|two|three|four|five|six|seven|eight|nine|ten|a dozen)\s+(?:(?:paying|active|monthly|daily|weekly|regular|loyal|registered)\s+)?${ITS_PEOPLE}\b|\b${SIZED_ORG}\s*\(\s*(?:about\s+|~\s*)?\d[\d,]*\+?\s+(?:people|staff|employees|person team)\s*\)`)),
  // whom the work is for, named by their trade: "Virtual assistant needed for a real estate agent", "a brand and website
  // for a general contractor in NJ" (starting at the trade, rare, and looking back: "looking for a photographer" is the
  // freelancer sought, so only after the work or the role hired)
  scannedApart(rx(String.raw`\b${CLIENT_TRADE}s?\b(?<=\b(?:needed|wanted|required|assistant|va|website|site|logo|app|brand|branding|designer|editor|writer|manager|bookkeeper|specialist|help)[ \t]+for[ \t]+(?:a|an|my|our)[ \t]+(?:[\w-]+[ \t]+){0,2}${CLIENT_TRADE}s?)`)),
  // a part of the client's site on the platform it runs on: "My contact form on Squarespace doesn't send emails" (the
  // whole site is read by PLACED, "my store on Shopify"; it starts at the part and looks back)
  scannedApart(rx(String.raw`\b(?:forms?|pages?|blog|checkout|cart|menu|header|footer|gallery)\b(?<=\b(?:my|our)[ \t]+(?:[\w-]+[ \t]+)?(?:forms?|pages?|blog|checkout|cart|menu|header|footer|gallery))[ \t]+(?:on|in)[ \t]+${KNOWN_PLATFORM}\b`)),
  // the client's data by how much history it holds and where: "3 years of order history in BigQuery"
  scannedApart(rx(String.raw`\b(?:\d+|two|three|four|five|ten)\+?[ \t]+(?:years?|months?)[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:history|data|records|orders|transactions|sales|logs)[ \t]+(?:in|from|stored[ \t]+in)[ \t]+(?:our[ \t]+|my[ \t]+|the[ \t]+|a[ \t]+)?(?:${DATA_STORE}|excel|google sheets?|spreadsheets?|csv)\b`)),
  // an organisation sized by its headcount: "for a 2-person design studio", "our 12-person agency" (after an article or
  // "our"/"my", read behind the number: "hire 3 people" names no organisation)
  scannedApart(rx(String.raw`\b(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty)(?<=\b(?:a|an|our|my)[ \t]+\w+)[- ](?:person|people|man|woman|member|employee|staff)[ \t]+(?:[\w-]+[ \t]+){0,2}?${ORG_KIND}\b`)),
  // a company by its funding: "Series A fintech", "seed-stage startup", "bootstrapped SaaS"
  scannedApart(rx(String.raw`\b(?:series\s+[a-d]|seed[- ]stage|pre-seed|seed-funded|vc-backed|venture-backed|yc-backed|bootstrapped)\s+(?:[\w-]+\s+){0,2}?${SIZED_ORG}\b`)),
  // a kind of organisation hiring: "Fast growing gaming start up looking for…", "Digital marketing agency seeking…"
  rx(orgHiring('')),
  // …with what it is in brackets between: "Small e-commerce business (Shopify + Amazon, ~400 orders/month) looking for…" (a
  // pattern of its own, scanned apart: a bracket after the organisation in the one above made its first words any word
  // after "team", "shop" or "store", and context's whole union was tried there, +1.4% of the engine's instructions)
  scannedApart(rx(orgHiring(String.raw`[ \t]+\([^()\n]{1,60}\)`))),
  // …or where it is, and its size in brackets: "Real estate team in Phoenix (6 agents) needs a VA", "Rapidly evolving
  // startup in the UK Real Estate Market looking for" (set BJ)
  scannedApart(rx(orgHiring(String.raw`[ \t]+(?:in|from)[ \t]+[\w.'-]+(?:,?[ \t]+[\w.'-]+){0,4}?(?:[ \t]+\([^()\n]{1,60}\))?`))),
  // data the client holds, by its count: "Our HubSpot has ~45,000 contacts", "my store holds 1,200 products" (it starts at
  // the figure and looks back for the holder; scanned apart)
  scannedApart(rx(String.raw`\b\d[\d,.]*k?\+?\s+(?:contacts|records|customers|clients|users|subscribers|products|orders|rows|deals|leads|members|listings|items|files|documents|photos|images|videos|pages|posts|articles|tickets|emails)\b(?<=\b(?:our|my)\s+(?:[\w.-]+\s+){0,2}(?:has|holds|contains|stores)\s+(?:~\s*|about\s+|around\s+|over\s+|nearly\s+|more than\s+)?\d[\d,.]*k?\+?\s+(?:contacts|records|customers|clients|users|subscribers|products|orders|rows|deals|leads|members|listings|items|files|documents|photos|images|videos|pages|posts|articles|tickets|emails))`)),
  // …and the smaller ones that introduce themselves so: "Indie rock band looking for…", "Family bakery seeking…" (scanned
  // apart: in the kinds above they took context's union past V8's limit)
  scannedApart(rx(orgHiring('', SMALL_ORG))),
  // …and an organisation by what it sells: "Small e-commerce store selling phone cases" (scanned apart, as context's union
  // has no room left under V8's limit)
  scannedApart(rx(orgHiring('', KIND_OF_ORG, ORG_SELLING))),
  rx(String.raw`\b(?:founded in|based in|headquartered in|established in|our mission|our goal is|the goal is|the purpose (?:of|is)|aimed at|targeted at|designed for (?:our|small|busy|high|local|\w+ers)|in order to help)\b`),
  // what exists: "our Magento 2 store", "my existing Shopify site", "our supplier's PDF catalog" (a named or numbered
  // thing; see accept; not "our client's business", an agency's client, nor a word that names another thing, "our
  // 12-page user manual")
  rx(String.raw`\b(?:our|my)\s+${NOT_CLIENTS}(?:[\w.+#/'-]+${INLINE_SPACE}){1,3}${ORG}s?\b${NOT_ITS_WRITING}`),
  // …and with its name shortened in brackets before its kind (set BZ): "our Search Engine Optimisation (SEO) agency" (scanned
  // apart, as context's union has no room left under V8's limit)
  scannedApart(rx(String.raw`\b(?:our|my)\s+${NOT_CLIENTS}(?:[\w.+#/'-]+${INLINE_SPACE}){1,3}\([\w&]{2,8}\)${INLINE_SPACE}${ORG}s?\b${NOT_ITS_WRITING}`)),
  // (not the applicant's: "existing Upwork experience")
  rx(String.raw`\b(?:existing|current|legacy)${INLINE_SPACE}(?!(?:[\w-]+${INLINE_SPACE})?(?:experience|skills?|knowledge|expertise)\b)(?:[\w.+#-]+${INLINE_SPACE}){0,2}[\w.+#-]+`),
  // things that are in place or held (not what the client has in mind: "I have a clear design in mind")
  rx(String.raw`\b(?:already (?:ha(?:ve|s)(?![\w ,-]{0,40}\bin mind\b)|built|live|running|exists?|developed|created|available|approved|written|finali[sz]ed|recorded|drafted)|is (?:already )?live|(?:is|are|already|running|currently|now) in production|(?<!\b(?:you|they|applicants?|candidates?|freelancers?)\s)${IN_PLACE}(?<!\b(?:when|once|until|till|after|before|if|ensur\w*|sure)\s+(?:[\w'-]+\s+){0,4}${IN_PLACE})(?!\s+(?:when|once|if|after|as soon as|before|within|on time)\b)|will be provided|(?:we|i) (?:have|had|built|use|used)\s+(?![\w ,-]{0,40}\bin mind\b)(?:~\s*\d(?:[\d,.]*\d)?|~|about|over|around|almost|nearly|\d(?:[\d,.]*\d)?|hundreds|thousands|dozens|several|many|two|three|four|five|an? (?!(?:project|task|job|need|requirement|paid|opportunity|question|idea|small|new project|position|role|vacancy|opening|hard|feeling|preference|request|favou?r)\b)[\w-]+)${NAME_WORD}{0,3})`),
  // what exists and is being worked on: "extend and maintain (our) web application", "I have designed the UI in…"
  // (verb endings spelt out: "maintainable" and "portfolio" are not work on something existing)
  rx(String.raw`\b(?:extend(?:s|ed|ing)?|maintain(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|customi[sz](?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|redesign(?:s|ed|ing)?|refactor(?:s|ed|ing)?|moderni[sz](?:e|es|ed|ing)|port(?:s|ed|ing)?)\s+(?:and\s+\w+\s+)?(?:our|my|the|an?\s+existing|existing)?\s*(?:[\w.+#-]+\s+){0,3}(?:web\s+)?${WORKED_ON}\b`),
  // the same as a noun: "Customisation of WordPress plugin X", "Migration of our store" (scanned apart, to make room in
  // context's union under V8's limit: it starts at rarer words than most)
  scannedApart(rx(String.raw`\b(?:customi[sz]ation|maintenance|migration|redesign|upgrade|refactoring)\s+of\s+(?:(?:our|my|the|an?\s+existing|existing)\s+)?(?:[\w.+#-]+\s+){0,3}${WORKED_ON}\b`)),
  rx(String.raw`\b(?:i|we)(?:'ve| have| had)\s+(?:already\s+|just\s+)?(?:designed|built|created|developed|released|launched|made|written|finished|started|completed|got|been (?:running|building|developing|working|making|creating|designing|writing|an?\s+[\w-]+))\b(?:[ \t]+(?:a|an|the|my|our|\d+)${NAME_WORD}{1,4})?|\b(?<!\b(?:you|they|applicants?|freelancers?|candidates?) )(?:have|has) (?:[\w/]+,? ){0,5}(?:already )?(?:covered|finished|done|in place)\b`),
  // work on something that must already exist: "upload my app to the Play Store", "fix our WordPress site"
  rx(String.raw`\b(?:upload|publish|deploy|host|fix|debug|update|migrate|move|transfer|speed up|optimi[sz]e|repair|secure|back up|translate|locali[sz]e)[ \t]+(?:my|our)\s+(?:[\w.+#-]+${INLINE_SPACE}){0,2}${ORG}\b`),
  // …and work that improves it: "enhance our web applications", "edit my website", "improve our fraud screening
  // (AML) application", "optimizing our app" (only a product, not "improve our
  // processes"; scanned apart, as context's union has no room left under V8's limit)
  scannedApart(rx(String.raw`\b(?:enhanc(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|edit(?:s|ed|ing)?|modif(?:y|ies|ied|ying)|revamp(?:s|ed|ing)?|refin(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing))(?:[ \t]+and[ \t]+\w+)?[ \t]+(?:my|our)\s+(?:existing\s+|current\s+)?(?:\(?[\w.+#-]+\)?${INLINE_SPACE}){0,3}?(?:web ?)?(?:application|app|site|website|platform|codebase|store|plugin|theme|game|database|software|dashboard|portal)s?\b`)),
  // what the client holds, named after the thing: "the script we have", "the app I have right now" (scanned apart,
  // tried at those nouns only, so not at every "we have")
  scannedApart(rx(String.raw`\b${HELD_THING}\s+(?:that\s+)?(?:we|i)\s+(?:currently\s+|already\s+)?(?:have|use|built|made)\b(?<=\b(?:the|our|my)\s+(?:[\w-]+\s+)?${HELD_THING}\s+(?:that\s+)?(?:we|i)\s+(?:currently\s+|already\s+)?(?:have|use|built|made))`)),
  // work begun by others: "take over and complete an ongoing pipeline", "Good progress has been made"
  scannedApart(rx(String.raw`\btake\s+over\s+(?:and\s+\w+\s+)?(?:an?\s+|the\s+|our\s+|my\s+)?(?:ongoing|existing|unfinished|half-finished|partially[ -]built)\b|\bprogress\s+has\s+(?:already\s+)?been\s+made\b`)),
  // …or it is finished or set up already: "The mockups are already completed", "The sales data is already compiled", "I
  // have already set up the goerli test Eth environment", "I already uploaded the files" (not "I have uploaded an
  // image" of a fault; not the applicant's, "level work you've already completed"; scanned apart, as context's union
  // has no room left under V8's limit)
  scannedApart(rx(String.raw`\balready\s+(?:completed?|compiled|gathered|collected)\b(?<!\b(?:you|they)(?:['’]ve|\s+have)?\s+already\s+(?:completed?|compiled|gathered|collected))|\b(?:i|we)(?:'ve| have| had)\s+(?:(?:already\s+|just\s+)?(?:set up|configured|installed)|already\s+uploaded)\b(?:[ \t]+(?:a|an|the|my|our|all|\d+)${NAME_WORD}{1,4})?`)),
  // data or files the client will hand over, which exist: "We will send 2-4 data sources", "I will provide the
  // spreadsheets" (it starts at the verb and looks back for the client; scanned apart)
  scannedApart(rx(String.raw`\b(?:send|provide|share|give)\b(?<=\b(?:we|i)(?:['’]ll|\s+will|\s+can)\s+(?:send|provide|share|give))\s+(?:you\s+)?(?:over\s+)?(?:the\s+|our\s+|my\s+|all\s+(?:the\s+)?)?(?:\d+(?:\s*[-–]\s*\d+)?\s+)?(?:[\w-]+\s+)?(?:data\s+sources?|datasets?|data\s+files?|spreadsheets?|source\s+files|raw\s+data|source\s+code|codebase)\b`)),
  // whom a site is for: "the site is for a logistics company" (it starts at "is for" and looks back; scanned apart)
  scannedApart(rx(String.raw`\bis\s+for\s+(?:an?|our|my)\s+(?:[\w-]+\s+){0,2}(?:company|business|firm|agency|clinic|store|shop|brand|startup|school)\b(?<=\bwebsite\s+is\s+for\s+(?:an?|our|my)\s+(?:[\w-]+\s+){0,2}(?:company|business|firm|agency|clinic|store|shop|brand|startup|school))`)),
  // …or it is being finalized: "help finish a project using Google Maps", "finalize our website for
  // launch"
  scannedApart(rx(String.raw`\bfinali[sz](?:e|es|ing)\s+(?:(?:a|an|the|our|my|this)\s+)?(?:[\w.+#-]+\s+){0,2}?(?:project|app|application|website|site|game|platform|mvp)\b`)),
  // …or how far it is: "95% app already complete", "the game is around 80% completed", "It's about 60% done" (not "100%
  // ready", what the work must reach)
  scannedApart(rx(String.raw`\b\d{1,2}\s*%\**\s+(?:(?:app|project|game|code|work|site|program)\s+)?(?:is\s+)?(?:already\s+)?(?:completed?|done|finished)\b`)),
  // …or it is up already: "I have my project running", "we have the app live on a test server"
  scannedApart(rx(String.raw`\b(?:i|we)\s+(?:already\s+)?have\s+(?:my|our|the|an?)\s+(?:[\w.+#-]+\s+){0,2}?(?:project|${WORKED_ON}|server|bot|script)\s+(?:up\s+and\s+)?(?:running|live|working|deployed|hosted)\b`)),
  // a thing to be ported, which exists: "port a successful iOS RPG game written in Objective C … to Android" (the
  // determiner "a" is left out of the pattern above, where "customize a theme" is any theme)
  scannedApart(rx(String.raw`\bport(?:s|ed|ing)?\s+an?\s+(?:[\w.+#/-]+\s+){0,4}?(?:game|app|application)\b(?=[^.\n]{0,80}?\s(?:to|onto|into)\s)`)),
  // an app in the stores: "Our app is currently on the App Store", "App is live on the stores - Android and iOS"
  // (scanned apart: it starts at every "app")
  scannedApart(rx(String.raw`\b(?:app|game)s?\s+(?:is|are)\s+(?:(?:currently|already|now)\s+)?(?:(?:live|available|published)\s+)?(?:on|in)\s+(?:the\s+|both\s+)?(?:${APP_STORE}|app ?stores|stores)\b`)),
  // …or something added to it: "add a WhatsApp button on our website", "integrate Stripe into our app" (it starts at "our"
  // or "my" and looks back for the verb, in a union of its own; not "our new website", the thing to be made)
  scannedApart(rx(String.raw`\b(?:our|my)\s+(?:(?!new\b)[\w.+#-]+\s+)?${ADDED_TO}\b(?<=${ADDING}(?:our|my)\s+(?:[\w.+#-]+\s+)?${ADDED_TO})`)),
  // …said the other way round: "I need my website translated to German", "we want our store sped up" (not what is to be made:
  // "I want my website built"; scanned apart, as it starts at every "need" and "want"); and writing the same way: "Need
  // my novel formatted for Kindle"
  scannedApart(rx(String.raw`\b(?:need|want|would like|get)\s+(?:my|our)\s+(?:[\w.+#-]+${INLINE_SPACE}){0,2}(?:${ORG}|${MANUSCRIPT})s?\s+(?:translated|redesigned|fixed|updated|migrated|moved|optimi[sz]ed|sped up|rebuilt|redone|improved|locali[sz]ed|secured|cleaned up|refreshed|converted|edited|proofread|formatted)\b`)),
  // writing that must already exist to be worked on: "translate my cookbook", "proofread our 40-page thesis", "I'm
  // submitting my master's thesis in May" (scanned apart: context's union is at the length V8 optimises)
  scannedApart(rx(String.raw`\b(?:translate|edit|proofread|copyedit|format|typeset|narrate|illustrate|index|publish|locali[sz]e|submit(?:ting)?|defend(?:ing)?)\s+(?:my|our)\s+(?:[\w,'-]+\s+){0,2}${MANUSCRIPT}s?\b`)),
  // material the client has, given or to be converted (set BL): "Content is provided", "Turn html pages into React js
  // component", "turn Figma wireframes into HTML/CSS/JS" (scanned apart, as context's union is at the length V8
  // optimises)
  scannedApart(rx(String.raw`\b(?:content|text|copy|images|photos|assets|materials)\s+(?:is|are)\s+(?:already\s+)?provided\b|\b(?:convert|translate|turn)\s+(?:the\s+|our\s+|my\s+|these\s+|existing\s+)?(?:adobe\s+)?(?:html|psd|figma|xd|sketch)\s+(?:pages?|files?|designs?|mock-?ups?|wireframes?|templates?|screens?)\s+(?:in)?to\b`)),
  // the research the work is for: "run a moderated mediation model for our research paper", "statistics for my thesis" (set
  // BJ; it starts at the rarer word and looks back)
  scannedApart(rx(String.raw`\b(?:thesis|dissertation|research\s+(?:paper|project|study)|(?:journal|academic)\s+(?:article|paper))\b(?<=\bfor\s+(?:our|my)\s+(?:[\w'-]+\s+)?(?:thesis|dissertation|research\s+(?:paper|project|study)|(?:journal|academic)\s+(?:article|paper)))`)),
  // what the client is making now: "I'm building three HTML5 games", "we are currently working on a mobile app"
  // (not "a project", which says nothing of it)
  rx(String.raw`\b(?:i am|i'm|we are|we're)\s+(?:currently\s+)?working\s+on\s+(?:an?|my|our|two|three|\d+)\s+(?:[\w.+#/-]+\s+){0,3}(?:${SOFTWARE_THING}|platform|product|startup|book|novel|film|comic|podcast|course)s?\b`),
  // the client's organisation described in a relative clause: "our company which has over 18 products"
  rx(String.raw`\b(?:our|my)\s+${KIND_OF_ORG}\s*,?\s+(?:which|that|who)\s+(?:has|have|is|are|sells?|provides?|offers?|serves?|helps?|runs?|makes?|specializ\w+|specialis\w+)\b`),
  // what for / who the users are ("for a UK-based business" only after an article: "for" and any word would be tried at
  // every "for", 10,000 times over the corpus)
  rx(String.raw`\b(?:we|i)(?:'re|'m| are| am)(?: currently)? working on (?:a|an|our|my)\b|\b(?:we|i) (?:aim|live|work with|are working with|are developing|are building|have been|have the(?!\s+(?:perfect|right|ideal|best|great|following|belief|ability|opportunity|chance|pleasure|privilege|honou?r|budget|time|option|freedom|flexibility)\b)(?:${NAME_WORD}){0,2}|need (?:a|an) [\w-]+ (?:for|to) (?:my|our) [\w-]+(?:${NAME_WORD}){0,2}|(?:manage|run)\b(?:${NAME_WORD}){0,3})\b|\b(?:targeting|aimed at|catering to)[ \t]+[\w-]+|\b(?:is|are) (?:designed|meant|intended|used) (?:to|for|by)\b|\bused (?:for|by|in)\b(?<=\b(?:will|would|is going to|are going to) be used (?:for|by|in))(?<!\b(?:which|what)\s+(?:[\w-]+\s+){0,3}(?:will|would|is going to|are going to) be used (?:for|by|in))(?:${NAME_WORD}){0,4}|\bfor (?:(?:a|an|my|our) (?:[\w-]+-based|small|local|growing|family|home|new|online)|small|local|growing|family|home|new|online)\s+(?:[\w-]+\s+)?(?:business|company|shop|store|startup|agency|brand|practice|clinic|restaurant)\b|\b(?:my|our) (?:clients|customers|users|members|candidates|students|patients) (?:operate|use|are|need|have|can|will|receive|come)\b`),
  // who the product's users are: "a POS system tailored for restaurants", "a platform for home service
  // businesses", "Target audience: …" (not "speak to our target audience", nor a skill: "experience making sites for dentists")
  scannedApart(rx(String.raw`\b${PRODUCT_FOR}\s+(?:[\w-]+\s+){0,3}?${USER_GROUP}\b|\btarget (?:audience|users|market|customers|group)\s*:|\baudience\s*:[ \t]*[\w-][^\n.!?]{0,60}`)),
  // …or the industry or market it is for: "an AI voice agent tailored for the real estate industry"
  rx(String.raw`\b${MADE_FOR}\s+(?:the\s+)?(?:[\w-]+\s+){1,2}(?:industry|sector|market|niche)\b`),
  // a business the client has, with what it does, as posts type it with or without an article: "I have shopify store
  // selling phone cases", "we run a small salon in Leeds" (not the applicant's side: "I have experience with apps for
  // startups")
  rx(String.raw`\b(?:i|we)\s+(?:have|own|run)\s+(?:(?:a|an|one)\s+)?(?:(?!(?:experience|skills?|knowledge|expertise|background|worked|built|made|with|in|on|for|of|to)\b)[\w-]+\s+){0,2}?(?:store|shop|website|site|app|business|company|restaurant|salon|clinic|channel|podcast|brand|agency|startup|cafe|bakery|gym)s?\s+(?:selling|that sells|which sells|for|on|with|in|called|named|where)\b(?:[ \t]+(?!(?:and|but|so|i|we|need|want)\b)[\w'-]+){1,3}`),
  rx(String.raw`\b(?:for (?:our|my) (?:customers|clients|users|students|patients|members|audience|readers|candidates|subscribers)|(?:our|my) (?:customers|clients|users|audience|candidates|students|patients) (?:are|need|can|will|have))\b`),
  // (quoted with what is done, up to a word that ends it: "We sell scheduling software")
  rx(String.raw`\b(?:(?:we|i) ${CLIENT_DOES}|we're launching)\b${NAME_WORD}{0,6}`),
  // who the work is for, in the family: "My daughter is in Year 11 and sits her GCSE maths in May" (it starts at the
  // relative, a rarer word than "my", and looks back)
  rx(String.raw`\b(?:daughter|son|child|kids|children|wife|husband|mother|father|mom|mum|dad|parents)\b(?<=\b(?:my|our)\s+(?:\d+[- ]year[- ]old\s+)?(?:daughter|son|child|kids|children|wife|husband|mother|father|mom|mum|dad|parents))\s+(?:is|are|has|have|sits|takes|needs|struggles|attends|goes)\b(?:[ \t]+(?!(?:and|but|so|who|which)\b)[\w'-]+){0,4}`),
  // what the client is weighing up: "We're considering launching a cat-only pet insurance product"
  // …or is about to do: "I'm about to sign a 5-year commercial lease", "We are in the process of onboarding our app", "We're
  // getting married in Tuscany", "I'm renovating my flat"
  rx(String.raw`\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+(?:(?:considering|planning|thinking about|exploring)\s+(?:launching|starting|opening|expanding|building|introducing|adding|entering)\b|(?:about to|getting ready to|preparing to|in the process of)\s+[\w-]+|getting married\b|(?:renovating|remodel(?:l)?ing|redecorating|refurbishing|extending|doing up|moving into|relocating to)\s+(?:my|our|a|an|the)\b)${NAME_WORD}{0,5}`),
  // what reaches the client and how much: "Every day I receive 50+ supplier invoices", "we process about 300 orders a
  // week" (it starts at the verb and looks back for the client; scanned apart, as it starts at every "get")
  scannedApart(rx(String.raw`\b(?:receive|get|process|handle|ship|answer)\b(?<=\b(?:we|i)(?:\s+(?:currently|usually|typically|normally|also|now))?\s+(?:receive|get|process|handle|ship|answer))\s+(?:about\s+|around\s+|over\s+|roughly\s+|nearly\s+|more than\s+|~\s*)?\d[\d,.]*\+?k?\s+(?:[\w-]+\s+){0,2}?(?:invoices|emails|e-mails|orders|messages|tickets|calls|leads|applications|requests|reports|files|documents|photos|videos|packages|shipments|bookings|reservations|inquiries|enquiries|submissions|returns|receipts)\b`)),
  // who the client is, said without the subject at a sentence's start: "Self-published fantasy author looking for a
  // narrator", "Small business owner here" (a role with a word before it, then looking or here; not "I'm a serial
  // entrepreneur looking for…", which the pattern of "I am" quotes; scanned apart, as it starts at every "owner")
  scannedApart(rx(String.raw`\b${CLIENT_ROLE}\b(?<=(?:^|[.!?\n])[ \t]*(?!(?:i|we|i'm|we're|i've|we've)\b)(?:[\w'-]+[ \t]+){1,4}${CLIENT_ROLE})(?=[ \t]+(?:here\b|looking\s+for|seeking|searching\s+for|in\s+need\s+of))[ \t]+(?:here|looking\s+for|seeking|searching\s+for|in\s+need\s+of)\b`)),
  // writing or a record the client is making: "I'm publishing a hiking guidebook for the Lake District", "we are recording
  // our first EP" (scanned apart: it starts at every "I'm" and "we are")
  scannedApart(rx(String.raw`\b(?:i'm|i am|we're|we are)\s+(?:currently\s+)?(?:publishing|self-publishing|writing|recording|releasing)\s+(?:a|an|my|our)\s+(?:[\w-]+\s+){0,3}(?:book|novel|guide(?:book)?|cookbook|memoir|series|album|ep|single|course|comic|children's book|picture book)s?\b(?:[ \t]+(?:for|about|on)[ \t]+(?:the[ \t]+)?[\w'-]+(?:[ \t]+[A-Z][\w'-]*){0,2})?`)),
  // …or a business the client is starting, said without the subject: "Starting a taco food truck in Austin this spring"
  // (scanned apart: it starts at every "start…" word, and rarely matches)
  scannedApart(rx(String.raw`\b(?:starting|launching|opening)\b${atSentenceStart('(?:starting|launching|opening)')}\s+(?:a|an|my|our)\s+(?!(?:[\w-]+\s+){0,2}(?:position|role|job|vacancy|project|ticket|account)s?\b)[\w-]+${NAME_WORD}{0,3}`)),
  // how the work is done now, by hand: "our clerk copies and pastes data by hand", "I'm currently doing all these
  // steps manually" (not the job's: "the job will be to manually manage…"; the first starts at every "manually", looks
  // back for who does it and is scanned apart)
  scannedApart(rx(String.raw`\bmanually\b(?<=\b(?:we|i|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:currently\s+|still\s+|now\s+|must\s+|have to\s+|has to\s+)?manually)(?:[ \t]+(?!(?:but|so|because|which|when|if)\b)[\w'-]+){0,6}|\b(?:currently|right now|at the moment)\b[^.!?\n]{0,60}?\b(?:manually|by hand)\b`)),
  // a business the client is opening or has opened: "We're opening a coffee roastery in Portland", "We just opened a
  // second bakery" (not a job opening, a ticket or a file)
  rx(String.raw`\b(?:we|i)(?:'re|'m|'ve|\s+are|\s+am|\s+have|\s+just|\s+recently)*\s+(?:opening|opened|starting|launching)\s+(?:a|an|our|my)\s+(?!(?:[\w-]+\s+){0,2}(?:position|role|job|vacancy|opening|ticket|issue|account|file|pull request|bug|dispute)s?\b)[\w-]+${NAME_WORD}{0,3}`),
  // something the client already made, described: "the new game Eden, which was featured on the front page",
  // "the puzzle game we made got funded", "a little tool I made for myself", "The San Diego based Internet
  // company I started is hiring"
  scannedApart(rx(String.raw`\b(?:which|that)\s+(?:was|were|has been|have been|is already|are already|is now|has|have)\s+(?:already\s+)?(?:featured|launched|released|published|downloaded|played|used by|installed)\b|\b(?:game|app|site|website|product|project|tool|plugin|platform)s?\s+(?:that\s+)?(?:we|i)(?:'ve| have)?\s+(?:worked on|built|made|released|launched|created|developed|published)\b|\b(?:company|business|startup|agency|studio|firm|brand)\s+(?:that\s+)?(?:i|we)(?:'ve| have)?\s+(?:started|founded|co-?founded|own|run|launched)\b`)),
  // what exists, and what it is made with: "a website which (was) developed in CodeIgniter", "a prototype built out in
  // Figma", "has been built on Laravel"; not when: "what has been built before" (it starts at the verb, a rarer word than "is" or "that", and only then looks back)
  scannedApart(rx(String.raw`\b${MADE_WITH}\b(?<=\b(?:which|that|is|are|was|were|been)\s+(?:already\s+)?${MADE_WITH})\s+(?:out\s+)?(?:in|with|on|using)\s+(?!the\s+(?:past|last|future)\b)[\w.+#-]+`)),
  // the client's thing and what it is made with, uses or where it runs: "my game made with Unity", "our store on Shopify",
  // "Our app runs on CodeIgniter 3"
  // (a named place; see accept)
  // (a name may hold a dot, "Next.js", but not end at one: "…is on Squarespace.")
  rx(String.raw`\b${PLACED}(?!(?:a|an|the|my|our|your|this|their|its|it)\b)[\w+#-]+(?:\.[\w+#-]+)*`),
  // material the client has made or holds: "I have rough sketches and a 3D model", "We have some designs in Figma", "I
  // have all designs already finished" (not an outlook, "I have a clear design vision", "a specific design in mind";
  // scanned apart, as context's union has no room left; started at the material and looking back for who has it, it was
  // tried at every "data" and "design", +1.5% of the engine's instructions, where the word index finds "I have" and "we
  // have" at once)
  scannedApart(rx(String.raw`\b(?:i|we)\s+(?:already\s+)?(?:have|got|made|drew|prepared)\s+(?:(?:some|rough|basic|existing|detailed|hand-?drawn|the|my|our|a|an|all the|all of the|all|\d+)\s+){0,2}(?:[\w-]+\s+)?${CLIENTS_MATERIAL}\b(?!\s+(?:in\s+mind|vision|ideas?|skills?|experience|background|knowledge|sense|eye|taste)\b)(?:[ \t]+(?!(?:but|so|because|which|that|i|we|need|needs|want|wants|looking|to|and (?:i|we|need|want))\b)[\w()'-]+){0,4}`)),
  // material that exists: "Source code is available", "(design attached)", "an old version of Magento 1.9"
  scannedApart(rx(String.raw`\b(?:source code|code(?:base)?|files?|designs?|data(?:set)?|assets|mock-?ups?|wireframes?|documentation|recordings?)\s+(?:(?:is|are)\s+(?:already\s+)?(?:available|provided|included|attached)|attached)\b|\b(?:old|older|outdated|current)\s+version\s+of\s+[\w.+#-]+`)),
  // something that exists and is broken: "a POST 500 error on an ajax call in a laravel app", "bugs in our mobile
  // application" (only software named by kind: a name alone, "bug fix on Chatbox", cannot be told from "errors in English")
  rx(String.raw`\b(?:bugs?|errors?|crash(?:es|ing)?)\b(?:\s+fix(?:es|ing)?)?${IN_SENTENCE}{0,40}?\s(?:in|on|into|with|of)\s+(?:(?:my|our|a|an|the|this)\s+)?(?:[\w.+#/-]+\s+){0,2}${SOFTWARE_THING}\b`),
  // material the client hands over: "I'll provide 299 Zoom recordings", "based on provided proforma P&L statements",
  // "test update features on our data models" (not what a product's users type: "based on the provided input")
  rx(String.raw`\b${CLIENT_GIVES}\s+(?:you\s+)?(?:with\s+)?(?:access\s+to\s+)?(?:the|my|our|all|\d[\d,]*)\s+(?:[\w-]+\s+){0,2}(?:data|dataset|files?|designs?|mock-?ups?|wireframes?|recordings?|videos?|photos?|images?|documents?|spreadsheets?|scripts?|code|source code|content|logins?|credentials|accounts?|assets|brand guidelines|footage|transcripts?|reports?)\b|\bbased on (?:the\s+)?(?:provided|attached|existing|current|(?:our|my)\s+(?:[\w-]+\s+)?(?:data|designs?|models?|specs?))\b(?!\s+(?:user\s+)?inputs?\b)|\b(?:our|my)\s+provided\s+[\w-]+`),
  // the client as a job seeker: "I want a job in the robotics sector" (scanned apart, as context's
  // union has no room left under V8's limit)
  scannedApart(rx(String.raw`\bi(?:['’]m|\s+am)\s+(?:currently\s+)?(?:seeking|looking\s+for|searching\s+for|applying\s+for)\s+(?:a\s+)?(?:new\s+)?(?:full[- ]time\s+)?(?:job|position|role|career)s?\s+(?:in|as|at)\b`)),
  // …or work to follow it: "build a site from our brief, design and photos" (it starts at "per" and looks
  // back for "as"; scanned apart, as context's union has no room left under V8's limit)
  scannedApart(rx(String.raw`\bper\b(?<=\bas\s+per)\s+(?:our|my|the\s+(?:provided|attached))\s+(?:[\w-]+,?\s+(?:and\s+)?){0,3}?(?:designs?|mock-?ups?|wireframes?|figma|psds?|sketch(?:es)?|brand guidelines)\b`)),
  // …named with no determiner: "I will send photos and measurements", "We'll provide brand guidelines" (scanned apart, as
  // context's union has no room left under V8's limit)
  scannedApart(rx(String.raw`\b${CLIENT_GIVES}\s+(?:you\s+)?(?:with\s+)?(?:access\s+to\s+)?(?:[\w-]+\s+)?(?:data|files|designs|mock-?ups|wireframes|recordings|videos|photos|pictures|images|documents|spreadsheets|scripts|source code|content|logins|credentials|assets|brand guidelines|footage|transcripts|reports|sketches|measurements|drawings|samples)(?=\s+(?:and|of|for|from|with|to|in|after|once|when|as)\b|\s*[.,;!\n]|$)`)),
  // the state of what exists: "my database currently has 1-5 GB", "I am experiencing slow queries", "API integration
  // was done, but…", "Our platform is a fully interactive learning system", "our website is down", "It is for a charity where…",
  // "one of our brands, a food truck"
  rx(String.raw`\b(?:currently|right now|at the moment)\s+(?:has|have|is|are|uses?|runs?|hosts?|holds?|contains?|sits?)\b|\b(?:i am|i'm|we are|we're)\s+(?:currently\s+)?experiencing\b|\b(?<!\bwhat\s)(?:was|were|has been|have been)\s+(?:already\s+)?${DONE}\b|\b(?:our|my)\s+(?:[\w-]+\s+)?${ORG}\s+(?:is\s+(?:a|an|down|broken|offline|hacked)|went\s+down|stopped\s+working|keeps\s+crashing|(?:is\s+not|isn't|does\s+not|doesn't)\s+(?:working|loading|load|work|showing|show|displaying|display|looking\s+(?:good|right)|look\s+(?:good|right)|responsive|mobile[- ]friendly))\b|\b(?:it|this)(?:'s| is| will be)\s+for\s+(?:a|an)\s+(?!(?:[\w-]+\s+)?(?:client|freelancer|developer|designer|person|candidate|professional|beginner|period|minimum|maximum|total|fixed|long|short|few|one|limited)\b)[\w-]+|\bone of (?:our|my)\s+(?:divisions|brands|clients|companies|stores|products|websites|sites|apps|games|businesses|subsidiaries|locations)\b`),
  // the client's product by what it does: "our new product that reads lab test results" (its own, with
  // "our"; scanned apart, as context's union has no room left under V8's limit)
  scannedApart(rx(String.raw`\b(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:app|application|product|platform|tool|software|system|service|website|site|bot|extension|plugin|game)\s+(?:that|which)\s+(?!(?:needs|requires|needs?|has|is|was|will|should|must|can)\b)[a-z]+s\b(?:\s+[\w-]+){0,3}`)),
  // the client's thing shown to exist by what happens to it, who the client is in so many words, and what it holds, counted
  // or by its system: "There's a bug on my website", "change a few things in the script", "the promotion and growth of
  // our iOS/Android app", "I work for a large publisher", "help me, a one-man business", "across 3,000+ Amazon
  // listings", "drawing on data from SQL Server" (not data the work moves: "store data in Airtable", "extract data from
  // Google Analytics"), "millions of rows in a mysql table" (one pattern scanned apart, as context's union has no room
  // left under V8's limit)
  scannedApart(rx(String.raw`\b(?:problems?|issues?|bugs?|errors?)\s+(?:in|on|with)\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:website|site|web ?app|app|store|shop|script|plugin|theme|code|game|database|server)\b|\b(?:changes|modifications|edits)\s+(?:to|on|in)\s+(?:this|the|my|our)\s+(?:[\w-]+\s+)?(?:script|plugin|theme|template|code|codebase|bot|extension)\b|\bcustomi[sz]e\s+(?:this|my|our)\s+(?:[\w-]+\s+)?(?:script|plugin|theme|template|bot|extension)\b|\b(?:promotion|growth|marketing|downloads|installs|visibility|ranking)\s+(?:and\s+\w+\s+)?of\s+(?:our|my)\s+(?:[\w/-]+\s+){0,2}(?:app|game|website|site|store|channel|podcast|brand|product|platform)\b|\bwork\s+(?:for|at)\b(?<=\bi\s+work\s+(?:for|at))\s+(?!(?:you|myself|free|hire|a\s+living|(?:a|an|the)\s+(?:client|customer))\b)(?:corporate\s+|an?\s+|the\s+)?[\w&.'’-]+|\bone[- ](?:person|man|woman)\s+(?:business|company|shop|operation|show|agency|studio)\b|\bsolopreneur\b|\bsole\s+(?:trader|proprietor(?:ship)?)\b|\b\d[\d,]*\+?(?<=\b(?:across|(?:of|for|in|to)\s+(?:our|my|all)|our|my)\s+\d[\d,]*\+?)\s+(?:[\w-]+\s+){0,2}?(?:listings|products|skus|stores|shops|locations|clients|customers|employees|users|members|subscribers|properties|units)\b|\b(?:data\b(?<=\b(?:our|my)\s+(?:[\w-]+\s+)?data)\s+(?:from|in|stored\s+in|held\s+in|lives\s+in)|leveraging\s+data\s+from|data\s+(?:is|are)\s+(?:currently\s+)?(?:stored|kept|held)\s+in)\s+(?:our\s+|my\s+|the\s+|an?\s+)?${DATA_STORE}\b|\b(?:millions|thousands|hundreds)\s+of\s+(?:records|rows|entries|data|products|documents|files|pdfs)\s+(?:in|from)\s+(?:(?:a|the|our|my)\s+)?(?:mysql|sql|postgres\w*|database|db|table|spreadsheet|s3|bucket)\b`)),
  // what "it" runs on, a platform named: "my website looks bad on phones, its on wix" (only a platform: "it is on a
  // budget" is no system; scanned apart, as context's union has no room left under V8's limit)
  scannedApart(rx(String.raw`\b(?:it's|it’s|its|it is)\s+(?:(?:hosted|built|made)\s+)?(?:on|with|in)\s+${KNOWN_PLATFORM}\b`)),
  // the tools the business already runs on, named: "We use Typeform for intake and Pipedrive as our CRM", "We utilize
  // Moralis for querying Web3 data" (a name's
  // capital, case-sensitive: "we use it for" names nothing)
  rx(String.raw`\b(?:[Ww]e|I)(?:[ \t]+(?:currently|already|mainly|mostly))?[ \t]+(?:use|utili[sz]e)[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?[ \t]+(?:for|as|to)\b`, 'g'),
  // where the client keeps its records now: "We keep our invoices in a Google Sheet", "I track my orders in Airtable"
  rx(String.raw`\b(?:we|i)\s+(?:currently\s+)?(?:keep|store|track|log|record|manage)\s+(?:our|my|all\s+(?:our|my)|the)\s+(?:[\w-]+\s+){0,2}?(?:in|on|with|using)\s+(?:a\s+|an\s+|our\s+|my\s+)?(?:[\w.-]+\s+){0,2}?(?:sheets?|spreadsheets?|database|crm|excel|notion|airtable|trello|asana|hubspot|salesforce|quickbooks|xero|shopify|wordpress|dropbox|folders?|drive)\b`),
  // …or its team does: "Our sales team (8 reps) logs deals in a shared Excel file" (it starts at the verb and looks back for
  // the team; scanned apart)
  scannedApart(rx(String.raw`\b(?:logs|keeps|tracks|stores|records|manages|enters)\b(?<=\b(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:team|staff|reps|agents|office|company|business|accountant|bookkeeper|assistant|managers)(?:\s*\([^()\n]{1,30}\))?\s+(?:currently\s+)?(?:logs|keeps|tracks|stores|records|manages|enters))\s+(?:(?:our|its|their|all|the)\s+)?(?:[\w-]+\s+){0,2}?(?:in|on|into|with|using)\s+(?:a\s+|an\s+|our\s+|the\s+|their\s+)?(?:[\w.-]+\s+){0,2}?(?:sheets?|spreadsheets?|database|crm|excel|notion|airtable|trello|asana|hubspot|salesforce|pipedrive|quickbooks|xero|shopify|wordpress|dropbox|folders?|drive)\b(?:[ \t]+(?:file|sheet|workbook|base|board))?`)),
  // …or the team's: "Our engineering team (25 people) uses Jira Cloud and Slack" (it starts at the team, a rarer word
  // than "our", and looks back for the possessive; the tool's capital is case-sensitive, as above; scanned apart, as it
  // starts at every "team" and rarely matches)
  scannedApart(rx(String.raw`\b(?:team|company|business|agency|staff|office|practice|clinic|firm|studio|department)\b(?<=\b[Oo]ur(?:[ \t]+[\w-]+){0,2}[ \t]+(?:team|company|business|agency|staff|office|practice|clinic|firm|studio|department))(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+(?:currently[ \t]+|already[ \t]+)?(?:uses|is using|works in|runs on)[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?`, 'g')),
  // material attached: "Attaching 2 files - one with the cart's script", "The attached SVG animation works fine
  // in Chrome" (a document only when described: "see the attached document" may be the brief itself)
  rx(String.raw`\b(?:attaching|attached|i(?:'ve| have) attached|see (?:the )?attached)\s+(?:\d+\s+|the\s+|an?\s+|my\s+|our\s+)?(?:(?!(?:in|on|at|to|for|of|with|from|by|below|above)\b)[\w-]+\s+){0,2}(?:(?:files?|screenshots?|designs?|mock-?ups?|images?|photos?|spreadsheets?|data|code|scripts?|pdfs?|videos?|examples?|svgs?)\b|documents?\s+(?:works|is|are|has|have|shows?)\b)`),
  // who the users are, by what the product lets them do: "an app that enables car dealers to access…"
  rx(String.raw`\b(?:allows?|enables?|lets?|helps?)\s+(?:[\w-]+\s+){0,2}(?!(?:users|others|customers|members|people|consumers|viewers|readers|followers|subscribers|buyers)\b)(?:students|players|dealers|sellers|professionals|guests|patients|teachers|parents|owners|[\w-]+ers)\s+(?:\([^()\n]{1,40}\)\s+)?to\b`),
  // where the client works: "I work on the games team at…"
  rx(String.raw`\b(?:i|we)\s+work\s+(?:on|at|for|in)\s+(?:the|a|an)\s+[\w.-]+\s+(?:team|department|company|studio|agency)\b`),
  // a heading that introduces the client: "About us:", "Who we are", "Company overview"
  rx(String.raw`\b(?:about us|about the company|about our company|company overview|who we are|our story)\b(?=[ \t*#_:-]*(?:\n|:))`),
  // the client named, with what it is beside it: "for Pixel & Paint Academy, a creative learning institute offering…",
  // "We're Web Divine, a leading Australian web agency" (not what is being built: "We're building Soul, an evolving organization")
  rx(String.raw`\b[A-Z](?<=\b(?:[Ff]or|[Aa]t|[Jj]oin|[Ww]e are|[Ww]e're|I am|I'm)[ \t]+[A-Z])[\w'-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'-]*){0,3},[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:${ORG_KIND}|institute|academy|university|college|foundation|association|charity)\b`, 'g'),
  // a named organisation describing itself: "The firm is among the largest providers"
  // (a name is not a pronoun or a heading word, "Deliverable is a written report", and a full stop or line break ends it:
  // "Airtable. This is a…"; "This is a full-time position" describes the job, not the client; what it is may run on to
  // the next line, not past a blank one: a post that stops at "… is a" says nothing of what follows)
  rx(String.raw`\b(?!(?:That|It|There|Here|What|Which|Who|He|She|They|You|Below|Attached|Needed|Preferred|Required|Deliverables?|Budget|Payment|Compensation|Communication|Timeline|Deadline|Scope|Output|Goal|Task|Result|Bonus)\s|This\s+is\s+an?\s+(?:[\w-]+,?\s+){0,3}(?:position|role|job|project|task|contract|gig|opportunity|assignment|engagement|requirement|freelance|hire|thing|example|idea|sample)\b)[A-Z]${NAME_REST}(?:[ \t]+[A-Z]${NAME_REST}){0,3}[ \t]+(?:is|are)\s+(?:a|an|one of|amongst|among|developing|building|launching|working with|expanding|pioneering|redefining|revolutioni[sz]ing|transforming|reshaping|on a mission|dedicated to|committed to)(?:[ \t]+|[ \t]*\n[ \t]*(?=\w))(?!(?:must|plus|bonus|requirement|big plus|nice to have)\b)(?:[\w'-]+${NAME_WORD}{0,3})?`, 'g'),
  // who the client is, said in passing or beside the name (set BF): "As the owner of an AI Automation … Agency, I need…",
  // "JL Closets, South Florida's highest-rated custom closet company, is seeking…" (each starts at a rarer word and looks
  // back; scanned apart, as context's union has no room left under V8's limit)
  scannedApart(rx(String.raw`\b(?:owner|founder|co-?founder|ceo)\s+of\b(?<=\bas\s+(?:the\s+|an?\s+)?(?:owner|founder|co-?founder|ceo)\s+of)\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w&'’-]+\s+){0,8}?${ORG_KIND}\b|\b${ORG_KIND}\b(?<=[\w)],[ \t]+(?:[\w'’&.-]+[ \t]+){1,5}${ORG_KIND})(?=,[ \t]+(?:is|are)[ \t]+(?:seeking|looking|hiring|searching|in need)\b)`)),
  // what the work is for: "revenue cohort analysis … for a payments company", "This is for our investors", "Research
  // aims to improve…" (scanned apart, as above)
  scannedApart(rx(String.raw`\b${ORG_KIND}\b(?<=\b(?:analysis|analyses|report|website|site|app|model|deck|presentation|dashboard|logo|video|content|articles?|copy|campaign)\s+for\s+(?:an?|our|my)\s+(?:[\w-]+\s+){1,2}${ORG_KIND})|\b(?:this|it)\s+is\s+(?:(?:all|only|just)\s+)?for\s+(?:[\w-]+\s+){1,2}purposes\b|\b(?:research|study|thesis|paper)\s+aims\s+to\b`)),
  // who the client works with or for, what it runs on, and its record (set BG): "a web page … for my distributors", "an SVG
  // map for a Shopify website", "I have paid over 50k USD to freelancers" (scanned apart, as above)
  scannedApart(rx(String.raw`\b(?:my|our)\s+${BUSINESS_PARTNERS}\b|\b(?:for|on)\s+(?:a|an|the|our|my)\s+${KNOWN_PLATFORM}\s+(?:website|site|store|shop)\b|\b(?:i|we)(?:['’]ve|\s+have)\s+(?:paid|hired|worked\s+with)\s+(?:more\s+than\s+|over\s+)?\$?\d[\d,.]*(?:k\b)?\+?(?:\s+(?:usd|dollars|freelancers|developers|people|clients))?`)),
  // (set BH) the client's own server, and a fault in something that runs already: "install Jitsi on my server",
  // "throws an 'Alert: Please Select User' error", "most apps wont launch", "I'm running into an issue deploying a
  // release of AEM" (set BK) (scanned apart, as above)
  scannedApart(rx(String.raw`\b(?:on|to|for)\s+(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:server|vps)\b|\b(?:throws?|throwing|getting|gets)\s+(?:an?\s+|the\s+|this\s+)?(?:['"‘“][^'"’”\n]{1,60}['"’”]\s+)?(?:error|exception)s?\b|\b(?:running|ran|run)\s+into\s+(?:an?\s+|this\s+|some\s+)?(?:issue|error|problem|bug)s?\b(?<=\b(?:i|we)(?:\s+am|\s+are|['’]m|['’]re|\s+have|['’]ve|\s+keep)?\s+(?:running|ran|run)\s+into\s+(?:an?\s+|this\s+|some\s+)?(?:issue|error|problem|bug)s?)|\b(?:apps?|site|website|form|plugin|script|bot|server|game|program|software)\s+(?:wont|won['’]t|will\s+not|doesn['’]t|does\s+not|don['’]t|isn['’]t|is\s+not|aren['’]t|are\s+not|can['’]t|cannot)\s+(?:launch|open|load|start|work|working|save|saving|register)\b`)),
  // what the client has tried or made already (set BF): "All I try shows the link 2 times", "I designed a new
  // header and navigation and need it coded" (scanned apart, as above)
  scannedApart(rx(String.raw`\b(?:everything|all|what)\s+(?:i|we)(?:['’]ve|\s+have)\s+(?:already\s+)?tried\b|\b(?:i|we)\s+(?:designed|sketched|drew)\s+(?:a|an|the|my|our|some|this|these)\s+`)),
  // an organisation named by one word that says what it does: "Our factory needs…", "my bakery" (not "my school
  // project"; scanned apart: in the main union it would take "our" from the longer phrases that start there, "our
  // bakery, which sells…")
  scannedApart(rx(String.raw`\b(?:our|my)\s+${KIND_BY_ITSELF_WORD}\b(?![ \t]+(?:projects?|assignments?|homework|essays?|papers?|reports?|presentations?|trip)\b)`)),
];

/**
 * A word with a capital past the start, or a digit, or a platform named in lower case, as many posts type it: "our Magento 2
 * store", "our wordpress site", not "our mobile application".
 */
const SPECIFIC = new RegExp(String.raw`(?:^|\s)(?:\S*\d\S*|[A-Z]\S*|${KNOWN_PLATFORM}(?=\s|$))`);
/** …and a place named that way alone: "my store is on | shopify". */
const KNOWN_PLATFORM_ALONE = new RegExp(`^${KNOWN_PLATFORM}$`, 'i');
const STATE_WORD = /^(?:existing|current|legacy)\b/i;
/** After "existing", "current" or "legacy": an idiom or a need, not a thing the client has ("current with industry trends", "current project requirements"). */
const NO_THING_AFTER_STATE = /^(?:(?:with|on|in|and|or|of|for|as|at|by|is|are)\b|(?:[\w-]+\s+)?(?:requirements?|needs|trends|standards|best\s+practices|market|industry|affairs|events|openings|opportunities|role|position|job|employer|salary|rates?)\b)/i;
const BOILERPLATE_BEFORE_STATE = /(?:\b(?:with|into)|\bnew\s*(?:\/|or|and))\s*$/i;
/** What any business has, unnamed: "existing systems", "existing tools and platforms" (not "existing conveyancing software", "existing ERP"). */
const GENERIC_HELD = /^(?:(?:web|it|digital|business|internal)\s+)?(?:systems?|software|tools?|platforms?|infrastructure|data(?:\s+sources?)?|workflows?|processes|applications?|apps|technolog(?:y|ies)|solutions?|apis|services|websites?)\b/i;
const STATE_VERB = /\s+(?:is|are|was|were|will|would|should|must|can|required|needed|that|which|who)\b/i;
const POSSESSIVE_OR_STATE = /^(?:our|my|existing|current|legacy)\s+(?!(?:goal|mission|aim|clients|customers|users)\b)/i;
/** `KIND_BY_ITSELF_WORD` as the whole of a word, for `accept`. */
const KIND_BY_ITSELF = new RegExp(`^${KIND_BY_ITSELF_WORD}$`, 'i');
/** Not a kind of organisation: "our particular business needs", "my own company". */
const GENERIC_MODIFIER = /^(?:specific|own|entire|whole|particular|unique|overall)$/i;
/** A thing as the possessive pattern names it, singular; the plural counts only when named: "our Shopify stores". */
const ORG_WORD = new RegExp(`^${ORG}$`, 'i');
/** "existing website", "current mobile app": a product the work is on, as `accept` reads the possessive. */
const EXISTING_PRODUCT = /^(?:existing|current|legacy)\s+(?:(?:mobile|web|online|ios|android|wordpress|shopify)\s+)?(?:web ?site|site|web ?page|web ?app|app|application|platform|store|shop|code|codebase|plugin|theme|game|database|software|dashboard|portal|crm|design)$/i;
const ORG_PLURAL = new RegExp(`^${ORG}s$`, 'i');
const KIND_OF_ORGANISATION = new RegExp(`^${ORG_KIND}$`, 'i');
/** A product a client can have, named by what it does: "our accounting software", "our motoring community". */
const PRODUCT = /^(?:software|app|application|platform|saas|product|service|tool|plugin|extension|game|course|podcast|channel|newsletter|marketplace|community)$/i;
/** Words that say where or how a product runs, not what it does: "our mobile app", "my online course", "our iOS/Android app". */
const PLATFORM_MODIFIER = /^(?:mobile|web|online|main|internal|own|entire|whole|custom|simple|small|first|next|old|current|existing|live|official|basic|digital|social|desktop|ios|android|iphone|company|business|personal|future|upcoming|planned|proposed|dream|little|very|mvp|software|cross-platform|web-based|hybrid|native)$/i;
/** "build our dating app": the product to be made, not one that exists. */
const TO_BE_MADE = ledBy(String.raw`build|building|develop|developing|create|creating|design|designing|make|making|code|coding|launch|launching|finish|finishing|complete|completing|start|starting`, 12);
const SENTENCE_SUBJECT = /(?:^|[.!?\n:;(]\s*|,\s*|\band\s+|\bso\s+)$/i;

/** "a Full Stack Engineer based in Bulgaria": where the applicant must be, not the client. */
const APPLICANT_BASED_IN = /\b(?:developers?|engineers?|designers?|candidates?|freelancers?|writers?|applicants?|someone|professionals?|experts?|specialists?|assistants?|analysts?|you)\b[^.!?\n]{0,25}$/i;

/** What makes "have done" a requirement: "must have done", "should have covered", "need to have finished". */
/** What a client can have that says nothing of who they are or what exists: a budget, a deadline, open positions, a want. */
const NOTHING_HELD = /^(?:(?:we|i)\s+(?:have|had)\s+(?:an?\s+(?:max(?:imum)?|budget|deadline|limited|tight)\b|an?\s+(?:(?:short|small|quick|simple|little|easy|urgent)\s+)+(?:project|task|job|gig|assignment)\b|(?:two|three|four|five|several|\d+)\s+(?:[\w-]+\s+)?(?:open\s+)?(?:positions|roles|openings|vacancies|spots)\b|(?:many|several|multiple)\s+(?:projects|tasks|jobs)\b)|(?:we\s+are|we['’]re|i\s+am|i['’]m)\s+(?:wanting|needing)\b)/i;
const GOT_NOTHING_MADE = /^(?:i|we)(?:['’]ve|\s+have|\s+had)\s+(?:already\s+|just\s+)?got(?:\s+(?:a|an|the|my|our|\d+)\s+(?:task|job|gig|project|question|lot|few|couple|bit|chance|opportunity|offer|position|role|person|people)s?\b.*)?$/i;
const REQUIRED_BEFORE = /\b(?:must|should|to)\s+$/i;
/** A match of the PLACED pattern: the place must be a name, and the patterns are case-insensitive, so the capital is checked here. */
const PLACED_AT = new RegExp(`^${PLACED}\\S+$`, 'i');

function accept(text: string, start: number, end: number): boolean {
  const match = text.slice(start, end);
  if (PLACED_AT.test(match)) {
    const place = match.slice(match.search(/\S+$/));
    return /^[A-Z]/.test(place) || KNOWN_PLATFORM_ALONE.test(place);
  }
  if (/^based in$/i.test(match) && APPLICANT_BASED_IN.test(text.slice(Math.max(0, start - 40), start))) return false;
  // "I've got a task for you", "We've got a lot of people", "I've got" alone: having, not having made something
  if (GOT_NOTHING_MADE.test(match)) return false;
  // (set BF) a budget or a deadline held, a short job (set BJ), open positions, a want: no background ("I have a max budget", "We have two
  // positions available", "I am wanting an app"); and the applicant's thing or one for sale, not the client's ("If you
  // have an existing solution", "build or sell an already built app"). (Told here, not in the patterns: context's union
  // has no room left under V8's limit.)
  if (NOTHING_HELD.test(match)) return false;
  // "my distributors": whom the client sells through says who it is even alone (the test below would call "our" and a
  // plural thin)
  if (BUSINESS_PARTNERS_ALONE.test(match)) return true;
  if (/^(?:existing|current|legacy)\b/i.test(match) && /\byou\s+(?:already\s+)?have\s+(?:an?\s+)?$/i.test(text.slice(Math.max(0, start - 30), start))) return false;
  if (/^already\s+built\b/i.test(match) && /\b(?:sell|buy|purchase|offer)\s+(?:(?:us|me)\s+)?(?:an?\s+|your\s+)?$/i.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "our new iPhone app" is the thing to be built, not something that exists.
  if (/^(?:our|my)\s+new\b/i.test(match)) return false;
  // "our website" is thin alone, but not as the place a feature is added to: "add a WhatsApp button on our website"
  if (ADDED_TO_MATCH.test(match) && ADDED_TO_BEFORE.test(text.slice(Math.max(0, start - 90), start))) return true;
  // "Must have done this before": a requirement of the applicant, not work already done
  if (/^ha(?:ve|s)\b/i.test(match) && REQUIRED_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  // "our website", "our existing system" alone are thin; a named or numbered thing is context.
  if (POSSESSIVE_OR_STATE.test(match)) {
    // The phrase ends where an infinitive goes on: "our team | to understand project"; a state's where a verb does:
    // "existing systems | is required".
    let rest = match.replace(POSSESSIVE_OR_STATE, '').split(/\s+to\b/i)[0]!;
    const state = STATE_WORD.exec(match)?.[0];
    if (state) {
      // "keep up with industry trends", "meet the current project needs": no thing that exists; "integrate AI
      // agents with existing software and platforms", "New / Existing site projects": a role's boilerplate
      if (NO_THING_AFTER_STATE.test(rest) || (BOILERPLATE_BEFORE_STATE.test(text.slice(Math.max(0, start - 12), start)) && GENERIC_HELD.test(rest.trim()))) return false;
      rest = rest.split(STATE_VERB)[0]!;
      // "existing app is shared in private", "current data is in Airtable", "existing application for which…": the
      // thing named first
      const named = rest.trim().split(/\s+/).slice(0, 2);
      if (named.some((_, i) => EXISTING_PRODUCT.test(`${state} ${named.slice(0, i + 1).join(' ')}`))) return true;
    }
    const words = rest.trim().split(/\s+/);
    // "our Android apps", "our Pilates exercise scripts"; not "our design and sales teams"
    const last = words[words.length - 1]!;
    if (ORG_PLURAL.test(last) && !ORG_WORD.test(last) && !SPECIFIC.test(rest)) return false;
    // "our factory", "my bakery": one word that says what kind of organisation the client is (not "our company")
    if (words.length === 1 && KIND_BY_ITSELF.test(last)) return true;
    // "our construction business", "my photography studio": what kind of organisation the client is.
    if (words.length >= 2 && KIND_OF_ORGANISATION.test(words[words.length - 1]!) && !GENERIC_MODIFIER.test(words[words.length - 2]!)) return true;
    // "our accounting software", "my meditation app": what the client's product does, when it exists already (not
    // "build our dating app", the product to be made)
    if (words.length === 2 && PRODUCT.test(words[1]!) && !words[0]!.split('/').every((w) => PLATFORM_MODIFIER.test(w)) && !isLedBy(TO_BE_MADE, text, start)) return true;
    // "our existing website", "my current app": the thing the work is on, which exists (not "our existing systems",
    // which a role's boilerplate integrates with; tested last, so the warm-up draft's "our current website" still runs
    // the tests above: when it returned first, a fresh engine's first "our cafe" waited 1.5 ms for their compilation)
    return SPECIFIC.test(rest) || words.length >= 3 || EXISTING_PRODUCT.test(rest);
  }
  // who a product is for, not what the applicant has built for others
  if (PRODUCT_FOR_AT_START.test(match) || MADE_FOR_AT_START.test(match)) return !isLedBy(APPLICANT_SKILL_BEFORE, text, start);
  // "we sell…" as the subject of a sentence, not "the data I provide".
  if (CLIENT_DOES_AT_START.test(match)) {
    return SENTENCE_SUBJECT.test(text.slice(Math.max(0, start - 6), start));
  }
  return true;
}

/**
 * A quote that starts at what the client is, where the patterns start to find it quickly ("agency seeking…", "author
 * looking for…"): shown with the words before it ("Digital marketing agency seeking…").
 */
const STARTS_AT_KIND = new RegExp(String.raw`^(?:${KIND_OF_ORG}|${SMALL_ORG}|${CLIENT_TRADE})\b`, 'i');

/** What the phrase rules find, before the learned judgement weighs it with the post's words. */
export function contextRuleEvidence(doc: Doc): Evidence[] {
  return doc.memo('context-rule-evidence', () => collectEvidence(doc, PATTERNS, { accept, widenAt: STARTS_AT_KIND }));
}

/** What the learned judgement reads besides the words (`model/linear.ts`). */
export function contextSignals(doc: Doc): number[] {
  return evidenceSignals(doc, contextRuleEvidence(doc));
}

export const missingContext: SectionRule = {
  type: 'section',
  section: 'context',
  label: 'Context',
  meta: {
    id: 'missing-context',
    name: 'No background',
    level: 'warning',
    description: 'Flags a post with no background: who you are, what the work is for, who the users are, or what exists already.',
    why: 'Freelancers price and plan from context; without it they guess, and the best ones ask questions instead of bidding.',
    seeds: '001 #3 "never assume… know your systems"; 004 #2',
    messages: {
      missing: 'The post gives no background: who you are, what it is for, or what exists already.',
      thin: 'The background is only hinted at ("{{found}}"): say who you are, what the work is for, or what exists already.',
    },
  },
  evidence: ({ doc }) => judgedEvidence('context', doc, contextRuleEvidence(doc), contextSignals(doc)),
  phraseEvidence: ({ doc }) => contextRuleEvidence(doc),
  missingBecause: ({ doc }) => overruled(contextRuleEvidence(doc)),
  template: () => 'We are [who you are]. This is for [who will use it / what it is for]. What exists today: [current site, app, data, designs].',
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    // a design the client has in mind is not one that exists
    { description: 'Web designer to help me sell a product. I have a specific design in mind.' },
    // what the applicant's work will improve, named generically, is no background
    { description: 'Market research analyst to provide insights that enhance our marketing strategies and product offerings.' },
    // an idiom, a need, a role's boilerplate and a task offered are no background
    { description: 'Data analyst. Stay current with industry trends and recommend improvements.' },
    { description: 'AI developer for a voice agent that meets current project requirements.' },
    { description: 'NetSuite developer for a custom module. Integration with existing systems is a must.' },
    { description: "Got an Android phone? I've got a task for you, $400. We've got a lot of people already." },
    // where the applicant must be, an offer to the applicant, the job itself, and a requirement
    { description: 'We are seeking a Full Stack Engineer based in Bulgaria.' },
    { description: 'If so, we have the right opportunity for you! Test our app.' },
    { description: 'This is a one time thing. Draw a logo.' },
    { description: 'Customize the car rental solution to meet our specific business requirements.' },
    { description: 'Write a Node script. Which API service will we use for data gathering?' },
    { description: 'Need a React developer. Must know TypeScript. Apply now.' },
    { description: 'Looking for a logo designer to join our team.' },
    // a job opening is not a business opening
    { description: 'We have an opening for a logo designer. Send your portfolio.' },
    // Words that only look like evidence: "portfolio … app" is not porting an app, "maintainable
    // code" is not maintaining one, and what the applicant has done is not what the client has.
    { description: 'Build a booking app. Share a portfolio showcasing previous mobile app designs.' },
    { description: 'Write maintainable code and optimize app performance.' },
    { description: 'Set up tracking in GA4. Only apply if you have done this before.' },
    // "our new …" is the thing to build, not something that exists
    { description: 'Build our new iPhone app with a login screen.' },
    // nor is a product named by what it does when it is still to be made, nor one named by where it runs
    { description: 'Build our dating app with profiles and chat.' },
    { description: 'Looking for a moderator to build our gaming community.' },
    // "our team" is thin, and the phrase ends at "to": not "our team to grasp the project"
    { description: 'Work with our team to understand project goals and build the app.' },
    // "This is a full-time position" describes the job, and "It is a…" names nobody
    { description: 'This is a full-time position. Must know React.' },
    { description: 'It is a quick job. Build a form.' },
    { description: 'Build a landing page. Send your CV and we’ll see if we’re a good fit.' },
    { description: 'This is a full-time, long-term position. Must know React.' },
    // a skill with models "in production" is not the client's system in production
    { description: 'Must have experience deploying ML models in production environments.' },
    // a name does not run across lines: "Timeline / This is a…" is a heading, then a pronoun
    { description: 'Build a form.\n\nTimeline\nThis is a quick job.' },
    { description: 'I have a hard time describing our style. Draw a dragon.' },
    // what the applicant has built for others, and an audience not described
    { description: 'Must have experience building websites for coaches. Build a landing page.' },
    { description: 'Design banners that resonate with our target audience.' },
    // a company named as a kind, with nothing about it
    { description: 'Small company looking for a logo designer.' },
    // a phrase does not read across a blank line into the next paragraph ("existing solutions.\n\nArchitect the")
    { description: 'Improve existing solutions.\n\nArchitect the new pipeline.' },
    // when something was built is not what it was built with
    { description: 'Need 2 Minecraft builders. Send samples of things that have been built in the past.' },
    // "targeting" heads the next line's list item, not an audience
    { description: 'Build a social media tool. Targeting\nSentiment analysis of posts.' },
    // the market an applicant has built for is not the client's
    { description: 'Must have experience building apps tailored for the beauty industry. Build a booking app.' },
    // users in general are every product's, the applicant being ready is not the client, an example is nobody's
    // name, and teams in general are thin
    { description: 'The website should allow users to upload videos and manage subscriptions.' },
    { description: 'Need WordPress help. Only apply if you are ready for a quick call.' },
    { description: 'This is an example of an idea we came up with. Build the workflow.' },
    { description: 'Work with our design and product teams on new features.' },
    // a document attached somewhere is the brief, not material that exists
    { description: 'Please check the proposal document attached in the files.' },
    // what is being built is not who the client is; the applicant's experience is no existing system; "a paid
    // requirement" says nothing of what exists
    { description: "We're building Soul, an evolving organization at the frontier of technology." },
    { description: 'BI developer. Lower rate for people with no existing Upwork experience in the field.' },
    { description: 'I have a paid feature development requirement, hope you can help me.' },
    // what the client's software uses counts when it is a name: "cookies" is not
    { description: 'Our site uses cookies. Add a banner.' },
    // what will be done is not what exists
    { description: 'Build a logo. Paid when everything is done.' },
    // a budget, open positions, a want, the applicant's solution and one for sale are not what the client is or has
    { description: 'Design and code a simple 4-5 page WordPress site. I have a max budget of $400.' },
    { description: 'We have two positions available starting in August. Send your resume.' },
    { description: 'I am wanting an app that listens to a sound and gives tips.' },
    { description: 'Digital signage web app. If you have an existing solution, send demo links and pricing.' },
    { description: 'Build or sell us an already built business directory app with reviews and maps.' },
    // open positions named with their kind (set BH)
    { description: 'I have 4 dev openings in Denver. Send your resume.' },
    // a short job held (set BJ)
    { description: 'Hi there, I have a quick task for an Excel whiz. Strong formulas needed.' },
    // whom the client is not hiring (set BK)
    { description: 'Full-stack developer for a web app from scratch. We are not looking for a software agency in this regard.' },
  ],
  pass: [
    // a project being finalized exists
    { description: 'Developer to help finalize a project utilizing Google Street View with social media features.' },
    // a thing shown to exist by how far it is, by being up already, by being set up, by its files, by being ported
    { description: 'Urgent need to work on React Native app: 95% app already complete.' },
    { description: 'Social media app. I have my project running but I have to add a Firebase account.' },
    { description: 'Need Goerli test ETH. I have already set up the Goerli test environment, so no assistance is required there.' },
    { description: 'Looking for an experienced web designer. I have PSD files. They should be converted to an HTML template.' },
    { description: 'Developer wanted to port a successful iOS RPG game written in Objective C to Android.' },
    // work to follow the client's design, the client's data models, a tool the client utilizes
    { description: 'Tailwind expert. Build a website as per our instructions, design, and images.' },
    { description: 'Data analyst with Airbnb experience to test OTA features based on our data models.' },
    { description: 'Python data analyst. We utilize Moralis for querying Web3 data.' },
    { description: 'Help me apply for jobs. I am seeking a job in the renewable energy sector.' },
    // the client's company by who started it, a product for small and medium-sized businesses, a core already built
    { description: 'Front end web developer. The San Diego based Internet company I started is hiring!' },
    { description: 'Full-stack developer to create an AI sales platform tailored for small and medium-sized businesses.' },
    { description: 'Connect a MetaMask wallet to the app. The core function of the app is completed through Replit.' },
    // a small organisation introducing itself as it hires, in one line (the judgement learns one-line drafts from examples)
    { description: 'Family bakery seeking a logo designer.' },
    // the client's things shown to exist by a problem, by changes asked for, by their growth; who the client is; what it
    // holds, counted or by its system
    { description: 'Website minor fixing. There is a problem in my website; you need to know CSS and JavaScript.' },
    { title: 'Can you customize this plugin for me?', description: 'Can I pay you to make some changes to the script?' },
    { description: 'Marketing specialist to drive the promotion and growth of our iOS/Android app.' },
    { description: 'Analytics manager. I work for corporate Conde Nast and we need a full-time contractor.' },
    { description: 'AI consultant to help me, a one-person business, use AI for marketing and podcasts.' },
    { description: 'Inventory analyst to optimise stock levels across 3,000+ Amazon listings in Canada and the USA.' },
    { description: 'Build a sales dashboard in Power BI, leveraging data from SQL Server.' },
    { description: 'PHP script to load millions of data in mysql table into a data-table quickly.' },
    // an existing thing named before what is said of it
    { description: 'Flutter developer. Our existing app will be shared privately with the chosen developer.' },
    // a feature added to an app presupposes the app (the reviewers label "integrating this into our app" context)
    { description: 'Add push notifications to our mobile app.' },
    // a product named by what it does: what the client has
    { description: 'We need a 90-second explainer video for our accounting software.' },
    // a possessive inside the name of what the client has
    { description: 'Copy the prices from our supplier’s PDF catalog into a sheet.' },
    // …or a community the client runs, by what it gathers
    { description: 'Create an AI agent that answers questions for our motoring community.' },
    // writing the client has, to be worked on
    { description: 'Translate our 20-page employee handbook from English to Spanish.' },
    // a business the client is opening
    { description: "We're opening a specialty coffee roastery in Portland in March. Design our logo and bag labels." },
    // the industry or market the product is for, and material that already exists
    { description: 'Design and build an AI voice agent tailored for the real estate industry.' },
    { description: 'The content and images are already available on Substack. Format them into a report.' },
    // what the result is for
    { description: 'Build a valuation model. The deliverables will be used for internal strategy discussions.' },
    // something the client already made
    { description: 'We need 3D buildings for the new game Eden, which was featured on the front page.' },
    { description: 'Write dialogue for the game I created.' },
    { description: 'We are a small bakery in Leeds and need online ordering.' },
    // the typographic apostrophe most posts type
    { description: 'We’re a small bakery in Leeds and need online ordering.' },
    // a heading that introduces the client, and a named organisation on its mission
    { description: 'About us:\nThree bakeries in Leeds since 1990.\n\nNeed a logo.' },
    { description: 'Acme Robotics is pioneering warehouse automation. Need a logo.' },
    { description: 'Our Magento 2 store needs a new checkout step.' },
    { description: 'The current site is built on WordPress and loads slowly.' },
    { description: 'I need a record-keeping app made for my home business.' },
    { description: 'Help with customizing our existing website.' },
    { description: 'The dropdown in my Magento 2 admin form loses the selected option.' },
    // work that presupposes the thing exists
    { description: 'Please upload my app to the Play Store.' },
    { description: 'Customisation of a WordPress theme to match the new logo.' },
    // who the client is: a small team, what they make, their company in a relative clause
    { description: 'We are 2 sisters and need a logo.' },
    { title: 'Fast growing gaming start up looking for a writer', description: 'Write dialogue for our levels.' },
    { description: 'We have programmers, music, game design covered and need an artist.' },
    // "This is a …" that says what exists still counts
    { description: 'This is a recipe website with 2,000 members; add a search box.' },
    { description: 'Our booking app is in production and crashes on login.' },
    // what exists and what it is made with, material described, who the users are, where the client works
    { description: 'Move it to WordPress. It was developed in CodeIgniter and has one form.' },
    { description: 'The attached animated SVG works fine in Chrome but breaks in Firefox. Fix it.' },
    { description: 'Build a secure app that enables car dealers to access their documents.' },
    { description: 'I work on the games team at a cartoon channel. Need a programmer.' },
    { description: 'Quick bug fix. My website has been built with Laravel and broke after a PHP update.' },
    // an existing setup, instance or workspace
    { description: 'Move my cloud n8n setup to a self-hosted server.' },
    { description: 'Tidy up our Airtable workspace and its automations.' },
    // what kind of organisation the client is
    { description: 'Accounting support for our construction business.' },
    { description: 'We print photos on glass and need a product page.' },
    { description: 'Create a cohort analysis for our company, which has 18 software products.' },
    // who the product's users are
    { description: 'Build a point-of-sale system tailored for restaurants.' },
    { description: 'Design a game.\nTarget audience: children aged 9 to 10.' },
    // what exists: named with a slash, where it runs, what it is made with, its source, its version, a bug in it,
    // its state now, material handed over or attached
    { description: 'Rebuild our native Java/Swift app in React Native.' },
    // (set BZ) the organisation's name shortened in brackets before its kind
    { description: 'Design a landing page for our Search Engine Optimisation (SEO) agency.' },
    { description: 'Install Jitsi on my droplet at Digital Ocean and make sure it works.' },
    { description: 'Finish my game made with Unity. Add a menu.' },
    { description: 'Source code is available. Reskin the game.' },
    { description: 'Add a captcha to an old version of PrestaShop 1.2.5.' },
    { description: 'Fix a POST 405 error for an ajax request into a laravel app.' },
    { description: 'My database currently has 5 GB and queries are slow. Tune it.' },
    { description: 'Payment integration was done, but I have some problems. Fix them.' },
    { description: 'I’ll provide 299 Zoom recordings. Train a voice model.' },
    { description: 'Create balance sheets based on provided P&L statements.' },
    { description: 'Attaching 2 files with the script. Convert it to GA4.' },
    { description: 'Attached is the data set. Find trends by department.' },
    { description: 'Generate voiceovers for our Pilates exercise scripts.' },
    // who the client is and what the work is for
    { description: 'I’ve been a programmer for years and need an artist.' },
    { description: 'I’m a competent AS3 developer looking for an artist.' },
    { description: 'Our platform is a learning system. Add flashcards.' },
    { description: 'It is for a charity where people donate for prizes. Build the leaderboard.' },
    { description: 'Build a pricing system for one of our divisions, UglyTruck.' },
    // what the client is making, what its software uses, and the client named with what it is
    { description: "I've been making a new game for the past few weeks. Need an artist." },
    { description: "I'm working on two HTML5 games. Need pixel art." },
    { description: 'Our application uses CodeIgniter 3. Integrate a payment library.' },
    { description: 'Build a financial model for Pixel & Paint Academy, a creative learning institute.' },
    // writing that exists, to be translated or edited
    { description: 'Translate my cookbook from Spanish to English: 45,000 words.' },
    { description: 'Proofread our 40-page thesis on soil erosion.' },
    // who the client is, said in passing or beside its name; what the work is for; what was tried or designed already
    { description: 'As the owner of an AI automation agency, I need hands-on help with GoHighLevel.' },
    { description: "Acme Closets, South Florida's highest-rated custom closet company, is seeking a WordPress developer." },
    { description: 'Create a revenue cohort analysis for a payments company within 24 hours.' },
    { description: 'Build a DCF model in Excel. It is for investment purposes.' },
    { description: 'Research aims to improve intrusion detection with fuzzy logic.' },
    { description: 'Cron job for a game page. Everything I have tried shows the link twice.' },
    { description: 'I designed a new header and navigation and need it coded into responsive HTML.' },
    // whom the client sells through, the platform its site runs on, the client's record, its product improved (set BG)
    { description: 'I am looking for a web page to display product information for my distributors.' },
    { description: 'Create a clickable SVG floor plan for a Shopify website.' },
    { description: 'I have paid more than 98k+ USD to freelancers in the last few months. Need a .NET developer.' },
    { description: 'AI developer to enhance our Anti-Money Laundering (AML) application.' },
    // the client's own server, and a fault in something that runs already (set BH)
    { description: 'I need to install BigBlueButton on my server.' },
    { description: "Whenever I register a new user, the app throws an 'Alert: Please Select User' error." },
    { description: 'Setting up a new laptop and most apps wont launch.' },
    // a fault the client runs into, and who the client is, in the plural (set BK)
    { description: 'We are running into an error each time the Django app restarts on the new host.' },
    { description: 'We are entrepreneurs managing multiple dynamic businesses seeking an AI automation expert.' },
    { description: 'I need someone who can add stripe payment getaway for my php website.' },
    // a startup where it works, and the research the work is for (set BJ)
    { description: 'Rapidly evolving startup in the UK Real Estate Market looking for a part-time data engineer.' },
    { description: 'We need a statistical analyst to run a simple moderated mediation model for our research paper.' },
    // material the client has: given, or to be converted (set BL)
    { description: 'Develop a website, HTML and CSS only, 4-5 pages. Content is provided. Simple design.' },
    { description: 'Convert html pages to React js component. Number of pages 5.' },
  ],
};
