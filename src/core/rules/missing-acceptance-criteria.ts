import { jobKind, type JobKind } from '../job-kind';
import type { RuleExamples, SectionRule } from '../rule';
import type { Doc } from '../text/doc';
import type { Evidence } from '../types';
import { APPLICANT_QUALITY, isLedBy, isNegated, ledBy, scannedApart } from '../text/match';
import { APP_STORE, IN_SENTENCE, notMidFigure, notTheClients, rx } from '../text/vocab';
import { collectEvidence } from './section-helpers';

/** How a model's polycount is capped: "under 8,000 triangles". */
const POLY_LIMIT = String.raw`(?:under|below|no more than|at most|max(?:imum)?(?: of)?|not (?:to )?exceed(?:ing)?)`;

/** Platforms a result runs on, named with a version: "iOS 16+", and a sentence about how one behaves ("In Android 12 …"). */
const PLATFORM = String.raw`(?:ios|iphone|android|chrome|safari|firefox|windows|macos|android os|ipados|outlook)`;

const PATTERNS = [
  // (a heading's colon ends its match: a "\b" after it would need a letter next, and "Acceptance: I can rerun…" has a space)
  rx(String.raw`\b(?:acceptance(?: criteria| tests?)?\s*:|(?:acceptances? criteria|definition of done|success criteria|success metrics?|(?:success|winning) looks like(?!\s+for\s+(?:your|their|his|her)\s+(?:role|job|position|career))|success means|success is (?:when|if)|kpis? (?:of|is|are)(?!\s+(?:a\s+)?(?:big\s+)?(?:plus|bonus|preferred|required|nice to have|must)\b)|considered (?:done|complete|finished)|post[- ](?:setup|launch|deployment|delivery|completion)\s+expectations|(?:will be|is|are|gets?) (?:accepted|approved) (?:when|if|once)|sign[- ]off|signs off|signed off)\b|success\s*=)`),
  // a definition of done written out, as the template itself offers: "Done when a test order reaches
  // Stripe", "The job is finished once the site is live", "It's done when she signs off", "Done means: …",
  // "Done = tested and live in both stores" (not "get it done" nor "done by Friday"); the
  // colon is part of the match, so the template's "Done when: [measurable result]" is a blank.
  // ("complete when" too would be tried at every "compl…" word, 0.7% of the engine's instructions
  // over the corpus, where no post writes it.)
  rx(String.raw`\b(?:done|finished)\b(?<=(?:^|[.!?:;\n(*•-]\s*|\b(?:is|be|considered|counts? as|call it)\s+|['’]s\s+)(?:done|finished))(?:\s+(?:right|well|properly))?\s*(?::?\s*(?:when|once|if|means)\b:?|=)`),
  // …and "complete" said the same way: "The job is complete once it is tested in production" (its own pattern,
  // keyed on "complete"; measured with the rest below)
  rx(String.raw`\bcomplete\s+(?:after|when|once)\b(?<=\b(?:is|be|are)\s+complete\s+(?:after|when|once))[^.!?\n]{0,60}`),
  rx(String.raw`\bpixel[- ]perfect\b`),
  // a check of every item, a ranking to reach, a look to match: "Need proof that every item was updated", "Test
  // and confirm that all tracking works as expected before final approval", "my
  // site to google page 1 … with 10 keywords", "so the report looks like the example provided"
  rx(String.raw`\b(?:verif(?:y|ied|ication)|confirm)\s+that\s+(?:all|every)\b|\bgoogle(?:\.[a-z]{2,3}(?:\.[a-z]{2})?)?\s+page\s*(?:1|one)\b|\b(?:first\s+page|page\s*(?:1|one))\s+(?:of|on)\s+google\b|\blooks?\s+(?:exactly\s+)?like\s+the\s+(?:example|sample|mock-?up|design|screenshot|reference)\s+(?:provided|attached|given|supplied|we\s+sent|i\s+sent)\b`),
  // thresholds written with comparison signs: "recall ≥99%", "error ≤250 ms", "(less than 10 seconds)"
  // (two patterns: the words are found through the word index, the signs by a scan of their own)
  rx(String.raw`(?:≥|≤|>=|<=)\s*\d+(?:\.\d+)?\s*(?:%|ms|s\b|seconds)`),
  rx(String.raw`\b(?:less than|under|below)\s+\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds|ms|milliseconds)\b`),
  // a run time in words or minutes: "finish 12 files in under a minute", "finishes in less than 1 minute" (not a
  // length: "training videos (less than 20 minutes)")
  // (it starts at "under", and looks back for "in": started at "in" it would be tried at every "within")
  rx(String.raw`\b(?:less than|under)\b(?<=\b(?:in|within)\s+(?:less than|under))\s+(?:\d+(?:\.\d+)?\s*|(?:a|an|one)\s+)(?:seconds?|min|mins|minutes?)\b`),

  // a copy to match, said without naming the design: "It should look exactly like this but responsive", "I will add
  // template, it need to be exactly the same", "cloned dashboards … identical to the production environment", and a ranking
  // said "on Google .1st page" (not "the
  // same as": read with the design above and below; it starts at "exactly" and looks back, as "be" is everywhere)
  rx(String.raw`\bexactly\b(?<=\b(?:be|look|looks)\s+exactly)\s+(?:the\s+same\b(?!\s+as\b)|like\s+(?:this|that|it)\b)|\bidentical\s+to\s+(?:the\s+)?(?:production|original|live|existing|current)\b|\bgoogle\b[ \t.]*(?:1st|first)\s+page\b|\blook\b(?<=\b(?:image|screenshot|picture|mock-?up|sketch)s?\s+(?:of\s+)?how\s+it\s+should\s+look)`),
  // the work closed at a stated point: "once the update is in store and tested the job is closed" (it starts
  // at "project" and looks back for the "once")
  rx(String.raw`\bproject\s+will\s+(?:close|be\s+(?:closed|complete|completed|done|finished))\b(?<=\b(?:once|when|after)\b[^.!?\n]{0,80}project\s+will\s+(?:close|be\s+(?:closed|complete|completed|done|finished)))`),
  // a load to bear: "Keep the system stable for 2,000+ concurrent users"
  rx(String.raw`\b(?:\d{1,3}(?:,\d{3})+|\d+)\+?\s+concurrent\s+(?:users|connections|requests|sessions|players)\b`),
  // …or a scale to reach: "Scalable for 3,000 players per game", "must handle 10,000 users at a time" (set BQ)
  rx(String.raw`\b(?:scalable|scales?)\s+(?:for|to|up\s+to)\s+(?:at\s+least\s+)?(?:\d{1,3}(?:,\d{3})+|\d{3,})\+?\s+(?:users|players|visitors|connections|requests|orders)\b|\b(?:must|should|needs?\s+to|has\s+to|able\s+to)\s+(?:handle|support|serve)\s+(?:up\s+to\s+|at\s+least\s+)?(?:\d{1,3}(?:,\d{3})+|\d{3,})\+?\s+(?:simultaneous\s+)?(?:users|players|visitors|connections|requests|orders)\s+(?:at\s+(?:a|one|the\s+same)\s+time|per\s+(?:second|minute|game|match)|simultaneously|at\s+once)\b`),
  // the result matching the design: "matches the approved Figma", "must be exact as in the design" (as it is typed), not "match scores - Design" or
  // "the best matching pictures from our design library"
  rx(String.raw`\b(?:match(?:es|ing)?|identical to|respect\s+exactly|exact(?:ly)?\s+(?:the\s+same\s+as|like|as|is|to))\s+(?:[\w'%]+(?:-[\w']+)*\s+){0,3}(?:figma|design|designs|mock-?ups?|xd|psd|sketch|wireframes?|prototype)\b`),
  // the copy to be exact, and the first place on Google: "every feature and design element is accurately
  // mirrored", "make the same site word to word", "I want to rank first on Google"
  rx(String.raw`\b(?:accurately|exactly|faithfully)\s+(?:mirrored|replicated|reproduced)\b|\bexact\s+(?:replication|replica)\b|\b(?:perfect|exact|identical)\s+(?:copy|clone|replica)\b(?<=\b(?:make|create|build|want|need)\s+(?:an?\s+)?(?:perfect|exact|identical)\s+(?:copy|clone|replica))|\bexactly\s+as\s+(?:provided|given|supplied)\b|\bapproval\s+from\s+(?:google|apple|meta|facebook|amazon)\b|\b(?:appears?|exists?|found)\s+nowhere\s+else\b|\bword[- ](?:to|for)[- ]word\b(?<=\bsame\b[^.!?\n]{0,40}word[- ](?:to|for)[- ]word)|\brank\s+(?:number|no\.?|#)\s*(?:one|1)\s+(?:on|in)\s+google\b`),
  // a load time named as the target: "Cut page load time (target 2s)"
  rx(String.raw`\btarget\s*:?\s*(?:under\s+|below\s+|of\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms)\b`),
  // a time to bring something down to: "It loads in 6 seconds now and i want it down to 2
  // seconds or so" (it starts at "down", rarer than "get" or any figure, and looks back)
  rx(String.raw`\bdown\s+to\s+(?:under\s+|below\s+|about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:seconds?|secs?|ms)\b(?<=\b(?:get|bring)\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+down\s+to\s+(?:under\s+|below\s+|about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:seconds?|secs?|ms))`),
  // a finish point with what it is said: "tune it until it meets our needs for both speed and
  // data extraction" (set BL)
  rx(String.raw`\buntil\s+it\s+(?:meets|passes|satisfies)\s+(?:all\s+)?(?:our|the)\s+(?:requirements|criteria|tests?)\s+for\b`),
  // writing with no errors of a kind: "copy with ZERO grammar and spelling errors" (set BM; it starts at the kind
  // of error, not at every "no", and looks back)
  rx(String.raw`\b(?:grammatical|grammar|spelling|typo|typos|factual|formatting)\b(?<=\b(?:zero|no)\s+(?:grammatical|grammar|spelling|typo|typos|factual|formatting))(?:[,\s]+(?:and\s+|or\s+)?(?:grammatical|grammar|spelling|typo|typos|factual|formatting)){0,2}\s+errors\b`),
  // a grading rubric for the result, and a multiple of return to reach (set BN): "Grading Rubric … Total Points: 100",
  // "ads aimed at returning a 4x ROI"
  rx(String.raw`\bgrading\s+rubric\b|\b\d+(?:\.\d+)?\s*x\s+(?:roi|roas|return)\b`),
  // downloads as milestones the pay follows, and a result to resemble closely (set BO): "1,000 Downloads: $2,000 USD",
  // "closely resemble a well-known app's progress widget in look and function" (what the result should resemble; not "apply only
  // to jobs that closely match qualifications")
  rx(String.raw`\b\d[\d,.]*\s*k?\s+(?:downloads|installs|subscribers|paying\s+users)\s*:\s*[$€£]|\bclosely\s+(?:resemble|match|mirror)\b(?<=\b(?:should|must|needs?\s+to|has\s+to|will)\s+closely\s+(?:resemble|match|mirror))`),
  // questions the result must answer: "The questions the work must answer and you must show" (set BJ)
  rx(String.raw`\bquestions?\s+(?:that\s+)?(?:this|the|our)\s+(?:work|analysis|model|report|project|dashboard|study)\s+(?:must|should|needs?\s+to|has\s+to)\s+answer\b`),
  // …or a time reduced to: "Speed up product loading for the shop (up to 400 items), reduced to 2 seconds." (set BJ)
  rx(String.raw`\b(?:reduc(?:e|ed|es|ing)|cut(?:s|ting)?|lower(?:ed|s|ing)?)\s+(?:(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:down\s+)?to\s+(?:under\s+|below\s+|about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:seconds?|secs?|ms)\b`),
  // …or the reference's layout asked for as it is: "See the attached screenshot, i want the same layout"
  // (it starts at "same" and looks back)
  rx(String.raw`\bsame\s+(?:layout|design|look)\b(?<=\b(?:i|we)\s+(?:want|need)\s+(?:the\s+|exactly\s+the\s+)?same\s+(?:layout|design|look))`),
  // the client's own test of the result: "To test your work, we will provide you with a list of names and watch you test"
  rx(String.raw`\bto\s+test\s+your\s+work\b(?=\s*,?\s*(?:we|i)\b)`),
  // a time or size the result must reach: "text reading within 1–3 seconds", "unzipping works for big files (1GB+)", an
  // answer's time per query, "(~3 seconds per search)" (set BW)
  // (scanned apart, each from its figure: started at "within" or "works" it was tried at every one)
  scannedApart(rx(String.raw`\b\d+(?:\.\d+)?\s*(?:ms|milliseconds?|secs?|seconds?)\s+(?:per|for\s+each|each)\s+(?:query|request|search|lookup|answer)\b|\b\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*(?:ms|milliseconds?|secs?|seconds?)\b(?<=\bwithin\s+\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*(?:ms|milliseconds?|secs?|seconds?))|\b\d+(?:\.\d+)?\s*(?:gb|mb|tb)\b(?<=\b(?:works?|handles?|supports?)\s+(?:for\s+|with\s+)?(?:(?:big|large|huge)\s+)?files?\s*\(?\s*(?:up to\s+|of\s+|over\s+)?\d+(?:\.\d+)?\s*(?:gb|mb|tb))`)),
  // …named earlier in the sentence: "Mockups in Figma are attached and the build must match them", or named as given: "to
  // match a provided layout" (set BX) (scanned apart, as it starts at every "match")
  scannedApart(rx(String.raw`\bmatch\s+(?:a|the|our|my)\s+(?:designated|given|provided|attached|supplied|specified)\s+(?:layout|design|template|mock-?up|style\s*guide)\b|\bmatch\s+(?:them|it|those|these)\b(?<=\b(?:figma|designs?|mock-?ups?|xd|psd|wireframes?|prototype)\b[^.!?\n]{1,80}\b(?:must|should|has to|have to|needs? to|will|to)\s+match\s+(?:them|it|those|these))`)),
  // (a named one too: "the files must pass KDP's previewer", "pass the W3C validator", "pass Shopify's theme check", "pass
  // App Store and Google Play review", "pass Amazon's and Google's certification", "pass Google Play's pre-launch report";
  // not the applicant's "pass a background check")
  rx(String.raw`\bpass(?:es|ing)?\s+(?:all\s+)?(?:(?:our|the|existing|unit|automated|e2e|ci|qa|(?:[\w.-]+\s+)?[\w.-]+['’]s(?:\s+(?:and|&)\s+[\w.-]+['’]s)?)\s+)*(?:${APP_STORE}\s+(?:(?:and|&|or)\s+${APP_STORE}\s+)?|[\w.-]+\s+)?(?:tests?|test suite|checks?|review|qa|audit|previewer|validator|validation|preflight|linter|lint|inspection|certification|pre-launch report|checklists?|scans?)\b(?<!\b(?:background|criminal|credit|identity|id|reference|dbs)\s+checks?)`),
  // …or a scan or an audit the result must get through: "should pass a scan on CookieMetrics" (not "pass an edit test",
  // a screening of the applicant)
  // a heading that says how success is tested: "# TEST OF SUCCESS\n1. Tests showing the tools work as they should"
  rx(String.raw`\btests?\s+of\s+success\b`),
  // an app uploaded "to be approved", or "releasing it and getting it approved" (set BM): the store's approval is the
  // finish point
  rx(String.raw`\bapproved\b(?<=\b(?:upload|publish|submit|releas)\w*\b[^.!?\n]{0,60}\b(?:to\s+be|getting\s+it|get\s+it)\s+approved)`),
  // the client's own check run again when the work is done: "I will redo the Semrush site audit after the assignment is
  // done to ensure that all issues are fixed"
  rx(String.raw`\b(?:redo|re-?run|repeat)\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,3}(?:audit|scan|test|tests|check|report)\s+(?:after|once|when)\b${IN_SENTENCE}{0,60}?\b(?:ensure|confirm|verify|check|make sure)\b`),
  rx(String.raw`\bpass(?:es|ing)?\s+(?:a|an)\s+(?:[\w.-]+\s+){0,2}?(?:scans?|audit|validator|validation)\b`),
  // the same the other way round: "make the existing test suite (430 tests) pass", "all tests pass"
  rx(String.raw`\b(?:tests|test suite|test cases|specs)\b(?:\s*\([^()\n]{0,30}\))?\s+(?:all\s+)?pass(?:es|ing)?\b`),
  rx(String.raw`\b\d+(?:\.\d+)?\s*%\s*(?:or (?:more|higher|better)\s+)?(?:(?:of\s+(?:the\s+|all\s+|an?\s+)?(?:[\w-]+\s+){1,3}?)?(?:answered\s+|classified\s+|labell?ed\s+|extracted\s+)?correct(?:ly)?\b|(?:data\s+|translation\s+|transcription\s+|classification\s+|prediction\s+)?accuracy|accurate|uptime|test coverage|coverage|precision|recall|match|(?:cross[- ]browser\s+)?compatib(?:le|ility)|success rate|conversion|(?:inter-annotator\s+)?agreement|(?:statistical\s+)?significance|confidence)\b`),
  // …or a speed score to reach, the figure first: "must score 90+ on mobile PageSpeed", "scores at least 95 in Lighthouse"
  rx(String.raw`\bscor(?:e|es|ing)\s+(?:at least\s+|over\s+|above\s+)?\d{2,3}\+?\s+(?:or (?:more|higher|above|better)\s+)?(?:on|in)\s+(?:(?:the|google|mobile|desktop|both)\s+){0,2}(?:pagespeed|page speed|lighthouse|gtmetrix|core web vitals)\b`),
  // …or a score between 0 and 1 before its metric: "reach at least 0.75 AUC on a held-out month", "a 0.9 F1 score"
  rx(String.raw`\b(?:0\.\d{1,3}|1\.0{1,3})\s*(?:auc|roc[- ]auc|f1(?:[- ]score)?|map|iou|r2|r²|ndcg)\b`),
  // …or the other way round: "answer correctly at least 90% of a test set", "classify correctly over 95% of rows"
  rx(String.raw`\bcorrectly\s+(?:in\s+)?(?:at least|over|above|more than|no less than)\s+\d+(?:\.\d+)?\s*%`),
  // a frame rate held: "It must run at 60 fps on a Samsung A12", "a stable 30 fps" (from the figure, looking back for
  // what holds it: not a video's format, "export at 24 fps")
  rx(String.raw`\b\d+\s*(?:fps|frames per second)\b(?<=\b(?:runs?|running|hold|holds|maintain|maintains|stays?|keeps?|at least|minimum|min\.?|stable|steady|solid|constant|locked|never (?:drops?|dips?) below)\s+(?:at\s+)?(?:a\s+)?(?:stable\s+|steady\s+|solid\s+|constant\s+)?(?:at least\s+)?\d+\s*(?:fps|frames per second))`),
  // a metric and the figure it must reach: "accuracy of 95%", "Accuracy target: 98%", "Lighthouse score above 90",
  // "CSAT above 90%", "AUC above 0.80", "organic traffic to reach 5,000 visits a month", and the ads' own: "ACoS under
  // 25%", "CPA below $20", "raise conversion rate by at least 30%" (not where it has been: "our churn has gone from 6%
  // to 9%", "traffic but conversion fell by 40%")
  rx(String.raw`\b(?:accuracy|uptime|coverage|precision|recall|auc|roc[- ]auc|f1(?:[- ]score)?|rmse|mape|score|lighthouse|pagespeed|page speed|core web vitals|acos|roas|ctr|cpa|cpl|cost per (?:lead|acquisition|install|conversion)|conversion rate|bounce rate|(?:duplicate|error|defect|failure|crash|refund|return|match|pass|fill) rate|open rate|reply rate|response rate|click(?:-through)? rate|retention(?: rate)?|churn(?: rate)?|csat|nps|customer satisfaction|(?:organic\s+)?traffic)\b(?!\s+(?:(?:has|have|had)\s+(?:gone|risen|increased|decreased|dropped|fallen|grown|climbed|crept|jumped|doubled|declined)|went|rose|fell|dropped|grew|climbed|jumped|increased|decreased|declined)\b)(?:(?!\b(?:down|up|dropped|fell|declined|decreased|rose|grew|but)\b)${IN_SENTENCE}){0,25}\b(?:of|above|over|under|below|less than|at least|by(?: at least)?|>=?|≥|<=?|≤|minimum|min\.?|(?:should|must|needs? to|has to|will) (?:be|reach|hit|score)(?: at least| above| over| under| below)?|to (?:reach|hit|exceed)|to|:)\s*[$€£]?\d[\d,]*(?:\.\d+)?(?:\s*%)?`),
  rx(String.raw`\b(?:load|loads|loading|response|render)\w*\b${IN_SENTENCE}{0,25}\b(?:under|below|less than|within|<)\s*\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds|ms|milliseconds)\b`),
  rx(String.raw`\b${PLATFORM}\s*\d+(?:\.\d+)?\s*(?:\+|and (?:up|above|later|newer)|or (?:higher|later|newer|above|(?:a\s+)?more\s+recent(?:\s+(?:model|version))?))`),
  // what it must run on, down to the version: "It must run on Excel 2016 for Windows", "has to work on PHP 7.4", "We need
  // them working again on Android 13 and 14" (from the verb, rarer than "must", looking back)
  rx(String.raw`\b(?:run|work|running|working)\b(?<=\b(?:must|should|has to|have to|needs? to)\s+(?:also\s+)?(?:run|work)|\b(?:need|want)\s+(?:it|them|this|these|both)\s+(?:running|working))\s+(?:again\s+)?(?:on|in|with)\s+(?:[A-Za-z][\w.+#-]*\s+){1,2}v?\d+(?:\.\d+)*\b`),
  rx(String.raw`\b(?:until|once|when) (?:it|the app|the site|the website|the game)(?:\s+is\s+|['’]s\s+)(?:live|published|approved|accepted)\b`),
  rx(String.raw`\b(?:approved|published|live|accepted) (?:(?:privately|publicly|successfully|unlisted) )?(?:on|in|by) (?:the )?(?:app store|play store|google play|apple|chrome web store|shopify app store)\b`),
  rx(String.raw`\b(?:no|zero) (?:errors|bugs|warnings|console errors|plagiarism|crashes)\b${IN_SENTENCE}{0,20}\b(?:in|on|when|after|reported|detected|found)\b`),
  // a site moved or changed with nothing lost: "no downtime", "no broken links", "all URLs must stay the same", "with less
  // than 15 minutes of downtime"
  // a fault the result must be free of, required: "so that 4 players can finish a race with no jitter", "the game must run with
  // zero frame drops" (not a symptom seen: "the build runs with no errors so far"; scanned apart, as it starts at every "no")
  scannedApart(rx(String.raw`\b(?:no|zero)\s+(?:jitter|lag|stutter(?:ing)?|flicker(?:ing)?|desync|rubber-?banding|frame drops|dropped frames|memory leaks?|data loss)\b(?<=\b(?:must|should|needs? to|has to|have to|so that|until|can|will)\b[^.!?\n]{0,80}\b(?:with|has|have|shows?|gives?|runs?)\s+(?:no|zero)\s+[\w-]+)`)),
  rx(String.raw`\b(?:no|zero)\s+(?:downtime|broken\s+(?:links|images|pages))\b|\b(?:less than|under|no more than|at most)\s+\d+(?:\.\d+)?\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+(?:of\s+)?downtime\b|\ball\s+(?:urls|links|permalinks|redirects)\s+(?:must|should|need to|have to)\s+(?:stay|remain|keep|work|be preserved)\b`),
  // a result checked by a sample: "we'll spot-check 50 rows and expect no errors", "expect fewer than 5 errors"; a text
  // held to a length: "button labels should stay under 20 characters"
  // a test the work must pass before it is paid: "We'll test it with 10 test orders before paying"
  // …or a period of trouble-free use before the last payment: "the final 10% after two weeks of stable use" (set BV)
  // (scanned apart: it starts at every "test" and "check", and rarely matches)
  scannedApart(rx(String.raw`\b(?:test|tests|testing|tested|verify|check)\b${IN_SENTENCE}{0,40}?\bbefore\s+(?:paying|payment|we pay|i pay|releasing (?:the )?(?:payment|funds|milestone)|approving|we approve)\b|\b(?:after|upon|following)\s+(?:one|a|two|three|four|\d+)\s+(?:weeks?|months?)\s+of\s+(?:successful|stable|smooth|bug-?free|error-?free|trouble-?free)\s+(?:use|usage|operation|running|production)\b`)),
  // audio delivered to a level: "peaking at -3 dB", "-16 LUFS", "no breaths or mouth clicks" (a loudness from its figure:
  // a pattern that starts at "-" is tried at every hyphen)
  rx(String.raw`\bpeak(?:s|ing)?\s+(?:at|below|under)\s+[-−]?\d+(?:\.\d+)?\s*dbf?s?\b|\b\d+(?:\.\d+)?\s*lufs\b|\bno\s+(?:breaths|mouth (?:clicks|noises)|background noise|clipping)\b`),
  rx(String.raw`\bspot[- ]?check(?:s|ed|ing)?\s+(?:\d[\d,]*(?:\s+[\w-]+)?|a (?:random )?sample)\b|\bexpect\s+(?:no|zero)\s+(?:errors|mistakes|typos)\b|\b(?:fewer than|less than|under|at most|no more than)\s+\d[\d,]*\s+(?:errors|mistakes|typos)\b|\b(?:under|at most|no more than|max(?:imum)?(?: of)?|fewer than|less than)\s+\d[\d,]*\s+(?:characters|chars)\b`),
  // a file held to a size, a model to a polycount: "a GLB and a USDZ under 5 MB each", "PDF no larger than 2MB", "under
  // 8,000 triangles" (not "up to 10 MB", which is more often what a product's users may upload; nor what models already
  // are: "the models are light, under 500 polys each")
  rx(String.raw`\b(?:under|less than|below|no more than|no larger than|no bigger than|smaller than|at most|max(?:imum)?(?: of)?|not (?:to )?exceed(?:ing)?)\s+\d+(?:\.\d+)?\s*(?:kb|mb|gb)\b|\b${POLY_LIMIT}(?<!\b(?:is|are|was|were)\s+(?:[\w-]+\s+){0,2}${POLY_LIMIT})\s+\d[\d,]*k?\s*(?:triangles|tris|polys|polygons|vertices|verts)\b`),
  // a change the result must reach, in per cent: "Target: at least 25% lower monthly bill", "cut load time by at least
  // 30%", "should beat our current "bestsellers" baseline by at least 10%" (not where a metric has been: "churn went from
  // 6% to 9%", "conversion is down by 50%", "we beat them by 10%"; scanned apart, as it starts at every "increase" and "improve")
  scannedApart(rx(String.raw`\b(?:at least|a minimum of|minimum(?: of)?)\s+\d+(?:\.\d+)?\s*%\s+(?:lower|less|fewer|faster|smaller|cheaper|higher|more|better|reduction|increase|improvement|savings?|cut|drop|decrease|growth|uplift|lift)\b|\b(?:reduce|cut|lower|decrease|increase|improve|boost|raise|grow|speed up)\s+(?:[\w'’-]+\s+){0,3}by\s+(?:at least\s+)?\d+(?:\.\d+)?\s*%|\b(?:beat|outperform)(?<=\b(?:should|must|needs? to|ha(?:s|ve) to|to|will|shall)\s+(?:\w+ly\s+)?(?:beat|outperform))\s+(?:[\w'’"“”-]+\s+){1,6}by\s+(?:at least\s+)?\d+(?:\.\d+)?\s*%`)),
  // an audience or a count to grow to: "grow my instagram account to 10k followers", "get our app to 5,000 downloads"
  // (scanned apart: it starts at every "get")
  scannedApart(rx(String.raw`\b(?:grow|get|take|bring|increase|boost)\s+(?:(?:my|our|the|this)\s+)?(?:[\w'’-]+\s+){0,3}?to\s+(?:at least\s+|over\s+)?\d[\d,.]*\s*k?\+?\s+(?:followers|subscribers|downloads|installs|users|visitors|members|sign-?ups|listeners|views|sales|leads|customers)\b`)),
  // …or no downtime said with "without": "at least 25% lower without downtime" (scanned apart: it starts at every
  // "without")
  scannedApart(rx(String.raw`\bwithout\s+(?:any\s+)?downtime\b`)),
  // a per cent the result must stay under or over: "Uniqueness must be under 100%", "should be above 95%" (it
  // starts at the figure and looks back)
  rx(String.raw`\b\d+(?:\.\d+)?\s*%(?<=\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+(?:be|stay|remain)\s+(?:lower|less|higher|greater|more|under|over|below|above)(?:\s+than)?\s+\d+(?:\.\d+)?\s*%)`),
  // a design turned into code one to one ("convert figma designs … to reactjs … convert it 1:1"), and a live result as the
  // final deliverable ("The end result is a working, live web app") (the first starts at its figure and
  // looks back)
  rx(String.raw`\b1\s*:\s*1\b(?<=\b(?:convert|recreat|replicat|cop(?:y|ied)|match|implement|figma|design)\w*\b[^.\n]{0,60}\b1\s*:\s*1)|\bfinal\s+deliverable\s+(?:is|will\s+be)\b[^.\n]{0,40}?\b(?:live|deployed|published)\b`),
  // a quota the result is measured by: "Enter 43 new deals per week", "average 1.6 sales a day", "8 booked demos a week"
  // (not what the client hands over: "we provide 1,000 leads a month")
  rx(String.raw`\b\d${notMidFigure('\\d')}${notTheClients('\\d')}[\d,.]*\+?\s+(?:new\s+|qualified\s+|booked\s+|direct\s+)?(?:deals|leads|appointments|meetings|demos|sales|sign-?ups|reviews|followers|subscribers|downloads|installs|customers|clients|conversions|bookings|orders)\s+(?:per|a|each|every)\s+(?:day|week|month)\b`),
  // data held to a rule: "no duplicates" (from "no", which the pattern above starts at anyway, so that the "no" is not
  // read as a negation of it), "every row must have a price and address" (from "row", a rarer word than "every", looking
  // back), "one row per customer"
  rx(String.raw`\b(?:no|zero) duplicat(?:es?|ions?)\b|\bduplicate-free\b|\bduplicates\s+removed\b|\b(?:rows?|records?|entries|entry|listings?|leads?|contacts?|products?|items?)\b(?<=\b(?:every|each|all)\s+(?:rows?|records?|entries|entry|listings?|leads?|contacts?|products?|items?))\s+(?:must|should|needs? to|has to|have to)\s+(?:have|include|contain|be (?:visible|live|listed|published|correct|accurate|complete))\b(?:[ \t,]+[\w'-]+){0,12}|\bone\s+(?:row|record|entry|line)\s+per\s+(?:customer|client|contact|product|item|order|person|user|company|listing|property|transaction|invoice|day|sku)\b`),
  // approval on a stated condition: "if fewer than 3 need changes, we approve the whole batch" (it starts at the verb and
  // looks back for the "if"), or said after it: "we accept when the reviewer finds no meaning errors" (not "when we are
  // happy", which states none)
  rx(
    String.raw`\b(?:approve|accept)\b(?:(?<=\bif\b${IN_SENTENCE}{3,60}\b(?:we|i)(?:'ll| will)?\s+(?:approve|accept))|(?<=\b(?:we|i)(?:['’]ll|\s+will)?\s+(?:approve|accept))(?:\s+(?:it|them|the\s+(?:work|delivery|translation|files?|result|batch|design|video|article|pages?)))?\s+(?:only\s+)?(?:when|once|if|after)\s+(?!(?:(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+)?(?:happy|satisfied|pleased|ok|okay|fine)\b)${IN_SENTENCE}{5,80})`,
  ),
  // a support agent's service level, as the support template offers it: "answer every ticket within 4 business hours"
  // (scanned apart: it starts at every "answer" and "reply")
  scannedApart(rx(String.raw`\b(?:answer|answering|respond to|responding to|reply to|replying to|resolve|resolving)\s+(?:every|all|each|\d+\s*%\s+of(?:\s+(?:all|the))?)\s+(?:[\w-]+\s+){0,2}(?:tickets?|emails?|messages?|chats?|inquiries|enquiries|requests?|questions?|reviews?|comments?)\s+within\s+(?:\d+|one|two|a|an)\b(?:\s+(?:business\s+|working\s+)?(?:hours?|days?|minutes?|mins?)\b)?`)),
  // numbers held to a reference: "Numbers must match our finance team's monthly report to the dollar" (scanned apart, as it
  // starts at every "data" and "results")
  scannedApart(rx(String.raw`\b(?:numbers|figures|totals|results|data|values|amounts)\s+(?:must|should|need to|needs to|have to|has to)\s+(?:exactly\s+)?match\s+(?:our|the|your)\s+(?:[\w'’-]+\s+){0,4}(?:reports?|numbers|figures|totals|books|source|system|spreadsheets?|data|ledger|statements?)\b`)),
  // …or within a margin: "purchase events … match Shopify orders within 5%", "totals matching the bank within $1"
  rx(String.raw`\bmatch(?:es|ing)?\s+(?:[\w'’-]+\s+){1,4}?within\s+(?:\d+(?:\.\d+)?\s*%|[$€£]\s?\d+(?:\.\d+)?)`),
  // a count to reach, set as the goal: "Goal: 15 booked demos in the first month", "our goal is 500 sign-ups", "Goal: 15k
  // followers"
  rx(String.raw`\bgoals?\b(?:[ \t]+is)?[ \t]*(?::|=|-|–|is)[ \t]*(?:to[ \t]+(?:get|reach|book|hit|generate|achieve|land)[ \t]+)?(?:at least[ \t]+|over[ \t]+|\+)?\d[\d,]*(?:\.\d+)?(?:[ \t]*k\b)?\+?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:demos|meetings|calls|leads|sign-?ups|registrations|sales|customers|clients|subscribers|followers|downloads|installs|bookings|appointments|orders|users|reviews|visitors|conversions)\b`),
  // a text held to a reading level: "at a reading age of 12", "Flesch reading ease above 60", "grade level 8 or below"
  rx(String.raw`\b(?:reading age|(?:reading|grade) level|flesch(?:[- ]kincaid)?(?: reading ease| grade(?: level)?)?(?: score)?|readability score)\s+(?:of\s+|below\s+|under\s+|above\s+|over\s+|at\s+|around\s+|:\s*)?\d+`),
  rx(String.raw`\b(?:plagiarism|ai)[- ]free\b|\bpass(?:es)? (?:copyscape|grammarly|ai detection|originality(?:\.ai)?|gptzero|zerogpt|turnitin)`),
  // a search ranking to reach: "get two keywords ranked between nr 1 - 3 on Google", "rank on the first page" (a position
  // named as one: not a rating scale, "rank products from 1 to 10")
  rx(String.raw`\brank(?:ed|s|ing)?\b(?:\s+[\w-]+){0,3}?\s+(?:between\s+(?:(?:nr|no|#|number|position|pos)\.?\s*)?|(?:nr|no|#|number|position|pos)\.?\s*)\d{1,2}\s*(?:-|–|to|and)\s*(?:(?:nr|no|#)\.?\s*)?\d{1,2}\b|\brank(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+(?:the\s+)?(?:top\s+(?:\d{1,2}|three|five|ten)|first page)\b`),
  // an accessibility standard the result must meet: "meet WCAG 2.1 AA", "pass PAC 2024 with no errors" (not a compliance
  // standard named with no threshold, "compliant with GDPR and HIPAA": LABELS.md counts it 0)
  rx(String.raw`\b(?:meet|meets|comply with|complies with|conform to|conforms to|be compliant with|compliant with|pass|passes)\s+(?:the\s+)?(?:wcag(?:\s+\d(?:\.\d)?)?(?:\s+(?:level\s+)?a{1,3})?|section 508|en 301 549|pac(?: \d{4})?(?=\s+with\s+(?:no|zero)\s+(?:errors|failures|issues)))\b`),
  // (set BR) a build that must deploy or run somewhere named: "the dist output must be deployable to Cloudflare"
  rx(String.raw`\b(?:deployable|runnable|installable)\b(?<=\b(?:must|should|has\s+to|needs?\s+to)\s+be\s+(?:deployable|runnable|installable))\s+(?:to|on|via|in)\s+[A-Z\w][\w.-]*`),
  // (set BS) a version the result must be compatible with, or newer: "compatible with SAP B1 version 10.0 or
  // newer" (from the version, looking back for what must hold)
  scannedApart(rx(String.raw`\bversion\s+\d+(?:\.\d+)*\s*(?:\+|(?:or|and)\s+(?:newer|later|higher|above|up)\b)(?<=\b(?:compatib\w+|works?|run|runs|support\w*)\b[^.!?\n]{0,60}\bversion\s+\d+(?:\.\d+)*\s*(?:\+|(?:or|and)\s+(?:newer|later|higher|above|up)))`)),
];

/**
 * A release to a store is a finish point when it is the job itself ("Publish Android app on
 * Playstore" as the title); in a description it is usually one task among others, or experience.
 */
/** A release and the stores it goes to (the store words are what make "launch" or "publish" a store release). */
const RELEASE_VERB = String.raw`(?:publish|publication|release|launch|submit|submission)`;
const STORE = String.raw`(?:${APP_STORE}|google store|roku|fire ?tv|amazon appstore)`;
const STORE_RELEASE_TITLE = [
  rx(String.raw`\b${RELEASE_VERB}\w*\b${IN_SENTENCE}{0,30}\b${STORE}\b`),
  // …the store first: "bug fixes and Google Store publication" (set BS)
  rx(String.raw`\b${STORE}\s+${RELEASE_VERB}\w*`),
  // …and a book's: "post an e-book on Amazon" (set BM)
  rx(String.raw`\b(?:publish|post|upload|release)\w*\b${IN_SENTENCE}{0,20}\b(?:e-?book|book|novel)\s+(?:on|to)\s+(?:amazon|kindle|kdp)\b`),
];
/**
 * …or when the title's job is a release and the description says to which store: "Mobile App Build and Launch" over
 * "launch it on the app store", "VPN App Changes and Publishing" over "getting the app ready for publication
 * on Google Play" (set BK). Read only when the title names no store itself.
 */
const RELEASE_IN_TITLE = new RegExp(String.raw`\b${RELEASE_VERB}\w*\b`, 'i');
const STORE_RELEASE_TOLD = [rx(String.raw`\b${RELEASE_VERB}\w*\b${IN_SENTENCE}{0,40}\b${STORE}\b`)];
/**
 * …or, anywhere, a release that closes the work: the final step ("Phase 3: final QA and submission to the App Store and
 * Google Play"), or a template line of where it is deployed ("Release: Apple App Store and Google Play") (set BQ).
 */
const STORE_RELEASE_LAST = [
  rx(String.raw`\b(?:final|finally|lastly)\b${IN_SENTENCE}{0,30}\b${RELEASE_VERB}\w*\b${IN_SENTENCE}{0,30}\b${STORE}\b`),
  rx(String.raw`\b(?:deployment|release|launch|publishing)[ \t]*:[ \t]*(?:to[ \t]+|on[ \t]+)?(?:the[ \t]+|apple[ \t]+)?${STORE}\b`),
  // …or pay released only once the app is in the stores: "Funds will only be released after the code has been tested and
  // deployed into iOS and Google Play Store" (set BU)
  rx(String.raw`\b(?:funds|payment|pay|money)\b${IN_SENTENCE}{0,40}\b(?:released|paid|made)\b${IN_SENTENCE}{0,30}\b(?:after|once|when)\b${IN_SENTENCE}{0,60}\b(?:deployed|published|released|live|approved)\b${IN_SENTENCE}{0,30}\b${STORE}\b`),
  // …or a successful release as the last item of the scope: "and a successful app store release" (set BS)
  rx(String.raw`\bsuccessful(?:ly)?\s+${STORE}\s+(?:${RELEASE_VERB}|deploy)\w*|\bsuccessful(?:ly)?\s+(?:${RELEASE_VERB}|deploy)\w*${IN_SENTENCE}{0,20}\b${STORE}\b`),
];

/** The title's store release, or the description's under a title whose job is a release. */
function storeRelease(doc: Doc): Evidence[] {
  const inTitle = collectEvidence(doc, STORE_RELEASE_TITLE, { parts: ['title'] });
  if (inTitle.length > 0) return inTitle;
  if (RELEASE_IN_TITLE.test(doc.title)) return collectEvidence(doc, STORE_RELEASE_TOLD, { parts: ['description'] });
  return collectEvidence(doc, STORE_RELEASE_LAST, { parts: ['description'] });
}

const PERFECT_SCORE = /^100\s*%/;
const ABOUT_THE_APPLICANT = /\b(?:able to|who can|can (?:give|do|deliver)|guarantee[sd]?|work with|give work)\b[^.!?\n]{0,25}$/i;

/** "familiarity with … acceptance criteria", "define acceptance criteria": a skill or a task, not the post's criteria. */
const CRITERIA_AS_SKILL = ledBy(String.raw`${APPLICANT_QUALITY}|writ(?:e|ing)|defin(?:e|ing)|draft(?:ing)?`, 60);
/** "links to 2 apps you've published on the App Store": the applicant's past work, not this job's finish point. */
const IN_A_STORE = /^(?:approved|published|live|accepted)\b/i;
const APPLICANTS_OWN = /\byou(?:['’]ve|\s+have|\s+had)?(?:\s+(?:already|successfully|personally|recently))?\s+$/i;
/** "a trivia game that was live in the App Store several years ago": where the thing was, not where the work must get it. */
const WAS_BEFORE = /\b(?:was|were|had been|used to be)\s+$/i;
const NAMED_CRITERIA = /^(?:acceptance criteria|success criteria|success metrics?|definition of done)$/i;

/**
 * Criteria that are not the result's: "able to work with 100% accuracy" (a claim asked of the
 * applicant), "define user stories with acceptance criteria" (a task or a skill), "apps you've published on the
 * App Store" (past work), "no errors in the console as far as we can see" (a symptom).
 */
function notATargetForTheResult(text: string, start: number, end: number): boolean {
  if (NAMED_CRITERIA.test(text.slice(start, end)) && isLedBy(CRITERIA_AS_SKILL, text, start)) return true;
  // "You'll be measured on: website traffic growth, lead generation…": metrics named with no figure to reach (set BH)
  if (/^success metrics?$/i.test(text.slice(start, end)) && !/\d/.test(text.slice(end, end + 300))) return true;
  if (IN_A_STORE.test(text.slice(start, end)) && (APPLICANTS_OWN.test(text.slice(Math.max(0, start - 30), start)) || WAS_BEFORE.test(text.slice(Math.max(0, start - 20), start)))) return true;
  // "learn from results to tune its success criteria": the product's criteria, not the result's
  if (NAMED_CRITERIA.test(text.slice(start, end)) && /\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (NO_ERRORS.test(text.slice(start, end)) && (SEEN_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || SEEN_AFTER.test(text.slice(end, end + 40)))) return true;
  // "Build pixel-perfect, smooth screens on both mobile platforms": a role's boast with nothing to match (set BL);
  // "pixel-perfect to the Figma" is a target; nor the applicant's past work, "experience with demanding pixel-perfect
  // screens from Figma" (set BW)
  if (/^pixel[- ]perfect$/i.test(text.slice(start, end)) && (!DESIGN_TO_MATCH.test(text.slice(Math.max(0, start - 120), end + 120)) || isLedBy(SKILL_JUST_BEFORE, text, start))) return true;
  // "In Android 12 and later, changing the wallpaper … triggers a restart": when a platform behaves so, not what the
  // result must run on (set BK)
  if (OS_VERSION.test(text.slice(start, end)) && PLATFORM_FACT_BEFORE.test(text.slice(Math.max(0, start - 25), start)) && /^\s*,/.test(text.slice(end, end + 3))) return true;
  // "a candle shop (about 200 orders a month)", "We currently process 500 orders per week": the client's volume today,
  // not a quota for the result
  if (A_QUOTA.test(text.slice(start, end)) && VOLUME_TODAY_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return true;
  // "100% paid cover for you; 80% for family": insurance, not a target
  if (/coverage\b/i.test(text.slice(start, end)) && BENEFITS_AROUND.test(text.slice(Math.max(0, start - 60), end + 30))) return true;
  return PERFECT_SCORE.test(text.slice(start, end)) && ABOUT_THE_APPLICANT.test(text.slice(Math.max(0, start - 40), start));
}
/**
 * The applicant's experience a few words before: "experience with demanding pixel-perfect screens", "skills in pixel
 * perfect slicing" (not all of `APPLICANT_QUALITY`: "coded the same as the XD, with the understanding of pixel perfect"
 * is a target).
 */
const SKILL_JUST_BEFORE = ledBy('experience|expertise|skills?', 30);
/** What a pixel-perfect result matches, said near it. */
const DESIGN_TO_MATCH = /\b(?:figma|designs?|mock-?ups?|psds?|xd|sketch|wireframes?|comps?|screenshots?|templates?|references?|layouts?|original|zeplin|invision)\b/i;
const OS_VERSION = new RegExp(`^${PLATFORM}\\b`, 'i');
/** A sentence that opens with a platform's versions: "In | Android 12 and later, …". */
const PLATFORM_FACT_BEFORE = /(?:^|[.!?:\n]\s*)(?:in|on|since|starting\s+(?:with|from)|from)\s+$/i;
const BENEFITS_AROUND = /\b(?:benefits|insurance|medical|dental|health|family|dependents|pto|401k)\b/i;

/** A count of something in a day, a week or a month: "8 booked demos a week". */
const A_QUOTA = /^\d[\d,.]*\+?\s.*\b(?:per|a|each|every)\s+(?:day|week|month)$/i;
/**
 * What says a count is the client's now: an aside in brackets, "currently", or a verb of having or doing it ("we ship
 * about …", "I average …"; the verbs of handing a count over or taking it in, "we process …", are `notTheClients`'s,
 * read inside the pattern).
 */
const VOLUME_TODAY_BEFORE =
  /(?:\(\s*(?:about|around|approx(?:imately|\.)?|roughly|~|over|nearly|almost)?\s*|\b(?:currently|already|right now|at the moment|today|now)\b[^.!?\n(]{0,30}|\b(?:we|i)\s+(?:do|have|see|ship|sell|fulfil|fulfill|make|take|average)\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+)?)$/i;

/** "No errors in the console as far as we can see", "there are no errors in the log": what the client saw, a symptom, not a target. */
const NO_ERRORS = /^(?:no|zero)\s/i;
const SEEN_BEFORE = /\b(?:there\s+(?:are|is|were|was)|(?:i|we)\s+(?:see|saw|get|got))\s+$/i;
const SEEN_AFTER = /^[^.!?\n]{0,15}\b(?:as far as (?:i|we) can (?:see|tell)|that (?:i|we) can (?:see|find)|so far)\b/i;

/** What "done" can be measured by, for each kind of work: a writer is not asked for a load time. */
const DONE_EXAMPLES: Record<JobKind, string> = {
  web: 'matches the Figma at 375 px and 1440 px, passes our tests, loads in under 2 s',
  mobile: 'runs on iOS 16+ and Android 12+, passes App Store and Google Play review, no crash in a week of beta',
  writing: 'each piece reaches its word count, passes a plagiarism check, is approved after one round of edits',
  translation: 'a native reviewer finds no errors of meaning, our glossary terms are used throughout, the files keep their layout',
  design: 'the chosen concept in SVG and PNG, readable at 32 px, approved after two rounds of revisions',
  data: 'totals match our source system, the script reruns on new data in under 5 minutes',
  marketing: 'a cost per lead under a set amount in the first month, with a report of the numbers',
  video: 'final cut at 1080p in 16:9 with synced captions, approved after two rounds of revisions',
  audio: 'a clean WAV at 48 kHz / 24-bit with no background noise, within 5% of the target length, approved after one round of pickups',
  support: 'every customer email answered within 24 hours, listings updated the same day, a weekly summary of what was done',
  general: 'a number you can check, "works on …", approved after one round of changes',
};

export const missingAcceptanceCriteria: SectionRule = {
  type: 'section',
  section: 'acceptance',
  label: 'Acceptance criteria',
  meta: {
    id: 'missing-acceptance-criteria',
    name: 'No acceptance criteria',
    level: 'suggestion',
    description: 'Flags a post that never says how the result will be judged done: measurable targets, a definition of done, "matches the Figma".',
    why: 'Without a finish line "done" is a matter of opinion, which is how scope creep and payment disputes start.',
    seeds: '001 #4 expectations; 003 "details of the work"',
    messages: { missing: 'Nothing says how the result will be judged done.' },
  },
  evidence: ({ doc }) => [...collectEvidence(doc, PATTERNS, { accept: (t, s, e) => !isNegated(t, s, 12) && !notATargetForTheResult(t, s, e) }), ...storeRelease(doc)],
  template: ({ doc }) => `Done when: [measurable result, e.g. ${DONE_EXAMPLES[jobKind(doc)]}].`,
};


/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    // jobs for the client to apply to, matched to its qualifications (set BO)
    { description: 'Job search assistant. Apply only to jobs that closely match my qualifications and allow remote work.' },
    // where the app was, and the criteria a product refines for itself
    { description: 'Port my trivia game, which was live in the App Store and Google Play several years ago, from Unity to Flutter.' },
    { description: 'Keyword research tool that will continuously learn from performance data to refine its success criteria over time.' },
    // insurance coverage is no target for the result
    { description: 'Go developer.\n\nCOMP:\n•100% paid benefits for the employee; 80% coverage for family' },
    { description: 'Rank our 40 products from 1 to 10 by margin in a spreadsheet.' },
    // a thing working on a version now, no target
    { description: 'Our app is working on Android 14 but crashes on iOS. Fix the crash.' },
    // a role's boast with nothing to match (set BL)
    { description: 'React Native developer. Responsibilities: Build pixel-perfect, buttery smooth UIs across both mobile platforms.' },
    // how a platform behaves from a version on (set BK)
    { description: 'Wallpaper app. In Android 12 and later, changing the wallpaper triggers a configuration change, causing the activity to restart.' },
    // a fault seen, not one the result must be free of
    { description: 'The build runs with no errors so far, but the cars jitter. Fix it.' },
    // "match them" with no design to match
    { description: 'Send me 3 logo ideas and I will match them to my brand colours.' },
    // a screening the applicant must pass is no criterion for the result
    { description: 'Edit our articles. Requirements: Pass an edit test; complete a problem set.' },
    // what the client saw is a symptom, not a target
    { description: 'Our popup opens blank in Firefox. No errors in the console as far as we can see.' },
    { description: 'The export fails. There are no errors in the log.' },
    // a lead won in the past is no target
    { description: 'Write our case study. We beat them by 10% last year.' },
    // criteria as a task or a skill, and "match" that is no design to match
    { description: 'Define user stories with acceptance criteria with our product team.' },
    { description: 'Track game and match scores - Design a dashboard.' },
    { description: 'Build a landing page with a contact form. High quality code.' },
    { description: 'Design is in Figma.' },
    // a perfect score asked of the applicant is a boast, not a target for the result
    { description: 'Need a data analyst who is able to give work with 100% accuracy.' },
    // "done" that is no definition of done
    { description: 'Need this done when you have time. Get it done by Friday.' },
    // a store release that is the applicant's past work, and a length that is no run time
    { description: "Build our fitness app. Include links to 2 apps you've published on the App Store." },
    { description: 'Edit our lecture videos (less than 30 minutes each).' },
    // where a metric has been is no target for it
    { description: 'Our monthly churn has gone from 6% to 9% this year. Find out why.' },
    // a check the applicant must pass is no test of the result
    { description: 'Answer our support tickets. Applicants must pass a background check.' },
    // what success means in the applicant's own role, the topic of an interview, not this job's result
    { description: 'A 2-hour video meeting with our analyst. Together we will discuss what success looks like for your role.' },
    // a compliance standard named with no threshold (LABELS.md's settled conventions)
    { description: 'AI automation for our screening platform. Ensure all AI solutions are fully compliant with GDPR, CCPA, SOC 2, and other data protection laws.' },
    // metrics named with no figure to reach (set BH)
    { description: "Growth lead.\n\nSuccess Metrics\n\nYou'll be measured on:\n- Signup growth\n- Lead conversion rates" },
    // (set BR) KPIs as a skill
    { description: 'Looker and MongoDB specialist for a clinic group. Knowing healthcare metrics and KPIs is a plus.' },
    // (set BW) pixel-perfect work as the applicant's experience
    { description: 'Recipe app in Flutter. Candidates need experience in building pixel-perfect screens from Figma files.' },
    // the client's volume today, not a quota for the result
    { description: 'We sell soy candles on Shopify (about 200 orders a month) and need new product pages.' },
    { description: 'We currently ship 500 orders per week. Design a packing slip template.' },
    // approval when the client is pleased states no condition
    { description: 'Translate our app into Portuguese. We will approve it when I am happy with it.' },
  ],
  pass: [
    // approval on a condition said after it
    { description: 'Translate 3,200 words of app strings. A second native speaker reviews a sample; we accept when they find no meaning errors.' },
    // a ranking said with "1st page"
    { description: 'I need to rank my 2-3 websites on Google 1st page.' },
    // the work closed at a stated point
    { description: 'Flutter app fixes. App must not crash after your changes; once new versions are in store and tested then the project will close.' },
    // a load to bear, and an image of the look to match
    { description: 'Enhance CareerHop. Security and scalability: ensure system stability for 1,000+ concurrent users.' },
    { description: 'Thermostat UI in HTML and CSS. I have uploaded an image of how it should look.' },
    // a copy to match, said without naming the design, and every item confirmed
    { description: 'GA4 event tracking. Test and confirm that all tracking works as expected before we give final approval.' },
    { description: 'Very simple homepage in HTML and CSS only. It should look exactly like this but it should be responsive.' },
    { description: 'PSD to HTML/CSS one-page website, no bootstrap. I will add the template; it needs to be exactly the same.' },
    { description: 'Move every pipeline and have the cloned dashboards in perfect condition, identical to the production environment.' },
    // a check of every item, a ranking to reach, a look to match
    { description: 'Copy prices from one sheet to another. I need verification that all items have been changed.' },
    { description: 'I need my site on google.co.uk page 1 within 3 days, and it should show with 10 keywords.' },
    { description: 'Rewrite my HTML delivery note template so that the PDF looks like the example provided.' },
    // a finish point said with "complete after", and the expectations after setup under their heading
    { description: 'Fixes to our Drupal site. The work is complete after it is tested successfully in production.' },
    { description: 'Set up GitHub Actions for my React app.\nPost-Setup Expectations\nThe live site updates on every push to main.' },
    { description: 'Voice address book app. To test your work, we will provide you with a list of names and watch you test the app.' },
    { description: 'Port 10 modules to our new Laravel app. You must respect Exactly our used design.' },
    { description: 'OCR app: compare camera text with an SQLite table. Ensure efficient text detection within 2–4 seconds.' },
    { description: 'My Expo app crashes on big zips. Make it so that unzipping works for big files (1GB+).' },
    { description: 'Fix my form validation. I need it to be 100% cross browser compatible down to ie6.' },
    { description: 'Several landing pages in raw HTML (design attached). The finished landing page must be as exact is on the design, no changes.' },
    { description: 'Add tools to our agent.\n\n# TEST OF SUCCESS\n1. A test suite showing the tools work fine' },
    { description: 'I need a developer who will help us test an app and upload it for us on iOS and Android to be approved both successfully.' },
    { description: 'Fix the SEO errors on my Astra site. I will redo the Semrush site audit after the assignment is done to ensure that all issues are fixed.' },
    { description: 'I need an SEO specialist to get two keywords ranked between nr 1 - 3 on Google (now at 8 and 12).' },
    // a submission to the store as the job itself
    { title: 'App Submission to the Google Play Console', description: 'Upload our finished app and submit it for approval.' },
    // a finish point written with "it's"
    { description: 'Build a bubble shooter in Unity, from the first line of code until it’s live on the store.' },
    // the versions a fix must work on, said as a need
    { description: 'Push notifications stopped on Android 14. We need them working again on Android 13 and 14.' },
    // a fault the result must be free of
    { description: 'Find and fix the desync so that 4 players can finish a 10-minute race with no jitter.' },
    // the design named earlier in the sentence the build must match
    { description: 'Design mockups in Figma are attached and the build must match them on desktop and mobile.' },
    // a significance to reach, and a scan to pass
    { description: 'Set up an A/B test of two headlines in VWO. Run it until we reach 95% significance.' },
    { description: 'Add a cookie banner. It should pass a scan on CookieMetrics with no cookies set before consent.' },
    // a count to reach, set as the goal
    { description: 'Run our cold email outreach to 1,000 clinics. Goal: 15 booked demos in the first month.' },
    // …in thousands, and a quota of bookings
    { description: 'Run our hotel’s Instagram for 6 months. Goal: 15k followers.' },
    { description: 'Run our hotel’s Instagram for 6 months. We expect 20 direct bookings a month from it.' },
    // numbers held to a reference within a margin
    { description: 'Fix our GA4 tracking so purchase events match Shopify orders within 5%.' },
    // "done right =" as "done ="
    { description: 'Sort my inbox every morning. Done right = by 10am my inbox only has emails that need me.' },
    // a baseline the result must beat, by how much
    { description: 'Build a recommender. It should beat our current "bestsellers in category" baseline by at least 10% on click-through.' },
    { description: 'The new model must consistently outperform the old one by 5%.' },
    // a score the result must reach
    { description: 'Speed up our WordPress site. The PageSpeed mobile score should be 80+ when done.' },
    // a quota the result is measured by
    { description: 'Find leads for our fund. Enter 40 new deals per week into the pipeline.' },
    { description: 'The new page must match my website\'s design.' },
    { description: 'The build must match the Figma design pixel-perfect.' },
    { description: 'Done when it passes our test suite and loads in under 2 seconds.' },
    { description: 'The model needs 95% accuracy on our test set.' },
    { description: 'Label 10,000 images. Labels must reach 95% agreement with our reviewer on a 200-image sample.' },
    { description: 'Extract invoice fields with AI. Target: 95% of fields correct on a test set of 100 invoices.' },
    { description: 'Merge our duplicate contacts. Target: duplicate rate below 1% by HubSpot’s duplicate tool.' },
    { description: 'A churn model from our order history. It should reach at least 0.75 AUC on a held-out month.' },
    { description: 'A landing page in Webflow. The page must score 90+ on mobile PageSpeed.' },
    { description: 'A landing page in Webflow with a booking form. It must pass our GDPR checklist.' },
    // the ads' own target
    { description: 'Manage our Amazon campaigns. We want ACoS under 25% without losing sales.' },
    // tests that must pass, said the other way round
    { description: 'Upgrade our Django app to 5.0 and make the existing test suite (430 tests) pass on Python 3.12.' },
    // a run time, in words
    { description: 'The macro must merge 12 files in under a minute.' },
    // a release that finishes the job
    { description: 'Fix the crash; paid once the update is approved on the App Store.' },
    // a definition of done in words, as the template offers it
    { description: 'Add subscriptions to our store.\nDone when a test subscription renews in the Shopify admin.' },
    { description: 'The job is finished once the new store takes real orders.' },
    { description: 'Extract 6 fields from each invoice. Accuracy target: 98% of fields correct on 50 test invoices.' },
    { description: 'Write a 4-email cold sequence. Success is a reply rate above 5% over the first 500 sends.' },
    { description: 'Answer customer emails in Gorgias. We aim to answer every ticket within 4 business hours.' },
    // a stated condition of acceptance, a file size and a cut-over's downtime
    { description: 'Fix the startup crash. The fix is accepted when the crash-free rate is back above 99.5%.' },
    { description: 'Model our lamp for AR: a GLB and a USDZ file under 5 MB each.' },
    { description: 'Move our Postgres database to RDS with less than 15 minutes of downtime.' },
    { description: 'Add a size chart popup to our Dawn theme. All changes must pass Shopify\'s theme check.' },
    { description: 'Handle our live chat and keep CSAT above 90%.' },
    { description: 'A WhatsApp bot for our agency, judged on 100 past questions: at least 85% answered correctly.' },
    { description: 'Success: 90% of a 50-question test set answered correctly, as judged by our HR lead.' },
    { description: 'Scrape 1,200 listings into a CSV. No duplicates, and every row must have a price and address.' },
    { description: 'Enter 2,000 products into our Shopify store; every product must be visible on the store with the right price.' },
    { description: 'Translate 2,300 strings. A colleague reviews 200 of them; if fewer than 3 need changes, we approve the whole batch.' },
    { description: "Translate the handbook. It's done when our HR manager signs off." },
    { description: 'Four theme changes.\nDone means: all four work on Chrome, Safari and an iPhone.' },
    // a heading whose colon is followed by a space
    { description: "Acceptance: I can rerun the notebook on next month's export without editing code." },
    // what it must run on, down to the version, and a data rule
    { description: 'Write a macro that merges the 12 branch files. It must run on Excel 2016 for Windows.' },
    { description: 'Clean the customer sheet: one row per customer, phones in +1 format.' },
    // a named check to pass, a result checked by a sample, a text held to a length
    { description: "Illustrate the book. The files must pass KDP's previewer." },
    { description: "Copy the products into our sheet. We'll spot-check 50 rows and expect no errors." },
    { description: 'Translate the app strings. Button labels should stay under 20 characters.' },
    // audio delivered to a level
    { description: 'Record 45 minutes of narration as WAV, peaking at -3 dB with no breaths or mouth clicks.' },
    // a test before payment, and data held to a rule
    { description: "Build the Make.com scenario. We'll test it with 10 test orders before paying." },
    { description: 'Merge the three lists into one file, duplicates removed by email.' },
    // what success looks like, and a move with nothing lost
    { description: 'Set up our email flows. Success looks like the flows live and tested.' },
    // (set BZ) the same heading in other words
    { description: 'Land comps for our buyers.\n\nWhat winning looks like here:\nYou finish 12 comps a day, each within 5% of the sale price.' },
    { description: 'Move our blog to Cloudways with no downtime; all URLs must stay the same.' },
    // a per cent the result must stay under
    { description: 'Spoof the canvas fingerprint with Puppeteer. On browserleaks.com the Uniqueness must be lower than 100%.' },
    { description: 'Convert the Figma designs (landing page + product page) to React. You must know how to convert it 1:1.' },
    { description: 'Fix the AI parsing of custody schedules. The final deliverable is a fully functional and live web app.' },
    { description: 'Five selfie clips for our dataset. All recordings must be made with an iPhone 11 or a more recent model.' },
    { description: 'One hotel search page like the attached. Please find attached screenshot for reference i want same layout here' },
    { description: "Blog speed fix. Right now it's showing a 6 second page speed and i'm trying to get it down to 2 seconds or so." },
    { description: 'Speed up our price tracker: loading items from the partner shops must be reduced to 3 seconds.' },
    { description: 'Pick and fine-tune a model for our rental listings.\nThe questions this analysis must answer:\n1. Which district rents fastest' },
    { description: 'Website speed optimization for Shopify. Improve page load speed (target 2s). Optimize images.' },
    { description: 'Clone takearecess.com in Next.js, ensuring that all functionalities and design elements are accurately mirrored.' },
    { description: 'I have a website based on a CRM system. I need to make same website like that word to word.' },
    { description: 'I have a puppy website and I intend to rank number one on Google for puppies.' },
    { description: 'Replicate one AI image with edits and make 5 more in its style. Strong attention to detail to ensure exact replication.' },
    { description: 'Chess blog posts, 5 to 30 a week. The posts need to be original, researched material which appears nowhere else on the web.' },
    { description: 'Pattern workflow in ComfyUI. The pattern must be applied exactly as provided, with no changes in color or texture.' },
    { description: 'Deploy our web app on Google Cloud Build and secure YouTube API scopes approval from Google.' },
    // a store release as the job itself, on a TV platform (set BG)
    { title: 'Develop and Publish TV App for FireTV and Roku', description: 'Create and publish a video app from scratch.' },
    // a perfect copy, and requirements said with what they are for (set BL)
    { description: 'Landing page job. We need a perfect copy of our old product page, rebuilt in plain HTML.' },
    { description: 'UiPath bot for our systems of record. Develop, deliver, test, and refine the solution until it meets our requirements for both connectivity and data extraction.' },
    // downloads as paid milestones, a widget to resemble closely (set BO)
    { description: 'Racing tips app.\nMilestones:\n5,000 Downloads: $1,500 USD\n50,000 Downloads: $4,000 USD' },
    { description: 'Home screen widget for our quiz app. It should closely resemble the streak widget of a well-known language app.' },
    // a grading rubric, a multiple of return (set BN)
    { description: 'Course project: fine-tune a translation model.\nGrading Rubric\nTotal Points: 100\nResearch Phase (10 points)' },
    { description: 'Run ad campaigns for wellness brands aimed at delivering a 4x ROI.' },
    // a store's approval got, a book's store, writing with no errors (set BM)
    { description: 'Slots game for Android. You will also assist me in publishing it and getting it approved.' },
    { title: 'Post my cookbook e-book on Amazon', description: 'Format it as EPUB and MOBI; the text is in Spanish.' },
    { description: 'Content writers needed. Content must have ZERO grammatical, typo and factual errors.' },
    // the title's job a release, the store said in the description (set BK)
    { title: 'Fitness Tracker Build and Launch', description: 'Finish our Flutter prototype and launch it on the App Store when the beta ends.' },
    // Google Play by its other name (set BJ)
    { title: 'Build and Release of a Recipe Viewer App for Play Market', description: 'Design, code and a simple settings screen.' },
    // (set BQ) a scale to reach, and a store release as the final step or the deployment line
    { description: 'Music bingo app for live events. Scalable for 3,000 players per game, with an admin dashboard.' },
    { description: 'Smart home app from 12 templates. Phase 3: final QA and submission to the App Store and Google Play.' },
    { description: 'Quiz app for pub nights.\nRelease: Apple App Store and Google Play\nStack: Flutter' },
    // (set BR) an accuracy target with its kind, a build that must deploy somewhere named
    { description: 'CSV research for a stats channel. We expect 100% data accuracy and on-time delivery.' },
    { description: 'Wire Vue into HonoX from our starter repo. The dist output must be deployable to Cloudflare.' },
    // (set BS) a successful store release closing the scope, the store before the release in a title, a version or newer
    { description: 'Booking app for homeowners: profiles, search, payments, reviews, and a successful app store release.' },
    { title: 'Ionic app bug fixes and Google Store publication', description: 'Two crashes to fix, then publish.' },
    { description: 'SAP Business One add-on to pick invoice layouts. It must be compatible with version 10.0 or newer.' },
    // (set BT) the criteria misspelt
    { description: 'AWS voice agent in Python, in 3 days. Acceptances criteria: I can run it myself on Windows from your steps.' },
    // (set BU) pay released only once the app is in the stores
    { description: 'AI journal app in Expo. Money is paid out only once the build is tested and deployed into the App Store and Google Play.' },
    // (set BV) a period of trouble-free use before the last payment
    { description: 'Guest messaging system. Payment: half on the beta, the final 10% after two weeks of stable use.' },
    // (set BW) an answer's time per query
    { description: 'Sales call search MVP in Bubble. Answers should come back fast (~3 seconds per search).' },
    // (set BX) a layout named as given
    { description: 'Move our site to new hosting and update the pages to match a provided layout.' },
    // (review) pixel perfect as the target after "understanding", not the applicant's experience
    { description: 'React screens from our XD files, coded with the understanding of pixel perfect.' },
  ],
};
