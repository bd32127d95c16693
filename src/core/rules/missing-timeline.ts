import type { RuleExamples, SectionRule } from '../rule';
import type { Doc } from '../text/doc';
import type { Evidence } from '../types';
import { APPLICANT_QUALITY, isLedBy, isNegated, ledBy, scannedApart } from '../text/match';
import { atSentenceStart, CLIENT_READS_MESSAGES, DURATION_UNIT, hoursPer, MONTH, notMidFigure, notTheClients, NUM_RANGE, NUM_STRICT, PIECES_OF_WORK, rx, SPAN_NOT_THE_JOBS_BEFORE, WEEKDAY, WHERE_MESSAGES_ARE } from '../text/vocab';
import { collectEvidence } from './section-helpers';

/** Time zones a schedule names after its hours: "9am-5pm EST", "0800 - 1400 CST". */
const TIME_ZONE = String.raw`(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|cet|cest|ist|aest|bst|wat|eat|pht|sgt)`;

/** A zone or a place's time after a schedule's hours, quoted with them: "8 am CET", "12 AM Pakistan time". */
const ZONE_AFTER = String.raw`(?:[ \t]*(?:${TIME_ZONE}\b|(?:pakistan|india|indian|philippine|manila|eastern|pacific|central|mountain|uk|london|us|local|dubai|sydney|berlin|paris)[ \t]+time\b))?`;

/** A job's length in minutes: "a few minutes", "only 5 minutes". */
const SOME_MINUTES = String.raw`(?:just\s+|only\s+|about\s+|around\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|\d+)\s+minutes\b`;

/** An upper bound on a length: "take longer than", "last more than" (a negation before it caps, see `isNegated`). */
const LONGER_THAN = String.raw`(?:take|takes|last)\s+(?:you\s+)?(?:more|longer)\s+than`;

/** The period a number of hours is per, when one follows: "commitment of 40 hours | per week". */
const PER_PERIOD = String.raw`(?:\s*(?:a|per|\/|each|every)\s*(?:week|wk|day|month)\b)?`;

/** A figure or a range of them in digits: "2", "1-3", "20 – 30", "1.5 to 2". */
const FIGURES = String.raw`\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?`;

/** A day of the week, written out or short: "Wednesday", "Wed", "Thurs". */
const DAY = String.raw`(?:${WEEKDAY}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b`;

/** The heading of a timeline line: "Deadline:", "Start Date:", "Go-live target", "Working hours", "Duration". */
const TIMELINE_HEADING = String.raw`(?:deadlines?|due date|delivery date|launch date|release date|(?:project\s+)?start date(?!\s+of\b)|go-live(?:[ \t]+(?:target|date))?|target(?:[ \t]+(?:launch|go-live|delivery))?[ \t]+date|target launch|turnaround(?: time)?|time ?frame|timeline|duration|completion date|work(?:ing)? hours|work schedule)`;

const PATTERNS = [
  // "within 2 weeks", "in 3-5 days", "over the next 2 months", "for 6 months"; an upper bound, which a negation before it
  // does not undo (`isNegated` reads it as a cap): "should not exceed 2 weeks", "shouldn't take longer than 1 hour"
  rx(String.raw`\b(?:within|in|over|for|takes?|exceed|${LONGER_THAN}|next|about|around|approx(?:imately|\.)?|up to|less than|under|no more than|max(?:imum)?|minimum|at least|estimated?:?|roughly)\s+(?:the\s+)?(?:next\s+)?${NUM_RANGE}\s*${DURATION_UNIT}\b`),
  // a length said with "last" or "in total", minutes included: "Each interview will last 15-25 min", "Total of 60-90
  // min", "This test task is 3 hours in total" (it starts at the rare word, or at the figure, and the verb is looked back at:
  // not "the last 2 hours")
  rx(String.raw`\b(?:lasts?|lasting)\b(?<=\b(?:will|would|should|to|can|may|must|typically|usually|each|it)\s+last|\blasts|\blasting)\s+(?:about\s+|around\s+|approx(?:imately|\.)?\s+|up to\s+)?${NUM_RANGE}\s*(?:min(?:ute)?s?|hours?|hrs?)\b|\btotal\s+of\s+(?:about\s+|around\s+)?${NUM_RANGE}\s*(?:min(?:ute)?s?|hours?|hrs?)\b|\b${FIGURES}\s*(?:min(?:ute)?s?|hours?|hrs?)\s+in\s+total\b`),
  // …and a length written with a tilde: "$25/hr, ~60 hours" (scanned apart, as it starts at a mark, not a word)
  scannedApart(rx(String.raw`(?<!\d[ \t]*)~[ \t]*${NUM_RANGE}\s*${DURATION_UNIT}\b`)),
  // a turnaround by its length: "48h turnaround per batch", "a 2-day turnaround", "Turnaround 48 hours"; a deadline with its date and no verb:
  // "First deadline March 15"
  rx(String.raw`\b\d+\s*(?:h|hrs?|hours?|-hours?|days?|-days?)[ \t]+turn-?around\b|\bturn-?around(?:[ \t]+time)?[ \t]+(?:of[ \t]+|is[ \t]+|within[ \t]+)?\d+\s*(?:h|hrs?|hours?|days?|business days)\b|\bdeadlines?[ \t]+(?:is[ \t]+)?(?:on[ \t]+)?(?:${MONTH}[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?${MONTH})\b`),
  // the time the task may take, named as such: "Maximum time to finish the test is 8 hours", "Estimated time: 3 days",
  // "The allocated time for this prototype is 40 hours"
  rx(String.raw`\btime\b(?<=\b(?:max(?:imum)?|total|estimated|expected|allotted|allocated|planned)\s+time)(?:\s+(?:to|for)\s+(?:[\w-]+\s+){1,4}?)?\s*(?:is|:|of|will be)\s*(?:about\s+|around\s+|approx(?:imately|\.)?\s+)?${NUM_RANGE}\s*${DURATION_UNIT}\b`),
  // hours a job is said to take, in brackets after it: "This is an advice-only job (2-4 hours)." (it starts at the figure
  // and looks back)
  rx(String.raw`\b${FIGURES}\s*(?:hours?|hrs?)(?=\s*\))(?<=\b(?:job|task|project|consult\w*|engagement|gig|call|session)\b[^.\n(]{0,40}\(\s*(?:about\s+|approx\.?\s+|~\s*)?${FIGURES}\s*(?:hours?|hrs?))`),
  // a consultation's length after it, and a range of lengths a task takes: "an initial consultation of 30 minutes",
  // "each task taking hours to a couple of days", "a relatively simple project, taking just a few days"
  rx(String.raw`\bconsult(?:ation|ing(?:\s+session)?)\s+(?:call\s+)?(?:of|for|lasting)\s+(?:about\s+|around\s+)?${NUM_RANGE}\s*(?:min(?:ute)?s?|hours?|hrs?)\b|\btak(?:es?|ing)\s+(?:a\s+few\s+|several\s+)?(?:minutes|hours|days)\s+to\s+${NUM_RANGE}\s*${DURATION_UNIT}\b|\b(?:take|takes|taking)\s+(?:you\s+)?(?:just\s+|only\s+|about\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|several)\s+(?:hours|days|weeks)\b${PER_PERIOD}`),
  // hours asked of the applicant now: "Can you work 3 hours now, live?", "able to spend 1-2 hours today" (not the
  // client's own: "we spend 10 hours a week on it by hand")
  rx(String.raw`\b(?:work|spend)\b(?<=\b(?:can|could)\s+you\s+spend|\b(?:able|available|willing|need\s+you|want\s+you|expected)\s+to\s+spend|\byou(?:['’]ll|\s+will|\s+would|\s+should)\s+spend|\b(?:can|could)\s+you\s+work|\b(?:able|available|willing|need\s+you)\s+to\s+work)\s+(?:for\s+)?${NUM_RANGE}\s*(?:hours?|hrs?)\b${PER_PERIOD}`),
  // "get it finished in less than week", as written, without its article
  rx(String.raw`\bless\s+than\s+(?:week|day|month|fortnight)\b(?<=\b(?:in|within)\s+less\s+than\s+(?:week|day|month|fortnight))`),
  // "within a 24-hour timeframe", "in a 2-week sprint"; a due date written ISO-style ("Due date 2025-03-07")
  rx(String.raw`\b(?:within|in|under)\s+(?:a|an|the)\s+\d+[- ](?:hours?|days?|weeks?|months?)\b(?![ \t-]+(?:calls?|meetings?|sessions?|chats?|workshops?|interviews?|lessons?|classes)\b)|\b(?:due|deadline|by|before|until|delivery|launch)\b[^.]{0,40}?\b20\d{2}-[01]\d-[0-3]\d\b`),
  // "3-month contract", "2 week project", "10 days"
  rx(String.raw`\b${NUM_STRICT}(?:\s*(?:-|–|to)\s*${NUM_STRICT})?\+?[\s-]*(?:business\s+|working\s+)?(?:days?|weeks?|wks?|months?|mos?)\b`),
  // years only as the length of the engagement: "5+ years" is nearly always experience; "One year + contract" is a length
  // (two patterns: the index finds the one that starts at a word, "(" needs a scan of its own; the first scanned apart, as
  // timeline's union is at the length V8 optimises)
  scannedApart(rx(String.raw`\b(?:\d+|one|two|three)[- ]years?(?:[ \t]*\+|[ \t]+plus)? (?:contract|engagement|project|role|commitment)\b`)),
  rx(String.raw`\(\s*\d+\s*(?:-|–|to)\s*\d+\s*years?\s*\)`),
  // "20 hours per week", "10-15 hrs/week", "40h a week", "hours per week: 30"
  rx(hoursPer('week|wk|day|month')),
  // …or a work week of them: "aiming at a 25-hour work week", "a 40 hour week"
  rx(String.raw`\b\d+(?:\s*(?:-|–|to)\s*\d+)?[- ]?(?:hours?|hrs?|h)[- ](?:work[- ]?)?weeks?\b`),
  // …or a few of them: "this should take you a few hours a week"
  rx(String.raw`\b(?:few|couple(?:\s+of)?|several)\s+hours\s+(?:a|per|each)\s+(?:week|day)\b`),
  // the job's length in minutes, said of the job ("this job should take a few minutes for a professional"; not a fault,
  // "loading can take 30 minutes")
  rx(String.raw`\b(?:job|task|work|fix|change|tweak)s?\s+(?:should|will|would|might|may|can)\s+(?:only\s+)?take\s+${SOME_MINUTES}`),
  // …or of whoever does it, or as the kind of task: "It would take her only 10 minutes to patch it", "Apparently this is a 5
  // minute task" (not a call or a video: "a 15 minute call", "a 5 minute video"; scanned apart, as timeline's union is
  // near V8's limit)
  scannedApart(rx(String.raw`\b(?:it|this|that)\s+(?:will|should|would|might|may|can)\s+(?:only\s+)?take\s+(?:him|her|you|them|someone|a\s+pro)\s+${SOME_MINUTES}|\b\d+[- ]?(?:minutes?|mins?)\s+(?:task|job|fix)\b(?<=\b(?:a|an)\s+\d+[- ]?(?:minutes?|mins?)\s+(?:task|job|fix))|\btakes?\s+${SOME_MINUTES}\s+of\s+your\s+time\b|\b(?:zoom|video|online|coaching|tutoring|mentoring|training)\s+sessions?\s+(?:of|for|lasting)\s+(?:about\s+|around\s+)?${NUM_RANGE}\s*(?:min(?:ute)?s?|hours?|hrs?)\b`)),
  // …and the work's own line of a template: "work per day : 5 hours"
  rx(String.raw`\b(?:hours?|hrs?)\s*(?:per|a|/)\s*(?:week|day)\s*[:\-]?\s*\d+|\bwork(?:ing)?\s+per\s+(?:week|day)\s*[:\-]?\s*\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\b`),
  // (not a kind of contract or staff in a list of kinds: "3 contract templates (full-time, part-time, fixed-term)")
  // (nor one option of a list: "hourly, by the project or full-time", "part-time or full-time")
  // (nor a position the role may become: "a chance to move into a full-time position", "Path to full-time",
  // "may evolve into a fulltime position", "this may grow into a full-time position", "a potential
  // full-time role", "Chance to become our full-time CTO", "with a chance to come on full time", "an offer will be
  // made for long term, full time work", "if it goes well you could join us full time"; but "Part-Time with
  // potential for Full-Time" is the reviewers' timeline; nor the client's own jobs, "We both work full time
  // in game studios", "We all have full-time jobs", "I am a full time programmer by day", "i work fulltime at a game
  // studio", "this is my full-time job"; nor a change of state, "make the side project a full-time job"; nor
  // experience, "Laravel (2 years+ full time)", "5 years of full-time experience")
  rx(String.raw`\bfull[- ]?time\b(?<!(?:\b(?:or|and)[ \t]+|\/[ \t]*)full[- ]?time)(?<!\b(?:we|i|us|they)(?:[ \t]+all)?(?:[ \t]+(?:currently|already|both))?[ \t]+work[ \t]+full[- ]?time)(?<!\b(?:i|we|they)(?:[ \t]+all|[ \t]+both)?[ \t]+(?:have|had)[ \t]+(?:an?[ \t]+)?full[- ]?time)(?<!\b(?:i|we)(?:['’]m|[ \t]+am|[ \t]+are|['’]re)[ \t]+(?:an?[ \t]+|both[ \t]+|all[ \t]+|working[ \t]+)?full[- ]?time)(?<!\bpotential(?:ly)?[ \t]+full[- ]?time)(?<!\b(?:years?|yrs?)[ \t]*\+[ \t]*full[- ]?time)(?![ \t-]+(?:work[ \t]+)?experience\b)(?<!\bpotential[ \t]+to[ \t]+(?:come|go|move|become|be|turn|transition)(?:[ \t]+(?:on|in|into|to))?[ \t]+(?:an?[ \t]+)?full[- ]?time)(?<!\boffer[ \t]+(?:will|would|may|might|could|can)[ \t]+be[ \t]+(?:made|given|extended)[ \t]+for[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]*,?[ \t]+){0,2}full[- ]?time)(?<!\b(?:my|his|her)[ \t]+full[- ]?time)(?<!\bbecome[ \t]+(?:an?[ \t]+)?full[- ]?time)(?<!\b(?:would|could|might|may)[ \t]+(?:want[ \t]+to[ \t]+|like[ \t]+to[ \t]+)?join[ \t]+(?:us|the[ \t]+team|our[ \t]+team)[ \t]+full[- ]?time)(?<!\b(?:transition\w*|convert\w*|lead\w*|path|mov(?:e|es|ing)|grow\w*|turn\w*|evolv\w*|develop(?:s|ing)?)(?:[ \t]+(?:this|it|that))?[ \t]+(?:(?:in)?to|towards?)[ \t]+(?:an?[ \t]+)?full[- ]?time)(?<!\bfrom[ \t]+(?:an?[ \t]+)?[\w-]+[ \t]+to[ \t]+(?:an?[ \t]+)?full[- ]?time)(?![ \t-]+(?:transition|conversion|offer)\b)(?![ \t]*(?:,|\/|or\b|and\b)[ \t]*(?:or[ \t]+|and[ \t]+)?part[- ]?time)`),
  // deadlines and dates ("Go-live target: 15 March", "Target launch date: 1 June", "Start Date: Week of Nov. 10",
  // "Release Date: Q2 2014"; not a value that is a condition: "Deadline: when it is done")
  rx(String.raw`\b${TIMELINE_HEADING}\b[ \t]*(?:is|are|:|-(?![\w-])|of|by|would be|will be|(?<=[ \t])(?=\d))[ \t]*(?:\n[ \t]*(?=\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:hours?|hrs?|days?|weeks?|months?)\b))?(?!\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)(?!(?:asap|a\.s\.a\.p|urgent|flexible|tbd|negotiable|open|to be discussed|soon|immediately|immediate|estimate|provide|propose|suggest|please|your|let us know|tell us|more|part[- ]?time|short[- ]term|long[- ]term|ongoing|quick|fast|as soon as|must|how|essential|crucial|important|critical|key|met|discussed|agreed|set|determined|decided|defined|tight|strict|when|whenever|once)\b)[^\s•*[-](?:[^\n•]{0,40}?(?=[.,;!?](?:\s|$)|\s*•|\n|$)|[^\s.,;!?•]*(?:[ \t]+[^\s.,;!?•]+){0,3})`),
  rx(String.raw`\b(?:by|before|until|till|due|on|from|starting|start(?:s|ing)?(?: on)?|ending|ends(?: on)?|later than)\s+(?:at\s+(?:the\s+)?(?:latest|least)\s+)?(?:the\s+)?(?:end of\s+|mid-?|early\s+|late\s+)?(?:${MONTH}\s*(?:\d{1,2}(?:st|nd|rd|th)?)?\b|\d{1,2}(?:\^?(?:st|nd|rd|th))?\s+(?:of\s+)?${MONTH}|${WEEKDAY}(?:,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b))?|tomorrow|tonight|(?:this|next)\s+(?:week(?:end)?|month|${WEEKDAY})|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)`),
  // a month and its year for a release or a finish, or a span of months of work (set BH): "a release to high schools in
  // August 2013", "finishing the prototype … in Dec 2013", "part-time work January-June", "for release in 2014" (not what happened then: "In January
  // 2012, Zappos.com … were named"; scanned apart, as timeline's union has no room left under V8's limit)
  scannedApart(rx(String.raw`\bin\s+(?:early\s+|mid-?\s*|late\s+)?${MONTH}\s+20\d{2}\b(?<=\b(?:release|launch|finish(?:ing)?|complet(?:e|ed|ing|ion)|deliver(?:y|ed)?|due|ready|beta|go\s+live)\b[^.!?\n]{0,60}\bin\s+(?:early\s+|mid-?\s*|late\s+)?${MONTH}\s+20\d{2})|\bwork\s+(?:from\s+)?${MONTH}\s*(?:-|–|to|through)\s*${MONTH}\b|\b(?:release|launch)\s+in\s+(?:early\s+|mid-?\s*|late\s+)?20\d{2}\b`)),
  // a season: "finish between this winter and the next", "launch by next spring", "finish by the end of the
  // summer", "with the launch planned this spring" (it starts at the season and looks back)
  rx(String.raw`\b(?:summer|winter|spring|autumn)\b(?<=\b(?:by|before|until|till|between|over|during)\s+(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?|(?:this|next)\s+)(?:summer|winter|spring|autumn)|\b(?:launch|release|go-live|deadline)\s+(?:is\s+)?(?:this|next)\s+(?:summer|winter|spring|autumn))`),
  // a weekend the work is done over: "Must be done over a weekend so nobody loses email"
  // (and "get it over the line over the weekend", "get it live before the weekend ends")
  rx(String.raw`\bover\s+the\s+weekend\b|\bbefore\s+the\s+(?:weekend|week|month)\s+is\s+(?:out|over)\b|\b(?:done|completed|finished|migrated|moved|switched)\s+(?:over|during|on)\s+(?:a|the|one)\s+weekend\b`),
  // (and a start date: "I want to start today", "start work tomorrow")
  rx(String.raw`\b(?:needed|done|completed?|finish(?:ed)?|delivered|ready|fixed|solved|resolved|sorted|start(?:s|ing)?(?:\s+work(?:ing)?)?|need(?:s|ed)?\s+(?:(?:a|the)\s+)?(?:fix|fixing|solution|help|delivery)|work\s+(?:the\s+)?whole\s+(?:night|day))\s+(?:by\s+)?(?:today|tonight|tomorrow|this week(?:end)?|by end of (?:day|week))\b`),
  // the same with the work as "it": "help me fix this today", "I need them tomorrow", "please fix both today" (it starts
  // at the day and looks back: started at "do" or "need" it would be tried at every one)
  rx(String.raw`\b(?:today|tonight|tomorrow)\b(?<=\b(?:fix|solve|do|finish|complete|deliver|need)\s+(?:it|this|them|that|both|these|all(?:\s+of\s+(?:them|it))?|everything)\s+(?:by\s+)?(?:today|tonight|tomorrow))`),
  // (and a part of a month a date is: "Our target date for completion is end of May"; not "at the end of March we
  // launched"; nor the idiom, "go home at the end of the day", "little to show at the end of the day")
  rx(String.raw`\b(?:end of (?:the )?(?:day|week|month|quarter)|eod|eow)\b(?<!\b(?:home|for\s+it)\s+at\s+the\s+end\s+of\s+the\s+day)|\b(?:end|middle)\s+of\s+${MONTH}(?<=\b(?:is|be)\s+(?:the\s+)?(?:end|middle)\s+of\s+${MONTH})`),
  // a quarter: "launch on the App Store by end of Q1", "deliver before Q3 2026" (not when something happened: "sales
  // dropped in Q3")
  rx(String.raw`\b(?:by|before|until|till|due|end of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:q[1-4]|the\s+(?:first|second|third|fourth|last)\s+quarter)\b(?:\s+(?:of\s+)?(?:20)?\d{2}\b)?`),
  // the year's end: "finished before year end", "live by the end of the year" (scanned apart: the union is at V8's size
  // limit, and the phrase is rare)
  scannedApart(rx(String.raw`\b(?:by|before|until|till)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+|next\s+)?year|year[- ]end)\b`)),
  // …or the day alone, as a sentence of its own: "Today or tomorrow please." (it starts at the day and looks back)
  rx(String.raw`\b(?:today|tonight|tomorrow)\b${atSentenceStart('(?:today|tonight|tomorrow)')}(?:\s+or\s+(?:today|tonight|tomorrow))?(?:,?\s+(?:please|pls|if possible))?\s*[.!]`),
  // …or after an urgency or a wish: "need asap, today if possible", "urgent - tomorrow please", "ASAP please, ideally today"
  rx(String.raw`\b(?:today|tonight|tomorrow)\b(?<=\b(?:(?:asap|urgent(?:ly)?|immediately|quickly)(?:[ \t]+(?:please|pls))?[ \t]*[,;:–—-]?[ \t]*(?:(?:ideally|preferably|or|even)[ \t]+)?|(?:ideally|preferably)[ \t]+(?:by[ \t]+)?)(?:today|tonight|tomorrow))(?:\s+or\s+(?:today|tonight|tomorrow))?(?:,?\s+(?:please|pls|if possible))?`),
  // …or as a wish after "right away" or before "if possible": "Need someone right away, today if possible" (scanned apart:
  // the union is at V8's size limit)
  scannedApart(rx(String.raw`\b(?:today|tonight|tomorrow)\b(?:(?=,?[ \t]+(?:if[ \t]+possible|at[ \t]+the[ \t]+latest)\b)|(?<=\b(?:right[ \t]+(?:away|now)|straight[ \t]+away|at[ \t]+once)[ \t]*[,;:–—-]?[ \t]*(?:(?:ideally|preferably|or|even)[ \t]+)?(?:today|tonight|tomorrow)))`)),
  // a day of every month: "by the 10th of the following month", "on the 1st of each month" (it starts at the day, where
  // the other figures are tried anyway, and looks back: started at "on the" it was tried at every one)
  rx(String.raw`\b\d{1,2}(?:st|nd|rd|th)\b(?<=\b(?:by|before|on|until)\s+the\s+\d{1,2}(?:st|nd|rd|th))\s+of\s+(?:each|every|the following|the next|the)\s+month\b`),
  // …or a day of this month, alone at the end of its clause: "done by the 27th, but", "a summary by the 5th." (not "by the
  // 3rd party", "by the 2nd round")
  rx(String.raw`\b\d{1,2}(?:st|nd|rd|th)\b(?<=\b(?:(?:by|before|until|till|due)\s+the|due(?:[ \t]*[-–:])?)\s+\d{1,2}(?:st|nd|rd|th))(?![ \t-]*[\w'’(])`),
  // fixed working hours: "9am-5pm EST", "Monday to Friday"
  // (not the client's own routine: "a model I can drop the fresh data into each morning")
  rx(String.raw`\b(?:(?:this|next) (?:week(?:end)?|month)|(?:every|each) (?:weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening))\b(?<!\b(?:i|we)[ \t]+(?:can|could)\b[^.!?\n]{0,60}(?:every|each)[ \t]+\w+)`),
  // (a zone may follow the first time: "from 4 am CET to 8 am CET")
  // (and the dotted ways: "10:00 a.m. to 6:00 p.m.", "IST 6.00 am to 8.00 am"; quoted with the zone after them)
  rx(String.raw`\b\d{1,2}(?:[:.]\d{2})?\s*(?:(?:am|pm|[ap]\.m\.)(?:\s*${TIME_ZONE}\b)?)?\s*(?:-|–|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]m\b|[ap]\.m\.)${ZONE_AFTER}`),
  // …or "between" them: "reachable by email between 8 am and 1pm EST" (both times with am or pm: not "between 2
  // and 5 pages")
  rx(String.raw`\bbetween\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|[ap]\.m\.)(?:\s*${TIME_ZONE}\b)?\s+and\s+\d{1,2}(?::\d{2})?\s*(?:[ap]m\b|[ap]\.m\.)`),
  rx(String.raw`\b(?:mon(?:day)?\s*(?:-|–|to|through)\s*fri(?:day)?)\b`),
  // office hours said the short way: "close to 9-5 is preferred", "a normal 9 to 5 schedule", "M-F, 9-4" (the hours after
  // "M-F" or the idiom "9-5" alone, not any two figures: "6-7 bugs")
  rx(String.raw`\b9\s*(?:-|–|to)\s*5\b(?!\s*(?:[:.,]\d|%|\d))|\bm-f,?\s*(?:[6-9]|1[0-2])\s*(?:-|–|to)\s*(?:[1-8]|1[0-2])\b(?!\s*(?:[:.,]\d|%|\d))`),
  // the working day by the client's office: "You must work regular business hours, Manila time"
  // (only work done in them: not a shop that opens then; it starts at the adjective and looks back for the work)
  rx(String.raw`\b(?:regular|normal|standard|usual)\s+(?:business|office|working)\s+hours\b(?<=\bwork(?:ing)?\s+(?:during|in|within)\s+(?:the\s+|our\s+)?(?:regular|normal|standard|usual)\s+(?:business|office|working)\s+hours)`),
  // 24-hour working hours with a time zone: "0800 - 1400 CST", "09:00-17:00 UTC"
  rx(String.raw`\b(?:[01]\d|2[0-3]):?[0-5]\d\s*(?:-|–|to)\s*(?:[01]\d|2[0-3]):?[0-5]\d\s*(?:hrs\s*)?${TIME_ZONE}\b`),
  // a pace of work: "2/3 assets a week", "3 articles per week", "one video every month"
  // (not "one row per product per day", a table's layout, nor what the client hands over, "we provide 1,000 leads a month",
  // whose figure with its thousands is one)
  rx(String.raw`\b(?:\d${notMidFigure('\\d')}${notTheClients('\\d')}[\d,]*(?:\s*(?:/|-|–|to)\s*\d+)?|(?:one|two|three|four|five|ten)${notMidFigure('\\w+')}${notTheClients('\\w+')}|(?:multiple|several)(?!\s+(?:hundred|thousand|million|billion)\b))\s+(?:(?!per\b)[\w-]+\s+){0,2}(?:${PIECES_OF_WORK}|labs?|sessions?|classes|blogs?|tasks?|calls?|plans?|drawings?|products?|pieces?|newsletters?|clips?)\s*(?:(?:expected|needed|required|wanted)\s+)?(?:(?:a|per|each|every)\s+|\/\s*)(?:day|week|month|wk)\b`),
  rx(String.raw`\b(?:short|long)[- ]term\s+\(\s*\d`),
  // …or in brackets before what is counted: "write regular (3-5 a month) articles"
  rx(String.raw`\(\s*\d+(?:\s*(?:-|–|to)\s*\d+)?\s+(?:a|per|each|every)\s+(?:day|week|month)\s*\)`),
  // the length of the work when the work is a session: "a 2-hour consultation", "three 1-hour lessons" (not a call or a
  // meeting about the work, which is how it is discussed)
  rx(String.raw`\b(?:\d+(?:\.\d+)?|one|two|three|four)[- ](?:hours?|hrs?|minutes?|mins?)[ \t]+(?:(?!(?:call|meeting)s?\b)[\w:-]+[ \t]+){0,2}?(?:consult(?:ations?|aions?|ing sessions?)|sessions?|workshops?|lessons?|classes|training|coaching|tutoring)\b`),
  // the length of an engagement or its load: "Needs an engagement of atleast a month", "Estimated workload of 5-15
  // hours per deal"
  rx(String.raw`\b(?:engagement|contract|commitment|workload)\s+of\s+(?:at\s*least\s+|about\s+|around\s+|approximately\s+)?(?:a|one|two|three|four|six|\d+(?:\s*(?:-|–|to)\s*\d+)?)\s+(?:hours?|hrs?|days?|weeks?|months?|years?)\b${PER_PERIOD}`),
  // a schedule by the day of the week: "Log in to Magic Brief every Monday", "each Friday"
  rx(String.raw`\b(?:every|each)[ \t]+(?:\*\*)?${WEEKDAY}s?\b`),
  // the work's length in hours or as a span: "110-120 Hrs of work (Phase 1)", "a roughly month-long contract"
  rx(String.raw`\b\d+(?:\s*(?:-|–|to)\s*\d+)?\+?\s*(?:hrs|hours)\s+(?:of\s+(?:work|development|design|effort)|(?:project|job|task|gig|contract)\b)|\b(?:day|week|month|year)[- ]long[ \t]+(?:contract|project|engagement|gig|job|role|position|assignment)\b`),
  // the work wanted the same day: "building a prototype dashboard today", "finish our landing page for launch today",
  // "we need someone today", "I need someone to work with me today itself" (it starts at the day and looks back)
  rx(String.raw`\btoday\b(?<=\b(?:build|building|create|creating|finish|finishing|complete|completing|deliver|delivering|collaborate on|finalize|finalise)\b[^.!?\n]{1,60}\btoday|\bneed\s+(?:someone|somebody|help|you)\s+today|\bwork\s+(?:with\s+(?:me|us)\s+)?today(?=\s+itself\b))`),
  // a few hours' or days' work in words: "Quick task, Couple of hours work.", "about a couple of days work"
  rx(String.raw`\b(?:a\s+)?(?:couple|few)\s+(?:of\s+)?(?:hours|days)\s+(?:of\s+)?work\b`),
  // …the day before the need, and delivery the same day: "tomorrow i need it", "URGENT - Same Day Delivery ( 5 hours )"
  rx(String.raw`\b(?:today|tonight|tomorrow)\s+(?:i|we)\s+(?:need|want)\s+(?:it|this|them)\b|\bsame[- ]day\s+(?:delivery|turnaround)\b`),
  // a piece of work at a pace: "We need a monthly report", "deliver a weekly newsletter"
  rx(String.raw`\b(?:weekly|monthly|daily)\b(?<=\b(?:need|want|require|deliver|produce|write|send|provide)[ \t]+(?:a|one)[ \t]+(?:weekly|monthly|daily))[ \t]+(?:reports?|newsletters?|articles?|blog posts?|videos?|episodes?)\b`),
  // a deadline named by its day in the calendar: "live before Black Friday", "ready in time for Christmas"
  rx(String.raw`\b(?:by|before|until|ahead of|in time for)\s+(?:black friday|cyber monday|christmas|xmas|thanksgiving|new year(?:['’]s)?|easter|valentine['’]?s day|mother['’]?s day|father['’]?s day|halloween|the holidays|the holiday season)\b`),
  // a deadline set by an event in a month: "before the new shop opens in May" (from "before", where the dates above start)
  rx(String.raw`\bbefore\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,3}(?:opens?|launch(?:es)?|starts?|goes\s+live|begins?)\s+(?:in|on)\s+(?:early\s+|mid-?\s*|late\s+)?${MONTH}\b`),
  // a month the work starts or must be ready in: "start in March", "ready in early June" (not "launched in June", which is
  // past; it starts at the month and looks back), and one under a start heading: "This is when you would start:\n• June
  // 2013"
  rx(String.raw`\b${MONTH}\b(?<=\b(?:start|starts|starting|begin|begins|beginning|kick off|go live|ready|done|finished|completed|delivered|delivery(?:\s+(?:maximum|max|latest))?|needed|live)\s+in\s+(?:early\s+|mid-?\s*|late\s+)?${MONTH}|\bstart(?:\s+date)?[ \t]*:[ \t]*(?:\n[ \t]*)?(?:[•*-][ \t]*)?${MONTH})`),
  // a weekday and its date, and a length the task will take (set BN; scanned apart, as timeline's union is at the length V8
  // optimises): "THIS FRIDAY, MAY 3RD from 10 til 4", "The form will take approximately 5–10 minutes" (not
  // what a product's user spends: "each level should take approximately 5 minutes to play through")
  scannedApart(rx(String.raw`\b${WEEKDAY},?\s+(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b)|\btake\s+(?:you\s+)?(?:approximately|approx\.?|about|around|roughly|only|just)\s+${NUM_RANGE}\s*(?:min(?:ute)?s?|hours?|hrs?)\b(?![ \t]+to[ \t]+(?:play|read|watch|load|listen|beat|run)\b)`)),
  // …or said without "in": "I hope to have it ready mid october" (set BL; scanned apart, as timeline's union is at
  // the length V8 optimises)
  scannedApart(rx(String.raw`\bready\s+(?:early\s+|mid-?\s*|late\s+)${MONTH}\b`)),
  // a week of a month, as typed: "Need it done 2nd week o June"; a schedule of dates under its heading: "Rough
  // Schedule\nJune 2nd - early ticket sale"; a project's months in brackets: "a running project (October 2024 – March
  // 2024)"
  rx(String.raw`\b(?:1st|first|2nd|second|3rd|third|4th|fourth|last)\s+week\s+o(?:f)?\s+${MONTH}|\bschedule\b[ \t]*:?[ \t]*\n[ \t]*(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})|\b(?:project|contract|engagement)\s+\(\s*${MONTH}\s+20\d{2}\s*(?:-|–|to)\s*${MONTH}\s+20\d{2}\s*\)`),
  // a range of dates: "ideally 7–8 December"
  rx(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b`),
  // Sets BQ's, BR's and BV's forms, scanned apart together:
  // (BQ) working days named one by one with the hours: "work Mon-Wed-Fri 9:30-5:30", "Tue/Thu, 10-4"
  // (BR) hours a day to be online: "able to be online 2 ~ 3 hours in my working hours"
  // (BV) small fixes wanted the same day: "a few small fixes today" (it starts at the day and looks back)
  scannedApart(rx(String.raw`\btoday\b(?<=\b(?:tweaks|fixes|changes|edits)\s+today)|\b${DAY}(?:\s*[-–,/&]\s*${DAY})+\s*,?\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:-|–|to)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b|\bonline\s+(?:for\s+)?\d+(?:\s*(?:~|-|–|to)\s*\d+)?\s*(?:hours?|hrs?)\b`)),
];

/** "Strong experience in WordPress (minimum 2+ years)": years of experience, said before the figure. */
const YEARS_OF_EXPERIENCE = ledBy(APPLICANT_QUALITY, 70);

const SPAN_BEFORE = new RegExp(String.raw`\b${SPAN_NOT_THE_JOBS_BEFORE}\s+$`, 'i');

const RESPONSE_TIME_BEFORE = new RegExp(String.raw`\b(?:reply|replies|replying|respond|responds|responding|answer|answers|get back(?: (?:to|with) you)?|responses?|turnaround on messages|(?:give|send|provide|share)\s+(?:you\s+)?feedback)\s+(?:to\s+)?(?:(?:(?:(?:customer|client|buyer|guest|user|support|student|patient|tenant|seller)s?['’]?\s+)?(?:messages|e-?mails?|questions|queries|inquiries|enquiries|tickets|leads|comments|reviews|dms|pms|texts)|you|(?:our|the)\s+(?:initial\s+|first\s+|selected\s+|shortlisted\s+)?(?:candidates|applicants|freelancers))\s+)?(?:${WHERE_MESSAGES_ARE}\s+)?(?:(?:over|through|in|via)\s+(?:upwork|slack|e-?mail|whatsapp|the platform)\s+(?:messages|chat)\s+)?(?:usually\s+|typically\s+|always\s+)?$`, 'i');
/** "reply to the writers I pick": the client's reply to applicants, before the time it takes. */
const BACK_TO_APPLICANTS_BEFORE = /\b(?:get\s+back\s+to|respond\s+to|reply\s+to|be\s+in\s+touch\s+with)\s+(?:the\s+)?(?:applicants?|candidates?|writers|freelancers|people|those|everyone)\b[^.!?\n]{0,50}$/i;
/**
 * What makes a span not the job's time, said before it: the client's decision on applicants or when it interviews or
 * shortlists ("we interview within 2 days", set BV; not "I can hire for one hour", the job's), the data's span, later
 * work's, a product's ("may sell out within 20-40 days"), a past event's ("was fully rebuilt this week"), or a pace (see
 * `accept`).
 */
const ANOTHER_SPAN_BEFORE = /(?:\b(?:decision|decide|deciding)\s+|\b(?:interview|shortlist)(?:s|ed|ing)?\s+(?:(?:candidates|applicants|you|someone|somebody)\s+)?|\b(?:dropped|drop|fell|declined|rose|increased|grew|spiked|changed)\s+(?:over|during|in)\s+(?:a|the)\s+|\bmore\s+(?:projects|work|jobs|tasks)\s+(?:(?:over|in|during)\s+(?:the\s+)?)?|\bsell\s+out\s+|\b(?:was|were|been|got)\s+(?:(?:completely|totally|fully|just|recently)\s+)?(?:overhauled|launched|released|relaunched|redesigned|rebuilt|published)\s+|\bcan\s+(?:set\s+up|do|complete|finish|make|write|build)\s+(?:\d+|one|two|three)\s+(?:[\w-]+\s+)?(?:in\s+(?:a|an)\s+)?)$/i;
/** Updates, reports or calls, whose times are when the client hears, not the job's (see `accept`). */
const UPDATES = String.raw`(?:updates?|report\w*|check[- ]?ins?|calls?|meetings?|syncs?)`;
/** …and how often: "Updates by email every 2 days". */
const UPDATES_BEFORE = new RegExp(String.raw`\b${UPDATES}\b[^.!?\n]{0,30}\bevery\s+$`, 'i');
/** …and when: "Send updates daily at the end of day" (set BM). */
const UPDATES_AT_BEFORE = new RegExp(String.raw`\b${UPDATES}\b[^.!?\n]{0,25}$`, 'i');
/** A weekday opening a span: "Thursday 03 JAN 2012". */
const WEEKDAY_FIRST = new RegExp(String.raw`^${WEEKDAY}\b`, 'i');
const MESSAGES_READ_BEFORE = new RegExp(String.raw`\b${CLIENT_READS_MESSAGES}\b[^.!?\n]{0,30}$`, 'i');
/** A choice of intervals, up to the last one: "every 2, 4 or ". */
const FREQUENCY_LIST_BEFORE = /\bevery\s+(?:\d+\s*(?:,|or\b|and\b|\/)\s*)+$/i;
/** "using Salesforce for 3 years", "in business for 20 years", "grew messy over 3 years": how long something has been so, not the job. */
const IN_USE_BEFORE = /\b(?:using|used|running|operating|owned|in business|around|established|on the market|grew|grown|accumulated|piled up|evolved|published|released)\b[^.!?\n,;]{0,40}$/i;
/** A result that shows, loads or arrives, before "within": "orders show up in GA4 and in Google Ads | within 24 hours". */
const RESULT_SHOWS_BEFORE = /\b(?:shows? up|appears?|arrives?|loads?|syncs?|refresh(?:es)?|registers?|fires?|gets? delivered|is delivered|are delivered)\b[^.!?\n]{0,60}$/i;

/** Records a client has, which a span or a date can be of: "18 months of orders", "invoices from March". */
const RECORDS = String.raw`transactions|invoices|orders|sales|data|records|receipts|expenses|entries|statements|payments|bookings|emails|messages|tickets|footage|photos|logs`;
/** …before the dates they are from: "600 transactions | from July to October" (the records' dates, not the job's), and a period's: "The period | from January 2011 to August 2023 is considered". */
const RECORDS_BEFORE = new RegExp(String.raw`\b(?:${RECORDS}|period)(?:\s+(?:dated|made|placed|received|sent|issued))?\s+$`, 'i');

/** A timeline's heading followed by a figure with no colon: "Duration 30 min", "meet deadline 2) Receptive to feedback". */
const BARE_HEADING_FIGURE = new RegExp(String.raw`^${TIMELINE_HEADING}[ \t]+\d`, 'i');

/** A piece of writing or film, before "about" and what it is about: "a memoir about | 30 years in A&E". */
const WRITING_BEFORE = /\b(?:memoir|book|novel|story|stories|article|essay|blog post|post|film|documentary|podcast|episode|video|talk|piece|chapter|biography|script|screenplay|song)s?\s+$/i;

/**
 * What follows a length that makes it not the job's: "3 years of experience", "2 weeks ago", "a 5-day retreat", a team's
 * "2-week sprint cycles" (not "in a 2-week sprint", the job's) (read at the end of `accept`).
 */
const NOT_THE_JOBS_SPAN_AFTER = new RegExp(
  // (on the same line: "Working Hours: 3 PM - 12 AM" is not undone by the next line's "Experience Level: …")
  String.raw`^['’]?[ \t]*(?:[-–]?sprint(?:s\b|[ \t]+cycles?\b)|of\s+(?:[\w/-]+\s+){0,3}(?:experienced?|exp|expertise)\b|(?:\w+\s+)?experience\b|ago\b|old\b|behind\b|overdue\b|past due\b|warranty\b|in (?:the )?(?:industry|field|role)\b|(?:deep\s+)?into\b|free\s+trial\b|(?:(?!(?:to|before|after|of|the|a|an|for|until|from|in|on|at|prior|ahead)\b)[\w-]+\s+){0,2}(?:retreat|trip|tour|event|workshop|bootcamp|conference|summit|festival|challenge|cruise|itinerary|vacation|holiday|camp|seminar|detox|money-back|guarantee|(?:return|refund) (?:policy|window|period)|subscription|membership|forecast(?:ed|ing)?|projection|cash[- ]?flow|(?:time[ \t]+)?horizon)s?\b|of\s+(?:[\w-]+\s+)?(?:${RECORDS}|bank|historical|transaction|statement|history|log|clips|video|audio|recordings?|interviews?|music|content|posts|bookkeeping|books|accounts|accounting|backlog|xero|quickbooks|mail|archives?|files|documents|backups?)\b)`,
  'i',
);


/** A course after a span, and (group 1) the making of it said after: "1-Day Course Development". */
const COURSE_AFTER = /^[ \t]*(?:[\w-]+[ \t]+){0,2}(?:course|webinar|masterclass|curriculum)s?\b([ \t]+(?:development|creation|design|writing|production|outline)\b)?/i;
const COURSE_MADE_BEFORE = /\b(?:develop|creat|design|writ|build|record|produc|prepar|outlin|script)\w*\s+(?:(?:a|an|the|our|my)\s+)?(?:[\w-]+\s+)?$/i;

/** Plans a product sells, near a span before "plan": "14-day trial, monthly plan, 3-month plan, yearly plan". */
const SUBSCRIPTION_PLANS = /\b(?:(?:monthly|annual|yearly|weekly|quarterly)\s+plans?|subscri\w*|free\s+trial)\b/i;

/** "Need at least 3 years working in banking": a length of experience, said after the figure. */
const WORKING_IN_AFTER = /^[ \t]+(?:of[ \t]+)?(?:working|work(?:ed)?)[ \t]+(?:in|at|as|on|with|for)\b/i;

/** "The app ran fine for a few days": how long something was so, told in the past. */
const WAS_SO_BEFORE = /\b(?:was|were)\b[^.!?\n,;]{0,40}$/i;

/** "a forecast for the next 2-4 years": the span a forecast covers, not the job's. */
const FORECAST_BEFORE = /\b(?:forecast\w*|projections?|predict\w*)\s+(?:for\s+)?(?:the\s+)?(?:next\s+)?$/i;

/** "purged 10 days after…", "stored for 30 days": a product's retention, not the job's time. */
const KEPT_FOR_BEFORE = /\b(?:purged|deleted|removed|expired?|archived|kept|stored|retained|cached)\s+(?:for\s+|after\s+)?$/i;

/** "Milestone payment starts on end of June": when the pay comes, not the job's time. */
const PAYMENT_BEFORE = /\b(?:payments?|pay|payouts?|invoic\w+)(?:\s+(?:of|for)\s+(?:the\s+|each\s+|first\s+)?[\w-]+)?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:made\s+|sent\s+|released\s+|issued\s+)?$/i;

/** "proposals by", "applications are due", "send your details in by tonight" (set BM): a date for applying. */
const PROPOSALS_DUE_BEFORE = /\b(?:proposals?|bids?|applications?|quotes?|(?:your\s+)?(?:information|resumes?|cvs?)\s+in)\s+(?:(?:is|are)\s+)?$/i;

/** Inside a parenthesis of examples: "Your availability (ex: only Mondays, only 10 hours per week, or 40 hours per week)". */
const EXAMPLES_BEFORE = /\((?:ex|e\.g|eg|for example|for instance|such as)\b\.?:?[^()\n]{0,80}$/i;

/** "and one day become a charity": "one day" as "some day". */
const SOME_DAY_BEFORE = /\b(?:hopefully|maybe|perhaps|might|could|would|will|may|can|someday)\s+$/i;
/**
 * "A game my daughter may play one day.": a wish a few words before, with "one day" ending the sentence (not
 * "in one day", see `A_DAYS_WORK_BEFORE`).
 */
const SOME_DAY_WISH_BEFORE = /\b(?:hopefully|maybe|perhaps|might|could|would|someday)\s+(?:[\w'’-]+\s+){1,3}$/i;
/** "done in one day", "takes one day": a day's work, whatever wish comes before it. */
const A_DAYS_WORK_BEFORE = /\b(?:in|within|for|of|just|only|takes?|taking)\s+$/i;

/** "income arrives over a period of 2 days to 3 weeks", "Work is funded for 12+ months": the client's money's span. */
/** "10% of app profits | for one year": how long a share of profits is paid (set BO; read on a span that starts at "for"). */
const PROFIT_SHARE_BEFORE = /\b(?:profits?|revenue|royalt(?:y|ies)|earnings)\s+$/i;
const MONEY_SPAN_BEFORE = /\b(?:earned|accrued|recogni[sz]ed|billed|amortized|spread)\s+over\b[^.!?\n]{0,30}$|\bfunded\s+$/i;
/** "a clearance that may take 3-5 months to process": paperwork's time (read only when `PROCESSED_AFTER` holds). */
const PAPERWORK_BEFORE = /\b(?:clearance|paperwork|visa|background check|permit|licen[cs]e)\b[^.!?\n]{0,40}$/i;
const PROCESSED_AFTER = /^\s+to\s+(?:process|clear|come through|be approved)\b/i;
/** "a lock period of 6 months or 1 year", "a 30-day trial period": a product's or a contract's term. */
const TERM_PERIOD_BEFORE = /\b(?:lock(?:-?up)?|vesting|notice|warranty|trial|cooling[- ]off)\s+periods?\s+(?:of\s+)?$/i;
/** "Go at your own pace, be it 4 months or 3 years": any length will do. */
const ANY_LENGTH_BEFORE = /\bwhether\s+it\s+takes\b[^.!?\n]{0,30}$/i;

/** Three spans in a row, a product's windows: "most profitable strategies … (7 days, 30 days, 90 days)". */
const BARE_SPAN = /^\d+\s*(?:days?|weeks?|months?)$/i;
const SPAN_SEP = String.raw`\s*(?:,|\/|;)?\s*(?:and\s+|or\s+)?`;
const SPANS_IN_A_ROW = new RegExp(String.raw`\d+\s*(?:days?|weeks?|months?)${SPAN_SEP}\d+\s*(?:days?|weeks?|months?)${SPAN_SEP}\d+\s*(?:days?|weeks?|months?)`, 'i');

/** A call or interview with applicants, before when it is: "arrange to give you a call or Skype you (probably some time | next week)". */
const CALL_BEFORE = /\b(?:arrange|schedule|set up|book|give you)\s+(?:a\s+|an\s+)?(?:quick\s+|short\s+)?(?:call|meeting|interview|chat|skype call|zoom call)\b[^.!?\n]{0,50}$|\b(?:call|skype|zoom|interview)\s+you\b[^.!?\n]{0,30}$/i;

/** "timeline is flexible" with nothing else, "no deadline": not a timeline. */
function accept(text: string, start: number, end: number): boolean {
  // (the match, read by most of the tests below: sliced once)
  const match = text.slice(start, end);
  if (isNegated(text, start, 20)) return false;
  // "submit your relevant similar experience - time frame of job, challenges faced…": what to tell of past work (set BG)
  if (/^(?:time ?frame|timeline|duration)\s+of\s+(?:the\s+)?(?:job|project|work)s?$/i.test(match) && /^\s*[,&;]/.test(text.slice(end, end + 3))) return false;
  // a heading and a figure with no colon is a length with its unit or a date: "Duration 30 min", "Due date 2025-03-07", not
  // "meet deadline 2) Receptive…"
  if (BARE_HEADING_FIGURE.test(match) && !/^[a-z -]+[ \t]\d+(?:(?:[.,]\d+)?\s*(?:(?:-|–|to)\s*\d+(?:[.,]\d+)?\s*)?(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?|am|pm)\b|[/-]\d)/i.test(match)) return false;
  // (set BI) "I may be back in a few weeks", "salary … can be bumped up within a few months", "Project Duration:
  // Milestone-Based": no time for the job
  if (/\b(?:be|come)\s+back\s+$|\b(?:bumped|raised|increased|reviewed)(?:\s+up)?\s+$/i.test(text.slice(Math.max(0, start - 20), start))) return false;
  if (/^(?:project\s+)?duration\s*:\s*milestone/i.test(match)) return false;
  // "I have been making apps for about 6 years": time already spent, not the job's.
  // ("They must have been opted in for 14 days" is a condition of the work.)
  const before = text.slice(Math.max(0, start - 80), start);
  if (/(?<!\b(?:must|should|will|would|to)\s+)(?:\b(?:have|has|had|its)|['’]ve|['’]s)\s+been\b[^.!?\n]{0,50}$/i.test(before)) return false;
  if (/\by(?:ea)?rs?\b/i.test(match) && isLedBy(YEARS_OF_EXPERIENCE, text, start)) return false;
  // "pay vendors within 30 days, while customers take up to 90 days to pay": when money moves, not the job's time (set BT)
  if (/^(?:within|up\s+to|in)\b/i.test(match) && (/\bpay(?:s|ing|ment)?\b(?:(?!\b(?:deliver|finish|complet|done|ready|build|launch)\w*)(?:[^.!?\n]|\.(?=\w))){0,50}$/i.test(text.slice(Math.max(0, start - 50), start)) || /^\s+to\s+pay\b/i.test(text.slice(end, end + 10)))) return false;
  // "available for 2 calls a month with each client": calls at a cadence are how the work is discussed (set BR)
  if (/\bcalls?\b/i.test(match) && /\b(?:available\s+for|attend|join|hold|have|schedule)\s+$/i.test(text.slice(Math.max(0, start - 20), start))) return false;
  // "(coding for 7 years, C++ for 4)": the client's own years at a craft (set BQ); not "you will be coding for 6 months"
  if (/^for\b.*\by(?:ea)?rs?$/i.test(match) && /(?<!\b(?:will|would|be|to|must|should|you|you['’]ll)\s+)\b(?:coding|programming|developing|designing|drawing|animating|modell?ing)\s+$/i.test(before)) return false;
  // "I reply within a day", "we respond within 24 hours", "I answer messages here within a few hours": the client's response
  // time (communication), not the job's; and "using Salesforce Sales Cloud for 3 years", how long the client has had it
  if (RESPONSE_TIME_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  // "I hope to reply to the writers I like in the next couple of weeks": the client's reply to
  // applicants; "write on gardening one week, boats the next": a topic a week, not the job's length
  if (BACK_TO_APPLICANTS_BEFORE.test(text.slice(Math.max(0, start - 70), start))) return false;
  // "CVs now, decision in two weeks": when the client chooses; "why sales fell over a 5 day period": the
  // data's span; "more jobs over the next few months": later work; "can fit 3 in an 8-hour shift": a pace claimed
  if (ANOTHER_SPAN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  // "(5+ years fulltime dev)": experience, not the job's hours
  if (/^full[- ]?time$/i.test(match) && /\byears?\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && /^\s+(?:dev|developer|engineer|programmer|programming|development|experience|exp)\b/i.test(text.slice(end, end + 14))) return false;
  if (/^one\s+(?:week|day|month)$/i.test(match) && /^,?[ \t]+[^.,;!?\n]{1,30}[ \t]+the[ \t]+next\b/i.test(text.slice(end, end + 45))) return false;
  // "test orders show up in GA4 within 24 hours": how soon the result must show, a target, not the job's time
  if (/^within\b/i.test(match) && RESULT_SHOWS_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return false;
  // "Updates by email every 2 days": how often the client hears, not the job's time (the "every" just before is read
  // first, as few spans have one)
  if (/\bevery\s+$/i.test(text.slice(Math.max(0, start - 6), start)) && UPDATES_BEFORE.test(before)) return false;
  // "frequency (every 2, 4 or 6 weeks)": a choice of how often, a product's, not the job's time
  if (FREQUENCY_LIST_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "I check messages on Upwork every evening": when the client reads, not the job's schedule
  if (/^(?:every|each)\b/i.test(match) && MESSAGES_READ_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return false;
  if (/\by(?:ea)?rs?\b/i.test(match) && IN_USE_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return false;
  // "has crept up over the past 6 months", "catch up 6 months of Xero": what happened, or a backlog, not the job's time
  if (SPAN_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  if (/^from\b/i.test(match) && RECORDS_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  // "a memoir about 30 years in A&E": what a piece of writing is about, not how long the job takes
  if (/^about\b/i.test(match) && WRITING_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "send your bids by 9th May": the date proposals are due, not the job's (read here, not in the pattern, which
  // is tried at every "by", "on" and "from": there it cost 0.03 G of the corpus's 19.2)
  if (/^(?:by|before|until|till|due|on)\b/i.test(match) && PROPOSALS_DUE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  // "We shipped the alpha in October and the beta on March 3", "a mod I made in 3 years": what has
  // happened, not the job's time
  if (/^(?:on|in)\b/i.test(match) && /\b(?:launched|released|founded|went live|(?:i|we)\s+(?:made|built|created|developed|wrote))\b[^.!?\n]{0,30}$/i.test(text.slice(Math.max(0, start - 40), start))) return false;
  // "Guests – Temporary access (2-week)": how long the product grants something, not the job's time
  if (/\baccess\s*(?:\(|for\s+|of\s+)\s*$/i.test(text.slice(Math.max(0, start - 12), start))) return false;
  // "Your availability (ex: only Mondays, only 10 hours per week…)": what applicants may answer, not the job's time
  if (EXAMPLES_BEFORE.test(text.slice(Math.max(0, start - 90), start))) return false;
  // "income arrives over a period of 2 days to 3 weeks", "Work is funded for 12+ months": how long the client's
  // money comes or lasts, not the job's time
  if (MONEY_SPAN_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return false;
  if (/^for\b/i.test(match) && PROFIT_SHARE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  // "a clearance that may take 3-5 months to process", "a lock period of 6 months or 1 year": how long
  // paperwork or a product's term lasts, not the job's time
  if (PROCESSED_AFTER.test(text.slice(end, end + 25)) && PAPERWORK_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return false;
  if (TERM_PERIOD_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "Go at your own pace, be it 4 months or 3 years": any length will do, none is set
  if (ANY_LENGTH_BEFORE.test(text.slice(Math.max(0, start - 45), start))) return false;
  // "one day become a charity", "my daughter may play one day.": some day, not a day's work
  if (/^one\s+day\b/i.test(match) && SOME_DAY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  if (/^one\s+day$/i.test(match) && /^\s*(?:[.!]|$)/.test(text.slice(end, end + 3))) {
    const before = text.slice(Math.max(0, start - 50), start);
    if (!A_DAYS_WORK_BEFORE.test(before) && SOME_DAY_WISH_BEFORE.test(before)) return false;
  }
  // "a ranking of strategies for different time periods (7 days, 30 days, 90 days)": a product's windows, not the job's
  // time (set BK)
  if (BARE_SPAN.test(match) && SPANS_IN_A_ROW.test(text.slice(Math.max(0, start - 30), end + 30))) return false;
  // "Send updates daily at the end of day": when reports come, not the job's time (set BM)
  if (/^end\s+of\b/i.test(match) && UPDATES_AT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  // "This job was closed Tuesday 05 MAR 2013": when the post was closed, not the job's time (set BN)
  if (WEEKDAY_FIRST.test(match) && /\b(?:filled|closed|posted|edited|updated)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, start - 20), start))) return false;
  // "I will call or Skype you (likely some time next week)": when the client calls applicants,
  // not the job's time (set BJ)
  if (/^(?:this|next|on|tomorrow)\b/i.test(match) && CALL_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return false;
  // "Milestone payment starts on end of June": when the pay comes, not the job's time
  if (/^(?:start|from|on|by|before|due)/i.test(match) && PAYMENT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  // "at least 3 years working in banking": experience; "ran fine for a few days": what was so; "forecasting
  // for the next 3-5 years": a forecast's span
  if (/\by(?:ea)?rs?\b/i.test(match) && WORKING_IN_AFTER.test(text.slice(end, end + 20))) return false;
  // "At least three years in data analysis": a minimum of years in a field is experience (set BF)
  if (/^(?:at\s+least|min(?:imum|\.)?)\b.*\by(?:ea)?rs?$/i.test(match) && /^[ \t]+(?:in|as|with)\b/i.test(text.slice(end, end + 8))) return false;
  if (/^for\b/i.test(match) && WAS_SO_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return false;
  if (/^(?:for|over|next)\b/i.test(match) && FORECAST_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "purged 10 days after they have been first listened to": how long the product keeps things, not the job's time
  if (KEPT_FOR_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  // "pick a plan: 14-day trial, monthly plan, 3-month plan": a subscription the product sells, not the job's time
  // (a plan among such plans: "a 1-3 month development plan" is the job's)
  if (/^[ \t-]*plans?\b/i.test(text.slice(end, end + 8)) && SUBSCRIPTION_PLANS.test(text.slice(Math.max(0, start - 80), end + 40))) return false;
  // "rerun it on next month's export": a date the data is from, not the job's
  if (/^on\b/i.test(match) && /^['’]s\b/.test(text.slice(end, end + 2))) return false;
  // "5 years of experience", "2.5 months ago", "3 months old", "8 months into the development", "about 4 months
  // behind" (a backlog), a product's "3-day free trial" or "30-day money-back guarantee", an event's "5-day yoga retreat",
  // "12 months of bank statements", "1 hour of raw footage", "about 2 hours of clips":
  // durations that are not the job's.
  if (NOT_THE_JOBS_SPAN_AFTER.test(text.slice(end, end + 45))) return false;
  // "write a full 1-day workshop", "1-Day Course Development": the length of a course the work makes (one the
  // freelancer teaches, "offering a 4-week AI course … need a trainer to deliver it", is the job's time)
  const course = COURSE_AFTER.exec(text.slice(end, end + 40));
  return !(course && (course[1] !== undefined || COURSE_MADE_BEFORE.test(text.slice(Math.max(0, start - 40), start))));
}


/** Shared with `asap-deadline`, which stays quiet when a real date or duration is given. */
export function timelineEvidence(doc: Doc): Evidence[] {
  return doc.memo('timeline-evidence', () => collectEvidence(doc, PATTERNS, { field: 'timeline', accept }));
}

export const missingTimeline: SectionRule = {
  type: 'section',
  section: 'timeline',
  label: 'Timeline',
  field: 'timeline',
  meta: {
    id: 'missing-timeline',
    name: 'No timeline',
    level: 'warning',
    description: 'Flags a post with no deadline, duration, start date, schedule or weekly hours.',
    why: 'Without a timeline freelancers guess at availability and price, and the ones who cannot meet your real date still apply.',
    seeds: '001 #3 timelines; 003 deadlines',
    messages: { missing: 'The post gives no timeline: no deadline, duration, start date or weekly hours.' },
  },
  evidence: ({ doc }) => timelineEvidence(doc),
  template: () => 'Start by [date], finish by [date] ([N] weeks); about [N] hours per week.',
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    // the idiom, not a deadline
    { description: 'Help desk agents for our office. We work hard and can go home at the end of the day not feeling slimy.' },
    // the client's own full-time work
    { description: 'Looking for 2D and 3D artists. From next year i\'m working fulltime in the game studio.' },
    // a full-time role joined only if things work out; the client's own morning routine
    { description: 'Technical artist for our Unity game. We would pay you an hourly rate with the hopes that if things worked out you would want to join us full time.' },
    { description: 'Power BI analyst. I want a model that I can drop the fresh data into each morning and look at the results.' },
    // experience in full-time years, a wish for some day, and a fault's length
    { description: 'Senior Laravel developer. Must have: extensive experience with Laravel (2 years+ full time).' },
    { description: 'Art buddy for a 2D game. Something my daughter might like to play one day.' },
    { description: 'Speed up our export. It can take 30 minutes or even more to load.' },
    // a change the client's own role would go through, not the job's hours
    { description: 'A chat client for my play-by-email strategy game. Running it by hand would turn the GM\'s job from a hobby to a full-time job.' },
    // when the client's game was overhauled, not the job's time
    { description: 'Trailers for my 2 games. Tangled was completely overhauled this week and QuadPong is new.' },
    // a product's span, and experience in years
    { description: 'ML model that detects products likely to sell out within 30-45 days.' },
    { description: 'You are a very experienced PHP developer (5+ years fulltime dev). Replace mpdf with wkhtmltopdf in our extension.' },
    // a forecast's span that the page shows
    { description: 'Weather page in HTML and JavaScript: current temperature and a Six Day Forecasted Temperature.' },
    // the data's span, later projects and a pace claimed are not the job's time
    { description: 'Analyse our referral data in Excel: why has revenue dropped over a 4 day period?' },
    { description: 'Support bot for a roofing company. There will be more projects over the next few months too.' },
    { description: 'No-code setups paid per product. Even slower team members can set up 2 in a 9-hour shift.' },
    // when the client decides on applicants, not the job's time
    { description: 'Two diesel mechanics for our fire trucks in Tucson (quick...like resumes now, decision in two weeks).' },
    { description: 'Web and print designer. Degree with minimum 2 years of Web/Graphic design experience.' },
    { description: 'Artist and coder for our studio. All dev happens on nights and weekends part time/fulltime.' },
    { description: 'Recordings should all be purged 10 days after they have been first listened to.' },
    { description: 'A 3D dungeon level. 4K for 1 level - quick turnaround - more work to come.' },
    { description: 'I have a full time job, but on the evenings I make a game in C#. Looking for a collaborator.' },
    { description: 'Intake specialist. Ability to adapt in a dynamic, deadline-driven environment.' },
    { description: 'A real money gaming app like Rush. Please submit your proposals by 6th March.' },
    // asking applicants for an estimate gives none; the client's own full-time jobs are no hours for this one
    { description: 'Upgrade our Jira server.\nTimeline: Estimate timelines for both the staging and live upgrades.' },
    { description: 'Texture artist for our game. All of us currently work full time in game studios.' },
    { description: 'Pixel art for our adventure game. We would like to turn this into a full-time job for everyone involved.' },
    // a full-time position the contract may become is not this job's hours
    { description: 'MLOps engineer. A contract role with a chance to transition into a full-time position. Path to full-time.' },
    { description: 'WordPress developer for our studio. Potential for a full-time transition later.' },
    { description: 'Analyst for PowerBI projects, on a project basis with the potential to come on full time if mutually desired.' },
    { description: 'Photo-real product renders. If this works out, an offer will be made for long term, full time work.' },
    // a culture that is no 9-5, and a count of bugs
    { description: "Build our game's levels. We're not a 9-5 company. There are 6-7 bugs to fix." },
    { description: 'Find top competitor ads for us. Pay is competitive (hourly, per project, or full-time).' },
    // a length of experience written with a tilde and an apostrophe
    { description: 'Write our compliance reports. Experience: ~3 years’ experience with audits.' },
    // how soon a result must show, a target, not the job's time
    { description: 'Set up GA4. Done when test orders show up in GA4 DebugView and in Google Ads within 24 hours.' },
    // what a memoir is about, not the job's length
    { description: "I'm a retired nurse writing a memoir about 30 years in A&E. Proofread 3 chapters." },
    // how soon the client answers, not the job's time
    { description: "Record a 90-second voice-over. We'll give feedback over Upwork messages within 24 hours." },
    // the span of an export to analyse, not the job's length
    { description: "You'll get a CSV export of 18 months of orders. Find why repeat purchases fell." },
    // the months records are from, not the job's dates
    { description: 'Categorise about 600 transactions from July to October in QuickBooks.' },
    // the client's response time is no timeline for the job
    { description: 'Reconcile our accounts in Xero. We communicate by email; I reply within a day.' },
    { description: 'Reconcile our Etsy payouts in QuickBooks. I reply to messages here within a day.' },
    // the work's reply time, not the job's duration
    { description: 'Virtual assistant for a realtor: manage my calendar and answer buyer emails within 2 hours.' },
    { description: 'Support agent for our web shop: reply to customer inquiries within 4 hours and log refunds in Shopify.' },
    { description: 'Our invoices are checked by the 3rd party auditor. Build the report.' },
    { description: 'Edit 5 short ads from the footage we have, about 2 hours of clips.' },
    { description: 'Rewrite my résumé for analyst roles. I check messages on Upwork every evening.' },
    { description: 'Speed up our WooCommerce store. Updates by email every 2 days.' },
    // how long the client's data has grown is no timeline
    { description: 'Our Airtable base (9 tables, ~12k records) grew messy over 3 years. Clean it up.' },
    // a call's length is no timeline
    { description: 'Compare 3 CRMs against our needs in a 1-hour call.' },
    // nor how long a share of profits is paid (set BO)
    { description: 'Betting tips app. Bonus: 10% of app profits for one year once it passes 100,000 downloads.' },
    // nor when a post was filled, nor how long a product's level takes to play (set BN)
    { description: 'Junior developer for our studio. **Final Edit: This position was filled Thursday 03 JAN 2013.**' },
    { description: 'Puzzle game levels in Tiled. We want 30 levels, each should take approximately 5 minutes to play through.' },
    // nor when to apply or hear back, nor when reports come (set BM)
    { description: "IT roles in Detroit, PM me. If you cannot get your information in by tonight (Sunday) I may not be able to get back with you until next weekend." },
    { description: 'Shopify theme tweaks. Post your progress updates daily, at the end of day.' },
    // nor a product's windows (set BK)
    { description: 'Trading dashboard. A ranking leaderboard of the most profitable strategies for different time periods (7 days, 30 days, 90 days).' },
    // nor when the client calls applicants (set BJ)
    { description: 'Design two brochure sites for my clients. PM me your portfolio and I shall arrange to give you a call or Skype you (probably some time next week) to discuss.' },
    // when something happened is no deadline
    { description: 'Our sales dropped in Q3. Find out why from our Shopify data.' },
    { description: 'At the end of the year we review our books. Categorize 1,400 transactions in QuickBooks.' },
    // a template's prompt is not a deadline
    { description: 'Build a boat search page.\nDeadline: [Please specify your deadline]' },
    // experience in years, a span of data, and time the client has already spent
    { description: 'Strong experience in Shopify app development (minimum 2+ years).' },
    { description: 'Turn 12 months of bank statements into a cash-flow report.' },
    { description: 'I am a programmer who’s been using Unity for the last six months.' },
    // time already spent is not the job's
    { description: 'I have been developing games for about 5 years. Need an artist.' },
    { description: 'I need a logo for my bakery. Please send your portfolio.' },
    { description: 'Build a landing page ASAP. Long-term work possible.' },
    // durations that are not the job's: a product's trial, time already spent, a video's length
    { description: 'Add subscriptions with a 3-day free trial to my app.' },
    { description: 'I am about 8 months into the development of my game and need an artist.' },
    // a backlog, and the month of the data
    { description: 'Our books in Xero are about 4 months behind and need cleaning up.' },
    { description: "Write a script I can rerun on next month's export." },
    { description: 'Make a short product video. Duration: 15s.' },
    { description: 'Edit my cooking videos from about 1 hour of raw footage each.' },
    // an event's length and a guarantee's are not the job's
    { description: 'Landing page for my 5-day yoga retreat in Portugal, with a booking form.' },
    // the length of a course the work makes, not the job's
    { description: 'AI expert to develop a comprehensive 1-day course on practical AI automation: learner guide, slides and exercises.' },
    { title: 'Trainer Needed for 1-Day Course Development on Excel Automation', description: 'Handouts, slides and exercises for office staff.' },
    { description: 'Write the sales page for our course. It comes with a 30-day money-back guarantee.' },
    // the span of records to catch up on is not how long the work takes
    { description: 'Bookkeeper to catch up 6 months of Xero.' },
    // what happened over a past span is not the job's time
    { description: 'Our cost per lead has crept up over the past 6 months. Fix our ads.' },
    // a month something happened in is not the job's
    { description: 'Our app launched in June and the rating has dropped. Audit it.' },
    // a full-time job the role may become, examples of the applicant's availability, and "one day" as "some day"
    { description: 'Gather stats for my newsletter and chart them. This can potentially evolve towards a fulltime position in the future.' },
    { description: 'Slice our designs into CSS. Email me your availability (ex: only Mondays, only 10 hours per week, or 40 hours per week).' },
    { description: 'Draw the art for my cult simulator. Players grow their cult and hopefully one day reach tax-exempt status.' },
    // a potential full-time role, the client's reply time to applicants, the date a payment starts
    { description: 'Zapier expert for our mortgage team. This is a potential full-time role with room for growth.' },
    { description: 'Frontend developers for our startup. We will be responding to the first candidates within the next 48 hours.' },
    { description: 'Need a very fast ghostwriter to write fantasy fiction. Payment of milestone starts on end of March.' },
    // "5-Year Projections" is no five-year project
    { title: 'Part-Time CFO Needed for 5-Year Projections', description: 'Build our model: revenue, costs and cash flow.' },
    // how long the product grants access
    { description: 'Glide app for construction punch lists. Clients get temporary access (1-week) to add items to a project.' },
    // a past launch date, and a full-time offer that may come later
    { description: 'Community liaison for our social network. We released the alpha in December and launched the beta on January 22.' },
    { description: 'Business analyst for our team: dashboards and findings. Integrity is key to getting a full time offer later.' },
    // a span already past, hours left open, and the end of a month something happened in
    { description: 'Our sales fell over the last 3 months. Find out why from our Shopify data.' },
    { description: 'Web developer for our agency. Working hours: part-time.' },
    { description: 'Landing page for my bakery. At the end of March we opened our second shop.' },
    // a heading whose value gives no date or length
    { description: 'Build our product pages. Timeline: Quick turnaround required.' },
    { description: 'A simple HTML and CSS website. Deadline : as soon as you can.' },
    { description: 'Build the MVP of our app. Duration: Short-term (MVP Development).' },
    // time already spent, a forecast's span, experience, what was so for a while, a period of data, the client's own jobs
    { description: 'Take my AI tool further. Now its been about two years since the first version.' },
    { description: 'Create a comprehensive 12-month cash flow and P&L forecast for our UK business.' },
    { description: 'Build our financial model: cash flow forecasting for the next 3-5 years.' },
    { description: 'Analytics lead. Must have at least 2 years working in a Fortune 500 setting.' },
    { description: 'The site was working correctly for a few days but now the data resets. Fix the bug.' },
    { description: 'Analyse hotel prices. The period from March 2012 to May 2023 is considered.' },
    { description: 'Artist for our app. We all have full-time jobs and build this as a passion project.' },
    { description: 'I am a full time day programmer looking for an artist for my game.' },
    // an investment's horizon, a heading with a requirement for its value, the years a catalogue spans, a past mod's making,
    // experience in years, and a full-time job the role may become
    { description: 'Build trading strategies for our portfolio on a 3-6 month time horizon.' },
    { description: 'Document our processes. Fast Turnaround Time: Must be able to document information efficiently.' },
    { description: 'Build our comics app over thousands of issues published over 70 years.' },
    { description: 'Artist for my roguelike FPS. My last mod, which I made in 3 years, has 130k downloads.' },
    { description: 'Remote PHP developer, minimum 4+ years of experienced resource only.' },
    { description: 'Write game guides, paid per article, with the potential to become a full time job.' },
    // the plans a subscription app sells
    { description: 'Audiobook app. Users choose a plan: 7-day free trial, Monthly plan, 6-month plan, Annual plan.' },
    // deadlines that are only said to matter, and a product named "Launch Today"
    { description: 'Research assistant for our team. Deadlines are essential; deadlines will be discussed with the freelancer.' },
    { description: 'Customize our app. We will be using Launch Today as a base and need the UI to match our brand.' },
    // the client's own full-time job, a topic a week, the client's reply to applicants, a site's throughput
    { description: 'Artists for my Unity games. This is my full-time job and I give it my all.' },
    { description: 'Write for our agency: interior design one week, cars the next. I will get back to the writers I like in the next couple of weeks.' },
    { description: 'Scale our crawler, which fetches several million pages per day.' },
    // any length will do: none is set
    { description: "Reskin the art of my MMORPG for a 50/50 revenue share. We'll go at your pace whether it takes you 6 months or 2 years." },
    // how long the client's money comes or lasts
    { description: 'A QuickSight revenue dashboard. Our revenue is earned over a period of 3 days to 2 weeks per reservation.' },
    { description: 'Backend developer for our AI tools. Long-term stability: projects are funded for 12+ months.' },
    // paperwork's time and a product's lock period are not the job's
    { description: 'Mission planner role. They need a security clearance, which could take 4-6 months to process.' },
    { description: 'Enhance my expo app: a basic investment section with a lock period of 6 months or 1 year.' },
    { description: 'Rewrite 40 short posts for $150. Payment made on Friday(s) through Paypal.' },
    // a minimum of years in a field is experience, and a team's sprint cycles are its cadence (set BF)
    { description: 'Market analyst. At least two years in market research. We work in 2-week sprint cycles.' },
    // what to tell of past work, and a numbered list after "deadline" (set BG)
    { description: 'AI consultant. Please submit your relevant similar experience - time frame of job, challenges faced & tools used.' },
    { description: 'Analyst. Must: 1) meet deadline 2) Receptive to feedback' },
    // what happened in a month of a year is not the job's time (set BH)
    { description: 'Zappos seeks a Systems Engineer. In January 2012, Zappos was named #11 on a list of best companies to work for.' },
    // a salary's raise, a poster coming back, and milestones for a duration (set BI)
    { description: 'Help desk staff. Starting salary is about $30k, but can be bumped up within a few months.' },
    { description: "Programmers for our RPG demo. I'll probably be back in a few weeks with another post." },
    { description: 'Voice bot developer.\nProject Duration: Milestone-Based, with room for a long-term collaboration' },
    // (set BP) years of expertise are experience
    { description: 'Swift developer with over 6 years of expertise to build a stock sync app for Shopify stores.' },
    // (set BQ) the client's own years at a craft
    { description: 'Partner for my 2D engine in C++ and SFML. I am no beginner (programming for 9 years, C++ for 5), but I want a second pair of eyes.' },
    // (set BR) calls at a cadence are how the work is discussed
    { description: 'CRO analyst for our agency. Be available for 2 calls per month with each client.' },
    // (set BS) a release date with no date
    { description: 'Modeller for our survival game.\nRelease Date: once it is done\nTeam: 9 people' },
    // (set BT) when money moves is not the job's time
    { description: 'Find the gap in our credit line. We pay suppliers through our bill portal within 30 days; buyers take up to 90 days to pay.' },
    // a heading whose value is a condition, not a date
    { description: 'Mod menu for our Unity game.\nDeadline: when it is done\nPay: 200 USD' },
    // (set BV) when the client interviews, not the job's time
    { description: 'Supabase bug hunt on our app. I am ready to interview within the next 24 hours.' },
  ],
  pass: [
    // a day wished for after "right away" or before "if possible"
    { description: 'Stripe payments fail on our WooCommerce checkout. Need someone right away, today if possible.' },
    // hours "between" two times; a duration above a line holding a bracketed placeholder the client left in
    { description: 'Automation partner, paid hourly. Need to be available for correspondence between 7 am and 12pm PST.' },
    { description: 'Part-time Spring Boot support on weekdays, around 90 minutes, IST 6.00 am to 8.00 am.' },
    { description: 'PHP developer for a tiny fix. It will take him only 5 minutes to patch the code.' },
    { description: 'Connect Lovable to Supabase and add logon. Apparently this is a 5 minute task.' },
    { description: 'Design internship.\nDuration: 2-4 months (flexible)\nLocation: Remote or Hybrid (if near [your city])' },
    // a launch season, and the job's length in minutes
    { description: 'Ionic app for our therapy platform, with a planned launch this summer.' },
    { description: 'Edit a PHP website, just a little tweak. This job should take a few minutes for a professional.' },
    // a contract's end and start dates
    { description: 'Sales assistant in Austin.\nContract Length: Starting at once, ending Dec. 31, 2026' },
    { description: 'Sales assistant in Austin.\nStart Date: Week of Nov. 9, 2026' },
    // a weekend the work must be done by
    { description: 'A couple of logos for my web app. I would like to push it online before the weekend is out.' },
    // the working day by the client's office
    { description: 'Operations analyst for our SaaS company. This role requires you to work during regular business hours Philippine time.' },
    // a date as the latest finish
    { description: "Paint my aunt's three dogs on one canvas. I would like it done no later than the end of July." },
    // a course the freelancer teaches lasts as long as the job
    { description: 'We are launching an academy offering a 4-week AI course for small business owners. We need a trainer to deliver it.' },
    // a couple of days' work in words
    { description: 'AI document consistency checker. The first step is basically a couple of days work.' },
    // a few hours' work in words
    { description: 'Flask with Python. Small job, Couple of hours work. The app exists, need to fix a few bugs.' },
    // the work wanted the same day
    { description: 'I have a Rust library and want it linked into my main crate. I need someone to work with me today itself.' },
    // a date with "at least" after "by"
    { description: 'Art for my iPad mini games. I would like to get the game finished up by at least the end of November.' },
    { description: 'Go and C developers for our platform. Will require engagement of atleast a month in Pune.' },
    { description: 'Blogger for our cookbook site, $15/post. I would like 2-3 posts/week.' },
    { description: 'Hands-on AWS labs: a video and a handout each. I want at least 4 labs per week.' },
    { description: 'I am seeking a developer to assist with building a proof of concept Retool app today.' },
    { description: 'Write Facebook updates for our clients. The job should take you a few hours a week.' },
    { description: "I'm looking for someone to write regular (2-4 a month) blog posts about Markdown." },
    // office hours the short way, and a couple of months without the "of"
    { description: 'Receptionist for our bike shop. Hours can be flexible but close to 9-5 is preferred.' },
    { description: 'Office help in Port Hope for regular office hours (typically M-F, 9-4).' },
    { description: 'Art for my 2D platformer. I am hoping to release in a couple months time.' },
    { description: 'Analysts who use Excel daily: join a 30 minute user research session on our AI tool.' },
    // fixed hours with a zone after each time, and the length of a consultation
    { description: 'On-call support for our AWS system from 4 am CET to 8 am CET.' },
    { description: 'Need an ML expert for a 2-hour consultation on our sales forecast.' },
    // (as it is often typed)
    { description: 'Pine Script expert. We need 1 hour consultaion to understand the script we have.' },
    { description: 'Ad monitoring.\nLog in to Magic Brief every Monday and pick 4 ads per industry.' },
    { description: 'XD to HTML for our SaaS: about 15 pages, 110-120 Hrs of work (Phase 1).' },
    { description: 'I am looking for a Seattle-based Flash animator for an approximately month-long contract.' },
    { description: 'Analyse the quiz data from our LMS. We need a monthly report.' },
    // a template's line for the hours
    { description: 'Designer on a monthly basis.\nmonthly salary : 6000\nwork per day : 5 hours' },
    // an estimate of hours, a total of hours written with a tilde, and "today" after a need typed fast
    { description: 'Fix the desync. Paid hourly, $50–70/hr, estimate 20–30 hours.' },
    { description: 'Change the text on my logo. Need it ASAP please, ideally today.' },
    { description: 'Pixel artist for my farming game, $25/hr, ~60 hours.' },
    { description: 'my code give error. need fix today. pay 20$' },
    // a go-live or target date under a heading
    { description: 'Move our store to WooCommerce. Go-live target: 15 March.' },
    { description: 'Redesign the landing page. Target date: 1 June.' },
    // a day of this month as the deadline
    { description: 'Reconcile my Etsy payouts every month and send me a one-page summary by the 5th.' },
    // a day of every month
    { description: 'Reconcile our accounts in Xero and send me a P&L by the 10th of the following month.' },
    // a start date
    { description: 'Make my restaurant website in WordPress, 5 pages. I want to start today.' },
    { description: 'Translate the filing; deliver within a 24-hour timeframe after receiving the documents.' },
    // "urgent, needed today" is a date (LABELS.md)
    { description: 'My WordPress site shows a white screen. Need it fixed today.' },
    { description: 'Our booking calendar shows blank since the update. We need someone to fix it today.' },
    { description: 'The menu is not showing on mobile and the contact form is not sending emails. Please fix both today.' },
    // a quarter as the deadline
    { description: 'Build the MVP. Target launch on App Store and Google Play by end of Q1.' },
    { description: 'Write the report; it is due before Q3 2026.' },
    { description: "Catch up our QuickBooks books. We'd like this finished before year end." },
    // a turnaround's length, a deadline's date, a fortnight
    { description: 'Retouch 300 product photos. 48h turnaround per batch of 50.' },
    { description: 'Draft three grant applications. First deadline March 15.' },
    { description: 'Fix the 3 bugs and send a signed APK. Need in a fortnight.' },
    // weekends the work is done over
    { description: 'Move us to Google Workspace over 1-2 weekends so it does not disrupt work.' },
    { description: 'Milestone 1: Post Retell to GHL. Due date 2025-03-07.' },
    { description: 'Testers must have been opted in for 14 days continuously.' },
    // hours with the period as an adverb
    { description: 'WordPress developer on a monthly basis. Work: 6-8 hours daily.' },
    { description: 'The landing page must be finished within 2 weeks.' },
    { description: 'Ongoing work, 20 hours per week.' },
    { description: 'Deadline: March 10.' },
    { description: 'Build a landing page.', fields: { timeline: '1 to 3 months' } },
    { description: 'Full-time role writing support articles.' },
    { description: 'All positions work from 0800 - 1400 CST.' },
    { description: 'We need 2/3 sprite assets a week for our game.' },
    // (a deadline said against an event is still one)
    { description: 'Design the programme. I need it 2 weeks before the event.' },
    { description: 'Illustrate 12 spreads at roughly one spread a week.' },
    { description: 'Tutor my daughter in two 1-hour online sessions a week.' },
    { description: 'Illustrate 78 tarot cards at about 5 cards a week.' },
    { description: 'Draw 15–20 floor plans a month from our sketches.' },
    // a deadline named by its day in the calendar, and a range of dates
    { description: 'We would like the flows live before Black Friday.' },
    { description: 'Move the site over a weekend, ideally 7–8 December.' },
    // a month the work starts in
    { description: 'Confirm appointments for our clinic. Pay is £9/hour, start in March.' },
    // lengths in minutes said with "last" or "in total", a season, "less than week", a markdown ordinal
    { description: 'Talk with our AI about movies. Each chat will last 20-30 min.' },
    { description: 'Join a survey call about your job. The assignment is 2 hours in total.' },
    { description: 'Draw art for my platformer, which I plan to finish sometime between this summer and the next.' },
    { description: 'Website for our staffing agency with a sign-up form. Expecting to get this done in less than week.' },
    { description: 'Isometric trains for my contest game. Finalists now have until 11^th of April to polish their games.' },
    { description: 'Analyse our support tickets and chart them in a PDF. The maximum time to complete the task is 10 hours.' },
    { description: 'WordPress expert needed for a CSS fix now. Could you work 2 hours now in real time?' },
    { description: 'Tell us whether our browser extension idea is feasible. It is a consulting-only job (1-3 hours).' },
    { description: 'Art for my tower defense game, which I am determined to finish by the end of the summer.' },
    { description: 'n8n automations for my business, ongoing. This is just a initial consultation of 30 minutes.' },
    { description: 'Analyse weather datasets. Work will be ad hoc, with each project taking hours to a few days.' },
    // "last" as a verb, an upper bound after a negation, a time allocated, the end of a month after "is"
    { description: 'Trading bot in Python. The project is expected to last 3 to 6 months.' },
    { description: 'Reconcile our 2024 transactions. The planned time for this work should not exceed 2 weeks.' },
    { description: 'Fix the MVP quickly. It shouldn’t take 1-2 months.' },
    { description: 'Write each weekly report; it should not take longer than 1 hour to complete.' },
    { description: 'Move our logs into a data lake. The allocated time for the POC is 40 hours.' },
    { description: 'Build the ingestion proof of concept. Our target date for completion is end of February.' },
    // a few days a task takes, a work week, hours to spend, a workload
    { description: 'Fix my FlutterFlow login flow, a simple project taking just a few days.' },
    { description: 'React Native developer on weekdays, aiming for a 30-hour work week.' },
    { description: 'Fix my chatbot’s webhook. You must be able to spend 1-2 hours today or tomorrow.' },
    { description: 'Review deals for our fund. Estimated workload of 5-15 hours per deal.' },
    // working hours under their heading, a shift, the dotted times, and the next line's "Experience"
    { description: 'Chat support for our store. Work Hours: Overnight shift (EST time zone).' },
    { description: 'Design our pages with us. Work Hours: 10:00 a.m. to 6:00 p.m. Spanish time.' },
    { description: 'Laravel developer for our studio.\nWorking Hours: 2 PM - 11 PM (Pakistan Time)\nExperience Level: Expert' },
    // a plan the length belongs to, and a term in years
    { description: 'Marketplace app for our suppliers. Timeline: Looking for a 1-3 month development plan.' },
    { description: 'Financial controller for our firm. Terms: 3 years full-time contract.' },
    { description: 'Backend developers for our Denver office, one year + contract.' },
    { description: 'Cosplayers for a web series shoot THIS WEDNESDAY, DECEMBER 12TH from noon til 6, $110 for the day.' },
    { description: 'Take part in our research study on AI at work. Our survey will take approximately 10–15 minutes.' },
    { description: "Tileset for my platformer. No rush, though I'd like it ready mid October." },
    // a week of a month as typed, a schedule of dates, a project's months, deadlines said with "will be", a delivery month,
    // the work wanted today, a weekend
    { description: 'Finish our recipe app. It must be completed 1st week o April.' },
    { description: 'Test our PPV stream.\nRough Schedule\nMarch 14th - ticket release\nMarch 29th - livestream' },
    { description: 'Score employment data. This is an ongoing project (November 2023 – January 2024).' },
    { description: 'Churn analyst. The deadlines will be early November, early December and early January.' },
    { description: 'Baby sleep app MVP. A working MVP for delivery maximum in August.' },
    { description: 'Webflow developer to help finalize our website for launch today.' },
    { description: 'Our landing page needs a developer to bring it over the finish line over the weekend.' },
    // a start month under its heading, and several pieces a week
    { description: 'Unity programmer for our racing sim.\nThis is when you would start:\n• June 2014' },
    { description: 'Writer for our travel sites. Several long articles expected per week.' },
    // the day before the need, and delivery the same day
    { description: 'One flight search page in Bootstrap, mobile responsive, and tomorrow i need it.' },
    { description: 'Spanish summary in PPT. Time : URGENT - Same Day Delivery ( 5 hours )' },
    // a duration heading above its value
    { description: 'Solana community support.\nTask Duration:\n1-2 hours (brief chat with us).' },
    { title: 'Front-end HTML Developer with JavaScript Skills - 40 Hours Project', description: 'We are a data company building a product for hiring teams.' },
    // a length after its heading with no colon, and a night's work today (set BG)
    { description: 'Interview support for a data analyst role. Duration 30 min.' },
    { description: 'Laravel developer needed for hourly work - should start right away & work whole night today.' },
    // a span of months of work, and a release in a month of a year (set BH)
    { description: 'Facebook game programmer. Part-time work January-June, then beta testing and a release to high schools in August 2013.' },
    // a release in a year (set BI)
    { description: 'Designer to refine the design document of a puzzle game I want to reboot for release in 2014.' },
    // (set BP) a session's length after it, a few minutes of the applicant's time, a bare ordinal after "due"
    { description: 'Tutor me in Flask. We would set up weekly video sessions of 45-60 minutes while I build small apps.' },
    { description: 'Quick survey for Rust developers. Takes only 3 minutes of your time.' },
    { description: 'Write up the bridge load results as a report.\n\nDue: 21st.' },
    // (set BQ) working days one by one, with the hours
    { description: 'Part-time tech for our phone repair shop. You would work Tue-Thu-Sat 10:00-6:00, the rota can move.' },
    // (set BR) hours a day to be online
    { description: 'Convert PDFs to HTML, part-time. You need to be online for 2 hours while my shop is open.' },
    // (set BS) a release date as a heading
    { description: 'C++ programmers for our point-and-click adventure.\nRelease Date: Q2 2014\nEngine: Ogre' },
    // working days written out, not only short
    { description: 'Shop assistant for our phone store. Work Wednesday/Saturday 10-4.' },
    // (set BV) small fixes wanted the same day
    { description: 'Rails and Angular developer for a couple of tweaks today, more in chat.' },
  ],
};
