import { jobKind, type JobKind } from '../job-kind';
import type { RuleExamples, SectionRule } from '../rule';
import { isNegated, scannedApart } from '../text/match';
import { atSentenceStart, IN_SENTENCE, rx } from '../text/vocab';
import { collectEvidence } from './section-helpers';

/** A word of what examples are of, which may hold a dot: "Bubble.io". */
const A_WORD = String.raw`[\w/'’-]+(?:\.(?=\w)[\w/'’-]+)*`;

/** Where examples go when they are part of the work, not past work: "include examples of error messages in the report". */
const CONTENT_PLACE = String.raw`(?:report|document|doc|guide|article|post|page|deck|slides?|presentation|manual|course|lessons?|emails?|newsletter|video|book|chapter|section|readme|copy|script)`;

const WORK = String.raw`(?:portfolios?|examples?(?=[ \t]*(?:[).,;!\]\n]|$))|your\s+(?:best|strongest|favou?rite)\s+(?:work|projects?|pieces)|examples? of (?:your|previous|past|similar|relevant|work\b)|s(?:amples?|ome\s+of\s+your\s+(?:work|projects?|designs?|art(?:work)?))|links? to (?:your|previous|past|similar|relevant|live|(?:any|some|an?)\s+(?:recent|previous|past)\b)|previous (?:work|projects?)|past (?:work|projects?)|similar (?:work|projects?|apps?|sites?|websites?)|relevant (?:[\w-]+ )?(?:work|projects?)|work you(?:'ve| have| may have| might have) done|projects? you(?:'ve| have) (?:done|built|worked on|completed)|(?:accounts|pages|channels|stores|shops|communities|profiles) you (?:manage|run|grow|handle)|github|git ?lab|google scholar|behance|dribbble|artstation|soundcloud|bandcamp|itch\.io|demo reels?|demos|showreels?|case stud(?:y|ies)|(?:your|a|past|previous) reels?|live (?:apps?|sites?|websites?)|published (?:articles?|posts?|pieces|work|writing))`;

/** What a portfolio of holdings holds: "real estate portfolio", "the retail portfolio", "credit portfolio" (no work to show). */
const HOLDINGS = String.raw`(?:stock|stock market|investment|financial|real estate|property|crypto|trading|client|asset|loan|insurance|bond|equity|retail|multifamily|commercial|residential|mortgage|credit)`;

/** The client's own portfolio, which asks nothing of applicants: "I have a draft portfolio", "add to my portfolio". */
const NOT_OURS = String.raw`(?<!\b(?:my|our)\s+(?:[\w-]+\s+){0,2}portfolios?|\b${HOLDINGS}\s+portfolios?|\b(?:i|we)\s+(?:have|had|built|made)\s+(?:an?\s+)?(?:[\w-]+\s+)?portfolios?)`;

/**
 * A link right after the word, on its line or the next lines: the poster's own portfolio, "Portfolio \/ \/ \/\n\nhttp://…"
 * (an application's field to fill is a bracket or a blank, not a link).
 */
const OWN_LINK_AFTER = String.raw`(?![ \t:\\\/|>↓⬇-]*(?:\n[ \t]*){0,3}(?:https?:\/\/|www\.))`;

/** What a client asks an applicant to do with past work: "share", "send me", "tell us which…". */
const SHOW = String.raw`share|send|show|showcase|include|attach|submit|list|link|post|drop|mention|paste|leave`;
/**
 * The line that asks for a list and the lines down to an item's start: "To apply, please provide:\n1. …", "Send us:\n- …",
 * "we'd love to hear about:\n-…" (read behind an item's words, with `ITEM_BULLET`).
 */
const LIST_ASKED_FOR = String.raw`\b(?:${SHOW}|provide|give|outline|describe|hear\s+about|(?:apply|proposal|message|application)\s+with)\b[^\n]{0,40}:[ \t]*\n(?:[^\n]{0,200}\n){0,4}[ \t]*`;
const ITEM_BULLET = String.raw`(?:[-•*✅✔✓▪]|\d+[.)])`;
/** What an applicant did to a piece of past work: "apps you have built", "logos you designed". */
const DID = String.raw`did|built|made|created|designed|redesigned|developed|customi[sz]ed|done|completed|worked on|delivered|written|wrote|published|launched|shipped|edited|produced|translated|illustrated|animated|coded|managed|run|ran|sped up|optimi[sz]ed|improved|fixed|migrated|automated|led|set up|integrated|solved|resolved|debugged|tackled|brought|grew|grown|scaled|helped|increased|reduced|lowered|boosted|composed|recorded|mixed|voiced|narrated|filmed|photographed|shot|drew|drawn|painted|modeled|modelled|sculpted|rigged|proofread|copy-?edited|audited|researched|mastered|locali[sz]ed|ghostwritten|ghostwrote|formatted|typeset|reviewed|drafted|negotiated|tutored|coached|held|achieved|won|secured|landed|got|gotten|generated|driven|drove|moderated|organi[sz]ed|planned|hosted|coordinated|taught|took|taken|led|owned|tracked down|traced|deployed|put (?:in|into) production|trained|implemented|maintained|architected|engineered|refactored|analy[sz]ed|filed|kept (?:the )?books|done (?:the )?(?:books|bookkeeping|accounts)|looked after|served|supported|maintain`;

/** "The report should include worked examples", "the site will have case studies" (set BO): what the work itself holds, not past work asked for. */
const WORK_INCLUDES = /\b(?:reports?|articles?|posts?|guides?|documents?|tutorials?|content|pages?|videos?|courses?|lessons?|deck|presentation|website|site)\s+(?:to|should|must|will|shall)\s+(?:also\s+)?$/i;

/** The client sending or sharing, not asking: "I'll send 3 sample files after hire", "we can share examples of the style". */
const CLIENT_SENDS = /\b(?:i|we)(?:['’]ll|['’]d|\s+will|\s+would|\s+can|\s+could|\s+(?:am|are)\s+(?:going|able)\s+to)?(?:\s+(?:also|then|happily|gladly))?\s+$/i;

/** A wish to see, which "we'd" before it makes the client's, not the client sending: "we'd like to see logos you've designed". */
const WISH_TO_SEE = /^(?:love|like|want|wish)/i;

/**
 * Past-work words that name the job's own material: code handed over on GitHub, the team's repository there ("Add
 * teammates as collaborators in GitHub"), samples to review.
 */
const PART_OF_THE_WORK = /\b(?:code|source|collaborators?|teammates|access|branch(?:es|ing)?|repos(?:itory|itories)?)\b[^.!?\n]{0,25}\b(?:via|on|through|in|to)\s+(?:a\s+|our\s+|the\s+)?github\W*$|\b(?:feedback\s+on|review(?:ing)?|evaluat\w+|assess\w*)\s+(?:[\w-]+\s+){0,3}samples?$/i;

/** A portfolio a course asks of its students: the post is an assignment, not an ask for past work. */
const COURSE_PORTFOLIO = /\bportfolio\s+(?:assignment|exam|task)s?\b|\bportfolio\s+for\s+the\s+exam\b/i;
/**
 * Whether a text names a course's portfolio, read once per text: it is asked at every "portfolio" the patterns find, and a
 * long paste full of them would otherwise be scanned whole at each.
 */
let courseText: string | undefined;
let courseNamed = false;
function namesCoursePortfolio(text: string): boolean {
  if (text !== courseText) {
    courseText = text;
    courseNamed = COURSE_PORTFOLIO.test(text);
  }
  return courseNamed;
}
/** "the portfolios and samples we saw": ones the client has already been sent, not an ask (set BV). */
const SEEN_ALREADY_AFTER = /^(?:\s+(?:and|&)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:that\s+)?(?:we|i)\s+(?:saw|received|got|reviewed|have\s+(?:seen|received))\b/i;
/** "Pages: home, about, portfolio, contact": a page of the client's site, not work asked for. */
const SITE_PAGES_BEFORE = /\bpages?\s+(?:(?:include|are|:)\s*)?$/i;

const PATTERNS = [
  // the applicants' samples, reviewed with their offers: "I will share the design link after I review offers and
  // samples" (it starts at "samples" and looks back for the review; scanned apart, as "I will provide … samples" before
  // it is a match of the main union, one the client sends, that would hide it)
  scannedApart(rx(String.raw`\bsamples\b(?<=\breview\w*\s+(?:the\s+|your\s+|all\s+)?(?:offers|bids|proposals|applications)\s+(?:and|&)\s+(?:the\s+|your\s+)?samples)`)),
  // (not an investor's: "stock market portfolios", "a portfolio of properties", "other firms in the portfolio"; not the thing to build:
  // "a personal website portfolio", "a portfolio website", a product's "Live Stock Portfolio panel" (set BK); not a
  // benefit: "pad your portfolio", "a nice portfolio filler", "a portfolio boost", "credit for your portfolio",
  // "copy games for portfolio building", "an AMAZING portfolio piece" (set BM), a course's "Portfolio assignment" (set BN); nor the client's own, "projects … to build
  // a portfolio" (set BK))
  rx(String.raw`\bportfolios?\b(?!\s+of\s+(?:clients|properties|companies|investments|products|brands|businesses|assets|stocks|funds|projects under))(?!\s+(?:website|site|page|theme|template|panel|tracker|dashboard|screen|tab)s?\b)(?!\s+(?:performance|returns?|growth|value|valuations?|allocation|risk|managers?|management|company|companies)\b)(?<!\b(?:${HOLDINGS}|website|web|products?|game|brands?|services?|horizon)\s+portfolios?|\bwallet\s*[\/&]\s*portfolios?)(?!-(?:worthy|ready|building)\b)(?![ \t]+(?:filler|builder|building|booster|boost|purpose|piece|assignment|exam)s?\b)(?![ \t]+(?:and|&)[ \t]+(?:[\w-]+[ \t]+)?investments?\b|[ \t]+simulations?\b)(?<!\b(?:pad|build|grow|boost|expand|enhance|strengthen|improve|add to)\s+(?:your|their|a)\s+portfolios?|\b(?:for|in|into|on)\s+your\s+portfolios?|\b(?:businesses|companies|brands|properties|assets|stores|sites)\s+in\s+(?:the|our|my|their)\s+portfolios?)${NOT_OURS}${OWN_LINK_AFTER}`),
  // "Examples or case studies of like projects", "samples you have done before", "references to any
  // chatbot projects you have previously delivered"
  rx(String.raw`\b(?:examples?|samples?|case stud(?:y|ies)|links?|references?)\b${IN_SENTENCE}{0,60}?(?:\byou(?<!\b(?:once|when|after|until|before)\s+you)(?:'ve| have)\b(?:\s+(?:already\s+|previously\s+)?(?:${DID})\b)?|\byou (?:${DID})\b|\bpreviously\b|\bfrom similar\b)`),
  // past work named by what it is examples of: "Send examples of Webflow projects", "share before/after examples of
  // career-change resumes", "before and after examples" (it starts at the examples and looks back for the ask, after the
  // pattern above, which quotes "examples of apps you've built" whole; not the client showing, "let me give you 2 examples
  // of special effects", nor examples that are part of the work, "include examples of error messages in the report";
  // scanned apart, as it starts at every "before")
  scannedApart(rx(String.raw`\b(?:before[ \t/&-]*(?:and[ \t-]+)?after[ \t]+)?examples?\b(?<=\b(?:${SHOW}|provide|give)\b(?!\s+you\b)${IN_SENTENCE}{0,50}examples?)(?:[ \t]+of[ \t]+(?!(?:your|previous|past|similar|relevant|the|our|my|this|these|that|what|how|it|them)\b)(?!${IN_SENTENCE}{0,40}\b(?:in|into|within)\s+(?:the|each|every|our|my|this|your)\s+(?:[\w-]+\s+)?${CONTENT_PLACE}\b)${A_WORD}(?:[ \t]+(?!(?:and|or|to|for|with|in|on|that|which|here|please|so|as|particularly|especially)\b)${A_WORD}){0,3}|(?<=after[ \t]+examples?))`)),
  // similar things asked for by name: "Show similar explainers.", "send me similar logos", "Have you written similar
  // macros? Please share one." (it starts at "similar" and looks back for the ask; "show" only as an order, at a
  // sentence's start or to someone: not a feature, "the page should show similar products"; scanned apart)
  scannedApart(rx(String.raw`\bsimilar\b(?<=\b(?:(?:share|send|attach|link)(?:[ \t]+(?:me|us))?|show[ \t]+(?:me|us)|show${atSentenceStart('show')}|(?:please|pls|kindly)[ \t]+show)[ \t]+(?:(?:some|a few|\d+|any|your)[ \t]+)?similar)[ \t]+[\w-]+s\b|\bsimilar\b(?<=\b(?:have|did)[ \t]+you[ \t]+(?:ever[ \t]+|already[ \t]+)?(?:${DID})[ \t]+(?:any[ \t]+)?similar)[ \t]+[\w-]+s?[ \t]*\?[ \t]*(?:(?:please|pls|if so|if yes),?[ \t]+)?(?:share|send|show|attach|link)\b`)),
  // samples the client needs to see, and past projects to apply with: "I'll need to see a few samples", "please apply
  // with relevant past projects" (each looks back for its ask; a wish to see, "we'd love to see", is read below)
  rx(String.raw`\bsee\b(?<=\b(?:need|have)\s+to\s+see)\s+(?:(?:a\s+(?:couple|few)(?:\s+of)?|some|your|\d+|two|three)\s+)?(?:samples?|examples?|portfolios?|(?:previous|past)\s+work)\b|\b(?:past|previous|prior)\s+projects\b(?<=\b(?:apply|respond|reply|bid)\s+with\s+(?:(?:your|any|some)\s+)?(?:relevant\s+|similar\s+)?(?:past|previous|prior)\s+projects)|\bcase\s+stud(?:y|ies)\b(?<=\b(?:apply|respond|reply|bid)\s+with\s+(?:(?:your|any|some)\s+)?(?:relevant\s+|similar\s+)?case\s+stud(?:y|ies))|\bproud\s+of\b(?=\s*\?\s*(?:please\s+)?(?:share|send|show|link)\b)|\b(?:share|send|show)\s+(?:[\w-]+\s+){0,2}projects\s+if\s+you\s+have\s+any\b`),
  // examples asked for politely, with no "of" after them: "Show examples and a list of what you do", "please share
  // examples or describe your experience" (examples of something are read by the patterns above, and examples of how the
  // product should behave are none; it looks back for the "please")
  rx(String.raw`\b(?:show|send|share)\s+(?:me\s+|us\s+)?(?:some\s+)?examples\b(?<=\b(?:please|pls|kindly|can\s+you|could\s+you)\s+(?:show|send|share)\s+(?:me\s+|us\s+)?(?:some\s+)?examples)(?!\s+of\b)|\b(?:send|share|show)\s+(?:me|us)\s+(?:some\s+of\s+)?your\s+work\b|\bshow\s+(?:me\s+|us\s+)?(?:a\s+|some\s+)?links?\s+(?:with|to|of|showing)\b(?<=\b(?:please|pls|kindly)\s+show\s+(?:me\s+|us\s+)?(?:a\s+|some\s+)?links?\s+(?:with|to|of|showing))|\b(?:websites?|sites|apps?|stores?|projects?|designs?)\b(?<=\bapply\s+with\s+(?:some|a\s+few|your|\d+)\s+(?:[\w-]+\s+)?(?:websites?|sites|apps?|stores?|projects?|designs?))\s+(?:that\s+)?you(?:['’]ve|\s+have)?\s+(?:worked\s+on|built|designed|made|created|developed)\b`),
  // past work as an item of an application's list, on a line of its own: "Please submit:\n\nLinks to ML/pricing projects",
  // "Include:\n* A link to your own football blog" (it looks back to the line's start; a single example or link only
  // of "your" work: "Site we want to copy:" is the client's)
  rx(String.raw`\b(?:links?|examples?)\b(?<=(?:^|\n)[ \t]*(?:[-•*✅▪]|\d+[.)])?[ \t]*(?:an?[ \t]+)?(?:links?|examples?))\s+(?:to|of)\s+(?:(?<=(?:links|examples)\s+(?:to|of)\s+)(?:any\s+)?|your\s+)(?:[\w/-]+\s+){0,4}(?:projects?|work|apps?|websites?|sites?|designs?|blogs?|portfolios?)\b`),
  // results asked for from past jobs: "share before/after PageSpeed scores from similar jobs"
  rx(String.raw`\b(?:${SHOW}|provide|give)\b${IN_SENTENCE}{0,60}?\bfrom\s+(?:similar|previous|past|recent|relevant)\s+(?:jobs|projects|work|clients|sites|websites|stores|apps|campaigns)\b`),
  // (the applicant's past work, with up to two words naming it: "share your past LangChain projects", "Feedback on your
  // similar past works is important"; not what applicants have, "your relevant skills and work history")
  rx(String.raw`\b(?:similar|past|previous|relevant) (?:projects?|work|campaigns?|apps?|designs?|games?|sites?|websites?)\s+(?:you(?:'ve| have)|you (?:${DID}))|\byour (?:(?:similar|relevant) )?(?:past|previous|relevant|similar) (?:(?!(?:and|or|to|for|with|in|on|of|experience|skills?|background|knowledge|employers?|roles?|jobs?)\b)[\w.'’-]+ ){0,2}(?:projects?|works?)\b`),
  // examples to come with the application: "give me examples with your offer", "include examples in your proposal"
  rx(String.raw`\b(?:${SHOW}|provide|give)\b${IN_SENTENCE}{0,30}\bexamples?\s+(?:on|in|with)\s+(?:your\s+)?(?:offer|proposal|bid|application|reply|response|message)\b`),
  // past work as an item of what an application holds, the ask on the line that opens the list: "To apply, please
  // provide:\n1. Relevant projects or past experience…", "Please provide:\n- Relevant work samples.", "Send:\n\nYour
  // previous time-series or stock-related projects" (not a list of
  // what applicants must have, "Experience with:\n- Previous work in fintech"; it first looks back only to the line's
  // start, which fails fast mid-line, and sits in the main union, tried at these words anyway: scanned apart it cost
  // 0.02 G of 18.8)
  rx(String.raw`\b(?:relevant|similar|previous|past|recent)\b(?<=(?:^|\n)[ \t]*(?:[-•*✅▪]|\d+[.)])?[ \t]*(?:(?:your|any)[ \t]+)?(?:relevant|similar|previous|past|recent))(?<=${LIST_ASKED_FOR}${ITEM_BULLET}?[ \t]*(?:(?:your|any)[ \t]+)?(?:relevant|similar|previous|past|recent))[ \t]+(?:[\w-]+[ \t]+){0,3}(?:projects?|work|samples?|examples?)\b`),
  // …and past projects anywhere in such an item: "Please submit the following:\n- any experience or results you got from
  // similar projects", "we'd love to hear about:\n-Past projects where you built AI workflow
  // automation" (the item needs its bullet: "Please provide:\nOur past projects were…" is the client's)
  rx(String.raw`\b(?:similar|past|previous|prior|relevant)\s+projects?\b(?<=${LIST_ASKED_FOR}${ITEM_BULLET}[^\n]{0,60}\b(?:similar|past|previous|prior|relevant)\s+projects?)(?<!\b(?:our|my)\s+(?:similar|past|previous|prior|relevant)\s+projects?)`),
  // (not the end of a compound: "value-add projects on the retail portfolio")
  rx(String.raw`\b(?<!\w-)(?:${SHOW}|provide|give|add|(?:reach out|respond|reply|get in touch|contact (?:me|us)(?:[ \t]+(?:privately|directly))?|(?:e-?mail|mail|pm|dm|message) (?:me|us)(?:[ \t]+(?:at[ \t]+)?[\w.+-]+(?:@|\[at\]|\(at\))[\w.\[\]()-]+)?) with|e-?mail(?=\s+(?:(?:us|me)\s+)?(?:your|a|an|the)\b))\b${IN_SENTENCE}{0,50}\b${WORK}${NOT_OURS}(?<!\b(?:provide|give|send)\s+(?:product\s+)?information\s+(?:and|&)\s+samples?)`),
  // the client wishing to see past work: "Would love to see t-shirt designs you've done", "we'd like to see your
  // portfolio" (the client's wish: not "you'd like to see your work's impact", nor "I want to see the previous look"
  // of a site, which is no past work of the applicant's; scanned apart, as it starts at every "like")
  scannedApart(rx(String.raw`\b(?:love|like|want|wish)\b(?<=(?:\b(?:we|i)(?:['’]d|\s+would|\s+really|\s+do|\s+will)*|(?:^|[.!?\n])[ \t]*(?:would|['’]d)(?:\s+really)?)\s+(?:love|like|want|wish))\s+to\s+see\b${IN_SENTENCE}{0,50}?(?:\b${WORK}${NOT_OURS}(?:[ \t]+(?:(?:past|previous|recent|similar|relevant|best)[ \t]+)?(?:work|projects?|designs?|apps?|sites?|websites?|articles?|writing|videos?|logos?)\b)?|\byou(?:['’]ve| have)?\s+(?:already\s+|previously\s+)?(?:${DID})\b)`)),
  // work named by what the applicant did to it: "Please share 2 Shopify themes you have customised",
  // "Send me 3 logos you designed", "describe a similar cleanup you've done" (not experience asked about: "mention only if
  // you have worked on the tools"; not the job's own files handed over: "send the source files you created", "send the
  // reports you prepared"; but "share a research report you've written" is past work)
  rx(String.raw`\b(?:${SHOW}|tell (?:us|me)|describe|say)\b(?!${IN_SENTENCE}{0,50}\b(?:source|files?|code|final|finished|deliverables?|invoices?|timesheets?)\b)(?!${IN_SENTENCE}{0,40}\b(?:the|your|these|those|our|my)\s+(?:[\w-]+\s+)?reports?\b)${IN_SENTENCE}{0,50}\byou(?<!\b(?:if|whether|once|when|after|until|before)\s+you)(?:'ve| have)?\s+(?:already\s+|previously\s+|recently\s+|successfully\s+)?(?:${DID})\b`),
  // …and whether they have: "show whether you have done this before", "show us that you've built one", "anyone who can
  // prove they've done this before", "someone able to demonstrate the experience", "who can show it running already on
  // another Shopify store" (where "if you have done…" alone is a condition of applying, not a request)
  rx(String.raw`\b(?:demonstrate|prove|show(?:[ \t]+(?:us|me))?)[ \t]+(?:(?:if|whether|that)[ \t]+)?(?:you|they)(?:'ve|[ \t]+have)[ \t]+(?:already[ \t]+|previously[ \t]+)?(?:${DID})\b|\bdemonstrate[ \t]+(?:the|your|this|that|relevant)[ \t]+experience\b|\bshowcase[ \t]+(?:your|their)[ \t]+(?:work|projects?)\b(?<!\b(?:users?|artists?|creators?|members?|people|sellers?|photographers?|students?)[ \t]+(?:can[ \t]+|to[ \t]+)?showcase[ \t]+(?:your|their)[ \t]+(?:work|projects?))|\bshow[ \t]+(?:this|it|that)[ \t]+(?:working|running|live)\b`),
  // past work the client asks to look at: "must have examples of models for us to look at", "can demonstrate it
  // showing us the website, or his github"
  rx(String.raw`\b(?:examples?|samples?)\b(?=[^.!?\n]{0,40}?\bfor\s+(?:us|me)\s+to\s+(?:view|see|review|look\s+at|check)\b)|\bshow(?:ing)?\s+(?:us|me)\b[^.!?\n]{0,30}?\b(?:github|git ?lab|behance|dribbble|artstation)\b`),
  // past work described or linked on request: "Describe in detail your work on a SaaS product",
  // "share details, with links, features and your part"
  rx(String.raw`\bprovide\s+(?:us\s+with\s+)?your\s+experience\s+(?:of|with|in|on)\s+(?:working\s+on\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}projects?\b|\b(?:${SHOW}|provide)\s+(?:us\s+|me\s+)?(?:the\s+)?details,?\s+including\s+links\b`),
  // "details of projects you built before", "with the hardest project you have done"
  rx(String.raw`\b(?:most\s+(?:complex|challenging|difficult|ambitious)|biggest|largest|hardest)\s+projects?\s+you(?:['’]ve|\s+have)\s+(?:ever\s+)?(?:worked\s+on|done|built|completed|delivered|led)\b|\b(?:information|details)\s+(?:about|on|of)\s+(?:the\s+)?(?:[\w-]+\s+)?projects?\s+you(?:['’]ve|\s+have)\s+(?:${DID})\b`),
  // a reel listed as a requirement: "--Demo reel available" (as "a strong portfolio required" is)
  rx(String.raw`\b(?:demo\s*reels?|show\s*reels?)\s+(?:is\s+|are\s+)?(?:available|required|a must|needed|mandatory)\b`),
  // proof asked for: "We need some proof of your coding experience", "proof of past work" (not "proof of address")
  rx(String.raw`\b(?:evidence|proof)\s+of\s+(?:your\s+)?(?:(?:past|previous|prior|relevant|coding|design|writing|programming|development|[\w-]+ing)\s+)?(?:experience|work|skills?|projects?)\b`),
  // ("samples of your previous …" is past work whatever it is: "Samples of your past Tableau dashboards")
  rx(String.raw`\b(?:links?|examples?|samples?)\s+(?:to|of)\s+your\s+(?:previous|past|prior|recent|own|best)\b`),
  rx(String.raw`\b(?:links?|examples?|samples?|case stud(?:y|ies))\s+(?:to|of)\s+(?:your|previous|past|similar|relevant)\s+(?:(?!(?:and|to|for|with|in|on|of|that|which|relevant|demonstrating|showing)\b)[\w-]+\s+){0,4}(?:work|projects?|apps?|sites?|websites?|designs?|articles?|writing|videos?)`),
  rx(String.raw`\b(?:describe|describing|tell us about|tell me about|explain|explaining|detailing|outlining)\b${IN_SENTENCE}{0,70}\b(?:similar|previous|past|relevant) (?:[\w-]+ ){0,3}?(?:projects?|work|experience|jobs?|tasks?|engagements?|roles?)`),
  // a field's past work, named by the field: "Please share app localisation work", "must show recent plugin work", "Show
  // me your before/after work", "share social media work for healthcare brands" (not the work divided, "share the earnings
  // and work together", nor a pay term, "Rev-share for work performed", "share the work for review")
  rx(String.raw`\b(?:share|show)\s+(?:(?:me|us)\s+)?(?:(?:your|some|any|recent|relevant|prior)\s+)?(?:(?!(?:the|and|or|for|with|to|of|a|an|in|on|this|that|their|our|my|me|us|you|good|great|perfect|quality|hard)\b)[\w/-]+\s+){1,2}work\b(?!\s+(?:together|with|on|in|from|hours|load|flow|space|station|performed)\b|\s+for\s+(?:the|this|our|my|us|me|you|free|hire|review|approval|payment|equity)\b)`),
  rx(String.raw`\b(?:(?:please|kindly)\s+)?(?:show|send) (?:me|us) (?:what you(?:'ve| have) (?:done|built|made))`),
  // past work required by name: "Previous market research reports (even redacted) required", "past projects required" (not
  // experience: "previous work experience required")
  rx(String.raw`\b(?:previous|past|prior|recent)\s+(?:[\w-]+\s+){0,3}(?:reports?|articles?|designs?|work|projects?|apps?|websites?|videos?|logos?|samples?|examples?|translations?|renders?|drawings?|illustrations?)(?:\s*\([^()\n]{0,40}\))?\s+(?:(?:is|are)\s+)?(?:required|a must|mandatory|preferred)\b`),
  // work asked for after the applicant's own "if": "If you have built a similar chart library in javascript,
  // Kindly share." (it starts at the rare "kindly" or the "please" before "share", and looks back)
  // (only as the sentence's last words: "please share your portfolio" is quoted whole by the patterns above)
  rx(String.raw`\b(?:kindly|please)\s+share\b(?=\s*(?:[.!]|$))(?<=\bif\s+you\s+have\s+(?:done|built|made|created|developed|worked\s+on|written|designed)\b[^.!?\n]{0,80}(?:kindly|please)\s+share)`),
  // a demo to see, and Freelancer.com's application question answered: "show me a demo", "What information should
  // successful freelancers include in their application? Past work"
  rx(String.raw`\b(?:prior|previous|past)\s+work\s+(?:examples|samples)\b|\b(?:show|send|share)\s+(?:me|us)\s+(?:a\s+|the\s+|your\s+)?demos?\b|\bif\s+you\s+have\s+(?:a\s+|any\s+)?(?:proper\s+|working\s+|live\s+)?demo\b|\b(?:past work|portfolio|samples|examples)\b(?<=\bapplication\?\s*(?:past work|portfolio|samples|examples))`),
  // a kind of past work to attach (set BI): "Attach only app UI/UX work (no web or print design)" (it starts at
  // the kind of work, rarer than "send" or "include", and looks back for the ask)
  rx(String.raw`\b(?:design|writing|art|video|coding|animation)\s+work\b(?<=\b(?:attach|share|send|include)\s+(?:only\s+|some\s+|your\s+)?(?:[\w/&-]+\s+){0,3}(?:design|writing|art|video|coding|animation)\s+work)`),
  // (set BH) samples of what was built before, a GitHub profile in a list of what to send, experience to describe: "samples
  // of things that have been built in the past", "Send us:\n- Your GitHub profile", "Explain your experience creating
  // chatbots for clients" (not "describe your experience level", nor "Describe how your experience … make(s) you the right
  // fit")
  rx(String.raw`\bsamples\s+of\s+(?:things|work|what)\s+(?:that\s+)?(?:you(?:['’]ve|\s+have)\s+|(?:have|has)\s+been\s+)?(?:built|made|done|created)\b|\bgithub\b(?<=${LIST_ASKED_FOR}${ITEM_BULLET}?[ \t]*(?:your[ \t]+)?github)|\b(?:describe|explain|detail|outline)\s+(?:in\s+your\s+(?:application|proposal|bid|cover\s+letter)\s+)?(?:your|any)\s+(?:(?:relevant|previous|past|prior|similar)\s+)?experience\b(?!\s+(?:level|requirements?)\b)`),
  // past work to link or describe (set BG): "send your contact details and links to past work", "submit your relevant
  // similar experience with your 1st response", "Give your availability and relevant experience in application
  // deployment" (set BJ), "(point out relevant projects)", "send a loom video about yourself and your
  // experience" (set BK), "If you've built anything similar—AI assessments, lead-gen funnels—I want to see it" (set BL),
  // "pm me with experience, equipment and rates", "Message me with your background", "provide details on your
  // experience", "Send links to at least one Shopify project", "post pics of your work", "You must share your hosting
  // related site" (set BM), "put your relevant experience in your proposal", "Apply with details about your
  // experience", "proposals that show what you can do and have done" (set BN), "please provide examples or
  // references", "a link to a few of your past jobs", "Let me know your experience" (set BO) (scanned apart, as samples' union is at the length V8 optimises; forms led by a common verb,
  // "provide", "share" or "please", start at a rarer word after it and look back)
  scannedApart(rx(String.raw`\blinks?\s+to\s+(?:(?:(?:your|previous|past)\s+)?(?:work|projects?)\s+(?:you(?:['’]ve|\s+have)\s+)?done|at\s+least\s+(?:one|two|three|\d+)\s+(?:[\w-]+\s+){0,2}projects?|(?:some\s+of\s+)?your\s+(?:existing\s+|previous\s+|past\s+|own\s+)?(?:work|projects))\b|\bsimilar\s+(?:experience|work|projects?)\b(?<=\b(?:submit|share|send|describe|provide)\s+(?:us\s+|me\s+)?(?:your\s+)?(?:relevant\s+)?similar\s+(?:experience|work|projects?))|\brelevant\s+experience\s+(?:in|with)\b(?<=\b(?:provide|share|include)\s+(?:(?:your\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+)?any|your)\s+relevant\s+experience\s+(?:in|with))|\bhighlight\s+(?:your\s+|any\s+)?(?:relevant|previous|past|similar)\s+(?:projects|work)\b|\b(?:(?:pm|dm|message|send|e-?mail)\s+(?:me|us)\s+(?:an?\s+(?:message|pm|dm|e-?mail)\s+)?|e-?mail\s+at\s+\S+\s+)with\s+(?:your\s+)?(?:(?:info|name|cv|resume|details)\s*,\s*)?(?:(?:relevant|work|past)\s+)?(?:experiences?|background)\b|\bdetails\s+(?:on|of|about)\s+your\s+(?:relevant\s+)?experience\b(?<=\b(?:provide|with)\s+(?:some\s+)?details\s+(?:on|of|about)\s+your\s+(?:relevant\s+)?experience)|\bshowing\s+what\s+you\s+(?:can\s+do\s+and\s+)?have\s+done\b|\bexamples\s+(?:or|and)\s+references\b(?<=\b(?:provide|share|send|include|give)\s+(?:us\s+|me\s+)?(?:some\s+|a\s+few\s+)?examples\s+(?:or|and)\s+references)|\bknow\s+your\s+(?:relevant\s+)?experience\b(?<=\blet\s+(?:me|us)\s+know\s+your\s+(?:relevant\s+)?experience)|\b(?:pics|pictures|photos|images)\s+of\s+(?:your|previous|past)\s+(?:work|projects|pieces)\b|\bshare\s+your\s+(?:[\w-]+\s+){0,3}(?:sites?|websites?|apps?)\b(?<=\b(?:must|please)\s+share\s+your\s+(?:[\w-]+\s+){0,3}(?:sites?|websites?|apps?))|\bintroduc(?:e|ing)\s+yourself\s+and\s+your\s+(?:relevant\s+)?(?:experience|work|projects)\b|\b(?:anything|something)\s+similar\b(?<=\bif\s+you(?:['’]ve|\s+have)\s+(?:built|made|done|created|worked\s+on)\s+(?:anything|something)\s+similar)[^.!?\n]{0,80}?\b(?:i|we)\s+(?:want|would\s+like|['’]d\s+like|['’]d\s+love|would\s+love)\s+to\s+see\s+(?:it|them)\b`)),
  // past work required for the application (set BF): "resumes without links to examples, demos, code samples … will not be
  // considered"
  rx(String.raw`\bwithout\b${IN_SENTENCE}{0,40}?\b(?:portfolios?|samples?|examples|demos)\b(?=(?:${IN_SENTENCE}|(?<=\betc)\.){0,80}?\b(?:will\s+not|won['’]t|cannot|can['’]t)\s+be\s+(?:considered|reviewed|accepted)\b)`),
  // …or with the application: "Apply with examples of earlier API integrations" (it starts at the work and looks back for
  // the ask; last, so that where a pattern above quotes the same work, its quote is the one shown)
  rx(String.raw`\b${WORK}${NOT_OURS}(?<=\bapply(?:\s+now|\s+today)?\s+with\b[^.!?\n]{0,120})`),
  // Sets BQ-BS's forms, scanned apart together:
  // (BQ) past work to demonstrate, a way to show it, and experience to describe as a noun: "freelancers who can
  // demonstrate some past work", "only apply if you have a way to show it", "A short description of your professional
  // Python experience" (experience in a field: experience in general, described, is 0 in the dev labels)
  // (BR) relevant experience to apply with, past work to explain, samples asked for by private message: "Apply
  // with your relevant experience and your hours", "explain a complex system you have led" (not "explain every
  // choice you made", this job's), "PM me your background and a few samples"
  // (BU) the same description with its field after it: "a short description of your experience in call-log analysis"
  // (BS) experience asked to be shared or mentioned: "share your previous experience with such reviews", "a
  // clear mention of your experience with Voiceflow"
  // (BV) proof of work where it is published: "Swift skills, proven via the App Store or GitHub"
  // (BW) screenshots of past work, and work already done to reply with: "reply with screenshots of relevant Zapier
  // flows", "with a few tiles you have already finished" (the work word first; screenshots asked for, not taken as the
  // work: "take screenshots of relevant pages")
  // (BX) a demo of something the applicant built: "must demo a bot you have built"
  scannedApart(rx(String.raw`\bdemo\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,3}?(?:apps?|applications?|projects?|tools?|sites?|bots?|agents?|servers?)\s+(?:that\s+)?you(?:['’]ve|\s+have)?\s+(?:${DID})\b|\bscreenshots?(?:\(s\))?(?<=\b(?:with|send|share|attach|include|provide|post)\s+(?:us\s+|me\s+)?(?:some\s+|a\s+few\s+)?screenshots?(?:\(s\))?)\s+of\s+(?:(?:relevant|previous|past|similar)\b|(?:[\w.-]+\s+){1,4}you(?:['’]ve|\s+have)?\s+(?:${DID})\b)|\bwork\b(?<=\bwith\s+(?:some\s+|any\s+|a\s+few\s+)?(?:[\w-]+\s+){0,2}work)\s+(?:that\s+)?you(?:['’]ve|\s+have)\s+already\s+(?:${DID})\b|\b(?:proof|proven)\s+(?:thru|through|via|on|from|by)\s+(?:the\s+|your\s+)?(?:app\s*store|play\s+store|google\s+play|github|gitlab|behance|dribbble|portfolio)\b|\bdemonstrate\s+(?:some\s+|your\s+|any\s+)?(?:past|previous|prior|relevant|similar)\s+(?:work|projects?)\b|\b(?:have|has)\s+a\s+way\s+to\s+(?:show|prove|demonstrate)\s+(?:it|this|that)\b|\bdescription\s+of\s+your\s+(?:(?:[\w-]+\s+){1,3}?(?:experience|projects?)\b|projects?\b|past\s+work\b|experience\s+(?:in|with)\s+(?!(?:this|the|our|my)\b)\w+)|\bapply\s+with\s+(?:your\s+)?(?:relevant|related|similar|past|previous)\s+(?:experience|work|projects?)\b|\bexplain\b${IN_SENTENCE}{0,50}\byou(?:['’]ve|\s+have)\s+(?:already\s+|previously\s+|successfully\s+)?(?:${DID})\b|\bsamples?\b(?<=\b(?:pm|dm)\s+(?:me|us)\s+your\s+[^.!?\n]{0,40}\bsamples?)|\b(?:share|send|tell\s+(?:us|me)\s+about)\s+your\s+(?:previous|past|prior|relevant|similar)\s+experience\b|\bmention(?:\s+of)?\s+your\s+(?:[\w-]+\s+){0,2}?experience\s+(?:with|in|of|on)\b`)),
];

export const missingSamplesRequest: SectionRule = {
  type: 'section',
  section: 'samples',
  label: 'Samples',
  meta: {
    id: 'missing-samples-request',
    name: 'No request for past work',
    level: 'suggestion',
    description: 'Flags a post that does not ask applicants to show past work (portfolio, links, examples).',
    why: 'Past work is the best predictor of the result; without asking for it you compare proposals on price and promises.',
    seeds: '003 "Importance of past work samples"',
    messages: { missing: 'Applicants are not asked to show past work.' },
  },
  evidence: ({ doc }) =>
    collectEvidence(doc, PATTERNS, {
      accept: (t, s, e) =>
        !isNegated(t, s, 20) &&
        (!CLIENT_SENDS.test(t.slice(Math.max(0, s - 25), s)) || WISH_TO_SEE.test(t.slice(s, s + 4))) &&
        !SITE_PAGES_BEFORE.test(t.slice(Math.max(0, s - 20), s)) &&
        // "Hand over all code (ideally via GitHub)": the job's code handed over; "give feedback on several code samples":
        // samples the work reviews, not past work
        !PART_OF_THE_WORK.test(t.slice(s, e)) &&
        !SEEN_ALREADY_AFTER.test(t.slice(e, e + 40)) &&
        !((/\bexamples?$/i.test(t.slice(s, e)) || /^include\b/i.test(t.slice(s, e))) && WORK_INCLUDES.test(t.slice(Math.max(0, s - 40), s))) &&
        // a course's portfolio, anywhere in a post that names it ("Portfolio assignment", "your portfolio for the exam"; set BN)
        !(/\bportfolios?\b/i.test(t.slice(s, e)) && namesCoursePortfolio(t)),
    }),
  template: ({ doc }) => `[${PAST_WORK_FOR[jobKind(doc)]}]`,
};

/** What past work to ask for, for each kind of work: a translator shows translations in the pair, not "projects". */
const PAST_WORK_FOR: Record<JobKind, string> = {
  web: 'Share links to 2–3 similar sites you built and say what your part was.',
  mobile: 'Share links to 2–3 apps you built that are in the App Store or Google Play, and say what your part was.',
  writing: 'Share 2–3 published pieces on similar topics and say what your part was.',
  translation: 'Share 2–3 translations you did in this language pair, and say which tools you use.',
  design: 'Share a portfolio with 2–3 designs like this one and say what your part was.',
  data: 'Share 2–3 similar reports, dashboards or scripts, and say what data they used.',
  marketing: 'Share 2–3 campaigns you ran, with their budget and results.',
  video: 'Share links to 2–3 videos you edited in a similar style.',
  audio: 'Share 2–3 samples of similar voice, music or audio work.',
  support: 'Say which of our tools you have used and for how long, with a reference if you have one.',
  general: 'Share links to 2–3 similar projects you delivered and say what your part was.',
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    // credits as what the role gives
    { description: 'Website for a pharmaceutical company. It should show our products portfolio, availability and our network.' },
    { description: 'Artist wanted. We could start with simple clone games for portfolio building/practice.' },
    { description: 'C++ programmer for our mod. All participants will be mentioned in the credits for portfolio purposes.' },
    // a portfolio as what the role gives
    { description: 'Paid internship for a web developer. Get a portfolio boost with real-world application.' },
    // case studies a website will hold (set BO)
    { description: 'Site for our AI agency. To build trust, the website will include case studies of clients we helped.' },
    // a course's portfolio assignment (set BN)
    { title: 'Machine Learning course', description: 'This portfolio assignment: fine-tune a small translation model. Submit your portfolio with the notebook and a short reflection.' },
    // a portfolio piece the job gives (set BM)
    { description: 'Fashion magazine site on WordPress. If you are a PHP wiz looking for an AMAZING portfolio piece this is it!' },
    // a product's portfolio screen, and a portfolio the client builds (set BK)
    { description: 'Crypto tracker screens:\n- Watchlist panel\n- Holdings Portfolio panel' },
    { description: 'Mentor wanted to guide me through SQL and Tableau exercises so I can build a portfolio.' },
    // a trading portfolio's time horizon, and the client's own past projects under an ask
    { description: 'Quant analyst for our trading desk. This will be a 3-6 month time horizon portfolio in futures and options.' },
    { description: 'Site rebuild. Please provide:\n- Your rate\n- Our past projects were all in WordPress' },
    // the client's holdings, not past work
    { description: 'Chatbot for field technicians. If successful, we would apply this to other businesses in the portfolio.' },
    // the client's reference site, the job's code handed over, samples the work reviews
    { description: 'Football table pages. An example of a site we want to recreate:\n\nhttps://example.com/standings' },
    { description: 'Statistics project in R. Reproducibility: Provide all code (preferably via GitHub).' },
    { description: 'Social app in Expo React Native. Collaboration: add teammates as collaborators in GitHub and follow our branching strategy.' },
    { description: 'AI engineer to review and provide feedback on various code samples related to our AI projects.' },
    // the poster's own portfolio, linked under its heading
    { description: 'Artist for my planetary exploration game, hobby then rev-share. Contact me here.\n\nPortfolio \\/ \\/ \\/\n\nhttp://www.example.com/' },
    // a product where others show their work
    { description: 'Build a platform where artists can showcase their work and sell prints.' },
    // examples the report itself holds
    { description: 'Audit our Tableau setup and write advice. The report should include practical examples.' },
    // a product's screen named with its wallet
    { description: 'Trading app in React Native: authentication, a dashboard with wallet/portfolio, a trading module.' },
    // the client's own portfolio, two words after "our"
    { description: 'Shopify developer. We build Shopify stores for clients and have our own Shopify portfolio projects.' },
    // an investor's portfolio is no past work
    { description: 'Real estate analyst to simulate a comprehensive portfolio and catalytic investment with phased projections.' },
    // the work as a benefit to the applicant is no ask
    { description: 'Music and sound effects for our game. The game itself is nothing special, but is an attractive portfolio filler.' },
    // what applicants have is no past work to show
    { description: 'Office manager. Your relevant skills and work history matter most.' },
    // what applicants must have, listed, is no request to show it
    { description: 'Fintech app build.\n\nExperience with:\n- Previous work in payments\n- React Native' },
    // a portfolio the work builds for the freelancer, and the client's own portfolio of properties
    { description: 'Help us with a series of small Django projects, a great chance to enhance their portfolio.' },
    { description: 'Analyst for our real estate firm: drive portfolio performance and lead value-add projects on the retail portfolio.' },
    // a pay term and a feature, not work to show
    { description: 'Sell our service; we offer a revenue share in each client you manage.' },
    { description: 'Build a CRM that lets users schedule posts & reels.' },
    // a company's product portfolio, and work that will be portfolio-worthy
    { description: 'Las Vegas studio with a market-leading online game portfolio. Mentor me through 2 portfolio-worthy projects.' },
    // the thing to build, and a benefit to the applicant, are no request to see work
    { description: 'Build a personal website portfolio for my photos.' },
    { description: 'Do some cool models to pad your portfolio.' },
    // an investor's portfolio is no body of work
    { description: 'Build dashboards to track our loan portfolio performance.' },
    { description: 'Must have experience with Shopify. Build a store for my shop.' },
    { description: 'Need a writer for blog posts about gardening.' },
    // experience asked about, not work to show
    { description: 'Build a Zapier flow. Mention only if you have worked on Zapier before.' },
    // the job's own files, handed over
    { description: 'Design 5 icons. Send the source files you created at the end.' },
    // the finished job's link, sent when it is done: not past work
    { description: 'Set up the store. Send me the link once you have deployed it.' },
    { description: 'Fix the slow pages. Post a link to the staging site when you have finished.' },
    // the client's own files, sent to the freelancer
    { description: "Write a macro that merges our reports. I'll send 3 sample files after hire." },
    { description: 'Edit our podcast. We can share samples of the style we like.' },
    // the client's own portfolio asks nothing of applicants
    { description: 'I have a draft portfolio with two e-learning modules. Rewrite my resume for ID roles.' },
    { description: 'I need a dataset for a project to add to my professional portfolio.' },
    // experience required is not work shown
    { description: 'Write a market report. Previous work experience required.' },
    // the applicant's wish, not the client's wish to see past work
    { description: 'Join our growing team. You want to see products you designed reach millions.' },
    // a page of the client's site named "portfolio"
    { description: 'We are a venture capital firm and need a website. Pages include about us, team, portfolio, contact us.' },
    // examples the client can provide are no ask
    { description: 'A recipe directory site with search. I can provide examples of similar sites if asked.' },
    // examples of how the product should behave are no past work
    { description: 'Build our onboarding flow. Please show examples of how the screens should connect in your proposal.' },
    // the platform's standard question is no ask for past work (set BH)
    { description: 'React developer. Describe how your experience and aptitudes make you the right fit for this role.' },
    // (set BP) samples handed to customers are the role's work
    { description: 'Customer care assistant for a packaging supplier.\n\nResponsibilities:\nAnswer phone orders\nProvide product information and samples\nFollow up with buyers' },
    // (set BQ) experience to describe with no field named (the dev labels)
    { description: 'AI chat window for a dental clinic site. In your proposal, include a short description of your experience and a rough estimate.' },
    // (set BU) a fund's portfolio company
    { description: 'Review of a portfolio company for our SPV: a 1-2 page memo to investors from recent updates.' },
    // (set BV) portfolios the client was already sent
    { description: 'Banner ads for our forum. Update: thanks to all, the portfolios we received were great and we have chosen.' },
    // (set BW) screenshots as the work, not past work asked for
    { description: 'Competitor audit: take screenshots of relevant pages on five rival sites and list what they offer.' },
  ],
  pass: [
    // sample art mailed to a hidden address, examples for the client to view, a github shown
    { description: 'Artist for my platformer. Mail me at burak[at]example[dot]com with any sample art or ideas.' },
    { description: 'Forecast model developer. You should have examples of models built for us to view work.' },
    { description: 'Timesheet and payment flow in Next.js. Hire only if you can demonstrate it showing us the website, or his github.' },
    // work to mail the client with, past projects as an item with the owner's word or several words before the noun,
    // examples of past projects named with hyphenated words
    { description: 'Programmer for a hack-n-slash game. PM me or email me jo@example.com with examples of work.' },
    { description: 'Churn prediction MVP.\n\nSend:\n\nYour previous churn or retention-related projects' },
    { description: 'Build Zapier flows. If interested, please share:\n\nRelevant experience or past projects you ran.' },
    { description: 'Clinic SaaS MVP. If interested, please include:\n\n- Your experience with low-code tools.\n\n- Examples of past SaaS or AI-powered booking projects.' },
    // work to contact the client with
    { description: 'Port our iOS puzzler to Android, revenue share. Contact me privately with your past games experience and/or some demo samples.' },
    // the applicant's hardest project described
    { description: 'Backend for a music site. Email me some background including the most complex project you have worked on.' },
    // past projects as an item of what an application holds, wherever in the item they sit
    { description: 'Product photo edits. Please submit the following:\n- why this interests you\n- any results you have from similar projects' },
    { description: 'AI coach for our team. We’d love to hear about:\n-Your experience with N8N\n-Any past projects where you’ve implemented workflow automation' },
    // past work asked for with the application
    { description: 'Life Book MVP with Twilio and Whisper. Apply now with examples of past API integrations or similar projects.' },
    // the applicants' samples, reviewed with their offers
    { description: 'Two-page site in HTML/CSS. I will send the design link after reviewing the offers and samples.' },
    // past work named by what it was, a wish for feedback on it, and examples to come with the offer
    { description: 'Extend our ElizaOS agent with a plugin. Please share your previous ElizaOS projects and real-world examples that showcase your capability.' },
    { description: 'Tweak my current shop site. Feedback on your similar past works matters to us.' },
    { description: 'Apps for iOS and Android. Bid only if you have published similar apps and provide me with examples in your offer.' },
    // past work described, and projects shared if the applicant has them
    { description: 'Prompt based helper for our site. Please give details of any prompt based work you may have done in the past.' },
    { description: 'Customize a Laravel management system. Kindly share SAAS projects if you have any.' },
    // past work as items of an application's list, and a link to any recent app
    { description: 'Dynamic pricing engine. Please submit:\n\nLinks to ML/pricing projects\n\nExamples of forecasting work' },
    { description: 'Native mobile developer. Please include a link to any recent or previous mobile app you build.' },
    // past work asked for as case studies or as projects the applicant is proud of
    { description: 'Hotel energy data analyst. If you have worked on cost optimization projects, please apply with relevant case studies.' },
    { description: 'No-code developer. Got a project or two you are proud of? Share them.' },
    // past work as an evaluation factor, and a link asked for at the top of the bid
    { description: 'Records manager RFP. Bids will be judged on: -Experience in records work. -References, and case studies of past similar work.' },
    { description: 'PHP + DataTables grid. Please show a link with the application of DataTables at the start of your bid.' },
    { description: 'Upgrade our PHP attendance system. Bidders are requested to showcase their work.' },
    // some of your work, experience demonstrated, a result shown working
    { description: 'Artists for my 2D games. Email me (please include some of your work).' },
    { description: 'Push notifications in our React Native app. We pay well for someone who can demonstrate the experience.' },
    { description: 'A voice bot for our Shopify clients, from a developer who can show this working already on another store.' },
    // examples asked for with nothing after them
    { description: 'Loan calculator on Dorik. Proven Dorik experience (please share some examples).' },
    { description: 'Web developer. Please submit a resume, a short cover letter, and information about projects you have built in the past.' },
    { description: 'Shopify tea store, Figma is done. Please share relevant Shopify projects and experience with A/B tests.' },
    { description: "Receipt scanner in React Native. If you're interested, reach out with your experience and relevant projects." },
    { description: 'Price monitoring in Google Sheets. Apply now with examples of past research or pricing analysis work.' },
    { description: 'Figma to HTML for our CRM. Please provide your experience of working on a CRM project in detail.' },
    { description: 'If you have worked on parental control apps, please share the details, including links, features, and your role.' },
    { description: 'Logo for my client. Please post links to some of your work, I will not take a bid without some samples of past work.' },
    { description: 'Patent attorney. Please submit a list of relevant patents you have successfully filed.' },
    { description: 'Voice actors for our RPG.\n--Can give 10-15 hours per week\n--Demo reel available' },
    { description: 'AI receptionist prototype.\nPlease include the following in your bid:\n- Your approach\n- Relevant Experience (include some demos)' },
    { description: "Coders for our Minecraft mod. We'll need some evidence of your coding experience and a short paragraph." },
    { description: 'RAG chatbot. Please include references to any chatbot, AI agent, or LLM-based projects you have delivered before.' },
    { description: 'Build a receipt scanner.\nProposal should outline:\nRelevant experience in OCR apps.\nPast projects with document parsing.' },
    // past work as an item of the application's list, and a request the idiom "don't forget to" makes
    { description: 'Build an AI note-taker.\n\nTo apply, please provide:\n1. Relevant projects or past experience with AI assistants.\n2. Your approach.' },
    { description: 'Web developer for our agency. Send a resume (don\'t forget to include your GitHub account!).' },
    { description: 'Help with our Next.js app. Leave links to your GitHub or projects in your proposal.' },
    { description: 'Add AI clip cutting to my SaaS. Anyone who can prove they have done this before gets first preference.' },
    // past work shown, described, or published: "demonstrate if you have done…", a cover letter detailing similar projects, a
    // Google Scholar link
    { description: 'Fix my Magento 2 admin dropdown. Ideally, demonstrate if you have done anything like this before.' },
    { description: 'Reporting analyst for our dental practice. Apply with a cover letter detailing your experience with similar projects.' },
    { description: 'Help me prepare a paper for a Q1 journal. Please send me your Google Scholar link.' },
    // a portfolio applicants must have, though not theirs to build
    { description: 'Artist for our metroidvania. Applicants must have at least one released game in their own portfolios.' },
    // a list item of what a proposal holds, the kind of work named at length
    { description: 'Build a custom theme.\n\nInclude in your proposal:\n- Examples of previous custom WordPress theme development work.' },
    // the sites an applicant looks after now
    { description: 'Keep our 6 WordPress sites updated. Please list the WordPress sites you maintain now.' },
    // past work named by its field and who it was for
    { description: 'Design 12 posts a month. Please share social media work for healthcare or beauty brands.' },
    // past work named by three words of its field
    { description: 'Tell us about your past real estate VA work.' },
    // where the work can be heard or seen, and work named by a craft's verb
    { description: "Compose 5 looping tracks for our RPG. Send us your soundcloud or anything you've composed for games." },
    { description: 'Run our Instagram: 12 posts a month. Please share Instagram accounts you manage.' },
    { description: 'Enter 2,000 products into Shopify. Please tell me about a similar data entry job.' },
    // a full stop inside a name does not end the sentence
    { description: 'Add two-factor login to our portal. Link a Next.js project you shipped.' },
    // a similar problem the applicant solved, named
    { description: "Fix our checkout bug on iPhone Safari. Please mention a similar checkout issue you've solved." },
    { description: "Clean up our QuickBooks file. Please describe a similar cleanup you've done." },
    { description: 'Write 10 blog posts. Please share 3 published articles on technical B2B topics.' },
    // past work named by the result the applicant brought
    { description: "Manage our Amazon ads. Tell us about a brand you've brought ACoS down for, and by how much." },
    { description: 'Please include links to similar apps you have built.' },
    { description: 'Submit a proposal including: your experience. Samples of your previous PowerBI dashboards.' },
    { description: 'A strong portfolio is required.' },
    { description: 'Share examples of your previous work in your proposal.' },
    { description: 'Please share 2 Shopify themes you have customised.' },
    { description: 'Send me 3 logos you designed for food businesses.' },
    { description: 'Native speakers only; tell us which apps you have translated.' },
    // past work named by what the applicant did to make it better
    { description: 'Please share one or two Shopify stores you have sped up, with before/after scores.' },
    { description: "Proofread my novel. Please tell me about fantasy books you've proofread." },
    // a trade's own word for the work: books kept, clients served
    { description: "Catch up our books in QuickBooks. Please tell us about bakeries or restaurants you've kept books for." },
    { description: 'Redline our agreement. Tell us your qualifications and similar SaaS contracts you have reviewed.' },
    { description: 'Translate three contracts. Please say which legal translations you have done.' },
    { description: 'Answer our tickets. Tell us about support roles you have held.' },
    // past work named by how the applicant found it or put it to use
    { description: 'Fix the startup crash. Please tell us about a similar crash you tracked down.' },
    { description: "Build a recommender. Please describe a recommender system you've put in production." },
    // past work named by the applicant's choice of it
    { description: 'Fix the 3 bugs in our app. Link your best work.' },
    // the client wishing to see past work
    { description: "T-shirts for our running club, £250. Would love to see t-shirt or merch designs you've done." },
    { description: "Logo for our bakery. We'd like to see a couple of logos you've designed." },
    // past work required by name
    { description: 'Market research on pet insurance. Previous market research reports (even redacted) required.' },
    // work asked for after "if you have done", a demo to see, Freelancer.com's application question
    { description: 'Live stock charts in JavaScript. If you have done any similar charting library or script in javascript before, Kindly share.' },
    { description: 'Need an auction website PHP script. If you have a ready made one, show me a demo and give me the feature list.' },
    { description: 'Part-time sales lead for my studio. What should successful freelancers include in their application? Past work' },
    { description: 'College management web application with an online admission system, in .NET or PHP. If you have proper demo than reply me.' },
    { description: 'Quiz app for iPhone. Preferred freelancer traits: prior work examples (especially in mobile apps).' },
    // samples the client needs to see, and past projects to apply with
    { description: 'Gamers to review board games. I will need to see a couple samples first.' },
    { description: 'Raydium volume script. If you have built trading bots, please apply with relevant past projects.' },
    { description: 'Website speed optimization for Shopify. Please show examples and a list of items you do to help the website.' },
    { description: 'Three.js car configurator. Have you built a similar 3D project? If yes, can you share examples?' },
    { description: 'UI artist for our Unity game. Send us your work through one of our sites or through my username here.' },
    { description: 'Framer fixes before launch today. Please apply with some Webflow sites you have worked on.' },
    // past work e-mailed with the application, or required for it
    { description: 'Marketing intern. To apply, email a resume, cover letter, and writing sample.' },
    { description: 'PHP engineer. Resumes without links to examples, demos, code samples, sites etc. will not be considered!' },
    // links to past work, and similar experience to submit (set BG)
    { description: 'Simple webcast site. Please send contact information and links to work done.' },
    { description: 'AI consultant. Please submit your relevant similar experience with your 1st response.' },
    // samples of what was built, a GitHub profile in a list of what to send, experience to explain (set BH)
    { description: 'Minecraft builders. Must have samples of things that have been built in the past.' },
    { description: 'Growth marketer. Send us:\n- Your GitHub profile\n- Your best growth experiment' },
    // …with the list's ask anywhere on the line that opens it
    { description: 'Junior ML developer. Please include the following in your bid:\nA short note on your experience\nYour GitHub profile link' },
    { description: 'Chatbot expert, freelance. Explain your experience creating chatbots for clients.' },
    { description: 'Run a demo of our app. Please provide your availability and any relevant experience in application deployment.' },
    { description: 'Quiz funnel for my coaching business. If you have built anything similar, like scoring quizzes, we would love to see them.' },
    { description: 'Two-minute voiceover from my script. PM me with experience, equipment and rates!' },
    { description: 'Proofreading 3 posts a week. Send me a message with your background and how much you charge.' },
    { description: 'Categorize the invoices of a construction case. Please provide details on your experience working with construction financials.' },
    { description: 'WooCommerce plugin fixes. Please send links to at least two WooCommerce projects.' },
    { description: 'Trophies for our film festival. PM me with pics or post pics of your work in the comments.' },
    { description: 'Simple website on hosting. You must share your hosting related site that has traffic.' },
    { description: 'Form builder setup in Fastfield. Kindly include your relevant experience in your proposal.' },
    { description: 'Java developer to run technical interviews for us. Apply today with details about your experience.' },
    { description: 'Build a sheet of emissions data. I would like to see applications clearly showing what you can do and have done.' },
    { description: 'Market data for our rentals. If you have done similar work, please provide examples or references.' },
    { description: 'Short fiction writers. Reply here, preferably with a link to some of your existing work.' },
    { description: 'Tweak the filters in our Flutter shop. Let me know your experience and the time you need.' },
    { description: 'Land research analyst. Proven experience in land research or GIS (please highlight relevant projects).' },
    { description: 'SMS booking bot in GoHighLevel. Record a short video introducing yourself and your relevant experience.' },
    // a kind of past work to attach (set BI)
    { description: 'UI/UX designer for 15 app screens. Attach only mobile UI/UX design work (no web or print).' },
    // (set BP) past use of a technique to describe, far from its verb
    { description: 'In your cover letter, briefly describe how you have applied SHA-256 hashing to anonymise records in a previous project.' },
    // (set BQ) past work to demonstrate, a way to show it, a description of the applicant's experience
    { description: 'Finish my booking app for a tennis club. I am looking for freelancers who can demonstrate some past work in web design.' },
    { description: 'Retell AI expert to extend our voice agents. Only apply if you have used the platform and have a way to show it.' },
    { description: 'Python mentor for a beginner. In your proposal, give a brief description of your professional data science experience.' },
    // (set BR) relevant experience to apply with, a project led to explain, samples asked by PM
    { description: 'One-hour review of my SPSS mediation analysis. Apply with your relevant experience and your hours.' },
    { description: 'AI lead developer. In your video, explain a complex system you have led from start to launch.' },
    { description: 'Story and world maps for our match-3 sequel. PM me your background and a few samples.' },
    // (set BS) experience to share or mention
    { description: 'Review user recordings for our agency clients. Please share your previous experience with Hotjar reviews.' },
    { description: 'Fix memory in my Voiceflow bot today. I only need a short mention of your experience with Voiceflow memory steps.' },
    // (set BU) experience described with its field after it
    { description: 'Lead-gen data analyst, full-time. Send a CV and a short description of your experience in call-log analysis.' },
    // (set BV) experience sent with an e-mail, proof of work where it is published
    { description: 'We hire Go engineers in Berlin. Send an email at jobs@example.com with your name, work experiences and availability.' },
    { description: 'Junior Swift developer for a small publisher. Skills proven via the App Store or GitHub.' },
    // (set BW) screenshots of past work, work already done to send, a checkmark list of what to share
    { description: 'Zapier automations for our shop. Reply with screenshots of relevant flows.' },
    { description: 'Hex tiles for our board game. PM me with some sculpting work you have already completed.' },
    { description: 'Instagram API integration. Please share:\n✔ Relevant projects where you used the Graph API.' },
    // (set BX) past experience sent by PM, a demo of something built
    { description: 'Unity rigger for our platformer. Send me a PM with past experience or a short reel.' },
    { description: 'MCP server set-up. You must demo a server you have built.' },
  ],
};
