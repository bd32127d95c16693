import { jobKind, type JobKind } from '../job-kind';
import type { RuleExamples, SectionRule } from '../rule';
import { isNegated, scannedApart, sentenceAround } from '../text/match';
import { atSentenceStart, CURRENCY, CURRENCY_CODE, CURRENCY_CODES, OTHER_CURRENCY_CODES, PESO, rx } from '../text/vocab';
import { collectEvidence } from './section-helpers';

/** Ends on a digit: "$99." is $99 and a full stop. */
const AMOUNT = String.raw`\d(?:[\d,.]*\d)?(?:\s*k\b)?`;

/** What a rate is per: "/hr", "per month", "a word", "$45 per recipe", "$25 per plan" (a list, not any word: "$10 per multiple…"). */
const PER_UNIT = String.raw`(?:hr|hour|h|month|mo|week|wk|day|word|article|page|video|post|episode|task|image|item|recipe|plan|app|script|unit|report|listing|package|project|model|render|design|logo|lesson|session|call|lead|sale|appointment|song|track|minute|illustration|photo|edit|piece|chapter|asset|sprite|question|entry|record|row|product|file|document|slide|batch|deliverable|milestone|character|map|level|translation|review|interview|transcript|description|caption|thumbnail|icon|banner|email|spread|webinar|event|shift|class|visit|stream)`;

/** A rate's unit after its amount, quoted with it: "$30–45/hr", "$0.06 per word", "$500 a month", "$45 per recipe". */
const PER_UNIT_TAIL = String.raw`(?:\s*(?:\/\s?|per\s+(?:(?:audio|finished|final|recorded|edited)\s+)?|an?\s+)${PER_UNIT}s?\b|\s+each\b)?`;

/** Stated as unpaid, revenue share or hobby: a payment term too (the labels count it). */
const UNPAID = String.raw`\b(?:(?:won'?t|will not|wont) be any (?:initial |upfront |up-front )?pay|(?:can'?t|cannot|can not) pay(?: you| for any work)?(?!\s+(?:much|more|a lot|top|high|big|well|very)\b)|(?:is|are|there is|there will be) no pay(?:ment)?|not (?:a )?paid (?:position|project|job|gig)|non-?paid (?:position|project|job|gig|role)|non[- ]?paying (?:position|project|job|gig|role)|(?:this is|it['’]?s|it is)(?: all| just| purely)? (?:a )?(?:hobby|passion|unpaid) (?:project|work)|(?:this is|it['’]?s|it is) (?:just |purely |only )?for fun\b|no (?:kind of )?(?:real )?monetary (?:gain|compensation)|no payment(?=\s*[,.!;]\s*sorry\b|\s+(?:at all|involved|offered|whatsoever)\b)|neither of us (?:gets?|will get|are getting|is getting) paid|(?:can['’]?t|cannot|can not) offer (?:any )?(?:(?:monetary|financial) )?(?:money|pay|payment|compensation))`;

/** The client paying by a named service: "I could pay via PayPal" (set BN; it starts at the service and looks back). */
const PAID_BY_SERVICE = String.raw`\b(?:paypal|payoneer)\b(?<=\b(?:i|we)\s+(?:can\s+|could\s+|will\s+|would\s+|['’]ll\s+)?pay\s+(?:you\s+)?(?:via|through|by|with|on)\s+(?:paypal|payoneer))`;

const PATTERNS = [
  rx(UNPAID),
  // a hobby project said by its tag, as game-dev boards write it: "[LFM] Musician for my game [Hobby]" (unpaid: a term)
  // (or one of the tag's words: "[Hobby/Portfolio]", "[Paid/Hobby]")
  rx(String.raw`\bhobby\b(?<=\[[^\]\[\n]{0,30}hobby)(?=[^\]\[\n]{0,30}\])`),
  // …or named as the kind of project: "Coder [LF] Crew, Hobby project", "creative partner for a light-commitment hobby
  // gamedev collaboration" (not past projects asked about, "Participation in open source and/or hobby projects", nor
  // the client's own, "some hobby projects of mine")
  rx(String.raw`\bhobby(?<!\b(?:in|or|and\/or|your|their|of)\s+['‘’"]?hobby)(?:\s*\/\s*fun)?\s+(?:projects?|gamedev|game\s*dev(?:elopment)?|collaboration|team|games?(?=\s+for\s+fun\b))\b(?!\s+(?:of\s+mine|i['’]ve|i\s+have)\b)`),
  // "$500", "€20/hr", "$30–45/hr", "$600–900", "$500 a month" (quoted whole); "USD 300", "Rs. 5000", "CAD 6,000 - 8,000"
  // (rupees with a space or a dot: "RS232" is a serial port); cents with no dollar: "$.03/word" (set BM)
  rx(String.raw`[$€£₹¥₱₦]\s?(?:\.\d+|${AMOUNT})(?:\s*(?:-|–|to)\s*[$€£₹¥₱₦]?\s?${AMOUNT})?${PER_UNIT_TAIL}`),
  rx(String.raw`\b(?:(?:${CURRENCY_CODES}|${PESO}|us\$|a\$|c\$)\s?|rs(?:\.\s?|\s))${AMOUNT}(?:\s*(?:-|–|to)\s*${AMOUNT})?${PER_UNIT_TAIL}`),
  // …and the less common codes: "AED 1,500", "CHF 900", "RMB6500 per month" (set BM) (scanned apart: in budget's union, its branch slowed every try of
  // the union, 0.125 G of the engine's instructions over the corpus; alone it is tried at the rare codes only)
  scannedApart(rx(String.raw`\b(?:${OTHER_CURRENCY_CODES})[ \t]?${AMOUNT}(?:\s*(?:-|–|to)\s*${AMOUNT})?${PER_UNIT_TAIL}`)),
  // "75$", "100 €": the symbol after the amount, as many write it
  rx(String.raw`\b${AMOUNT}\s?[$€£₹¥₱₦](?![\w$])`),
  // "500 USD", "300 dollars", "20 euros per hour", "10000 rs" (not "1point=1rs", a product's points)
  rx(String.raw`\b${AMOUNT}(?:\s?(?:${CURRENCY_CODE}|dollars?|euros?|pounds?|bucks|rupees?)|\s+rs)\b`),
  // "budget: fixed", "budget is 300", "budget of up to 2k", "my budget only 600", "Budget is 300-400 AUD", "Budget: $0.06
  // per word" (whole)
  rx(String.raw`\bbudget\s*(?:is|of|:|-|–|around|about|up to|range|between|only|just|max(?:imum)?|(?<=[ \t])(?=\d))\s*(?:around|about|up to|approx\.?|roughly|only|just|max(?:imum)?|under|below|less than)?\s*(?:${CURRENCY}?${AMOUNT}(?:\s*(?:-|–|to)\s*${CURRENCY}?${AMOUNT})?(?:\s?(?:${CURRENCY_CODE}|dollars?|euros?|pounds?)\b)?${PER_UNIT_TAIL}|fixed|hourly)`),
  // a payment basis without an amount: "hourly rate", "fixed price", "paid per milestone", "flat fee", "Hourly, up to 15
  // hours" heading its sentence (when no amount follows, which is quoted instead: "Hourly, $30–45/hr")
  rx(String.raw`\b(?:fixed[- ](?:project[- ])?(?:price|fee|budget|rate|payment|cost|amount|salary)|hourly (?:rate|pay(?:ment)?|basis|contract|budget|compensation|wages?)\b|hourly[- ]based\b|(?:on|at) an hourly(?:[ \t]+(?:basis|rate))?\b|hourly${atSentenceStart('hourly')}(?=[ \t]*[,;:.–—-](?![ \t]*(?:[$€£₹¥₱₦]|\d)))|flat[- ](?:fee|rate)|(?:price|rate|pay|payment) is fixed\b|(?:initially|strictly|billed)[ \t]+hourly\b|per (?:hour|article|word|page|video|post|milestone|task|deliverable)\b(?<!\bcosts?[ \t]+per[ \t]+\w+)(?<!\b(?:fair|your)[ \t]+per[ \t]+\w+)|paid (?:per|by the|hourly|weekly|monthly|on completion|upon|via|through|in)\b ?\w*(?:[ \t]+(?:milestones?|installments?|instalments?|parts|payments|stages|tranches)\b)?|payment (?:per|upon|on (?:completion|delivery|approval)|terms|(?:for (?:the|this|each) (?:[\w-]+ ){0,2}?[\w-]+ )?will be (?:made|released|sent|paid)|is (?:per|upon|made|released|hourly|fixed|weekly|monthly))\b|pay(?<=\b(?:(?:we|i)(?:['’]ll| will| would| can)?|will|would) pay) (?:you )?(?:per (?:project|job|hour|task|piece|article|word|page|video|deliverable|milestone|design|image)\b|hourly\b|by the hour\b|(?:[\w-]+ )?(?:every|each) (?:month|week|day)\b)|pay(?:ing)?\s+(?:some|half|part(?:\s+of\s+it)?|a\s+portion|a\s+deposit|\d{1,3}\s*%)\s+(?:up[- ]?front|in advance)\b|milestone(?:[- ]based)? payments?|milestone\s+\d+\s*:[^()\n]{0,60}\(\s*\d{1,3}\s*%\s*\)|milestone\s+\d+\s*\(\s*\d{1,3}\s*%\s*\)|payment\s+structure\s+is\s+based\s+on\s+(?:[\w-]+\s+)?milestones\b|(?:first|second|third|final|last|1st|2nd|3rd)\s+milestone\s*[:(–-]?\s*\(?\s*\d{1,3}\s*%|(?:do|split|structure|break|pay for)\s+(?:this|it|the (?:work|project|job))\s+(?:based on|by|in|into|via|per|with)\s+(?:a\s+|the\s+)?milestones?\b|pay(?:ing)?\s+(?:via|through|in|by|per|on|upon)\s+(?:[\w-]+\s+){0,2}?(?:milestones?|installments|instalments|completion|delivery)\b|(?:monthly|weekly) (?:compensation|salary|pay(?:ment)?|retainer|fee|stipend)\b|(?:happy|willing|able) to pay\s+(?:[\w-]+\s+){0,3}?(?:monthly|weekly|daily|hourly|per\b|up ?front|in advance|half|upon|on (?:completion|delivery|results)|by the|(?:a |the )?(?:fixed|flat|one[- ]?off|1[- ]?off)|in (?:installments|instalments|milestones))|pay (?:a )?(?:minimum|maximum|up to|around|about) \d|pay (?:you )?(?:after|once|when) (?:everything|it|the (?:work|job|project|task)|all(?: the work)?) is (?:done|complete|completed|finished|delivered|approved)|(?:revenue|profit)[- ]shar\w+|rev[- ]?share|unpaid(?!\s+(?:[\w-]+\s+)?(?:invoices?|bills?|balances?|orders?|payments?|amounts?|fees?|debts?|customers?|rent|costs?|wages)\b)|pro bono|volunteer (?:basis|position|project)|equity[- ](?:only|based|compensation)|(?:task|project|results?|performance|commission)[- ]based (?:payments?|pay|compensation)|payment is based on (?:the\s+)?(?:results|performance|milestones|deliverables|output))`),
  // a retainer as the basis: "freelance work on a retainer model", "on a retainer basis"
  rx(String.raw`\bon\s+(?:an?\s+)?retainer(?:\s+(?:model|basis|agreement))?\b|\bretainer\s+(?:model|basis|agreement|contract)\b`),
  // royalties as the pay: "Compensation: Royalties/PAID", "earn a 20% royalty", "[Paid, Royalties, or Both]", "the
  // option of going the royalties route" (not what is worked on: "royalty-free music", "a royalty company", "analyse
  // royalties"; it starts at the rare word and looks back)
  rx(String.raw`\broyalt(?:y|ies)\b(?!-free|[ \t]+(?:free|company|companies|statements?|reports?|income|streams?)\b)(?<=(?:\b(?:compensation|payment|pay)[ \t]*[:–-][ \t]*|\b(?:get|earn|receive|offer|paid in|pay in|pay you in)[ \t]+(?:a[ \t]+)?|\d[ \t]*%[ \t]+|[\[(][^\])\n]{0,20}|\bgo(?:ing)?[ \t]+the[ \t]+)royalt(?:y|ies))`),
  scannedApart(rx(PAID_BY_SERVICE)),
  // profits split as the pay: "split profits 33/33/33", "a 50/50 profit split", "share profits 50/50", "develop
  // the game as 50-50 partners", "a coder to go 50/50 in on a game", "a kind of dual ownership deal" (set BN), "What the comic site pays is split 50x50 between me (the writer) and the artist"
  rx(String.raw`\b(?:split(?:ting)?|shar(?:e|es|ed|ing))\s+(?:the\s+|all\s+|any\s+)?(?:profits?|revenues?|earnings|royalties|income|proceeds)\b|\b(?:profit|revenue)\s+split\b|\bsplit\s+the\s+(?:pay|payment|money)\s+\d{1,2}\s*[/-]\s*\d{1,2}\b|\b(?:profits?|revenues?|royalties)\s+(?:will|would|is|are)\s+(?:be\s+)?(?:shared|split)\b|\b50\s*[-/]\s*50\s+(?:partners(?:hip)?|split|share)\b|\bgo\s+50\s*[-/]\s*50\b|\b(?:dual|joint|shared|co-?)[ -]?ownership\b|\bsplit\s+(?:\d{1,2}\s*[x/-]\s*\d{1,2}|evenly|equally)\b(?<=\b(?:money|amount|pay|payment|earnings|income|proceeds)\b[^.!?\n]{0,40}\bsplit\s+(?:\d{1,2}\s*[x/-]\s*\d{1,2}|evenly|equally))|\bpercentage\s+(?:share\s+)?of\s+(?:the\s+)?(?:net\s+|gross\s+)?(?:income|revenues?|profits?|sales|earnings)\b`),
  // pay that waits for a test or an approval, a payment term: "will test 3 weeks on a demo account before paying"
  // (it starts at "payment" and looks back: started at "before" it was tried at every one)
  rx(String.raw`\bpayment\b(?<=\bbefore\s+(?:any\s+|the\s+|final\s+|full\s+)?payment)(?<=\b(?:test|tested|testing|approv\w*|review\w*|check\w*|verif\w*|accept\w*)\b[^.!?\n]{0,60}before\s+(?:any\s+|the\s+|final\s+|full\s+)?payment)`),
  // pay on delivery said with "will be": "payment on delivery of a finished article in good shape"
  rx(String.raw`\bpayment\s+will\s+be\s+(?:made\s+)?(?:upon|on|after)\s+(?:the\s+)?(?:delivery|completion|approval)\b`),
  // a basis said another way: a flat fee in French, "an “au forfait”-type approach"; a basis for the first phase, "fixed
  // for the initial migration, then hourly or retainer"; a salary with stock, "(Salary + options!)" (not a "competitive"
  // one, which LABELS.md counts as no figure or terms; its own pattern, as in the union above its alternatives were tried
  // at every word the union starts at: 0.05 G of 20.2)
  rx(String.raw`\bau forfait\b|\b(?:fixed(?:[- ]price)?|hourly)\s+for\s+(?:the\s+)?(?:initial|first|main|core)\s+(?:[\w-]+\s+)?(?:migration|phase|build|project|milestone|stage|part|task|work|version|release)\b|\bsalary\s*(?:\+|&|and|plus)\s*(?:stock\s+)?(?:options|equity)\b(?<!\b(?:competitive|attractive|good|great|generous)\s+salary\s*(?:\+|&|and|plus)\s*(?:stock\s+)?(?:options|equity))`),
  // pay said by the project or by the hour, work done for nothing, and an hourly contract by the platform's tracker: "Pay is
  // by project.", "Pay is based on each job", a milestone the client funds, "then I will test and make a
  // milestone" (not "create a milestone plan"), "You are paid for 30 hours but at least 40 are needed", "Compensation: None", a game made "NOT
  // for money", an "Ongoing contract tied to performance and milestones",
  // "someone … willing to do it for free" (LABELS.md: unpaid work is a stated term), "Must use Upwork time tracker" (the
  // free work starts at "free" and looks back, as "for" is everywhere)
  rx(String.raw`\bpay\s+(?:is|will\s+be)\s+(?:by|per|based\s+on)\s+(?:the\s+|each\s+)?(?:project|job|task|piece|assignment)\b|\bmilestones?\b(?<=\b(?:make|create|set\s+up|fund|release)\s+(?:a|the|an?\s+(?:first|initial))\s+milestones?)(?![ \t]+(?:plan|schedule|chart|roadmap|list|review|meeting|deadline|date)s?\b)|\bpaid\s+for\s+\d+\s+hours\b|\bpay-per-(?:article|post|word|video|hour|project|task|piece|lead|asset)\b|\bcompensated\s+(?:for|per)\s+(?:the|each|every|an?)\s+(?:article|post|video|piece|review|asset)\b|\bcompensation\s*:\s*none\b|\bnot\s+for\s+(?:the\s+)?money\b(?<=\b(?:game|project|this|it)\b[^.!?\n]{0,40}not\s+for\s+(?:the\s+)?money)|\bcontract\s+based\s+on\s+(?:[\w-]+\s+and\s+)?milestones\b|\bfree\b(?<=\b(?:willing|happy|able)\s+to\s+(?:do|make|create|draw|design|build|write)\s+(?:it|this|that|one|them|the\s+[\w-]+)\s+for\s+free)|\bupwork(?:['’]s)?\s+(?:time[- ]?tracker|work\s*diary|time[- ]tracking)\b(?<=\b(?:use|using|via|through|with)\s+(?:the\s+)?upwork(?:['’]s)?\s+(?:time[- ]?tracker|work\s*diary|time[- ]tracking))`),
  // the role paid by the hour, and a template's basis in brackets: "a part-time, hourly advisory role", "(Part-Time,
  // Hourly)", "Budget:  (fixed)." (LABELS.md: a basis with no amount is a term)
  rx(String.raw`\bhourly\s+(?:(?:consulting|freelance|contract|remote|part[- ]time)\s+)?(?:role|position|job|gig|engagement|consultant|consultancy|project)\b|\b(?:part|full)[- ]time\s*,\s*hourly\b|\bbudget\s*:\s*\(\s*(?:fixed|hourly)(?:[- ]price)?\s*\)`),
  // a range to bid in: "customize a chat script … BID 200-350"
  rx(String.raw`\bbid\s*:?\s*[$€£]?\d+(?:\s*(?:-|–|to)\s*[$€£]?\d+)\b`),
  // a share of the projects and bonuses as the pay: "our current payment model … is based on % share of projects and
  // bonus payments at key milestones" (it starts at "share" or "bonus" and looks back for the "%")
  rx(String.raw`\bshare\s+of\s+(?:the\s+)?projects?\b(?<=%\s*share\s+of\s+(?:the\s+)?projects?)|\bbonus\s+payments?\s+at\s+(?:key\s+|each\s+)?milestones\b`),
  // pay on approval, said as a condition: "if all is good I pay you", "If all is fine, we will pay"
  rx(String.raw`\bif\s+(?:everything|all|it)\s+(?:is\s+|looks\s+|works\s+)?(?:good|ok|okay|fine|correct|right|well)\b[ \t,]*(?:then\s+)?(?:i|we)(?:['’]ll|\s+will|\s+would)?\s+pay\b`),
  // a salary in thousands under a pay heading: "COMP:\n•100K+"
  rx(String.raw`\b(?:comp|compensation|salary|pay)\s*:\s*(?:[•*-]\s*)?[$€£]?\d+(?:[.,]\d+)?\s*k\b\+?`),
  // a salary in thousands after its word, with no currency: "Pay varies across the range, looking at
  // around 45k to 75k", "Salary between 50k and 70k", "Pay ranges from 110-130k" (it starts at the figure and looks back
  // for the word; not a figure with its currency, which the patterns above quote, nor a 401(k) plan among benefits)
  // (the "k" is looked for ahead first: the look back for the word, tried at every figure, cost 0.1 G over the corpus)
  rx(String.raw`\b(?=\d{1,3}(?:[.,]\d+)?(?:\s*(?:-|–)\s*\d{1,3}(?:[.,]\d+)?)?\s*k\b)(?<![$€£₹¥₱₦][ \t]?)(?!401[ \t]*k\b)\d{1,3}(?:[.,]\d+)?(?<=\b(?:pay|salary|salaries|compensation|wages?)(?:[ \t-]*wise)?\b[^.!?\n]{0,60}?\d{1,3}(?:[.,]\d+)?)(?:\s*k\b(?:\s*(?:-|–|to|and)\s*\d{1,3}(?:[.,]\d+)?\s*k\b)?|\s*(?:-|–)\s*\d{1,3}(?:[.,]\d+)?\s*k\b)`),
  // a sum the client will pay for a period, with no currency: "support on weekdays … will provide 20000 per month" (it
  // starts at the verb and looks back for "will"; scanned apart)
  scannedApart(rx(String.raw`\b(?:pay|provide|offer|give|paid)\b(?<=\b(?:(?:will|['’]ll|can|shall)\s+(?:pay|provide|offer|give)|get\s+paid))\s+(?:you\s+)?(?:at\s+least\s+|up\s+to\s+|around\s+|about\s+)?(?:\d{3,}(?:[.,]\d+)?\s*(?:per|a|each|every)\s+(?:month|week)\b|\d{2,}\s*(?:-|–|to)\s*\d{2,}\b(?=\s+(?:to|for)\b))`)),
  // milestones or completion as the terms, said another way: "Milestone payment starts on end of June", "we will only
  // pay you on satisfactory completion of the task"; the basis under a pay heading: "Compensation: Equity + Industry + Hourly",
  // "Rate:  per project", "The budget is per project"
  rx(String.raw`\bpayments?\s+(?:of|by|per|for|via|through)\s+(?:the\s+|each\s+)?milestones?\b|\bpay(?:out|ment)s?\s+(?:will\s+be\s+|is\s+)?(?:as\s+)?per\s+(?:project|task|hour|month|milestone|piece)\b|\bpay\s+(?:you\s+)?(?:only\s+)?(?:on|upon|after)\s+(?:(?:the\s+)?(?:satisfactory|successful|full)\s+)?(?:completion|delivery)\b|\b(?:compensation|payment)[ \t]*:[ \t]*(?:[^.\n:[\]]{0,40}?\b)?(?:hourly|equity|fixed[- ]price|per (?:hour|project|task|job|piece|milestone)|salary|salaried|rev(?:enue)?[- ]?share)\b|\b(?:rate|budget)(?:[ \t]*:|[ \t]+is)[ \t]*per (?:single )?(?:project|task|job|piece|milestone)\b`),
  // a rate per hour after a number: "50/hr" (its own pattern: it starts at a "/", where the word index cannot look)
  rx(String.raw`\b/\s?(?:hr|hour|h)\b`),
  // Sets BQ's and BR's forms, scanned apart together:
  // (BQ) a cut of the profit as the pay, and pay sent up front: "happy to work for a profit cut", "a payment
  // which I would transfer via paypal upfront" (not "no upfront payment", "this cannot be paid up front")
  // (BR) the pay's period said of it: "the salary shown is per month", "the rate is per hour"
  // (BW) the pay's basis said of it: "pay would be hourly"
  // (BX) a share of the profits with more before them, pay by the hour, and monthly earnings: "a share in the
  // development and profits", "I'd rather pay by the hour", "40 hours a week with monthly earnings" (not what users
  // pay, "drivers pay by the hour", nor earnings a product shows)
  // (BY) a share of the pay up front, and "(Hobby)" in brackets after a tag or first, as "[Hobby]" is read: "Payment:
  // half up front, half on delivery", "[LFA] (Hobby)" (not "an independent (hobby) developer", who may still pay)
  scannedApart(rx(String.raw`\b(?:half|1\/2|\d{1,2}\s?%)\s+(?:up-?\s?front|upfront|in\s+advance)\b(?<=\bpay(?:ment)?s?\b[^.!?\n]{0,25}\b(?:half|1\/2|\d{1,2}\s?%)\s+(?:up-?\s?front|upfront|in\s+advance))|\bhobby\b(?<=(?:^|\])[ \t]*\(\s*hobby)(?=\s*\))|\bpay(?:ment)?\s+(?:would|will)\s+be\s+(?:hourly|by\s+the\s+hour|fixed)\b|\bshare\s+in\s+(?:the\s+)?(?:[\w-]+\s+and\s+)?(?:profits?|revenues?|royalties|earnings)\b|\bpay\s+(?:you\s+)?by\s+the\s+hour\b(?<!\b(?:users?|customers?|clients?|guests?|drivers?|renters?|members?|people|they)\b[^.!?\n]{0,20}pay\s+(?:you\s+)?by\s+the\s+hour)|\bmonthly\s+(?:earnings|pay)\b(?<=\b(?:week|weekly|full[- ]time|part[- ]time)\b[^.!?\n]{0,20}\bwith\s+monthly\s+(?:earnings|pay))|\b(?:profit|revenue|sales)\s+cut\b(?!\s+(?:by|of|in)\b)|\ba\s+cut\s+of\s+(?:the\s+)?(?:profits?|revenues?|sales|earnings|income)\b|\b(?:paid|pay|payment|transfer|transferred)\b(?:\s+(?:you|it|in\s+full|(?:via|by|through)\s+\w+)){0,2}\s+up-?\s?front\b(?<!\b(?:no|not|never|without|won['’]?t|isn['’]?t|can['’]?t|cannot|don['’]?t|doesn['’]?t)\b[^.!?\n]{0,40}up-?\s?front)|\b(?:salary|pay|rate|compensation)\b(?:\s+\w+){0,2}\s+(?:is|will\s+be)\s+per\s+(?:month|week|hour|day|article|post|word)\b`)),
];

const UNPAID_TEST = /\b(?:tests?|trials?|samples?|demos?|assignments?)\b/i;
const BUSINESS_FIGURE_AFTER = /^\s*(?:(?:in|of)\s+)?(?:(?:monthly|annual|yearly|daily|weekly|profitable)\s+)?(?:sales|revenue|turnover|gmv|arr|mrr|profits?|returns|ad spend|spend on ads)\b|^\s*(?:(?:is|are|was|were)\s+)?(?:missing|discrepanc\w*|shortfall|deficit)\b/i;
const SPENT_BEFORE = /(?<!\bto\s+)\b(?:spends?|spending|spent|revenue of|sales of|turnover of|making|generating|earning)\s+(?:about\s+|around\s+|over\s+|roughly\s+)?$/i;
/** A role paid by the hour ("hourly consulting role", "Part-Time, Hourly"), which no product price before it undoes. */
const ROLE_PAID_HOURLY = /^(?:hourly\s|(?:part|full)[- ]time\s*,)/i;
const PRODUCT_PRICE_BEFORE = /\b(?:subscriptions?|plans?|pricing|unlock|tiers?|packages?,?\s+starting\s+at|(?:selling|retail|sale|product|list|average) price|price (?:point|range)|criteria:?\s+price|membership|in-app purchases?|users? (?:pay|are charged)|charge (?:users|customers)|ticket price|sells? (?:it )?for|priced at|free (?:shipping|delivery)|free (?:over|above|from)|(?:orders?|refunds?|returns?|purchases?|transactions?|expenses?) (?:over|above|under|below|up to|of up to|exceeding)|(?:visibility|featured (?:listings?|placements?|spots?)) for|(?:(?:shipping|order|discount|spend(?:ing)?) )?thresholds?|minimum (?:order|spend|purchase|basket|cart)(?: value)?|(?:fee|price|pricing|cost|charge)s?\b[^.!?]{0,20}\b(?:change|set|update)d?\s+(?:it\s+)?to)\b[^.!?\n]{0,30}$/i;
/** "Our AWS bill has grown to about $9,000/month", "hosting costs are $300 a month": what the client pays others, not the job's pay. */
const BILL_BEFORE = /\b(?:bills?|(?:hosting|server|cloud|aws|azure|gcp|infrastructure|infra|licen[cs]e|software|subscription)\s+(?:costs?|spend|fees?))\s+(?:is|are|was|were|of|has|have|grew|went|rose|reached|at|runs?|comes?|under|below)\b[^.!?\n]{0,25}$/i;
/** "a $10T+ industry", "a $5B market": a size in trillions, billions or millions, not the pay. */
const IN_MILLIONS_AFTER = /^(?:[tbm]|bn|mm|mn)\b/i;
const AD_METRIC_BEFORE = /\b(?:cost per (?:lead|click|acquisition|install|conversion|sale|result)|cpl|cpa|cpc|cac|cpm|aov|average order value|ltv)\b[^.!?\n]{0,40}$/i;
/** A match that is an amount, not a term: "$500", "USD 300" (not "budget is $5,000", which names the pay). */
const AN_AMOUNT = new RegExp(String.raw`^(?:[^a-z]|${CURRENCY_CODE}\b)`, 'i');
/** "$49-$99/month plans": the product's plans (not a rate's unit: "$25 per plan" pays for each floor plan drawn). */
const PRODUCT_PRICE_AFTER = /^(?!\s*(?:per|each|a)\s)[^.!?\n]{0,30}\b(?:plans?|subscriptions?|tiers?|memberships?|packages?)\b|^\s*(?:setup|set-up)\s*\+/i;
/** "applying to a fund (up to £20,000)", "raising $500,000 in a seed round": money the client seeks, not the job's pay (unless
 * pay is named between: "we got a grant, so our budget is $5,000"). */
const FUNDING_BEFORE = /\b(?:grants?|funding|awards?|raise|raising|(?:seed|funding|investment)\s+round|loans?|prizes?)\b(?![^.!?\n]*\b(?:budget|pay|paid|paying|price|fee|rate|cost)\b)[^.!?\n]{0,30}$/i;

/** "an EBITDA of EUR200k to", "revenue of": a business's figure named just before (not "25% of all game revenue will
 * be included as well as $200", which pays). */
const BUSINESS_FIGURE_BEFORE = /\b(?:ebitda|revenue|turnover|valuation|market cap)\s+(?:of\s+|from\s+|between\s+|ranging\s+(?:from\s+)?|is\s+|was\s+|around\s+|about\s+|:\s*)?(?:[^\s.!?\n]+\s+(?:to|-|–|and)\s+)?$/i;

/**
 * A term the applicant is asked to quote: "Provide a fixed cost", "Give an estimated timeline and fixed budget" (the
 * second of two things asked for; not "% share of sales and bonus payments"), "Fixed Cost: Provide…" (after a heading's
 * colon).
 */
const QUOTE_ASKED_BEFORE = /\b(?:provide|quote|give|send|share|propose|submit|include|estimate|agree\s+(?:on|upon))\s+(?:us\s+|me\s+)?(?:with\s+)?(?:(?:a|an|your)\s+|(?:an?\s+|your\s+)?(?:(?!of\b)[\w-]+\s+){1,3}and\s+(?:an?\s+|your\s+)?)$|\b(?:what|which)\s+$/i;
const QUOTE_ASKED_AFTER = /^\s*:\s*(?:please\s+)?(?:provide|quote|give|send|share|propose|submit|include|estimate|tell)\b/i;

/** "weighing up to 70 pounds", "lift 50 pounds": a weight (there is no sign before it: "£70" is the pay). */
const WEIGHT_BEFORE = /\b(?:weigh\w*|lift\w*|carry\w*|heavy|load)\b[^.!?\n]{0,15}$/i;

/** "$50 wellness allowance", "$500 for each new hire to set up their desk": a perk, not the job's pay. */
const PERK_AFTER = /^\s*(?:(?:wellness|gym|fitness|learning|education|equipment|internet|phone|home[- ]office|lunch|meal|travel|coworking)\s+(?:allowance|stipend|budget|reimbursement)\b|for\s+(?:all\s+|each\s+|every\s+)?new\s+(?:employees|hires|staff|team\s+members)\b)/i;

/**
 * A business's own costs before an amount: a cap the product enforces on its spending, "Apply a daily cap (e.g., $30,
 * configurable)", and what it pays to sell, "shipping costs ($5 per unit)".
 */
const OWN_COSTS_BEFORE = /(?:\b(?:daily|weekly|monthly|spending|spend|cost|usage|api)\s+(?:limits?|thresholds?|caps?)\b[^!?\n]{0,15}|\b(?:shipping|packaging|referral|supplier|fulfil?ment|delivery)\s+(?:costs?|fees?)\s*\(?\s*)$/i;

/** An amount in an example the product is to handle: 'Policy text (e.g., "Flag any fee over $900")' (set BW). */
const EXAMPLE_QUOTE_BEFORE = /\be\.g\.,?\s*["“][^"”\n]{0,80}$/i;

/** Terms left to a later document: "Payment terms, deliverables, and … will be outlined in the final contract". */
const TERMS_PUT_OFF_AFTER = /^(?:,[^.!?\n]{0,60})?\s+(?:will|shall|are to|to)\s+be\s+(?:outlined|discussed|defined|agreed(?:\s+upon)?|determined|decided|set|specified|finali[sz]ed|negotiated)\b/i;

/** A basis the client has not chosen: "I'm not sure if it will be an hourly thing, … or monthly flat fee". */
const UNDECIDED_BEFORE = /\b(?:not sure|unsure|undecided|(?:haven['’]t|have not|not yet) decided)\s+(?:yet\s+)?(?:if|whether|how)\b[^.!?\n]{0,80}$/i;

/** A heading's colon and a question after it on its line: "Payment terms: How would payments be structured…?". */
const QUESTION_AFTER_HEADING = /^\s*:\s*(?:how|what|which|when|would|do|can|are)\b[^\n]*\?/i;

/** "You open up the ingame store and purchase a premium health potion for | $.99": what the product's users buy (set BM). */
const USERS_BUY_BEFORE = /\b(?:users?|players?|customers?|buyers?|visitors?|you)\b[^.!?\n]{0,50}\b(?:purchases?|buys?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}for\s+$/i;

/** Whether a match is the job's pay: "budget is negotiable" / "no budget yet" / "quote your rate" are not a budget (no-milestones reads amounts with it too). */
export function isThePay(text: string, start: number, end: number): boolean {
  const match = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 30), start);
  // "a small test task first (unpaid)": the test is unpaid, not the job (unpaid-test says so)
  if (/^unpaid$/i.test(match) && UNPAID_TEST.test(sentenceAround(text, start, end))) return false;
  if (UNPAID_RE.test(match)) return true;
  // "an SEO keyword per post", "500 words per article": a rate's unit with no pay near it is a count, not a rate (near:
  // the heading above counts, "Payment & Working Style / 💰 per hour")
  if (/^per\s/i.test(match) && !PAY_WORD.test(text.slice(Math.max(0, start - 80), end + 40))) return false;
  // "how many rows per hour you manage": a pace of work, not a rate of pay; "fewer than 3 corrections per page": a quality target
  if (/^per\s/i.test(match) && /\b(?:rows|records|entries|words|pages|items|listings|products|images|calls|tickets|leads|units|corrections|errors|mistakes|typos|revisions|changes)\s+$/i.test(before)) return false;
  // "increase its revenue share": another party's figure, not the freelancer's pay.
  if (/\b(?:its|their)\s+$/i.test(before)) return false;
  // ("limit total cost to not exceed USD 10,000" is a cap, not a denial: see `isNegated`)
  if (isNegated(text, start, 25)) return false;
  // a pay heading that asks the applicant: "Payment terms: How would payments be structured (upfront, milestone-based…)?"
  if (QUESTION_AFTER_HEADING.test(text.slice(end, end + 200))) return false;
  // "Payment terms and deliverables will be set out in the final contract": terms put off
  if (/^payment terms$/i.test(match) && TERMS_PUT_OFF_AFTER.test(text.slice(end, end + 90))) return false;
  // "I'm not sure if it will be an hourly thing, percentage of what you bill, or monthly flat fee": no basis chosen
  const lead = text.slice(Math.max(0, start - 100), start);
  if ((lead.includes('sure') || lead.includes('decided')) && UNDECIDED_BEFORE.test(lead)) return false;
  // "no ongoing ads management or monthly retainer": the second thing a "no" rules out
  if (/\bno\s+(?:[\w-]+\s+){1,4}or\s+$/i.test(before)) return false;
  const after = text.slice(end, end + 25).toLowerCase();
  if (/^\s*(?:is\s+)?(?:negotiable|flexible|tbd|to be discussed|open)\b/.test(after)) return false;
  // "funding to pay a team, as opposed to the "revshare" stuff": a term set aside is none
  if (/\b(?:as opposed to|instead of|rather than|unlike)\s+(?:the\s+|a\s+|any\s+)?["“'‘(]?$/i.test(before)) return false;
  // "Rev share is not an option": a term refused is none
  if (REFUSED_AFTER.test(after)) return false;
  // "$250M in loans", "over $1 million in ad spend": the client's business, not the job's budget.
  if (/^\s*(?:m\b|mm\b|bn\b|b\b|million|billion)/i.test(after)) return false;
  // "about $40k/month in sales", "$5,000 a month ad spend", "our AWS bill is $9,000/month": the client's figures, not the
  // freelancer's pay.
  if (BUSINESS_FIGURE_AFTER.test(after) || SPENT_BEFORE.test(before) || BILL_BEFORE.test(before)) return false;
  // "Unlock for $0.99/mo", "$49-$99/month plans", "Promote a listing for $5-$25 each", "Stripe payment fee - Change to £1", "free shipping over £40", "refunds over $100 go to me", a free-shipping bar's "(shipping threshold $50)": the shop's own
  // prices and limits, not the job's pay.
  // (a role paid by the hour is the job's whatever came before: "Pricing Analyst (Part-Time, Hourly)")
  if ((PRODUCT_PRICE_BEFORE.test(before) || PRODUCT_PRICE_AFTER.test(after)) && !ROLE_PAID_HOURLY.test(match)) return false;
  if (AN_AMOUNT.test(match) && FUNDING_BEFORE.test(before)) return false;
  if (AN_AMOUNT.test(match) && USERS_BUY_BEFORE.test(text.slice(Math.max(0, start - 100), start))) return false;
  if (AN_AMOUNT.test(match) && IN_MILLIONS_AFTER.test(text.slice(end, end + 3))) return false;
  // "Apply a daily cap (e.g., $30, configurable)": a product's spending cap, not the pay; "packaging/shipping costs ($7
  // per unit)": a business's cost
  if (AN_AMOUNT.test(match) && OWN_COSTS_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  // "our cost per lead has crept up from $45 to $80": an ads metric, not the pay
  if (AD_METRIC_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return false;
  // "an EBITDA of EUR200k to EUR800k": a business's figure, not the pay
  if (BUSINESS_FIGURE_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return false;
  // "tools of up to 60 pounds": a weight, not the pay
  if (/pounds?$/i.test(match) && WEIGHT_BEFORE.test(before)) return false;
  // "$50 wellness allowance", "a $50 gym allowance": a perk, not the pay
  if (AN_AMOUNT.test(match) && PERK_AFTER.test(after)) return false;
  if (AN_AMOUNT.test(match) && EXAMPLE_QUOTE_BEFORE.test(text.slice(Math.max(0, start - 100), start))) return false;
  // "Hourly or fixed payments by expertise": one basis or another is none either
  // (hourly against fixed: "RevShare or hourly" names two different deals, and stays a term)
  if (/^(?:competitive\s+)?(?:hourly|fixed)/i.test(match) && (/\b(?:hourly|fixed(?:[- ](?:project[- ])?(?:price|rate|fee|cost))?)\s+(?:and\/)?or\s+$/i.test(before) || /^\s*(?:and\/)?or\s+(?:an?\s+)?(?:hourly|fixed)\b/i.test(after))) return false;
  // "Fixed Cost: Give a fixed cost for the whole upgrade": a quote asked for is no term, nor one still to agree on,
  // "On a fixed price, what would you charge?", "What fixed price and timeline would you need?" (set BS)
  if (QUOTE_ASKED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || QUOTE_ASKED_AFTER.test(after)) return false;
  // "Open to equity-based pay": a term the client would consider is not one it sets
  if (/\bopen\s+to\s+$/i.test(before) && !AN_AMOUNT.test(match)) return false;
  // "Include your hourly rate or a fixed-price estimate": the second of two things asked for
  if (/\byour\s+(?:[\w-]+\s+){1,3}or\s+(?:an?\s+)?$/i.test(text.slice(Math.max(0, start - 50), start))) return false;
  // "Fine with fixed-price or hourly rate": either basis is no basis.
  if (/\b(?:open to|either)\s+$/i.test(before) && /^\s*or\b/i.test(after)) return false;
  if (/\b(?:open to|either)\s+[\w-]+\s+or\s+$/i.test(before)) return false;
  // (set BI) "enqueueOperation$lambda$6": a name in code, not a sum ("AU$65" is one)
  if (/^[$€£]/.test(match) && /[\w$]$/.test(text.slice(Math.max(0, start - 1), start)) && !/(?:^|[^\w])(?:us|au|a|c|ca|nz|hk|s|r)$/i.test(text.slice(Math.max(0, start - 4), start))) return false;
  // (set BH) "Staff management: hourly rate, payroll, and tips": a product's feature, not the pay; "contact me with your
  // resume … as well as an hourly rate": a rate asked for
  if (/^\s*,\s*(?:payroll|tips|overtime|timesheets?|wages|shifts?)\b/i.test(after)) return false;
  if (/\b(?:your|with)\b[^.!?\n]{0,80}\b(?:as well as|along with|plus)\s+(?:an?\s+)?$/i.test(text.slice(Math.max(0, start - 100), start))) return false;
  // "your hourly rate", "your availability and your hourly rate": asking applicants to quote is not a budget.
  return !/\b(?:your\s+(?:\w+\s+)?|(?:preferred|expected|desired|proposed)\s+)$/i.test(before);
}

const UNPAID_RE = new RegExp(`^(?:${UNPAID})$`, 'i');
/** What refuses a payment term named before it: "Rev share is not an option", "equity only is off the table". */
const REFUSED_AFTER = /^\s*(?:(?:(?:is|are)\s+(?:not|never)|isn['’]t|aren['’]t)\s+(?:an?\s+)?(?:option|possible|offered|available|on the table)|(?:is|are)\s+(?:off the table|out of the question))\b/i;
/** Words that make "per article" a rate: "paid per article", "$20 per post", "rate per word". */
const PAY_WORD = new RegExp(
  String.raw`[$€£₹¥₱₦]|💰|💵|\b(?:pay|pays|paid|paying|payment|rate|rates|budget|price|pricing|fee|fees|cost|costs|compensat\w*|earn\w*|salary|charge|${CURRENCY_CODES}|${OTHER_CURRENCY_CODES}|dollars?|euros?|pounds?|bucks|rupees?|\d+\s*${CURRENCY_CODE})\b`,
  'i',
);

export const missingBudget: SectionRule = {
  type: 'section',
  section: 'budget',
  label: 'Budget',
  field: 'budget',
  meta: {
    id: 'missing-budget',
    name: 'No budget',
    level: 'warning',
    description: 'Flags a post with no budget, rate, price range or payment terms in the text or the form.',
    why: 'With no budget, quotes scatter from a tenth to ten times what you expect, and experienced freelancers skip posts they cannot price.',
    seeds: '001 #3 payments',
    messages: { missing: 'The post states no budget, rate or payment terms.' },
  },
  evidence: ({ doc }) => collectEvidence(doc, PATTERNS, { field: 'budget', accept: isThePay }),
  template: ({ doc }) => `${PRICE_FOR[jobKind(doc)]}, [paid per milestone on approval / paid weekly].`,
};

/** How each kind of work is priced: a writer by the piece or word, an editor by the finished minute, an assistant by the hour. */
const PRICE_FOR: Record<JobKind, string> = {
  web: '[fixed price $N / $N–$N per hour]',
  mobile: '[fixed price $N / $N–$N per hour]',
  writing: '[$N per article / $N per word]',
  translation: '[$N per word / fixed price $N for the whole text]',
  design: '[fixed price $N, all concepts and revisions included]',
  data: '[fixed price $N / $N–$N per hour]',
  marketing: '[$N a month for the work], [ad spend of $N a month, paid by us]',
  video: '[$N per finished minute / $N per video]',
  audio: '[$N per finished minute / $N per project], [usage rights included]',
  support: '[$N–$N per hour], about [N] hours a week',
  general: '[fixed price $N / $N–$N per hour]',
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    // a free-shipping bar's threshold is the shop's, not the pay
    { description: 'Shopify theme tweaks for our skincare brand: a sticky add-to-cart bar and a free-shipping progress bar (threshold $50).' },
    // a price still to agree on
    // a count the client provides each month is no sum
    { description: 'Cold-calling agent for our agency. We will provide 2000 leads per month.' },
    { description: 'Tiny game with an invite system. If we agree on a fixed price, how much would you charge for it?' },
    // hobby projects the applicant took part in are no pay term
    { description: 'Engine programmer. Bonus: participation in open source and/or hobby projects.' },
    // a milestone of the plan, not a payment
    { description: 'Project manager for our app launch. Create a milestone plan and track the team against it.' },
    // hours of work, not the pay's basis
    { description: 'Part-time data entry, about 10 hours per week. Hourly updates on Slack are not needed.' },
    // a business's shipping cost
    { description: 'Sell-out model on SageMaker. Include a profitability formula with packaging/shipping costs ($7 per unit).' },
    // a cap the product puts on its own spending
    { description: 'AI caller web app. Cost control: enforce a daily limit (e.g., $20, configurable) and notify the admin when it is reached.' },
    { description: 'Compile a list of companies in Rennes with an EBITDA ranging from EUR100k to EUR500k.' },
    // terms left to the contract, a basis not yet chosen, and either of two asked of the applicant
    { description: 'Data manager for our ads. Payment terms, deliverables and other obligations will be set out in the final contract.' },
    { description: "Part-time PM for my design studio. I'm not sure if it'll be an hourly thing, a percentage of what you bill clients, or a monthly flat fee." },
    { description: 'Grocery app in React Native. What we need from you:\nAn estimated timeline.\nA fixed project cost and/or hourly rate.' },
    // one basis or another is none; a cost the applicant is asked to quote is no term
    { description: 'Power BI expert. Competitive Compensation – Hourly or fixed-rate payments based on skill.' },
    { description: 'Upgrade our Moodle.\nFixed Cost: Provide a fixed cost for the whole upgrade.' },
    // "paid internship" names no payment term ("paid in" is one only as a word of its own)
    { description: 'Level design intern in Halifax. Possibility of a paid internship for the right person.' },
    // a perk's allowance is no pay
    { description: 'Office manager for our studio. Perks like our $40 gym allowance.' },
    { description: 'Web application developer. Benefits: $1,000 for all new employees to customize their workspace.' },
    // royalties that are the subject of the work, not its pay
    { description: 'Edit our trailer with royalty-free music. Analyse the royalty statements of our mineral and royalty company.' },
    // what the product costs to run per unit is no pay
    { description: 'Add AI clip cutting to our SaaS. The cost per video processed must stay in cents.' },
    // a payment term refused is none
    { description: 'Compose 6 tracks for my game. Rev share is not an option, sorry.' },
    // the product's unpaid invoices are not the job's terms
    { description: 'Build an invoicing tool with email reminders for unpaid invoices.' },
    // nor a case's unpaid costs (set BM)
    { description: 'Review the invoices of a construction project in litigation over damages and a countersuit for unpaid project costs.' },
    // what the product charges its users
    { description: 'Add a paywall: “Unlock for $0.99/mo”, and Stripe subscription setup for $49-$99/month plans.' },
    { description: 'Add a free-shipping progress bar to our cart drawer (free over £40).' },
    { description: 'Answer customer emails using our macros; refunds over $100 go to me.' },
    // a rate's unit with no pay near it is a count
    { description: 'Write 10 articles of 1,500 words with an SEO keyword per post.' },
    { description: 'Write 2 articles a day, 700 words per article.' },
    // the language's version is no peso amount
    { description: 'Need a PHP 8.3 developer to upgrade our Laravel app.' },
    { description: 'Need a logo. Budget is negotiable, send your best offer.' },
    // a serial port is no rupee amount; the second of two things applicants are asked to quote
    { description: 'Lab system with direct connection to instruments via standard protocols (HL7, RS232, TCP/IP).' },
    { description: 'Migrate our store. Include your desired hourly rate or fixed-price estimate.' },
    // a term the client would consider is not one it sets
    { description: 'Trading app for collectors. Open to equity-based compensation for a long-term partnership.' },
    { description: 'No budget yet, tell me your rate.' },
    // Willingness to pay with no figure or terms is not a budget (LABELS.md: vague pay is 0).
    { description: 'Design our logo. We are willing to pay well for quality work.' },
    // Either basis is no basis; the applicant's rate and another party's figures are not the budget.
    { description: 'Build a CRM. Open to hourly or fixed-price contracts.' },
    { description: 'Send links to past work and your availability and expected hourly rate.' },
    { description: 'The company aims to grow its revenue share. We need a logo.' },
    // an unpaid test is no payment term for the job
    { description: "I need someone to do a small test task first (unpaid) to see if you're a good fit." },
    // the client's sales and ad spend are not the freelancer's pay
    { description: 'We sell baking mats on Amazon (about $40k/month in sales) and spend $5,000 a month on ads. Manage our campaigns.' },
    // a pace of work is not a rate of pay
    { description: 'Quote a price for copying 2,000 listings. Tell us how many rows per hour you manage.' },
    // an ads metric is not the pay
    { description: 'Manage our Google Ads. Our cost per lead has crept up from $45 to $80.' },
    // money the client seeks is not the pay
    { description: 'We are applying to the Community Fund (Awards for All, up to £20,000). Write the application.' },
    { description: 'We are raising $500,000 in a seed round. Build our pitch deck.' },
    // a term set aside is none
    { description: 'Looking for funding to pay an experienced team as opposed to the "revshare" stuff I see all the time.' },
    // a weight is no pay
    { description: 'Warehouse helper. Lift and move boxes and tools weighing up to 60 pounds.' },
    // a figure in thousands that is no pay: followers, with no pay word before it
    { description: 'Grow our Instagram from 10k to 50k followers with daily posts.' },
    { description: 'Bavarian translator. Competitive salary with benefits (401K, Full Medical, Stock options).' },
    // pay that is only said to be low is no term
    { description: 'Logo for my small bakery. I cannot pay much, sorry.' },
    // asking what the applicant thinks a fair rate is names no pay
    { description: 'Sew me a shirtdress. Show me what you have made and give me an idea of what you think is a fair per hour labor fee.' },
    // a retainer a "no" rules out
    { description: 'Review search term reports for our 8 pMax campaigns. A purely analytical role with no ongoing PPC management or monthly retainer involvement.' },
    // what the client made for its own clients is no pay
    { description: 'Dashboard builder for our agency. We generated over $50,000,000 in profitable returns for our clients.' },
    // payment terms asked of the applicant are none stated
    { description: 'Habit tracker web app. Payment terms: How would payments be structured (upfront, by milestone, on completion)?' },
    // a product's price for its own users is not the pay (set BG)
    { description: 'Front end for our AI agency. We offer packages, starting at $3,000 setup + $300/month for the Growth Package.' },
    { description: 'Treasure hunt game design doc. Players can visit the shop and buy a shield upgrade for $.99.' },
    { description: 'Caregiver matching app in Bubble. Featured listings: boost profile visibility for $10-$50 per listing.' },
    // a staff feature's hourly rate, and a rate asked for after "as well as" (set BH)
    { description: 'Cafe POS.\nStaff Management:\n- Hourly rate, payroll and tips\n- Shift swaps' },
    { description: 'Game programmer. Please contact me with your resume and game experience, as well as an hourly rate.' },
    // a name in code, a product's fee to change, and a budget asked for after "and" (set BI)
    { description: 'Fix the Stripe Terminal bug. Stack: at TerminalSession.enqueueOperation$lambda$6(Unknown Source:100)' },
    { description: 'Contentful changes.\n2. Stripe payment fee\n- Change to £1 (custom amount if possible)' },
    { description: 'Design 15 tablet screens. Provide an estimated timeline and a fixed budget for completion.' },
    // (set BP) a range of things offered is no pay
    { description: 'Agency work for a Vue developer. We can offer you 2-3 projects a month and steady work.' },
    // (set BQ) no pay up front is no term
    { description: 'Shopify theme tweaks. There is no upfront payment for this, sorry.' },
    // (set BQ) pay that cannot come up front
    { description: 'Texture artist for our indie RPG. This is not something that can be paid up front; a share comes once the game sells.' },
    // (set BS) a basis asked as a question
    { description: 'Turkish AI text detector. What fixed price and timeline would you need for the full solution?' },
    // (set BT) a sum that went missing is no pay
    { description: 'Reconcile our credit line: about $25,000 is missing from the available balance.' },
    // (set BW) an amount in an example the product handles
    { description: 'Word add-in for contract review. Each rule has a text field (e.g., "Flag any fee over $900").' },
    // (set BY) a hobbyist client, not an unpaid job
    { description: 'Indie dev wants drawing lessons. I am an independent (hobby) game developer.' },
    // (set BX) what the product's users pay, and earnings a product shows
    { description: 'Parking app: drivers pay by the hour and see a chart with monthly earnings for each lot.' },
  ],
  pass: [
    // no pay said outright, pay split between two, a monthly sum with no currency, hobby games
    { description: "Sprite artist for my roguelike. There is no budget for this and I can't offer monetary compensation." },
    { description: 'Complete tasks on two annotation platforms. We will split the pay 50/50.' },
    { description: 'Part-time Spring Boot support on weekday mornings, will provide 20000 per month.' },
    { title: '[LFA] To help make hobby games for fun!', description: 'I code and always get stuck with art.' },
    // a retainer as the basis
    { description: 'UX design specialist required for freelance projects on retainer model at our WordPress agency.' },
    // a hobby project named as such, in a title or a line, and the basis under "budget is"
    { title: 'Writer [LF] Team, Hobby project', description: 'Looking for a project to join over the next few weeks.' },
    { description: 'Seasoned developer seeks creative partner for low commitment HOBBY/FUN gamedev collaboration.' },
    { description: 'Research writer for monthly insights. Budget: The budget is per single project and this is the long term job.' },
    // the basis under a rate heading
    { description: 'AI trading expert.\nLocation: Remote\nType: Contract-Based\nRate:  per project\nResponsibilities: build trading bots.' },
    // pay by the job, and a milestone the client funds once the work is tested
    { description: 'Illustrators for our web team. The pay will be based on each job and the amount of work it takes.' },
    { description: 'Browser extension that scans 300 users per click. When it works well I will test and make a milestone.' },
    // a role paid by the hour, said in its title and in its overview, and a template's basis in brackets
    { description: 'Job Title: Insurance Pricing Consultant (Part-Time, Hourly)\n\nHelp shape our pricing.' },
    { description: 'Pricing consultant for our pet clinic chain. It is a part-time, hourly consulting role with flexible hours.' },
    { description: 'Dub a podcast from 20 minutes of audio.\n\nBudget:  (fixed).\nTimeline: 2 weeks from project start.' },
    // revenue shared as the pay, a hobby said in one of a tag's words, pay per asset, pay for each article
    { description: 'Level designer and artist for our Ouya game. Revenue will be shared with devs.' },
    { description: '[LFA] Artist who can make sprites for a top down game. [Hobby/Portfolio]' },
    { description: 'Creature artist for a brawler. All three roles are on a pay-per-asset basis.' },
    { description: 'Product reviews of 1K-2K words. You keep the product and get compensated for the article.' },
    // no pay stated three ways, a weekly stipend, a contract paid by milestones
    { description: 'Programmer for a small 2D MMORPG. Compensation: None (we get donations from players).' },
    { description: 'Programmer for my first game. I am mainly focusing on releasing a game for people to enjoy NOT for money.' },
    { description: 'Live-in au pair. A weekly stipend to be negotiated based upon experience.' },
    { description: 'Angular site with SEO. A paid test task first; ongoing contract based on performance and milestones.' },
    // pay per article said as one word, and no pay at first
    { description: 'NFL beat writers: this pay-per-article position is 3 blog posts per week.' },
    { description: "Open-source game project, several roles. Sadly there won't be any initial pay." },
    // pay by the hour, said as the hours paid
    { description: 'Android lead for our cycling app. You will be paid for 40 hours but at least 50 will be needed.' },
    // pay by the project, work for nothing, and hours on the platform's tracker
    { description: '[Hiring] Designer/Copywriter for marketing one-sheets. Pay is by project.' },
    { description: 'Logo for my new text RPG. I need someone experienced in pixel art who would be willing to do it for free.' },
    { description: 'ML engineer to review our fine-tuned models, 20 hours a week. Must use Upwork time tracker.' },
    // a flat fee in French, a basis for the first phase, a salary with stock options
    { description: 'DevOps for our SaaS on Azure, in an “au forfait”-type approach, about 1 day per week.' },
    { description: 'Migrate our Retool app to FlutterFlow. Budget is negotiable; fixed for the initial migration, then hourly or retainer for maintenance.' },
    { description: 'PHP dev to join our freshly funded startup as our first hire (Salary + options!).' },
    // no money offered, and a share of income as the pay
    { description: 'Music for my free app. I can not offer any money, but I can put your name in the credits.' },
    { description: 'Unity programmer. Percentage of net income based on your contribution.' },
    { description: 'Artist for my course game. We can develop the game as 50-50 partners.' },
    // a deposit, pay on approval said as a condition, and pay every month
    { description: 'A simple site for my cat sitting business. I have no problem paying some up front and the rest after completion.' },
    { description: 'Make my 6 HTML pages responsive. Send back the files; I will check it and if everything good I will pay you.' },
    { description: 'Write articles for our company blog. I will pay absolutely every month.' },
    // a basis said with "pay", "fee", "rate" or "based", and a cap said with a negation
    { description: "Dashboards for our agency. I'm looking for an engaged partner that I pay hourly." },
    { description: 'Booking app MVP. I only work on flat-fee arrangements at this time (no hourly).' },
    { description: 'Research new business models. Compensation: Fixed project rate for the first 50 business ideas.' },
    { description: 'Translate our menu. This is a one-off project. Fixed project fee.' },
    { description: 'Case manager for our law firm. What We Offer: A 1 week test project with hourly compensation.' },
    { description: 'Banking API integrations. Task-based payment for immediate work (negotiable).' },
    { description: 'Software developer for our habits app. This is an equity-based role.' },
    { description: 'Workflow automation expert. Flexible, hourly-based work with no full-time commitment.' },
    { description: 'Voice bots for our customers. Willing to work on an hourly, as-needed basis.' },
    { description: 'Build our directory site. We try to keep total cost for this project from exceeding USD 8,000.' },
    { description: 'Research 50 business ideas for us; payment is based on results.' },
    { description: 'WebAR app.\nThe payment structure is based on performance-based milestones.\nMilestone 1: Concept & Planning (20%)' },
    { description: 'CFO support analyst, 30+ hours per week. Initially hourly, with potential for salary after a few months.' },
    { description: 'Fix a few fields of our custom price plugin. Small task, must finish in the next couple hours. Price is fixed.' },
    { description: 'Proofreader for our newsletters. It is a freelance position and will pay per project.' },
    { description: 'Artists for our fighting game. Until our 4 character public build, this will be a non paying job.' },
    { description: 'Flutter UI for a football app. This is a freelance remote role with milestone-based payments.' },
    // payment split over milestones
    { description: 'Car racing game for kids.\nMilestones & Payment:\n+First Milestone (20%): the initial version.\n+Second Milestone (80%): upon final delivery.' },
    { description: 'A simple RTS game for a game jam. This is a non-paid position, since I do not plan on selling it.' },
    { description: 'Programmer for a DJ-type app. RevShare or hourly. Send your resume if interested.' },
    { description: 'Ops automation lead. YOUR PRICE SHOULD BE A MONTHLY FEE FOR FULL TIME WORK.' },
    { description: 'A platform game. I am willing to split the profits of this 33/33/33 between the three of us.' },
    { description: 'Illustrator here, looking for a coder to go 50/50 on a puzzle game idea.' },
    { description: 'Partner for my rally racing sim. We would be working out some kind of dual ownership arrangement.' },
    { description: 'Make my costume for a convention. I could pay via PayPal, or part trade for craft supplies.' },
    { description: 'Comic artist wanted for my online series. Any money the platform pays us will be split 50x50 between the two of us.' },
    { description: 'MT5 expert advisor, max drawdown 20%. Will test 2 weeks on a demo account before payment.' },
    { description: 'Senior Java developer in Manhattan.\n\nCOMP:\n•100K+\n•Stock options' },
    // royalties as the pay
    { title: '[LFA]rtists for 2D Shooter [Paid, Royalties, or Both]', description: 'About 50 static assets. Payment is negotiable.' },
    { description: 'Sprites for our RPG. Compensation: Royalties/PAID (Crowdfunding).' },
    { description: 'Compose our soundtrack and get a royalty with me: we can do 50/50.' },
    { title: '[LFM]usician to make chiptune music for my game [Hobby]', description: 'Message me if you want in.' },
    // milestones as the way the work is paid
    { description: 'Deploy our Python backend with LlamaIndex. We can do it based on milestone.' },
    // a payment basis with no amount: by the project, and on delivery of a paid test
    { description: 'Build a match-3 game in Unity. We pay per project completed, not per hour.' },
    { description: 'We start with a paid test project. Payment for the test project will be made upon successful delivery.' },
    // a currency named by its code, as posts from the Gulf and Asia write it
    { description: 'Design 12 Instagram posts a month for our clinic in Dubai. AED 1,500 per month.' },
    { description: 'Translate our site into German. CHF 900 fixed.' },
    { description: 'English teacher for our school in Shenzhen. Remuneration is RMB6500 per month.' },
    { description: 'Blog posts on gardening, 3 a week. We pay about $.05/word.' },
    { description: 'Build a booking page. We pay via Upwork milestones.' },
    { description: 'Budget: PHP 15,000 for the whole site.' },
    { description: 'Need a simple website. Note: my budget only 600.' },
    { description: 'Pay: 75$ per image.' },
    { description: 'Budget: $500 for the whole project.' },
    { description: 'We pay 20 USD per article.' },
    { description: 'This is an hourly contract.' },
    { description: 'I am willing to pay monthly for daily support.' },
    { description: 'We are happy to pay a one-off fee for this.' },
    { description: 'Build a landing page.', fields: { budget: '$300' } },
    { description: "Integrate our levels. We're looking to spend $1,000, but this is negotiable." },
    // a rate's unit under a payment heading
    { description: 'Build our site.\n\nPayment & Working Style\n\n💰 per hour (by experience) or project based' },
    // payment on completion is a payment term (LABELS.md)
    { description: 'Need a developer for a simple website. I will only pay after everything is done.' },
    // a rate per piece of the work, and hourly pay named as the basis
    { description: 'Draw 15–20 floor plans a month from our sketches. $25 per plan.' },
    { description: 'Fix the crash on startup. Hourly, up to 15 hours at your rate.' },
    // a grant won, and pay named after it
    { description: 'We won a grant, so our budget is $5,000 for the app.' },
    // a salary in thousands with no currency
    { description: 'C# engineers for a studio in Manitoba. Pay wise it is spread across the spectrum, around 50k to 80k depending on experience.' },
    // a hobby said of the work, not only of the project
    { description: 'Looking for 2D animators and another coder for my indie team. As far as it goes, right now it is all hobby work.' },
    // milestones, completion and a pay heading's basis as the terms; no pay at all
    { description: 'Need a fast ghostwriter for a 60k word thriller. Payment of milestone starts on end of April.' },
    { description: 'Analyse our survey data. Note that we only pay you on satisfactory completion of the task.' },
    { description: 'Backend developers for our backtesting platform. Compensation: Equity + Industry + Hourly - very competitive.' },
    { description: 'Promote my indie game TILT. To be clear, right now I cannot pay for any work.' },
    { title: 'Looking for an artist, share profits 50/50', description: 'Art for our strategy game: 300 tiles and a few bosses.' },
    { description: 'Designer to help us every month. The payout will be per project/task basis or fix month wise.' },
    { description: 'Art and story for my old school 2D RPG. Upfront: this is just for fun and I don’t expect any kind of real monetary gain.' },
    { description: 'Senior recruiter for our web3 startup. Full-time, contract-based (fixed salary) for at least 3 months.' },
    { description: 'Graphics programmers for our iOS engine. Our current payment model is based on % share of projects and bonus payments at key milestones.' },
    { description: 'Customize a real time chat script in core PHP and integrate audio chat. BID 200-350' },
    { description: 'Character bios for my game. We will take it step by step and payment will be upon delivery of a written piece in good condition.' },
    { description: 'Teach English in Chengdu. 7,000RMB a month with housing.' },
    // unpaid, said plainly; a budget with no colon (set BG)
    { description: 'Artists for an open source RPG. No payment, sorry, but I put a lot of time into it.' },
    { description: "Let's make some games. I'm not looking to make money, so neither of us get paid." },
    { description: 'Interview support, Data Analyst. Time 12:45 am IST, Duration 30 min, Budget 1500' },
    // (set BP) a bare sum offered as a range for a use, a bare monthly sum to be paid
    { description: 'Artist to lease two soldier sprites for our pitch. I can offer you 150-250 for the rights until the campaign ends.' },
    { description: 'PDF to HTML conversion, part-time. You can get paid at least 200 per month for years.' },
    // (set BQ) a cut of the profit as the pay, and pay sent up front
    { description: 'Coder for my roguelike. I mainly want someone happy to work for a profit cut, but low rates can be discussed.' },
    { description: 'Teach me to paint tiles in Photoshop in short screen videos. We agree a price for each one and I pay you upfront.' },
    // (set BR) a percentage share of the revenue, the pay's period said of it
    { description: 'Cover art and characters for our Kickstarter RPG. Pay is a percentage share of the revenue once the game ships.' },
    { description: 'Mobile app review analyst, full-time, remote. Note that the salary shown is per month.' },
    // (set BT) a milestone's share in brackets
    { description: 'White-label streaming site.\nMilestone 1 (25%) - player and login\nMilestone 2 (75%) - CMS and payments' },
    // (set BW) the pay's basis said of it
    { description: 'Part-time bookkeeping help, about 20 hours a week. Pay would be hourly.' },
    // (set BX) a share of the profits with more before them, pay by the hour, monthly earnings
    { description: 'Animator for our stealth game. Compensation: a share in the sales and profits after launch.' },
    { description: 'Population raster map of the US. I would rather pay by the hour.' },
    { description: 'Next.js developer for our apps, 45 hours a week with monthly earnings.' },
    // (set BY) a share of the pay up front, hobby in round brackets
    { description: 'Shopify store design from concept to HTML. Payment: half up front, half on delivery.' },
    { description: '[LFA] (Hobby) Pixel hero for my platformer' },
  ],
};
