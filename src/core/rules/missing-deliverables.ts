import { jobKind } from '../job-kind';
import { evidenceSignals, judgedEvidence } from '../model/linear';
import type { RuleExamples, SectionRule } from '../rule';
import type { Doc } from '../text/doc';
import type { Evidence } from '../types';
import { scannedApart } from '../text/match';
import { APP_STORE, atSentenceStart, CALL_KIND, IN_SENTENCE, MANUSCRIPT, MEETING, MONTH, notMidFigure, notTheClients, oneOf, PIECES_OF_WORK, rx } from '../text/vocab';
import { collectEvidence, isInside, overruled } from './section-helpers';


/** Who makes a thing, not the thing: "level designer", "video editor". */
const PERSON = `${oneOf(String.raw`designers?|programmers?|developers?|artists?|writers?|editors?|engineers?|animators?|managers?|specialists?|experts?|freelancers?|creators?|producers?|makers?|builders?`)}\\b`;

/** Others hired, not made: "we need a company that can…". */
const HIRED = oneOf(String.raw`someone|somebody|person|people|individual|candidate|professional|partner|company|agency|firm|team|consultant|assistant|va|coder|guy|tutor|teacher|coach|marketer|analyst|talent|resource|pro|guru|ninja|rockstar|collaborator|contractor|agent|virtual assistant|member|helper`);

/** The same verbs as they open a task in a list or a sentence: "Building a predictive model using …". */
const VERB_ING = oneOf(String.raw`completing(?=\s+(?:the|my|our|this|these|remaining|it)\b)|finishing|finali[sz]ing|building|creating|developing|designing|writing|making|producing|delivering|setting up|converting|migrating|integrating|implementing|fixing|debugging|scraping|extracting|automating|translating|editing|redesigning|deploying|installing|configuring|adding|coding|programming|connecting|cleaning|transforming|importing|exporting|generating|drafting|recording|animating|rendering|illustrating|optimi[sz]ing|upgrading|updating|replacing|refactoring|rebuilding|porting|transcribing|proofreading|preparing|training|performing|conducting`);
/** The same work named as a noun: "Development of an AI that generates…", "the creation of an AI chatbot". */
const TASK_NOUN = String.raw`(?:development|creation|design|implementation|integration|set-?up|installation|migration|conversion|build)`;
const VERB = oneOf(String.raw`complete(?=\s+(?:the|my|our|this|these|remaining|it)\b)|finish|finali[sz]e|build|create|develop|design|write|make|produce|deliver|set ?up|convert|migrate|integrate|implement|fix|debug|resolve|scrape|extract|automate|translate|edit|redesign|deploy|install|configure|add|code|program|connect|clean|transform|import|export|generate|draft|record|animate|render|model|illustrate|draw|paint|sketch|optimi[sz]e|upgrade|update|replace|refactor|rebuild|port|transcribe|proofread|prepare`);

/** Things that, with a determiner in front, are concrete enough to check delivery of. */
const OBJECT = oneOf(String.raw`platform|feature|functionality|system|solution|analysis|report|dashboard|app|application|website|site|web ?app|page|landing page|backend|back-end|frontend|front-end|model|pipeline|script|bot|chatbot|integration|template|form|tool|plugin|extension|database|api|game|logo|video|article|ebook|book|course|presentation|deck|spreadsheet|workflow|automation|scraper|crawler|mvp|prototype|module|component|interface|ui|design|mockup|wireframe|brand identity|animation|illustration|model|map|calculator|survey|questionnaires?|cohort|funnel|campaign|store|shop|checkout|theme|migration|upgrade|redesign|engine|agent|assistant|ai|artificial intelligence|trailer|music|soundtrack|jingle|intro|knowledge base|library|webpage|web page|program|software|utility|data dump|dataset|data set|button|widget|popup|pop-up|tech ?pack|tab|worksheet|workbook|gui`);

/** Things made in a set, for a part of a product: "designs for our app's onboarding". */
const MADE_FOR_THINGS = String.raw`(?:designs|mock-?ups|wireframes|screens|illustrations|icons|banners|thumbnails|descriptions|articles|blog posts|landing pages|templates|animations|videos)`;

/** What a wanted thing does, said in the present: "a Zap that creates…", "a macro that merges…". */
const DOES = oneOf(String.raw`creates|sends|generates|pulls|pushes|syncs|merges|takes|reads|scans|checks|tracks|shows|lets|allows|helps|connects|converts|extracts|calculates|posts|automates|updates|monitors|alerts|notifies|imports|exports|displays|collects|stores|saves|fetches|scrapes|streamlines|accepts|recognizes|recognises|screens|matches|finds|compares|predicts|lists|uploads|downloads|handles|manages|integrates|links|books|schedules|answers|replies|responds|summari[sz]es|translates|transcribes|detects|classifies|sorts|filters|fills|renames|backs up|turns|reminds`);

/** What the client's thing is to become: "my resume rewritten", "our blog moved to Ghost". */
const REWORKED = String.raw`(?:rewritten|written|translated|edited|proofread|formatted|typeset|narrated|illustrated|transcribed|locali[sz]ed|updated|redesigned|designed|converted|migrated|moved|built|developed|fixed|cleaned|set up|installed|integrated|automated|prepared|filed|submitted)`;

/** What is to become of a thing the client needs done: "accounts created", "email migrated". */
const DONE_TO = String.raw`(?:created|migrated|set up|configured|installed|moved|connected|added|fixed|updated|enforced|integrated|automated|cleaned up|removed|imported|exported|saved|synced|uploaded|copied|renamed|sorted|filed|logged|forwarded|sent)`;

/** Things whose abilities a post may list under "This system will:". */
const BUILT_THING = String.raw`(?:system|app|application|tool|platform|bot|website|site|dashboard|script|plugin|extension|configurator|integration|solution)`;

/** Parts of a client's software a bug can be named in. */
const BROKEN_PART = oneOf(String.raw`form|contact form|checkout|cart|button|menu|login|log-in|sign-?up|registration|page|search|filter|slider|popup|plugin|widget|payment|payments|email|emails|notification|notifications|app|site|website|api|script|integration|upload|download|links?|video|images?|dashboard|report|sync|webhook|cron job|database|server|store|shop|theme|feed|calendar|booking|chat|chatbot|bot`);

/** Parts of a page small enough that "broken" or "too big" says what to fix: "the menu is broken", "pictures are too big". */
const SMALL_PART = oneOf(String.raw`menus?|buttons?|forms?|contact forms?|checkout|cart|login|log-in|sign-?up|search bar|search|filters?|sliders?|popups?|pop-ups?|links|images|pictures|photos|logo|header|footer|navigation|nav bar|navbar|dropdowns?|gallery|carousel|banner|fonts?|text|columns|icons`);

/** What a broken part fails to do, in its forms: "doesn't send", "no longer loads", "stopped syncing". */
const FAILED_ACTION = String.raw`(?:send|load|save|submit|show|display|open|sync|update|connect|respond|redirect|calculate|upload|download|render|play|appear|import|export)(?:s|ed|ing)?`;

/** Up to three words after a length, the thing it measures: "a two-minute | explainer video", "a 2-page | résumé" (accented letters are letters; not a word that starts the rest of the sentence, "of", "explaining"). */
const WHAT_IT_MEASURES = String.raw`(?:[ \t]+(?!(?:of|on|in|for|with|and|or|to|that|which|the|an?|is|are|was|by|from|at|as|then|each|per|so|but|if|when|max|about|we|i|you|they|it)\b|explaining|showing|describing|covering|summari[sz]ing|including|using|containing|outlining|detailing|highlighting)[\w\u00c0-\u024f&-]+){0,3}`;

/** A file format work is handed over in, with what it is: "layered PSD", "layered PSDs", "both PNG", "Google Sheets". */
const FILE_FORMAT = String.raw`(?:(?:a|an|both)\s+)?(?:(?:layered|editable|high-?res(?:olution)?|vector|flat|print-ready|source)\s+)?(?:png|pdf|jpe?g|svg|psd|ai|eps|docx?|xlsx?|csv|mp4|mov|glb|usdz|fbx|obj|stl|dwg|figma|google (?:docs?|sheets?)|word|excel|adobe (?:illustrator|photoshop|indesign))(?:(?<=png|pdf|jpg|jpeg|svg|psd|eps|docx?|xlsx?|csv|mp4|mov|glb|fbx|obj|stl|dwg)s)?\b`;
/** The rest of a list of formats, quoted with the first: "in AI, SVG and PNG". */
const MORE_FORMATS = String.raw`(?:(?:\s*,\s*|\s*[/+&]\s*|,?\s+(?:and|or)\s+)${FILE_FORMAT})*`;

/** One feature named in a few words, in a list joined by "and": "online menu and table booking and whatsapp button". */
const FEATURE = String.raw`[\w/'-]+(?:[ \t]+(?!and\b)[\w/'-]+){0,3}`;

/** A product named with a capital ("Shopify", "NetSuite", "QuickBooks Online", "Google Sheets"), not a pronoun or an article. */
const NAMED_SYSTEM = String.raw`(?!(?:I|We|You|They|It|The|Our|My|This|That|An?|Us|Me|AI|API|APIs|App|Apps)\b)[A-Z][\w.-]*\w(?:\s+[A-Z][\w.-]*\w)?\b`;

/** Who or where things come from, not a system migrated from: "requests from customers to discuss", "work from home to…". */
const FROM_WHO = String.raw`clients|customers|users|people|visitors|students|buyers|sellers|employees|staff|home|anywhere|everywhere|time|there|here|now|us|me|you|them|him|her`;

/** Each of these alone names something a reader could check was delivered. */
/** Pieces of work drawn or designed, which come in files of a format: "drawings (PDF + DWG)". */
const DRAWN_PIECE = oneOf(String.raw`drawings?|renders?|renderings?|logos?|illustrations?|icons?|mock-?ups?|sketches|floor ?plans?|banners?|flyers?|leaflets?|brochures?|infographics?|thumbnails?|3d models?|designs?|spreadsheets?`);

/** Things one can count, made several at a time: "several landing pages", "five banners". */
const COUNTABLE_THINGS = String.raw`(?:landing pages|pages|screens|templates|banners|logos|videos|articles|illustrations|icons|reports|dashboards|scripts|bots|plugins|forms|emails|flyers|posters|slides|presentations|spreadsheets)`;

const STRONG = [
  // "Deliverables:", "What you will deliver", "Scope of work" or "What needs to be updated?" heading a
  // list; not "What you'll do", which heads a role's duties
  rx(String.raw`\b(?:deliverables?|what you(?:'ll| will) (?:deliver|build|create)|what we need you to (?:deliver|build|create|do)|what you(?:'ll| will) be working on|what needs to be (?:done|built|updated|fixed|created|delivered)|(?:remaining|outstanding) (?:work|tasks|features|scope)|what(?:['’]s| is) left|(?:project )?scope of (?:work|the project)|project scope|following (?:features|functionality|functions|pages|screens|modules|sections|tasks|deliverables)|tasks? include|task is to|features? (?:include|needed|required|to (?:implement|build|develop|add))|(?:key|main|core|required) features(?: of (?:the|this|our|my) \w+)?)\s*(?:[:?]|\n)`),
  // "Output:" heading a line, or "Scope:" heading a list ("Output: a report ranking the top 15 issues…"; not "inputs: …
  // outputs:" inside a line of specs, nor "- Scope: Build an AI system", a field of a template)
  rx(String.raw`\b(?:(?:expected |final )?outputs?[ \t]*:|scope[ \t]*:(?=[ \t]*\n))(?<=(?<![^\n])[ \t*#•-]*(?:(?:expected |final )?outputs?|scope)[ \t]*:)`),
  // features listed in a sentence: "Key features include live classes, virtual whiteboards, and AI-generated quizzes"
  rx(String.raw`\bfeatures?\s+(?:will\s+|should\s+|must\s+)?(?:include|includes|including|such as|like)\s+[^.!?\n:,]{2,50},\s+[^.!?\n:,]{2,50}(?:,|\s(?:and|&)\s)`),
  // what the thing must do, heading a list: "This system will:", "The app should be able to:" (it starts at the
  // thing, a rarer word than "the", and only then looks back)
  rx(String.raw`\b${BUILT_THING}\b(?<=\b(?:the|this|my|our)\s+(?:[\w-]+\s+){0,2}${BUILT_THING})\s+(?:will|should|must|needs? to)(?: be able to)?\s*(?::|\n)`),
  // something integrated into the client's product: "add a Razorpay gateway to the website", "integrate this api
  // https://… with a wordpress plugin" (a link is one word)
  rx(String.raw`\bintegrat(?:e|ing|ion of)\s+(?:https?:\/\/\S+|${IN_SENTENCE}){1,40}?\s+(?:into|on|in|with|to)\s+(?:(?:my|our|the|an?|this)\s+)?(?:[\w-]+\s+){0,2}(?:website|web ?site|site|web ?app|app|application|store|shop|platform|crm|wordpress|shopify|woocommerce|magento|plugin|checkout)\b`),
  // an integration between two named systems, read by their capitals as products are written: "integrate HubSpot with
  // our Salesforce", "sync our Shopify orders to QuickBooks", "connect and tune our Shopify and Xero
  // platforms", "data flow between Shopify and Xero" (not "connect with Us", nor "integrate it with the API")
  rx(String.raw`\b(?:(?:[Ii]ntegrat(?:e|es|ing)|[Ss]ync(?:hroni[sz]e)?|[Cc]onnect|[Ll]ink)(?:\s+and\s+[a-z]+)?|(?:[Dd]ata flow|[Ii]ntegration|[Ss]ync(?:ing|hroni[sz]ation)?|[Cc]onnection|[Cc]onnector|[Bb]ridge)s?\s+between)\s+(?:(?:our|my|the|their)\s+)?${NAMED_SYSTEM}(?:\s+[a-z]+)?\s+(?:[Aa]nd|[Ww]ith|[Tt]o|[Ii]nto|&)\s+(?:(?:our|my|the|an?)\s+)?(?:existing\s+)?${NAMED_SYSTEM}`, 'g'),
  // a step of an automation, a record made in a named system: "create or update the contact in HubSpot, create a deal in
  // the pipeline", "add a row to Google Sheets" (scanned apart, as it starts at every "create" and "add"; not "create an
  // account on Upwork" or "a task in Trello" for the applicant: the record kinds are a system's)
  scannedApart(rx(String.raw`\b(?:[Cc]reate|[Uu]pdate|[Aa]dd|[Ii]nsert|[Ll]og|[Pp]ush)(?:\s+or\s+(?:update|create))?\s+(?:a|an|the)\s+(?:new\s+)?(?:contact|deal|lead|record|row|ticket|card|issue|entry|invoice|order|opportunity|subscriber)s?\s+(?:in|to|into|on)\s+(?:(?:our|my|the)\s+)?${NAMED_SYSTEM}`, 'g')),
  // sign-in, payments or notifications through named providers: "implement third party auth with Apple and Google in my
  // React Native app", "add Stripe payments" is a weak hint, this names both ends
  rx(String.raw`\b(?:implement|add|set up|integrate|enable)\s+(?:[\w-]+\s+){0,2}(?:auth(?:entication)?|log-?in|sign[- ]?in|sso|oauth|payments?|push notifications?|in-app purchases?|subscriptions?)\s+(?:with|via|using|through|from)\s+(?:apple|google|facebook|github|microsoft|linkedin|stripe|paypal|square|razorpay|firebase|auth0|cognito|okta|clerk|supabase|onesignal|revenuecat)\b`),
  // a list of tasks under "I need help with" or "Changes needed:", or in a line after "We need:" ("We need: checklists saved
  // locally, a sync queue, and conflict handling", a dot inside a name, "the reviews (Judge.me) moved"; not a template's
  // blanks, "Features: [login, push notifications, …]")
  rx(String.raw`\b(?:(?:what )?(?:i|we) need help with\s*:?[ \t]*\n|(?:what (?:i|we) need|(?:i|we) (?:need|want|would like)(?: and would like)?(?: to(?: have)?)?|features|tasks)\s*:(?:[ \t]*\n|[ \t]+(?:[^.!?\n:[\]]|\.(?=\w)){2,80},(?=(?:[^.!?\n:[\]]|\.(?=\w)){2,80}(?:,|\band\b))(?:[^.!?\n[\]]|\.(?=\w)){2,160})|(?:changes|fixes|updates|edits|modifications|tweaks|tasks)\s+(?:needed|required|requested|to (?:make|be made|be done))\s*:|(?:issues|bugs|problems)\s+to\s+(?:be\s+)?(?:fix|fixed|solve|solved|resolve|resolved)\s*:)`),
  // …or after the thing it makes up: "We need offline-first sync: inspections saved locally, a sync queue, and conflict
  // handling" (not a person or a skill set: "we need someone with: React, Node and AWS", "we need expertise in: …")
  rx(String.raw`\b(?:i|we)\s+(?:need|want|would like)\s+(?!(?:someone|somebody|a|an|the|you|help|people|person|experience|expertise|skills?|knowledge|proficiency|candidates?|freelancers?|developers?|designers?|experts?|professionals?|to|these|following)\b)(?:[\w-]+\s+){0,2}[\w-]+\s*:[ \t]+[^.!?\n:[\]]{2,80},(?=[^.!?\n:[\]]{2,80}(?:,|\band\b))[^.!?\n[\]]{2,160}`),
  // a milestone and what it delivers: "Milestone 1 (2 weeks): local storage and queue", "Milestone 2 – conflict resolution"
  rx(String.raw`\bmilestone\s*(?:#\s*)?\d+\s*(?:\([^()\n]{1,30}\)\s*)?[:–—-]\s*(?!\$|\d)[^\s.!?][^.!?\n]{2,80}`),
  // …or counted before a colon: "three known multiplayer bugs: items duplicate when…" (it starts at the bugs, looks back for
  // the count and quotes the first of the list; scanned apart, as it starts at every "issue" and "problem")
  scannedApart(rx(String.raw`\b(?:bugs|issues|problems|glitches)\s*:(?<=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:[\w-]+\s+){0,2}(?:bugs|issues|problems|glitches)\s*:)(?:[ \t]+[^\s.!?]+){0,8}`)),
  // a set of pieces named with its parts: "an invitation suite: invitation, RSVP card, details card and a save-the-date",
  // "a brand kit: logo, colour palette and fonts", "deliver a brand platform: purpose, positioning, … and a naming
  // recommendation"
  rx(String.raw`\b(?:suite|set|pack|kit|bundle|package|platform(?<=\bdeliver\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}platform))\s*:\s+[\w/ '-]{2,30}(?:,\s+[\w/ '-]{2,30}){1,5},?\s+(?:and|&)\s+[\w/ '-]{2,30}`),
  // "The deliverable is a clean Excel spreadsheet", "The final deliverables include…", "Deliverable is a written report",
  // "Deliverables will include a detailed map" (at a sentence's start: not "make all deliverables visual")
  rx(String.raw`\b(?:(?:the|final|main|key|only) deliverables?|deliverables?${atSentenceStart('deliverables?')}) (?:is|are|will be|would be|(?:will |would |should )?include)\b`),
  // …or named with its parts in brackets: "Discovery Deliverable (cost analysis, timeline, user flow, wireframes)"
  scannedApart(rx(String.raw`\bdeliverables?\s*\((?:[^()\n,]{2,40},){2,}[^()\n]{2,40}\)`)),
  // the task said as one: "The first task is to restructure the accounts", "Your task is to rework the listing
  // banner" (not a role taken on: "your task will be to take over our site development"; in the main union, which is
  // tried at every "task" anyway: scanned apart it cost 0.02 G of 18.8)
  rx(String.raw`\btask\s+(?:is|will\s+be)\s+to\s+(?!(?:take|help|assist|support|work|join|manage|lead|oversee|understand|learn|find|ensure|provide|be|get|keep|do|make sure)\b)[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?\s+(?:a|an|the|our|my|all|\d+)\s+[\w-]+`),
  // a site rebuilt on a named platform: "redesign an existing HTML website to WordPress", "rebuild our store in Shopify"
  scannedApart(rx(String.raw`\b(?:redesign|rebuild|recreate|remake|redo)(?:ing)?\s+(?:the|our|my|an?|this)\s+(?:(?:existing|exisiting|current|old|static|html|wix|squarespace)\s+){0,2}(?:website|site|store|shop|app|blog|landing page)\s+(?:to|in|into|on|onto|using|with)\s+(?:wordpress|shopify|webflow|wix|squarespace|woocommerce|magento|react|next\.?js|vue|angular|flutter|laravel|django|framer)\b`)),
  // a thing built and then tied to a named system: "building a chatbot and wiring it into our CRM"
  // (it starts at the tie, rarer than the verbs, and looks back)
  scannedApart(rx(String.raw`\b(?:integrat|connect|link)\w*\s+(?:it|them)\b(?<=\b(?:build|create|develop|set up|make)(?:ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+and\s+(?:integrat|connect|link)\w*\s+(?:it|them))\s+(?:with|to|into)\s+(?:(?:our|my|the)\s+)?(?:${NAMED_SYSTEM}|(?:[\w-]+\s+)?(?:website|site|app|crm|store))`)),
  // quantities of concrete things: "10 articles", "5 pages", "1,000 words", "3 logo concepts"
  // (on one line: "Proposals: 0\n\nDescription\nExperience Level" counts nothing; nor do people:
  // "We are 1 artist and 2 programmers"; nor the client's own work: "two e-learning modules I built"; nor a
  // collection's size: "a database of 1 million recipes"; nor what the client has or hands over, "we provide 1,000
  // leads"; nor a version: "Dominoze 1.0 Post-Mortem"; nor a verb after "and", "3 cities and track", or a phrase, "one at
  // the animation stage" or "10 cards per page")
  rx(String.raw`\b(?:\d(?<![$€£¥₹][ \t]?\d)${notMidFigure('\\d')}${notTheClients('\\d')}\d*(?:,\d{3})*(?:[ \t]*[-–][ \t]*\d+(?:,\d{3})*)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)${notMidFigure('\\w+')}${notTheClients('\\w+')})\+?[ \t]+(?!(?:per|million|billion|thousand)\b)(?:(?!(?:and|at|the|of|in|on|for|by|with|from|per)\b)\w[\w-]*[ \t]+){0,2}${PIECES_OF_WORK}\b(?!-)(?![ \t]+${PERSON})(?<!\b(?:under|below|than|max(?:imum)?|most|within|exceed)[ \t]+\d[\d,]*\+?[ \t]+characters?)(?![ \t]+(?:that[ \t]+|which[ \t]+)?(?:i|we)(?:'ve|[ \t]+have)?[ \t]+(?:already[ \t]+)?(?:built|made|wrote|written|created|designed|did|done|have|had|own|use)\b)(?![ \t]+(?:that[ \t]+|which[ \t]+)?you(?:'ve|[ \t]+have)[ \t]+(?:already[ \t]+|previously[ \t]+)?(?:built|made|written|created|designed|done|ghostwritten|published|illustrated|animated|edited|produced|shot)\b)`),
  // (a length, not a distance or a call: "5 minutes away", "a 15 minutes call", "a 30-minute kickoff call", "15 minutes of
  // downtime", "a 10-minute race", "after about 2 minutes" (when a fault shows); nor how long something takes: "the checkout takes 6–9 seconds to load", "loads in under 2 seconds", "we
  // need it under 2 seconds"; a
  // range and, after a unit in the singular, what it measures are quoted with it: "a 4–5 minute highlight film")
  rx(String.raw`\b\d${notMidFigure('\\d')}(?<!\d[ \t]*[-–][ \t]*\d)(?<!\b(?:within|in|after|every|each|per|takes?|for)\s+\d)(?<!\bafter\s+(?:about|around|roughly)\s+\d)[\d,]*(?:[ \t]*[-–][ \t]*\d[\d,]*)?\+?\s*(?:words?|minutes?|seconds?|-second|-minute|-page|-word|-slide)\b(?<!\b(?:under|below|than)\s+\d[\d,.]*\s*seconds?)(?![ \t]+(?:${CALL_KIND}[ \t]+){0,2}(?:away|drive|walk|from|ago|late|early|before|after|${MEETING}|chats?|read|break|job|task|gig|work|fix|to load|(?:of[ \t]+)?downtime|delay|cooldown|timeout|intervals?|timer|limit|candles?|bars?|timeframes?|charts?|increments?|slots?|races?|matche?s?|rounds?|laps?|sessions?|mark|windows?)\b)(?<!\b(?:loads?|loading|takes?|taking|took)\b[^.!?\n]{1,25})(?:(?<=(?:minute|second|page|word|slide))${WHAT_IT_MEASURES})?`),
  // the same in words, quoted with what it measures: "a one-page P&L", "a two-minute explainer video" (not "a one-page
  // app", the kind of app); scanned apart, being tried at every "one" and "two"
  scannedApart(rx(String.raw`\b(?:one|two|three|four|five)-(?:page|minute|second|slide)\b(?![ \t]+(?:app|application|web ?app|site|website)s?\b)${WHAT_IT_MEASURES}`)),
  // a migration or upgrade between named things: "from VRTK 3 to VRTK 4", "from Shopify to WooCommerce", "convert from C
  // language to PHP" (not who something comes from: "requests from customers to talk about our services"; a name ends before a
  // full stop: "to PHP.")
  // (a word may hold a dot, "Node.js", but a sentence ends at one: not "hear from you. To apply"; and
  // not the idiom "from concept to completion", nor months, "transactions from July to October")
  rx(String.raw`\bfrom\s+(?!(?:concept(?:ion)?|start|scratch|idea|ideation|a|beginning|day|zero|end|midnight|noon|morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTH}|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|${FROM_WHO})\b)[\w+#-](?:[\w.+#-]*[\w+#-])?(?:\s+\d+(?:\.\d+)?)?(?:\s+(?:language|version|framework|platform|code|script))?\s+to\s+(?!(?:discuss|help|get|ensure|make|see|do|be|find|learn|work|keep|build|create)\b)[\w+#-](?:[\w.+#-]*[\w+#-])?`),
  // a copy of a given site, things moved to a new home, and code moved from two named things to another: "Need to clone this
  // site https://…", "3 apps … to be transferred to a new account", "need them imported onto the new site", "transitioning our
  // existing codebase from JavaScript and jQuery to Next.js" (after a verb of moving: "from hiring and onboarding to
  // performance" is a span of duties; scanned apart: in the main union it made that union longer than V8 optimises)
  scannedApart(rx(String.raw`\b(?:(?:transition|migrat|convert|rewrit|upgrad|switch|refactor)\w*|port(?:s|ed|ing)?|mov(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,4}?from\s+[\w+#-](?:[\w.+#-]*[\w+#-])?\s+(?:and|&)\s+[\w+#-](?:[\w.+#-]*[\w+#-])?\s+to\s+[\w+#-](?:[\w.+#-]*[\w+#-])?|\bclone\s+(?:this|the|that|a|an|our|my)\s+(?:[\w-]+\s+){0,2}(?:site|website|web ?app|app|application|template|page|landing page|store|shop|theme)\b|\b(?:transfer(?:red|ring)?|mov(?:e|ed|ing)|migrat(?:e|ed|ing)|import(?:ed|ing)?)\s+(?:(?:all|the|our|my|them|it|these)\s+)?(?:to|into|onto)\s+(?:(?:a|an|the|our|my)\s+)?new\s+(?:[\w-]+\s+)?(?:account|server|host(?:ing)?|domain|site|website|store|platform|workspace|crm)\b`)),
  // a product with its features listed: "a booking app with login, signup and a calendar", "a Notion workspace with: a
  // client CRM, a project tracker and a team wiki", "an Airtable base with tables for properties, units, tenants and
  // vendors", and as many posts type it, with whom it is for between and the features joined by "and": "one website for my
  // restaurant in dubai with online menu and table booking and whatsapp button"
  rx(String.raw`\b(?:app|application|website|site|platform|system|tool|dashboard|bot|portal|store|workspace|base|database|crm|tracker)\s+(?:for\s+(?:my|our|a|an|the)\s+(?:[\w'-]+[ \t]+){1,4}?)?(?:with|that has|including|featuring|where)\s*:?\s+(?:[\w/ '-]{2,40}(?:,\s+[\w/ '-]{2,40}){1,4},?\s+(?:and|&)\s+[\w/ '-]{2,40}|${FEATURE}[ \t]+and[ \t]+${FEATURE}[ \t]+and[ \t]+${FEATURE})`),
  // a verb on a determined object with what it must do, connect to or sit in: "create a chatbot that is
  // integrated into Slack", "program a platform that gives buy and sell signals", "I need a bot that…",
  // "make a listing page on our Webflow site", "build a sales dashboard from our HubSpot data", "We need a Tableau
  // dashboard showing monthly revenue by rep"
  // (the client's own work so far is not the freelancer's: "I have been building a game these past weeks")
  rx(String.raw`\b(?:${VERB}|${VERB_ING}|train|perform|conduct|${TASK_NOUN}\s+of|(?:i|we)\s+(?:need|want|require)(?:\s+to\s+have)?)(?<!\b(?:i|we)(?:'ve|\s+have)\s+been\s+(?:set )?\w+)\s+(?:(?:me|us)\s+)?(?:a|an|the|this|these|two|three|\d+)\s+(?:[\w/&+.“”"-]+\s+){0,4}[“"]?${OBJECT}s?[”"]?\s+(?:\([^()\n]{1,60}\)\s+)?(?:that|which|to (?:extract|track|show|send|sync|pull|push|import|export|connect|calculate|generate|automate|manage|let|allow|monitor|visuali[sz]e|compare|forecast|predict|measure|start|stop|trigger)|into|using|based on|from (?:our|my)|focused on|connected to|integrated (?:with|into)|for (?:my|our|the|a|an|this|it)|on (?:my|our)|similar to|(?:just )?like|capable of|able to|showing|displaying|tracking|comparing|for (?:one|each|every|all|use)|on (?:an?|the|my|our|this|existing)|with (?:the|our|my|an?|this)|in (?:my|our|the|an?)|to (?:my|our|the|an?|this|existing)|where|so (?:that|it|we|i|users))\b`),
  // things made for a named part of the client's product: "create Figma designs for our budgeting app's onboarding flow",
  // "write product descriptions for the 120 items in our store" (it starts at the things, rarer than the verbs, looks
  // back for the verb, and is scanned apart)
  scannedApart(rx(String.raw`\b${MADE_FOR_THINGS}\s+for\s+(?:our|my|the)\s+(?<=\b${VERB}\s+(?:[\w-]+\s+){0,2}${MADE_FOR_THINGS}\s+for\s+(?:our|my|the)\s+)(?:[\w'’-]+\s+){0,3}(?:app|website|site|store|shop|game|book|course|platform|items?|products?|listings?|onboarding|launch|campaign)\b`)),
  // a thing wanted, whatever it is called, with what it must do: "I need a data lake which will contain…", "I want a
  // Zap that creates a deal in Pipedrive", "We'd like a chatbot on our WordPress site that answers…", "We want an internal
  // chatbot in Microsoft Teams that answers…" (the place it goes between)
  // (not a person: "we need a developer that can…")
  rx(String.raw`\b(?:(?:i|we)(?:\s+(?:need|want|require|would like)|'d like)|need${atSentenceStart('need')})\s+(?:to\s+(?:have|build|create|develop|make)\s+)?(?:a|an)\s+(?:[\w/&+.-]+\s+){0,3}(?!${PERSON}|${HIRED}\b)[\w-]+\s+(?:(?:on|in|for|inside)\s+(?:our|my|the)\s+(?:[\w.-]+\s+){0,2}(?:website|site|app|store|shop|platform|portal|page|server|crm|system)\s+|(?:on|in|inside)\s+(?!(?:a|an|the|our|my|this|\d+)\b)(?:[\w.-]+\s+){1,2}?)?(?:which|that)\s+(?:will|should|can|must|would|automatically|${DOES})\b`),
  // named things to be added to what the client has: "needs Apple Pay and Google Pay added to the existing checkout"
  // (scanned apart, as it starts at every "need")
  scannedApart(rx(String.raw`\bneeds?\s+(?!(?:a|an|someone|somebody|you|help|to)\b)(?:[\w.-]+\s+){1,5}?(?:added|integrated|connected|installed|implemented)\s+(?:to|into|in|on|with)\s+(?:the|our|my|its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+`)),
  // …and the same said as the task: "add Apple Pay to our Shopify checkout", "implement rate limiting in our Node.js API"
  // (a named thing, one to three words, not "some features" or "changes"; the place is the client's software)
  rx(String.raw`\b(?:add|implement|integrate|install)\s+(?!(?:(?:some|more|new|any|a few|few|other|additional|extra|the)\s+)?(?:features?|things|stuff|functionality|functions|improvements?|enhancements?|modifications?|tweaks?|adjustments?|changes?|updates?|fixes|content|code|it|this|them)\b)(?:[\w.+#&'’-]+\s+){1,3}?(?:to|into|in|on)\s+(?:our|my|the)\s+(?:(?:existing|current|live)\s+)?(?:[\w.+#-]+\s+){0,2}(?:app|application|website|site|store|shop|checkout|api|backend|platform|dashboard|crm|plugin|theme|game|bot|server)\b`),
  // a logo to be made: "design a logo for my kennel", "I need a logo", "to do a logo/background" (the reviewers and the
  // team label every such post as naming a deliverable; it starts at "logo" and looks back, scanned apart)
  scannedApart(rx(String.raw`\blogos?\b(?<=\b(?:${VERB}|need|needs|want|looking for|do)\s+(?:(?:me|us)\s+)?(?:a|an|the|my|our|one|two|three|\d+|new)\s+(?:[\w-]+\s+){0,3}logos?)`)),
  // a change from one quoted text to another: 'the text changed from "Bloom Studio" to "Bloom Studios"' (checkable to the
  // letter; not a move told, 'we moved from "startup" to "scale-up"'; scanned apart, as it starts at every "from")
  scannedApart(rx(String.raw`\bfrom(?<=\b(?:change[ds]?|changing|replace[ds]?|replacing|rename[ds]?|renaming|update[ds]?|updating|edit(?:ed)?|correct(?:ed)?|swap(?:ped)?|switch(?:ed)?|modif(?:y|ies|ied|ying)|convert(?:s|ed|ing)?)\b[^.!?\n]{0,60}from)\s+["“'‘][^"”'’\n]{1,60}["”'’]\s+to\s+["“'‘][^"”'’\n]{1,60}["”'’]`)),
  // a change from one named thing to another, or a thing put somewhere: "swap the old logo for the new one", "change
  // all calls to the REST API", "moving my hosted n8n to a self-hosted one", "put my project on the server"
  rx(String.raw`\b(?:replace|swap|change|switch|move|moving|transfer(?:ring)?|migrat(?:e|ing)|port(?:ing)?|convert(?:ing)?|deploy(?:ing)?|host(?:ing)?|publish(?:ing)?|upload(?:ing)?|install(?:ing)?|connect(?:ing)?|dockeri[sz]e|docker)\s+(?:the|our|my|all|this|these|every|an?)\s+(?!(?:with|to|into|onto)\b)${IN_SENTENCE}{0,60}\b(?:with|to|into|onto)\b`),
  // a list of things with what each must hold: "a shortlist of 5 venues with prices and availability", "a list of contacts
  // with company information, name, email and job title" (not the applicant's own: "a list of your projects with links and
  // dates"; scanned apart, as it starts at every "list"), or what each holds after "including": "a comprehensive list of
  // these gardens, including their locations, contact details, and any relevant information"
  scannedApart(rx(String.raw`\b(?:short-?list|list|spreadsheet|comparison)\s+of\s+(?!(?:your|you|past|previous|relevant|similar)\b)(?:[\w-]+\s+){0,4}?[\w-]+,?\s+(?:with|including)\s+(?:their\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?)*,?\s+(?:and|&)\s+(?:any\s+)?[\w-]+`)),
  // pieces of work made of a counted set of things: "renders of 5 faucets", "photos of 20 products", "descriptions for
  // 120 items" (not a span of time: "videos of 3 minutes" is a length, counted above; this and the next are scanned
  // apart: they start at common words, where the whole union would be tried, +2% of the engine's instructions)
  scannedApart(rx(String.raw`\b(?:renders|renderings|photos|images|drawings|illustrations|mock-?ups|descriptions|listings|videos|models|designs|headshots|portraits|labels)\s+(?:of|for)\s+(?:(?:the|our|my|all|each of)\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?!(?:years|months|weeks|days|hours|minutes|seconds)\b)[\w-]+s\b`)),
  // a piece of work with the files it comes in, in brackets: "2D drawings (PDF + DWG)", "a logo (SVG, PNG)" (not a tool:
  // "forecasts in spreadsheets (Excel/Google Sheets)"; pieces drawn or designed only: tried at every "page", "file" or
  // "report" too, it cost 0.6% of the engine's instructions)
  scannedApart(rx(String.raw`\b${DRAWN_PIECE}\s*\((?<!\b(?:using|use|uses|in|with|via|through|on)\s+(?:[\w-]+\s+)?${DRAWN_PIECE}\s*\()\s*${FILE_FORMAT}${MORE_FORMATS}\s*\)`)),
  // a count of things data is scraped or entered for: "Scrape product name, price and rating for about 2,000 products
  // from 3 sites" (it starts at the figure, rarer than the verbs, and looks back along the sentence; scanned apart)
  scannedApart(rx(String.raw`\b\d[\d,]*\+?\s+(?:[\w-]+\s+)?(?:products|items|listings|companies|businesses|contacts|profiles|records|urls|websites|sites|stores|leads|reviews|invoices|properties|restaurants|hotels|jobs)\b(?<=\b(?:scrape|scraping|extract|extracting|collect|collecting|gather|gathering|compile|compiling|enter|entering|input|key in)\b[^.!?\n]{0,100})`)),
  // a numbered form to prepare or file: "Form 5472 and pro forma 1120 prepared and filed", "file my Schedule C" (scanned
  // apart, as it starts at every "form")
  scannedApart(rx(String.raw`\b(?:form|schedule)\s+(?:\d{3,4}[\w-]*|[a-z]{1,2}-?\d{1,4}[\w-]*|[a-z]\b)(?<=\b(?:prepare|file|complete|submit|fill(?: out| in)?|do)\s+(?:(?:my|our|the|a|an)\s+)?(?:form|schedule)\s+\S+|(?:form|schedule)\s+\S+(?=[^.!?\n]{0,50}\b(?:prepared|filed|completed|submitted|filled)\b))`)),
  // an image by its size and format: "3000x3000 px JPG", "1920×1080 PNG", or what it is: "32 x 32 pixel, color icons"
  rx(String.raw`\b\d{2,5}[ \t]*[x×][ \t]*\d{2,5}[ \t]*(?:px|pixels?)?,?[ \t]+(?:[\w-]+,?[ \t]+){0,2}(?:icons?|sprites?|banners?|thumbnails?|tiles?|logos?|illustrations?|graphics?|avatars?|emotes?)\b`),
  rx(String.raw`\b\d{2,5}[ \t]*[x×][ \t]*\d{2,5}[ \t]*(?:px|pixels)?[ \t]+${FILE_FORMAT}`),
  // the files the work is handed over in: "delivered as PNG and PDF", "deliver in layered PSD" (not what the client
  // provides: "instructions provided in PDF")
  rx(String.raw`\b(?:deliver(?:ed|ing)?|exported|saved|handed over|submitted)\s+(?:(?:tracked changes|edits|the (?:edits|changes|files|results?|output))\s+)?(?:as|in)\s+${FILE_FORMAT}${MORE_FORMATS}(?:\s+(?:documents?|docs|files?))?`),
  // …or a file to be sent in one: "Send a change log as a CSV", "send us the report in PDF" (not the applicant's own: "send
  // your CV in PDF")
  rx(String.raw`\bsend\s+(?:(?:me|us)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:as|in)\s+${FILE_FORMAT}${MORE_FORMATS}`),
  // …or named as the final files: "Final files in AI, SVG and PNG", "Final files: AI + PDF", "Print-ready PDFs" (scanned
  // apart: it starts at every "final" and "source", and rarely matches)
  scannedApart(rx(String.raw`\bprint-ready\s+(?:pdfs?|files?)\b|\b(?:final|source|editable|layered|master)\s+files?(?:\s+(?:as|in)|\s*:)\s+${FILE_FORMAT}${MORE_FORMATS}`)),
  // …or under a format heading: "Format: Adobe Illustrator + PDF" (not the files the client has: "Input format: PDF")
  rx(String.raw`\bformats?(?<!\binput\s+formats?)\s*:\s*${FILE_FORMAT}${MORE_FORMATS}`),
  // work done to things listed in brackets: "implement the safe savings (rightsizing, reserved instances, S3 lifecycle
  // rules)", "fix the layout issues (header, footer, mobile menu)" (not "no-code developer (Bubble, Adalo)" or "a model
  // in AWS (SageMaker…)", verbs that are more often nouns, nor steps for the applicant: "set up your profile (…)")
  rx(String.raw`\b${VERB}(?<!-\w+)(?<!\b(?:model|code|program|record|draft|port|clean))[ \t]+(?!your\b)(?:(?:the|our|my|these|those|all|some)[ \t]+)?(?:[\w'-]+[ \t]+){1,3}\([^()\n,]{2,40}(?:,[ \t]*[^()\n,]{2,40}){1,}\)`),
  // findings put in a document: "explain the main risks in a short memo", "summarise the results as a one-page report",
  // "Findings to be shown as a table" (not
  // a proposal's instructions: "describe your approach in a short video"; scanned apart, as it starts at every "list")
  scannedApart(rx(String.raw`\b(?:explain|summari[sz]e|set out|outline|list|describe|present|(?:presented|summari[sz]ed|reported|set out)(?<=\b(?:be|are|is)\s+\w+))\b(?!${IN_SENTENCE}{0,50}\b(?:your|yourself|you)\b)${IN_SENTENCE}{0,50}?\b(?:in|as|into)\s+(?:a|an)\s+(?:(?:short|brief|written|concise|clear|one-page|\d+-page)\s+)?(?:memo|report|summary|write-?up|document|letter|brief|presentation|deck|spreadsheet|table|chart)\b`)),
  // an audit's or a review's findings, the report to hand over: "an audit with findings ranked by savings", "a review with
  // recommendations" (scanned apart: it starts at every "review" and "analysis")
  scannedApart(rx(String.raw`\b(?:audit|review|assessment|analysis|evaluation)\s+with\s+(?:(?:a|the|clear|written|prioriti[sz]ed|ranked)\s+)?(?:list\s+of\s+)?(?:findings|recommendations|fixes|action items)\b(?:\s+(?:ranked|prioriti[sz]ed|sorted|ordered)\s+by\s+[\w-]+)?`)),
  // a write-up of what was found: "audit our account, write up where the money goes", "document how the sync works"
  rx(String.raw`\b(?:write up|write-up of|document|report (?:back )?on)\s+(?:where|what|how|why|which)\b(?:[ \t]+(?!(?:and|or|but|then|so|because)\b)[\w'-]+){1,4}`),
  // a file in a format, or a named bug: "convert this PDF to Word", "fix the checkout crash"
  // (the verb, not the noun: not "The code processes a CSV")
  rx(String.raw`\b${VERB}(?<!\b(?:the|a|an|our|my|this|your|their)\s(?:set )?\w+)\b${IN_SENTENCE}{0,60}\b(?:pdf|csv|excel|xlsx|docx|json|xml|word document|google sheets?|mp4|mov|mp3|wav|epub|bug|error|crash|issue where)\b`),
  // an error by its code, the bug to fix: "I get a 500 error on an ajax post request" (it starts at "error" and looks
  // back for the code; scanned apart, as it starts at every "error")
  scannedApart(rx(String.raw`\berrors?\b(?<=\b(?:getting|get|got|receiving|receive|seeing|throws?|throwing|returns?|returning)\s+(?:an?\s+|the\s+|this\s+)?(?:http\s+)?\d{3}\s+errors?)\s+(?:on|in|when|with|from|while|after)\b`)),
  // a problem said with what it is in: "fixing a component render bug", "fix my website issue" (not "fix the issue")
  rx(String.raw`\b(?:fix|fixing|debug|debugging|resolve|resolving|solve|solving|troubleshoot|troubleshooting)\s+(?:an?|the|this|one|my|our)\s+(?:[\w.-]+\s+){1,3}(?:issue|problem|bug)\b(?!-|\s+solving)`),
  // a named part of the client's software and how it fails, the bug fix to deliver: "the contact form doesn't send
  // emails anymore", "our app crashes on login", "our checkout page shows a blank screen", "the popup opens blank", "our
  // website is down" (not what a feature must not
  // do: "the form should not allow…"; nor "the site no longer works", which names no symptom; it starts at the part, a rarer word than "the", and looks
  // back only when a negation or failure follows)
  scannedApart(rx(String.raw`\b${BROKEN_PART}s?\b(?=\s+(?:doesn|does|don|do|won|will|can|cannot|isn|is|aren|are|no|stopped|keeps?|crashes|freezes|fails|shows?|throws?|gives?|returns?|opens?|loads?|renders?|went|goes)\b)(?<=\b(?:the|my|our|this)\s+(?:[\w-]+\s+){0,2}${BROKEN_PART}s?)\s+(?:(?:(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|isn't|is not|aren't|are not)\s+(?:properly\s+)?|no longer\s+|stopped\s+)${FAILED_ACTION}|keeps?\s+(?:crashing|freezing)|crashes|freezes|fails\s+to\s+${FAILED_ACTION}|shows?\s+(?:a\s+|an\s+)?(?:blank|white|black|empty)\s+(?:screen|page)|(?:shows?|throws?|gives?|returns?)\s+(?:an?\s+)?(?:\d{3}\s+)?error|(?:opens?|loads?|renders?|is)\s+(?:completely\s+)?(?:blank|empty)|(?:is|went|goes)\s+down)\b`)),
  // a small part of a page and what is wrong with it, on a site the client has: "the menu is broken", "pictures are too big
  // on phones", "the buttons overlap" (a part small enough that "broken" names the fix; "the site doesn't work" does not)
  scannedApart(rx(String.raw`\b${SMALL_PART}\b(?<=(?:\b(?:the|my|our|this|all|its|their)\s+(?:[\w-]+\s+){0,2}|(?:^|[.!?,;:\n]|\band)\s*)${SMALL_PART})\s+(?:(?:is|are)\s+(?:completely\s+|all\s+)?(?:broken|misaligned|overlapping|cut\s+off|blurry|pixelated|stretched|too\s+(?:big|large|small|slow))|(?:isn't|is\s+not|aren't|are\s+not|doesn't|does\s+not|don't|do\s+not)\s+(?:work|working|clickable|showing|show|aligned)|overlaps?|(?:is|are)\s+not\s+aligned)\b`)),
  // the pages or screens listed in a line: "Pages: home, about, services, contact", "basic pages (about, contact, FAQ,
  // shipping policy)" (scanned apart: it starts at every
  // "pages")
  scannedApart(rx(String.raw`\b(?:pages|screens)\s*(?:needed|required)?\s*(?:[:(][ \t]*[\w &/-]{2,25}(?:,[ \t]*[\w &/-]{2,25}){2,}|(?:include|includes|are)?[ \t]*[:;][ \t]*-[ \t]*[\w&/]+(?:[ \t]+[\w&/]+){0,3}(?:[ \t]*\([^()\n]{1,20}\))?(?:[.,;]?[ \t]*-[ \t]*[\w&/]+(?:[ \t]+[\w&/]+){0,3}(?:[ \t]*\([^()\n]{1,20}\))?){2,})`)),
  // things the client needs done, two or more named with what is to become of them: "Need accounts created, email
  // migrated for 12 users, shared drives set up by department", "I want them automatically saved to a Google Drive folder
  // … and the amount added to a Google Sheet" (quoted to the first, with where it goes; scanned apart, as it starts at
  // every "need" and "want")
  scannedApart(rx(String.raw`\b(?:need|want)\s+(?:(?:the|our|my|all)\s+)?(?:[\w-]+\s+){1,2}${DONE_TO}\b(?=[^.!?\n]{1,80}?\b${DONE_TO}\b)(?:[ \t]+(?:to|into|in|on)[ \t]+(?:a|an|the|our|my)(?:[ \t]+[\w-]+){1,3})?`)),
  // the client's writing, and what it is to become: "I need my resume rewritten", "we want our handbook translated into
  // Spanish", "I need my 2023/24 tax return prepared and filed" (a document exists, or a filing is due, so the result is
  // checkable; "I need my website redesigned" is only a hint, below)
  rx(String.raw`\b(?:need|want|would like|get)\s+(?:my|our|the|this)\s+(?:[\w'/-]+\s+){0,2}(?:${MANUSCRIPT}s?|tax returns?|vat returns?|taxes|accounts|books|payroll)\s+${REWORKED}\b`),
  // a bug told by its symptom: "a desync bug: when two players pick up the same item, both get it", "crash when the user
  // opens the profile offline", "a frontend issue where the connection state isn't synchronized", "fix lag when scrolling
  // through large datasets", "a desync: when 4 players race, cars jitter" (at least a few words of symptom; scanned apart,
  // as it starts at every "issue")
  scannedApart(rx(String.raw`\b(?:bug|glitch|issue|crash|crashes|lag|stutter(?:ing)?|flicker(?:ing)?|desync|jitter|freeze|memory leak)(?:\s*:\s*|\s+)(?:where|when|in which|that (?:causes|makes|lets))\s+(?:[\w'’-]+,?[ \t]+){3,12}[\w'’-]+`)),
  // a verb on several things of a kind: "build a few landing pages (design attached) in plain HTML" (things one can
  // count: "build multiple features" names none)
  scannedApart(rx(String.raw`\b(?:several|multiple|four|five|six|ten)\s+(?:[\w/&+.-]+\s+){0,2}${COUNTABLE_THINGS}\b(?<=\b${VERB}\s+(?:(?:me|us)\s+)?(?:several|multiple|four|five|six|ten)\s+(?:[\w/&+.-]+\s+){0,2}${COUNTABLE_THINGS})`)),
];

/** Each of these is a hint: a verb on an object, which generic posts also have ("build AI solutions"). Two make a deliverable. */
const WEAK = [
  // a verb on a determined object: "create a cohort analysis", "build me an eBay store"
  rx(String.raw`\b${VERB}\s+(?:(?:me|us)\s+)?(?:a|an|the|our|my|this|these|two|three|\d+)\s+(?:[\w/&+.-]+\s+){0,4}${OBJECT}s?\b`),
  // the client's thing wanted done: "we want our blog moved to Ghost" (writing, "I need my resume rewritten", is strong)
  rx(String.raw`\b(?:need|want|would like|like to have|get)\s+(?:my|our|the|this|these)\s+(?:[\w'/-]+\s+){0,4}${REWORKED}\b`),
  // a verb on a named system or feature: "integrate Stripe", "build the login and checkout"
  rx(String.raw`\b${VERB}\b${IN_SENTENCE}{0,60}\b(?:api|webhook|stripe|paypal|shopify|woocommerce|zapier|hubspot|salesforce|quickbooks|airtable|notion|login|sign[- ]?up|checkout|payment|booking|contact form|admin panel|dashboard|chatbot|landing pages?|logo|scraper|sdk|ad units|database|plugin|extension|mvp|prototype|ios app|android app|mobile app|web app|website|game)\b`),
];


/** Measured on the labelled posts: one hint alone over-counts generic posts, three under-counts real tasks. */
const MIN_WEAK = 2;

/** A title that is a task, not a role: "Convert 40 PDFs to Excel", "Fix checkout bug on Shopify". */
const TITLE_TASK = [
  rx(String.raw`^\s*(?:${VERB}|publish|upload|install|setup|customi[sz]e)\s+\S+(?:\s+\S+)+`),
  // a role hired to make something: "Composer to make intro music for our game", "[Hiring] someone to set up my Etsy shop"
  // (quoted with up to three more words of the thing, "to build product recommendation model", none of them a link's)
  rx(String.raw`\b(?:to|who (?:can|will))\s+(?:${VERB})(?:\s+and\s+${VERB})?\s+(?:(?:me|us)\s+)?(?:(?:a|an|the|some|our|my|\d+)\s+)?(?!(?:and|or|for|from|of|with|in|on|to|by|at|as|some|any)\b)[\w/-]+(?:[ \t]+(?!(?:and|or|for|from|of|with|in|into|on|to|by|at|as|like|using|that|which|who|where|so|a|an|the|our|my|your)\b)[\w/-]+(?![\w/-]*\.\w)){0,3}`),
  // a task named as a noun: "Customisation of WordPress plugin X", "Migration of our store to Shopify"
  rx(String.raw`^\s*(?:customi[sz]ation|integration|migration|conversion|installation|translation|transcription)\s+(?:of|from|between)\s+\S+`),
  // an app to put in a store, anywhere in the title: "React native bug fixes and upload to app store",
  // "Android app release on Playstore" (in the text it is as often the client's plan or a skill)
  rx(String.raw`\b(?:upload|publish|deploy|submit|releas)\w*\s+(?:[\w-]+\s+){0,3}(?:to|on|in|onto)\s+(?:the\s+)?(?:apple\s+|google\s+)?(?:${APP_STORE}|testflight)\b`),
];

/**
 * The evidence as a user is shown it: a title that is a task once, not again for a quantity inside it ("Scrape 5,000
 * dentist listings…"). Only the display drops the repeat: the models learned from the count with it (measured: dropped
 * there too, `--cv dev` vague scope 0.700 → 0.690).
 */
function shown(evidence: Evidence[]): Evidence[] {
  // Only the title is read twice (by TITLE_TASK and by STRONG), so only two quotes of the title can repeat; most posts
  // have fewer, and skip the pairwise test (measured: it cost 0.3% of instructions over the corpus when run on all).
  let titleQuotes = 0;
  for (const e of evidence) if ('range' in e && e.part === 'title') titleQuotes++;
  if (titleQuotes < 2) return evidence;
  // (inside another, or the same as one before it)
  return evidence.filter((e, i) => !evidence.some((other, j) => j !== i && isInside(e, other) && (j < i || !isInside(other, e))));
}

/**
 * What the phrase rules find, before the learned judgement weighs it with the post's words. Shared
 * with `vague-scope`: a post with no concrete deliverable cannot be sized.
 */
export function deliverablesEvidence(doc: Doc): Evidence[] {
  return doc.memo('deliverables-evidence', () => {
    const strong = [...collectEvidence(doc, TITLE_TASK, { parts: ['title'] }), ...collectEvidence(doc, STRONG)];
    if (strong.length > 0) return strong;
    const weak = collectEvidence(doc, WEAK, { parts: ['description'] });
    return weak.length >= MIN_WEAK ? weak : [];
  });
}

/** What the learned judgement reads besides the words (`model/linear.ts`). */
export function deliverablesSignals(doc: Doc): number[] {
  return evidenceSignals(doc, deliverablesEvidence(doc));
}

export const missingDeliverables: SectionRule = {
  type: 'section',
  section: 'deliverables',
  label: 'Deliverables',
  meta: {
    id: 'missing-deliverables',
    name: 'No concrete deliverable',
    level: 'warning',
    description: 'Flags a post that names no concrete thing to hand over, only a role, a skill or an area ("need a React developer").',
    why: 'Freelancers quote on what they will deliver; with only a role named, every quote is a guess and the cheapest guess wins.',
    seeds: '002 "Not Knowing What You Want", "Not Getting Prepared First"',
    messages: {
      missing: 'No concrete deliverable is named: say what will exist when the work is done.',
      thin: 'What will be handed over is only hinted at ("{{found}}"): name each thing that will exist when the work is done.',
    },
  },
  evidence: ({ doc }) => judgedEvidence('deliverables', doc, shown(deliverablesEvidence(doc)), deliverablesSignals(doc)),
  phraseEvidence: ({ doc }) => deliverablesEvidence(doc),
  missingBecause: ({ doc }) => overruled(deliverablesEvidence(doc)),
  template: ({ doc }) => deliverablesTemplate(doc),
};


/** A deliverables prompt that asks what this kind of job is measured in. */
function deliverablesTemplate(doc: Doc): string {
  switch (jobKind(doc)) {
    case 'web':
      return '- [N] pages: [home, about, …]\n- Features: [contact form, login, payments, …]\n- Source code in [repo] and deployment to [host]';
    case 'mobile':
      return '- [iOS/Android] app with [N] screens: [list]\n- Features: [login, push notifications, …]\n- Published to [App Store / Google Play]';
    case 'writing':
      return '- [N] articles of [N] words on [topics]\n- Format: [Google Doc / WordPress draft], [tone and audience]';
    case 'translation':
      return '- [N] words from [source language] into [target language], as [file format]\n- Terms: [glossary or style guide, or none]\n- [N] rounds of review';
    case 'design':
      return '- [N] concepts, [N] rounds of revisions\n- Final files: [SVG, PNG, source file]';
    case 'data':
      return '- [report/dashboard/script] on [named data source]\n- Output format: [CSV/Excel/notebook]';
    case 'marketing':
      return '- [campaigns/posts/keywords]: [N] per [week/month]\n- A report of [metrics] every [period]';
    case 'video':
      return '- [N] videos of [N] minutes, [format and aspect ratio]\n- [N] rounds of revisions';
    case 'audio':
      return '- [N] minutes of [voice-over/music/edited episodes], as [WAV/MP3] at [sample rate]\n- [N] rounds of pickups or revisions\n- Rights: [commercial use, buyout]';
    case 'support':
      return '- Duties: [inbox, tickets, calendar, orders, …], about [N] a [day/week]\n- Tools: [helpdesk, CRM, store, …]\n- A [weekly] summary of what was done';
    default:
      return '- [first concrete thing to hand over]\n- [second concrete thing]';
  }
}

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    // a span of duties is no move from two things to another
    { description: 'HR generalist for our team, handling everything from recruitment and onboarding to performance.' },
    // an idiom and a sentence break are no change from one thing to another, and "the code" is no verb
    { description: 'Take the idea from concept to completion. We would be glad to hear from you. To apply, write.' },
    { description: 'Data analyst. The code processes a CSV dataset.' },
    // how soon, not how long: "within 60 seconds" is no length of a video
    { description: 'Leads attended to within 60 seconds convert better. Grow our sales.' },
    { description: 'Need a React developer for ongoing work. Must be a team player.' },
    { description: 'Looking for help with my website.' },
    // A list's numbering is not a count: "4 - Any questions" is not four questions to deliver.
    { description: 'Seeking a C# developer. In your proposal include:\n3 - Your hourly rate.\n4 - Any questions you have.' },
    // "What you'll do" heads a role's duties, not a list of things to hand over.
    { description: "What you'll do\n- Work with our team on new features\n- Write clean code" },
    // A title's "to develop and …" names no object.
    { title: 'Developer to develop and maintain our apps', description: 'Long-term role, great team.' },
    // "complete" as an adjective, or with a survey: nothing made
    { description: 'Must have a complete understanding of React. Complete tasks in our tracker.' },
    // a number and a word on the next lines are no count of things: a copied listing's "Proposals: 0"
    { description: 'Proposals: 5 to 10\n\nDescription\nExperience Level: Expert\nNeed a Vue developer.' },
    // a distance or a call is no length of a video
    { description: 'Join our startup, 5 minutes away from the station. Book a 15 minutes call.' },
    // a count of people is no count of things: "1 level designer", "2 lead developers"
    { description: 'We are 1 level designer and 1 programmer looking for: a composer. We have 2 lead developers.' },
    // "from conception to deployment" is the idiom, not a change from one thing to another
    { description: 'Seeking an Android developer to create a user-friendly application, from conception to deployment.' },
    // "this" moved to a channel, a job's length, and the client's own work so far are nothing to deliver
    { description: 'Freelance writer wanted. Just PM me and we will move this to email.' },
    { description: 'I need an R programmer. I need a small code to run a project, a 10 minutes job.' },
    { description: "I've been making a new game for a few weeks now. Looking for an artist to partner up." },
    // capitals that are no products: a pronoun, an acronym for a kind of thing
    { description: 'Marketing help wanted, connect with Us and grow. Integrate AI into our daily work.' },
  ],
  pass: [
    // deliverables said to be included, mid-paragraph
    { description: 'Location analyst for storage sites. Deliverables will include a detailed heatmap, a list of recommended areas based on saturation, and a brief report summarizing the findings.' },
    // a copy of a linked site, apps moved to a new account, and a codebase moved from two languages to a framework
    { description: 'Need to clone this site https://example.com/template\n\nEither on WordPress or Next.js.' },
    { description: 'I need 3 apps (6 total) on both Apple and Google Play Stores to be transferred to a new account.' },
    { description: 'Frontend developer to help move our existing codebase from JavaScript and jQuery to Next.js.' },
    // a full stop inside a version or a name does not end the sentence
    { description: 'Migrate our current version of Laravel 5.4 to Laravel 10 and keep every route working.' },
    { description: 'I’m building a model-driven app and need some assistance. I need help with\n- adding an icon on the navigation bar\n- hiding tabs on a form' },
    { description: 'Create a program that converts images into simplified line art.' },
    { description: 'Build a robust IoT platform capable of collecting data from our devices.' },
    { description: 'Extract the prices from the PDFs. The deliverable is a clean and structured Excel spreadsheet.' },
    { title: 'Flutter bug fixing and upload to app store', description: 'flutter bug fixing and upload to app store and play console' },
    { description: 'Write 10 articles of 1,000 words about home gardening.' },
    { description: 'Convert this 10-page PDF to Word, keep formatting.' },
    { description: 'Build a booking app with login, signup and a calendar.' },
    // a verb in -ing form, a determined object and what it does
    { description: 'You will be building a booking tool that emails each customer a reminder.' },
    // headings of a scope, with or without a colon
    { description: 'Scope of work\n- Home page\n- Contact page' },
    { description: 'What needs to be updated?\n- The app icon\n- The splash screen' },
    { description: 'Make a recipe app with the following features:\n- Search\n- Favourites' },
    // counts of game art
    { description: 'Pixel art: a main character with 12 frames and four enemies.' },
    { description: 'Our studio needs one boss fight built: a three-phase fight with 6 attacks, using our existing player controller.' },
    // a title that hires a role to make something
    { title: 'Composer to make theme music for our puzzle game', description: 'Send your rate.' },
    // an object for the client's own thing, or like a named one
    { description: 'Need someone to create a landing page for our bakery.' },
    { description: 'Build me an online store similar to the one linked.' },
    { description: 'Program a dashboard (like the one on our old site) that shows daily sales.' },
    // the task as a noun, and a quoted name
    { description: 'Development of an AI that writes product descriptions from photos.' },
    { description: 'Create a single-page “Lease vs. Buy” calculator that compares the two costs.' },
    // a change from one named thing to another
    { description: 'We need to change all calls in our app to the new REST API.' },
    // asked for rather than to be made: "I need a … that / for my …"
    { description: 'I need a custom WordPress theme for my personal blog.' },
    // finishing the client's own half-built thing
    { description: 'Finish the booking app that our last developer started.' },
    { description: 'We need a bot that posts our menu to Telegram every morning.' },
    { description: 'Help migrating my cloud n8n setup to a self-hosted version.' },
    { description: 'Turn our Figma designs into responsive HTML email templates.' },
    // what the thing must do, heading a list; something integrated into, or deployed to, the client's own
    { description: 'Build an automated pricing system.\n\nThis system will:\n- Review past deals\n- Email sellers' },
    { description: 'I want to integrate Paytm payment gateway on our website.' },
    { description: 'Deploy my Node project to the Alibaba server.' },
    // an object placed somewhere, and a thing asked for as "need to have"
    { description: 'Create a listing page on an existing Webflow site.' },
    { description: 'I need to have a tool that shows clients what their ads will look like.' },
    // a list under "Features:", "What we need:" or "I need and would like to:"
    { description: 'Task-posting app.\nFeatures:\na. Post a task\nb. Accept a task\nc. Chat' },
    { description: 'Hiring advice.\nWhat We Need:\n- A step-by-step hiring process' },
    { description: 'Help with my Unity game.\nI need and would like to:\n1. Game reskin\n2. Admob integration' },
    // a thing wanted, whatever it is called, with what it will do; tilesets counted
    { description: 'I need a data lake which will contain all our email and Asana data.' },
    { description: 'I am looking for 2 or perhaps 3 tilesets.' },
    // features listed in a sentence, a button and what it does, a problem said with what it is in, and a link as
    // what is integrated
    { description: 'An e-learning app. Key features include live classes, virtual whiteboards and AI-generated quizzes.' },
    { description: 'I need a developer to implement a button that saves the edited fields.' },
    { description: 'The first task is debugging and fixing a component rendering issue.' },
    { description: 'I need to integrate this API https://pay.example.com/docs/intro with a WordPress plugin.' },
    // an integration between two named systems
    { description: 'We need someone to integrate HubSpot with our Salesforce.' },
    { description: 'Looking for a Celigo expert. Ensure a seamless data flow between Shopify and NetSuite.' },
    // a bug named by the part that fails and how: fixing it is the deliverable
    { description: 'Need help with my WordPress site. The contact form doesn’t send emails anymore. Please fix it.' },
    { description: 'Our app crashes when a user logs in with Google.' },
  ],
};
