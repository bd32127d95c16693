import type { RuleExamples, SectionRule } from '../rule';
import { isNegated, scannedApart, sentenceAround } from '../text/match';
import { CALL_KIND, channelInBracketsAfterCommunication, CLIENT_GIVES_LATER, CLIENT_READS_MESSAGES, CLIENT_USES_MESSENGER, IN_SENTENCE, MEETING, rx, SERVED_PEOPLE, WHERE_MESSAGES_ARE, WORK_OVER_CHANNEL } from '../text/vocab';
import { collectEvidence } from './section-helpers';

/** How often: "weekly", "every two weeks", "every Friday", "twice a week". */
const CADENCE = String.raw`(?:daily|weekly|bi-?weekly|fortnightly|monthly|every[ \t]+(?:day|morning|evening|week|other[ \t]+(?:day|week)|(?:two|three|2|3)[ \t]+(?:days|weeks)|(?:mon|tues|wednes|thurs|fri)day)|once[ \t]+a[ \t]+(?:day|week)|twice[ \t]+a[ \t]+week|each[ \t]+(?:day|week))\b`;
/** A meeting app named as the meeting ("a weekly Zoom"), not its recordings or account ("a 10-minute Zoom recording to transcribe"). */
const MEETING_APP = String.raw`(?:zoom|google meet|ms teams|microsoft teams|skype)\b(?![ \t]+(?:recordings?|videos?|transcripts?|files?|clips?|accounts?|subscriptions?)\b)`;
/** How long a call is, before it: "30-min", "a 45-minute", "fifteen minute". */
const CALL_LENGTH = String.raw`(?:\d+|fifteen|thirty|sixty)[- ]?(?:min(?:ute)?s?|hours?|hr)`;

/** Tools a team works in: "via Slack", "use our Jira". */
const WORK_TOOL = String.raw`(?:slack|zoom|google meet|google chat|hangouts|webex|ms teams|microsoft teams|teams|discord|loom|trello|asana|jira|clickup|basecamp|notion)`;
/** Channels a conversation runs over: "communication over Skype", "communicate by email". */
const MESSENGER = String.raw`(?:skype|whatsapp|telegram|e-?mail|phone|chat|text|upwork|im|instant messag\w*)`;
/** Time zones by their codes, upper-case only: "est" and "ist" are word endings in lower case. */
const ZONE_CODES = String.raw`EST|EDT|PST|PDT|CST|CDT|MST|CET|CEST|GMT|BST|UTC|IST|AEST|SGT`;
/** The platform's own chat: "Upwork chat", "Upwork's messages". */
const UPWORK_CHAT = String.raw`upwork(?:'s)?\s+(?:chat|messages|messaging|messenger)`;

/** The applicant picked, or who may be: "the selected candidate", "shortlisted freelancers", "the winning bidder". */
/** A channel updates or calls go over, named two at a time: "email / Zoom updates". */
const UPDATE_CHANNEL = String.raw`(?:e-?mail|zoom|phone|slack|skype|teams)`;

const CHOSEN_APPLICANT = String.raw`(?:qualified|shortlisted|selected|suitable|interested|successful|serious|chosen|hired|winning|awarded|correct|right)\s+(?:bidders?|applicants?|candidates?|freelancers?|person)`;

const PATTERNS = [
  // channels the work runs through
  // (not requirements kept there, "written on Trello", nor work "independently and in teams", "on teams building
  // enterprise applications", nor the tool a role runs its workflows in, "run Agile boards in Jira")
  rx(String.raw`\b${WORK_TOOL}\b(?<=\b(?:via|on|over|through|using|in|use|join|prefer)\s+(?:our\s+)?${WORK_TOOL})(?<!\bworkflows?\s+using\s+${WORK_TOOL})(?<!\b(?:written|listed|documented|described|detailed|based)\s+(?:up\s+)?(?:on|in)\s+(?:our\s+)?${WORK_TOOL})(?<!\b(?:and|or|independently|individually|alone|well|both)\s+in\s+teams)(?!(?<=\bnotion)\s+(?:database|db|tables?|pages?|docs?|wiki)\b)(?!(?<=\bteams)\s+(?:building|of|that|who|which|working|developing|where)\b)`),
  // updates and how often, with the channel between: "Updates by email every 2 days", "an update every other day", "keep
  // giving updates each few hours" (not
  // "update daily", which may be the client's own work, nor "Daily & Weekly Market Updates Weekly Newsletter", products)
  rx(String.raw`\b(?:updates|an update)\s+(?:(?:by|via|over|on|in)\s+(?:e-?mail|slack|whatsapp|phone|teams|loom|video|text|telegram)\s+)?(?:every|each)\s+(?:(?:\d+|two|three|four|few|other|couple of)\s+)?(?:hours?|hrs?|days?|weeks?|business days|working days|morning|evening)\b`),
  // a meeting held to discuss the work: "Due March 7: Meet to discuss the design (1 hour)"
  scannedApart(rx(String.raw`\bmeet\s+(?:with\s+(?:me|us|you|the\s+team)\s+)?to\s+discuss\b`)),
  // a meeting held on one: "We can do a Google Meet to discuss", "schedule a quick Zoom"
  rx(String.raw`\b(?:zoom|google meet|teams|skype)\b(?<=\b(?:do|have|schedule|set up|book|arrange|jump on|hop on)\s+an?\s+(?:quick\s+|short\s+)?(?:zoom|google meet|teams|skype))(?:\s+(?:calls?|meetings?|chats?))?`),
  rx(String.raw`\b(?:slack|zoom|google meet|microsoft teams|loom|skype) (?:calls?|meetings?|channel|workspace|updates?|sessions?)\b(?<!\b(?:record|recorded|transcribe|transcribed|edit|edited)\s+(?:\w+\s+)?(?:zoom|skype|loom) sessions?)|\birc\s+to\s+(?:discuss|communicate|talk|chat|coordinate)\b`),
  // what a channel is for: "Slack for messages", "email for questions" (scanned apart: it starts at every "email")
  scannedApart(rx(String.raw`\b(?:slack|zoom|google meet|microsoft teams|ms teams|discord|whatsapp|telegram|skype|steam|e-?mail)(?: or (?:slack|zoom|discord|whatsapp|telegram|skype|steam|e-?mail))? for (?:(?:quick|short|small|urgent|daily|day-to-day|any|all|first|initial)\s+)?(?:messages|messaging|communication|updates|questions|feedback|chat|calls|meetings|check-?ins)\b`)),
  // the platform's own chat, and any channel the work is said to be discussed over: "we'll communicate through Upwork
  // chat", "communication over Skype", "we will talk on whatsapp", "we'll keep in touch by email" (not "contact me on WhatsApp", which is how to apply; it starts at the channel,
  // a rarer word than "communication", and looks back)
  scannedApart(rx(String.raw`\b${UPWORK_CHAT}\b(?<=\b(?:via|on|over|through|using|in|use|prefer|by)\s+(?:the\s+)?${UPWORK_CHAT})`)),
  scannedApart(rx(String.raw`\b${MESSENGER}\b(?<=\b(?:communicat\w*|talk|chat|speak|(?:keep|stay|get|be) in touch|get together|meet(?: up)?)\s+(?:\w+\s+){0,2}(?:via|through|over|on|by|in)\s+(?:the\s+)?(?:(?:voice|video)\s+)?(?:[\w-]+\s+or\s+)?${MESSENGER})`)),
  // the work itself handed over a channel: "all files are sent by email"
  scannedApart(rx(WORK_OVER_CHANNEL)),
  // the team's channel, even in bold ("The team talks on **Discord** for updates"), a messenger asked for as
  // the contact ("PM me your steam, it is how I mostly talk"), the client's machine reached remotely ("you
  // should support me by AnyDesk", "Able to work over remote desktop"), and details left to a discussion ("Details on
  // discussion, please place your bid"); each starts at its rarer word and looks back
  scannedApart(rx(String.raw`\b(?:discord|slack|microsoft teams|ms teams|google meet|zoom)\b(?<=\bcommunicat\w*\s+(?:\w+\s+){0,2}(?:via|through|over|on|by|in|using)\s+(?:\*\*|__)?(?:discord|slack|microsoft teams|ms teams|google meet|zoom))|\b(?:steam|skype|discord|telegram|whats ?app)\b(?<=\b(?:pm|dm|message|send)\s+(?:me|us)\s+your\s+(?:steam|skype|discord|telegram|whats ?app))(?=[^.!?\n]{0,40}\b(?:contact|communicat\w*|talk|chat)\b)|\b(?:anydesk|teamviewer|remote\s+desktop)\b(?<=\b(?:support|help|work|connect|assist)\w*\s+(?:me\s+|us\s+)?(?:by|via|through|trough|over|on|using)\s+(?:anydesk|teamviewer|remote\s+desktop))|\bdiscussion\b(?<=\bdetails\s+(?:on|in|upon|after)\s+(?:the\s+)?discussion)`)),
  // a template's line for the team's channels, "Team Communication: Slack, wiki", and updates at a stated
  // interval, "updates on the development and check ins … every 48hrs"
  rx(String.raw`\b(?:team\s+)?communication\s*:\s*(?:via\s+)?(?:skype|slack|discord|e-?mail|zoom|ms teams|microsoft teams|teams|whatsapp|telegram|google meet|trello|asana|jira)\b`),
  scannedApart(rx(String.raw`\bevery\s+\d+\s*(?:hrs|hours|h|days)\b(?<=\b(?:updates?|check[- ]?ins?|rounds?|reports?|calls?|meetings?|syncs?|stand-?ups?)\b[^.!?\n]{0,80}every\s+\d+\s*(?:hrs|hours|h|days))`)),
  // the work run through a remote desktop, "Work Remote via Anydesk only", and "we will need to chat and call"
  // (each starts at its rare word and looks back: started at "via" or "we" it was tried at every one)
  scannedApart(rx(String.raw`\b(?:anydesk|teamviewer|remote desktop)\b(?<=\b(?:via|through|over|using)\s+(?:anydesk|teamviewer|remote desktop))|\bcall\b(?<=\b(?:we|i)(?:['’]ll|\s+will)?\s+(?:need\s+to\s+)?(?:chat|talk|speak)\s+(?:and|&)\s+call)`)),
  // many updates a day: "several updates a day (screenshots+links)"; and when the client reads:
  // "I only read my email Thursday 1-4pm"
  rx(String.raw`\b(?:many|several|multiple|\d+)\s+updates\s+(?:a|per)\s+day\b|\bcheck\s+(?:my\s+)?(?:e-?mail|messages)\b(?=[^.\n]{0,20}\b(?:mon|tue|wed|thu|fri|sat|sun)\w*)`),
  // meetings by another name: "join our brainstorming sessions" with the product team, "an initial consultation to
  // discuss existing code", "Could you do a consultation with me", "A 2-hour consultation to go over the files", "I can go through it with you", "You MUST be able to
  // skype once a week" (not the role's own with its clients: "Run first consultation calls or meetings with
  // clients")
  rx(String.raw`\bbrainstorm(?:ing)?\s+sessions?\b|\b(?:initial|intro(?:ductory)?|free)\s+consultation\b(?!\s+(?:calls?\s+|sessions?\s+)?(?:(?:or|and)\s+meetings?\s+)?with\s+(?:clients|customers|patients|prospects|leads|users|students|artists)\b)|\bconsultation\s+(?:(?:call|session|meeting)s?\s+)?(?:with\s+(?:me|us)\b|to\s+(?:review|discuss|go\s+over|walk\s+(?:us\s+)?through|present)\b)|\bgo\s+through\s+(?:it|this|the details|everything)\s+with\s+you\b|\b(?:skype|zoom|call|meet)\s+(?:once|twice|three times)\s+(?:a|per|every)\s+(?:week|day|month)\b`),
  // …or the messenger the client will use: "We'll use WhatsApp", "I use Telegram for the team"
  rx(CLIENT_USES_MESSENGER),
  // e-mail or a messenger named as the team's main channel: "PM me your email (how we mostly talk)"
  rx(String.raw`\b(?:main|primary|preferred|usual)(?<!\byour\s+(?:main|primary|preferred|usual))\s+(?:means|channel|method|mode|way)\s+of\s+communication\b(?!\s+(?:with|for|between)\s+(?:the\s+)?(?:clients|customers|users|members|patients|buyers|sellers|guests))`),
  // the details shared once an NDA is signed: "NDA needed before details are shared"
  // (and "Once an NDA is signed, more about the project will be disclosed", "needs that will be disclosed
  // before the project begins", "More details given after response")
  rx(String.raw`\bbefore\s+(?:the\s+)?(?:project\s+|full\s+)?details\s+(?:are|will\s+be|get)\s+shared\b|\b(?:requirements|details)\s+(?:that\s+)?will\s+be\s+disclosed\s+before\s+(?:the\s+)?(?:project|work)\s+(?:begins|starts)\b|\b(?:further|more|full)\s+details\s+(?:to\s+be|will\s+be)\s+provided\s+after\b|\bnda\b(?<=\b(?:upon|after|once)\s+signing\s+(?:an?\s+|the\s+)?nda)[ \t,]+(?:more\s+|further\s+|full\s+)?(?:information|info|details)\b[^.!?\n]{0,40}\bwill\s+be\s+(?:disclosed|shared|provided|given)\b`),
  // a city's time after an hour (with "am"/"pm", or minutes), as schedules write it: "Monday to Friday, from 8 AM to 4 PM
  // (Ottawa time)", "12:00 AM (midnight) Berlin time" (case-sensitive, so that the city is a name; it starts at the
  // hour: started at the city, a capital, it was tried at every capitalised word, +1.2% instructions)
  rx(String.raw`\b\d{1,2}(?::\d\d\s*(?:[AaPp]\.?[Mm]\.?)?|\s*[AaPp]\.?[Mm]\.?)\s*\(?(?:[A-Z][a-z]+ )?[A-Z][a-z]+ time\b`, 'g'),
  // cadence
  // ("weekly video updates", "daily Slack check-ins", "I prefer email updates once a week", "send status updates"; not
  // "status updates" alone, mostly a product's, "live order status updates", or a role's paperwork, "maintain
  // reports and status updates"; not the app's "weekly report screen" or a report's "worksheet"; not updates to software,
  // "regular updates to systems", "regular fixes and improvements"; nor reports on a subject that are the work itself:
  // "weekly reports on sales figures", "regular updates on the market's performance", "regular reports and slides
  // summarizing findings" (set BL), "weekly reports summarizing
  // findings")
  rx(String.raw`\b(?:daily|weekly|bi-?weekly|regular|frequent|twice[- ]a[- ]week|end[- ]of[- ]day|progress|status(?=\s+(?:calls?|meetings?|check[- ]?ins?|stand[- ]?ups?|syncs?)\b)|status(?<=\b(?:provide|send|give|share|post)\s+(?:\w+\s+){0,3}status))\s+(?:(?:e-?mail|video|videoconference|video-conference|loom|written|slack|status|progress|code)\s+)?(?:updates?|calls?|meetings?|check[- ]?ins?|stand[- ]?ups?|reports?|reporting|syncs?|reviews?|demos?)\b(?!\s+(?:specialists?|analysts?|dashboards?|tools?|automation|screens?|pages?|views?|tabs?|features?|templates?|widgets?|modules?|sections?|generat\w+|emails?|notifications?|worksheets?|sheets?|spreadsheets?|workbooks?|files?|forms?|logs?|records?|recordings?|volumes?|data|scripts?|lists?)\b)(?!\s+with\s+(?:[\w-]+\s+)?(?:templates?|designs?|layouts?|formats?)\b)(?!\s+(?:to|of|for)\s+(?:the\s+|all\s+|our\s+|your\s+)?(?:it\s+)?(?:systems?|software|plugins?|apps?|site|website|servers?|database|os|firmware|packages?|dependencies)\b|\s+and\s+(?:troubleshooting|maintenance|bug[- ]?fix\w*|fixes|support|patch\w*|improvements?|enhancements?|new features?)\b)(?!\s+and\s+(?:insights|presentations)\b|,?\s+covering\b)(?!\s+(?:summari[sz]ing|covering|analy[sz]ing|(?:on|about)\s+(?!(?:the\s+|your\s+|my\s+|our\s+)?(?:progress|status|work|project|tasks?|development|build|deliverables?|milestones?)\b)))`),
  // the client at hand to help, a talk already had (set BN): "We are around at any time to consult if you get
  // stuck", "the updates to the site that we talked about"
  rx(String.raw`\bavailable\s+(?:at\s+any\s+time|any\s*time|anytime)\s+to\s+(?:consult|help|answer|discuss|talk|chat)\b|\b(?:talked|spoke)\s+about\b(?<=\b(?:that|which|as)\s+we\s+(?:talked|spoke)\s+about)`),
  // a meeting asked for, a handover (set BL): "I would like to meet you" (not a hiring ad's "we want to meet you!"), "Take part in a handover session to walk through the
  // solution"
  rx(String.raw`\bmeet\s+(?:with\s+)?you\b(?<=\b(?:i|we)\s+(?:would\s+(?:like|love)|['’]d\s+(?:like|love))\s+to\s+meet\s+(?:with\s+)?you)|\bhand-?over\s+(?:session|call|meeting)s?\b|\bwalk\s+(?:me|us)\s+through\s+(?:the|it|everything|how)\b(?![^.!?\n]{0,60}\b(?:proposals?|applications?|cover letter|bids?)\b)`),
  // updates asked for at a cadence (set BK): "Update me on progress at set intervals (e.g., weekly)", "Must report
  // updates daily at the end of day" (set BM); and talks before the award: "We can hold a few technical talks to settle
  // this project" (set BM) (each starts at the rarer word after the verb and looks back)
  rx(String.raw`\bkeep\s+(?:me|us)\s+(?:updated|informed|posted)\b(?=[^.!?\n]{0,50}\b(?:daily|weekly|every|regular(?:ly)?|intervals?)\b)|\bkeep(?:ing|s)?\s+(?:me|us)\s+(?:updated|informed|posted)\s+(?:on|about|of)\s+(?:the\s+|your\s+)?progress\b|\bupdates?\s+(?:daily|weekly|every\s+day)\b(?<=\b(?:report|send|give|provide|post)\s+(?:progress\s+)?updates?\s+(?:daily|weekly|every\s+day))|\b(?:technical\s+)?discussions\b(?<=\b(?:we|i)\s+(?:can|will|could|should|would)\s+(?:have|hold)\s+(?:a\s+few\s+|few\s+|some\s+)?(?:technical\s+)?discussions)`),
  // working together on a shared screen, or over a messenger (set BG): "Guidance step by step via screen-sharing", "a
  // screen share session", "work with a 3D modeller over Skype" (not a product's: "an app with screen sharing")
  rx(String.raw`\bscreen[- ]?shar(?:e|ing)\b(?<=\b(?:via|over|through|by|using|do|with)\s+(?:a\s+)?screen[- ]?shar(?:e|ing))(?!\s+(?:feature|functionality|app|tool|software|option)s?\b)|\bscreen[- ]?shar(?:e|ing)\s+(?:sessions?|calls?|meetings?)\b|\bover\s+skype\b(?<=\b(?:team\s+up|work|collaborate|chat|talk|meet)\b[^.!?\n]{0,40}over\s+skype)`),
  // details left to messages (set BI): "Other instructions will be discussed in messages"
  rx(String.raw`\bdiscussed\s+(?:in|via|over|by|through)\s+(?:the\s+)?(?:messages?|chat|pm|dm|private\s+messages?|inbox)\b`),
  // the team's agile meetings the freelancer joins (set BF): "Join Scrum meetings, sprint planning and code
  // reviews", "attend daily stand-ups" (not a product's: "a scrum board app")
  rx(String.raw`\b(?:scrum|agile|sprint)\s+(?:meetings?|ceremonies|calls?|planning(?:\s+(?:meetings?|sessions?))?|reviews?|retros?(?:pectives?)?)\b(?<=\b(?:participate|participating|take\s+part|join|joining|attend|attending|involved)\s+in\s+(?:(?:our|the|daily|weekly|regular|all)\s+)?(?:scrum|agile|sprint)\s+\w+)`),
  scannedApart(rx(String.raw`\bupdates?\b(?<=\b(?:e-?mail|video|loom|written|slack)\s+updates?)${IN_SENTENCE}{0,20}?\b(?:daily|weekly|once a (?:day|week)|twice a week|every (?:day|week|morning|evening|friday|monday)|each (?:day|week))\b`)),
  // (or to whoever the client names: "report to our practice manager on WhatsApp at the end of each day")
  rx(String.raw`\b(?:update|report to|check in with|meet with|call with|sync with)\s+(?:me|us|the team|(?:our|my|the)\s+(?:[\w-]+\s+)?(?:manager|team|lead|owner|founder|ceo|cto|coo|supervisor|director|editor|producer|pm))\b${IN_SENTENCE}{0,30}\b(?:daily|weekly|every|each|regularly)\b`),
  // when the client reads and answers: "I check messages here every evening", "on Upwork every evening", "we reply to messages twice a day" (scanned
  // apart: it starts at every "check")
  scannedApart(rx(String.raw`\b${CLIENT_READS_MESSAGES}\s+(?:${WHERE_MESSAGES_ARE}\s+)?(?:every\s+(?:day|evening|morning|night|weekday)|daily|once a day|twice a day|each (?:day|evening|morning))\b`)),
  // time zone and overlap ("8am–1pm Arizona time"): a US zone after the hours, as schedules write it: "Mon–Fri, 9am–1pm Pacific" (it starts at the zone and looks back)
  rx(String.raw`\b(?:eastern|pacific|central|mountain)\b(?<=\d\s*(?:am|pm)\s+(?:eastern|pacific|central|mountain))(?:\s+(?:standard\s+)?time\b)?`),
  // …a zone's code (not Outlook's mail archive: "emails in Outlook PST files"; see `zoneOfAnotherTime` for a code that
  // times a deadline or a posting)
  rx(String.raw`\b(?:${ZONE_CODES})(?<!\b[Oo]utlook\s+PST)(?!(?<=PST)\s+(?:files?|archives?))(?:\s?[+-]\s?\d{1,2})?\b`, 'g'),
  // …or named ("any time zone is fine" names none; not the perk "flexible working hours", which fixes no overlap, nor the
  // applicant's "preferred working hours" asked for)
  rx(String.raw`\b(?:time ?zones?(?<!\b(?:any|all|every|whatever)[ \t]+time ?zones?)(?<!\b(?:clients?|customers?|markets?|users?|audiences?)\b[^.!?\n]{0,30}\b(?:different|multiple|various|several|many|across)[ \t]+time ?zones?)(?<!\b(?:pick|select|choose|set|detect|convert|display|show|change)[ \t]+(?:the[ \t]+|a[ \t]+|their[ \t]+|your[ \t]+|user['’]?s?[ \t]+)?time ?zones?)|overlap\w*|business hours(?<!(?:\bi\.e\.|\be\.g\.|\bsuch as|\blike)[ \t]*business hours)|working hours(?<!\bflexible\s+working hours)(?!\s+(?:are|is|can\s+be|will\s+be)\s+flexible\b)(?<!\b(?:your|and)\s+preferred\s+working hours)|(?:eastern|pacific|central|mountain|arizona|atlantic|hawaii|alaska|uk|london|british|european|india|indian|dubai|gulf|singapore|sydney|melbourne|australian|new york|california|manila|philippine|tokyo|japan) time)\b`),
  // meetings, calls, interviews, kickoff: as steps of the work, not product features ("AI caller", "meeting scheduler") nor
  // a venue's room ("a meeting room"), nor an interview as content ("a clip of an interview you edited", "an interview
  // podcast"), nor calls that are the work ("sell to anyone on a phone call"), nor a screen share as what a video
  // shows ("a screen share of a module you've built"), nor the role's meetings with the client's clients ("Attend client
  // meetings and interviews on behalf of our engineering team", set BK)
  rx(String.raw`\b(?:interview|screening call)s?\b(?<=\b(?:a|an|short|quick|brief|initial|first|video|zoom|phone|telephone|technical|final|skype|webex|teams)\s+(?:interview|screening call)s?)(?![ \t]+(?:(?:(?:that|which)[ \t]+)?(?:you|we|i)(?:['’]ve|[ \t]+have)?[ \t]+(?:edited|recorded|produced|filmed|transcribed|conducted|mixed|cut|shot)|podcast|series|show|format|transcripts?|recordings?|clips?|footage|episodes?|bots?|apps?|platforms?|software|tools?|scheduler|scheduling)\b|[ \t]+with[ \t]+(?:(?:each|every|all|the|our|\d+)[ \t]+)?(?:participants?|respondents?|subjects?|interviewees?|experts?)\b)|\binterview(?:ed)?\s+(?:call|process|with (?:us|me|our)|round|stage)\b|\binterview\b(?<=\b(?:during|in|at)\s+(?:the|an|our)\s+interview|\b(?:i|we)\b[^.!?\n]{0,60}\bafter\s+(?:the|an|our)\s+interview)|\binterview\b(?<=\b(?:will|would|to)\s+interview)(?<!\b(?:ability|able|skills?|experience)\s+to\s+interview)(?![ \t]+(?:(?:our|the|your|key|all|their|\d+)[ \t]+){0,2}(?:[\w-]+[ \t]+)?(?:staff|stakeholders?|employees?|users?|customers?|participants?|respondents?|experts?|patients?|founders?|owners?|managers?|executives?|team[ \t]+members?)\b)|\binterviewed\b(?<=\bbe\s+interviewed)|\binterviews?\b(?<=\b(?:pass|clear)(?:es|ed|ing)?\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+)?interviews?)|\b(?:attend|join)\s+(?:all\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:video\s+|zoom\s+|weekly\s+|daily\s+)?(?:calls|meetings)\b(?<!\b(?:client|customer|sales|investor)\s+(?:calls|meetings))|\binterviews?\b(?=[ \t]+(?:immediately|asap|this week|next week|(?:will )?(?:start|begin)))`),
  rx(String.raw`\b(?:kick-?off(?<!\bto\s+kick-?off)(?!\s+(?:the|this|our|my|a|an|its|with)\b)|(?:quick|short|intro(?:ductory)?|discovery|weekly|daily|bi-?weekly|fortnightly|monthly|regular|follow-up|onboarding)\s+calls?(?![ \t-]+(?:logs?|records?|recordings?|volumes?|data|scripts?|lists?)\b)|(?:video|zoom|skype|teams|phone)\s+calls?(?<=\b(?:have|schedule|set up|join|hop on|jump on|on|via|over|through)\s+(?:a\s+)?(?:video|zoom|skype|teams|phone)\s+calls?)(?<!\bsell\w*\b[^.!?\n]{0,40})|(?:video|zoom|skype|teams|phone)\s+calls?\s+with\s+(?:us|me|you|the team|our team)|call(?<=\b(?:a|on a|schedule a|hop on a|jump on a|set up a)\s+(?:\w+\s+)?call)(?![ \t-]+(?:recordings?|transcripts?)\b)(?![ \t-]+backs?\b)(?![ \t]+(?:is|was)[ \t]+(?:being[ \t]+)?(?:received|made|placed|answered)\b)(?<!\b(?:receiving|receive|receives|incoming|missed|outgoing)[ \t]+a[ \t]+call)(?![ \t]+(?:doesn['’]?t|does[ \t]+not|didn['’]?t|fails?|failed|never)\b)(?!(?:[ \t]+(?:and|&|or)[ \t]+[\w-]+|[ \t]*\/[ \t]*[\w-]+)?[ \t]+buttons?\b)(?![ \t-]+(?:to[ \t-]+action|bookings?|scheduler|scheduling)\b)(?!(?:[ \t]+(?:and|&)[ \t]+[\w-]+)?[ \t]+(?:modules?|features?|functionality|system|sdk|integration|capabilit\w+)\b)(?<!\b(?:they|leads?|prospects?|customers?|clients?|users?|visitors?|guests?)\s+(?:can\s+|to\s+)?(?:book|do|make|start)\s+an?\s+(?:[\w-]+\s+)?call)(?<!\b(?:rest|api|function|method|ajax|http|rpc|webhook|system|mock|practice|sample|test|sales|cold|support|customer|inbound|outbound)\s+call)|meetings?(?<=\b(?:weekly|daily|regular|scheduled|kick-?off|initial|short|brief|planning|review|sync|team|zoom|video|online|virtual|a)\s+meetings?)(?!\s+(?:rooms?|spaces?|notes|minutes|schedul\w+|apps?|tools?|platforms?|software|transcri\w*|bots?|recorders?|summar\w*|assistants?|booking|links?)\b)|meet (?:with )?(?:me|us|the team)|meet\s+(?:up\s+)?in\s+person(?<=\b(?:available|able|happy|willing|glad|must|will|can|could|need|required)\s+(?:to\s+)?meet\s+(?:up\s+)?in\s+person)|screen ?shar\w+(?!\s+of\b)|screen-share(?!\s+of\b))\b`),
  // planning or status meetings at a cadence, and meetings in person: "Code reviews and planning sessions twice a week will be
  // part of the development cycle", "weekly sprint planning meetings", "fine with in-person meetings if needed"
  rx(String.raw`\b(?:semi-?daily|daily|weekly|bi-?weekly|fortnightly|regular)\s+(?:sprint[- ])?(?:planning|status|sync|review)\s+(?:sessions?|meetings?)\b|\bin[- ]person\s+meetings?\b`),
  // a call of a stated length: "a 30-min video call with the top 3", "a 15 minute intro call", "45-minute weekly Zoom meetings",
  // "a 15-minute standup on Tuesdays", or a meeting app named as the meeting: "a 45-minute Google Meet"
  rx(String.raw`\b${CALL_LENGTH}[ \t]+(?:(?:${CALL_KIND}[ \t]+){0,2}${MEETING}\b|${MEETING_APP})`),
  // a meeting app named as the meeting, at a cadence: "Weekly 30-min Zoom with our office manager" (a length alone is read
  // by the pattern above, which starts at the number)
  scannedApart(rx(String.raw`\b(?:daily|weekly|bi-?weekly|fortnightly|monthly)(?:[ \t]+${CALL_LENGTH})?[ \t]+${MEETING_APP}`)),
  // check-ins and calls at a cadence said after them: "We'll check in by video call every two weeks", "check in with me
  // weekly", "Video call every other week" (not the product's guests checking in)
  scannedApart(rx(String.raw`\bcheck(?<!\b${SERVED_PEOPLE}[ \t]+check)(?:s|ing)?[ \t]+in\b(?:[ \t]+(?:with|by|over|via|on)\b[^.!?\n]{0,30}?)?[ \t]+${CADENCE}|\b(?:video|zoom|phone|skype|teams)[ \t]+(?:calls?|meetings?|check-?ins?|syncs?)[ \t]+${CADENCE}`)),
  // response time and availability ("critical issues looked at within 4 hours")
  rx(String.raw`\b(?:responsive\b(?<=\b(?:be|stay|remain|very|highly)\s+responsive)(?<!\b(?:widget|site|website|app|page|pages|design|layout|ui|interface|theme|template|form|it|platform|dashboard|menu|store|shop|all|everything|they|both)\s+(?:should|must|will|needs?\s+to|has\s+to)\s+be\s+responsive)(?!\s+(?:design|layout|website|site|web|ui|across|on))(?!\s+(?:and|&|\/)\s+mobile)|responsive (?:to|in) (?:messages|communication|emails|feedback)|respond(?:s|ing)? (?:within|quickly|promptly)(?!\s+to\s+(?:answer\s+)?(?:any|your|all)\s+questions)|(?:answer|reply)(?:s|ing)? (?:promptly|quickly)|response times? (?:of|within|under)|reply within|(?:looked at|acknowledged|picked up|attended to)\s+within\s+(?:\d+|one|two|an?)\s+(?:business\s+|working\s+)?(?:hours?|hrs?|minutes?|days?)\b|(?:we|i)(?:'ll| will| usually| typically| always)?\s+(?:review|give feedback|send feedback|respond|reply|answer|get back to you)\b${IN_SENTENCE}{0,30}?\bwithin\s+(?:\d+|one|two|three|a|an)\s+(?:business\s+|working\s+)?(?:hours?|days?)|available (?:during(?!\s+(?:normal|regular|standard|usual)\s+business\s+hours\b)|between|for (?:calls|meetings|communication|contact\s+(?:between|during|from)))|reachable|availability (?:during|for communication))`),
  // discussion before award and collaboration with named people ("Looking forward to discussing the specifics", "Be
  // prepared to discuss all steps of the project"; not an applicant's interest, "If you would like to discuss this
  // further, PM me", which LABELS.md counts as "PM me" alone, nor a skill, "able to talk through technical details"; nor findings
  // presented through the work's reports, "dashboards to show results to the board", "creating reports, and
  // presenting findings to our team" (set BN))
  rx(String.raw`\bbe\s+(?:prepared|ready)\s+to\s+discuss\b|\b(?:discuss(?<!\b(?:love|like|happy|glad|eager|keen)[ \t]+to[ \t]+(?:(?:[\w'’-]+[ \t]+){1,4}and[ \t]+)?discuss|\binterested[ \t]+in[ \t]+discuss|\b(?:able|ability)[ \t]+to[ \t]+discuss)(?:ed|ion|ions|ing)?\b(?!\s+(?:the\s+|your\s+|these\s+|its\s+|their\s+)?(?:results|findings|implications|limitations|significance)\b)${IN_SENTENCE}{0,40}\b(?:before(?!\s+(?:the\s+)?(?:release|launch))|prior to|with you|in detail|details|specifics|further)|(?:details|specifics|requirements|information|info)(?:\s+(?:about|on|of|regarding)\s+(?:[\w-]+\s+){0,4}?[\w-]+)?\s+(?:will|can|would)\s+be\s+(?:provided|shared|given|sent|explained|supplied)\s+(?:(?:only\s+)?(?:to|with)\s+(?:the\s+)?${CHOSEN_APPLICANT}|(?:in|via|over|through|by)\s+(?:chat|messages?|pms?|dms?|private messages?|(?:an\s+)?interview))|(?:talk|chat|speak) (?:with|to) you(?<=\b(?:will|'ll|can|could|shall)\s+(?:talk|chat|speak) (?:with|to) you)|get in touch(?<=\b(?:will|'ll|can|could|shall)\s+get in touch)|get in touch with you|(?:details|info(?:rmation)?)\s+(?:will\s+be\s+)?(?:in|on|via|by|over|through)\s+(?:the\s+)?(?:private|pms?|dms?|chat|private messages?)|discussed(?<=\bas\s+discussed)\s+(?:in|on|over|via)\s+(?:the\s+)?(?:chat|messages?|call|zoom|pms?|dms?)|further communications?|present\w*(?<!\b(?:reports?|dashboards?|presentations?|charts?|visuali[sz]ations?)\b[^.!?\n]{0,40}\b(?:to\s+)?present\w*)\s+(?:\w+\s+){0,2}to (?:the |our |my )?\w+(?: \w+)? team)\b`),
  // details to come before award: "I will send you more details", "we can give more information" (LABELS.md counts
  // "details discussed before award"), and material sent over the chat: "I will provide the video in chat"; it starts at
  // the verb and looks back (started at "I will" and "we can" it was tried at every one, 0.2% of instructions), and is
  // scanned apart, being tried at every "provide" and "share"
  scannedApart(rx(String.raw`\b(?:send|share|give|provide)\b(?<=\b${CLIENT_GIVES_LATER})\s+(?:(?:you\s+)?(?:with\s+)?(?:a\s+lot\s+|lots\s+|much\s+|many\s+)?(?:more|further|closer|the full|full|all the|additional)\s+(?:details|info|information)\b|(?:you\s+)?[\w-]+\s+(?:and|&)\s+details\b(?!\s+(?:of|on|about)\b)|${IN_SENTENCE}{0,40}?\bwith\s+(?:the\s+)?(?:shortlisted|selected|qualified|serious|interested|successful|prospective|prospect)\s+(?:candidates?|applicants?|freelancers?|bidders?)\b|${IN_SENTENCE}{0,60}?\b(?:in|on|via|over|through|by)\s+(?:the\s+)?(?:chat|messages?|dms?|pms?|private messages?)\b)`)),
  // details to come for the chosen one, a chat to explain the rest, progress reports while the work runs, a channel named
  // in brackets: "More details with selected candidate only", "the rest i explain on chat once i see bids", "Weekly
  // performance reports during development", "Good communication in English (Skype)"
  rx(String.raw`\b(?:more\s+)?details\s+(?:with|for|to)\s+(?:the\s+)?${CHOSEN_APPLICANT}\b|\bexplain\b(?<=\b(?:i|we)(?:['’]ll|\s+will|\s+can)\s+explain)\s+(?:[\w-]+\s+){0,3}?(?:on|over|in|via)\s+(?:the\s+)?(?:chat|call|zoom|messages?|pm|dm)\b|\b(?:daily|weekly|bi-?weekly|regular)\s+(?:[\w-]+\s+)?(?:reports?|updates?)\s+(?:during|throughout)\s+(?:the\s+)?(?:development|project|build|work|engagement|contract)\b`),
  scannedApart(rx(channelInBracketsAfterCommunication('skype|slack|discord|zoom|whats ?app|telegram|e-?mail'))),
  // a messenger the client is reached on: "message me on Skype (handle given)" (it starts at the messenger and looks back)
  rx(String.raw`\b(?:skype|discord|telegram|whats ?app)\b(?<=\bmessage\s+(?:me|us)\s+(?:on|via|over)\s+(?:skype|discord|telegram|whats ?app))`),
  // updates over two channels, talk to come, a call with the client: "polite email and, if needed, Zoom / Phone
  // updates", "We can discuss further on new features", "I hope to speak with you in person",
  // "talking to the best applicants we pick" (not calls a product processes: "recorded Zoom/phone calls")
  rx(String.raw`\b(?<!\b(?:recorded|transcribed|archived|logged)\s+)${UPDATE_CHANNEL}\s*(?:\/|or|and)\s*${UPDATE_CHANNEL}\s+(?:updates?|calls?|meetings?)\b|\bfurther\s+discuss\b|\bpersonally\s+(?:speaking|talking)\s+(?:with|to)\s+you\b|\b(?:speak|talk)(?:ing)?\s+(?:with|to)\s+you\s+(?:personally|directly|by phone|on the phone)\b|\b(?:speak|talk)(?:ing)?\s+(?:with|to)\s+(?:the\s+)?(?:top|selected|shortlisted|best)\s+(?:applicants|candidates|freelancers)\b`),
  // details once the applicant is checked, a channel the client is on, e-mails exchanged: "Full details available once
  // skills are verified", "on Skype all week to discuss", "we will trade e-mails to discuss further"
  rx(String.raw`\b(?:details|information|info|specs?)\s+(?:will\s+be\s+|are\s+|is\s+)?available\s+(?:once|after|upon|when|to\s+(?:the\s+)?(?:selected|shortlisted|chosen|successful))\b|\b(?:details|info(?:rmation)?)\s+(?:about|on|of)\s+(?:the\s+)?(?:project|job|task|work)\s+(?:once|after|when|if)\s+(?:you\s+are\s+|you['’]re\s+)?(?:shortlisted|selected|hired|chosen|awarded)\b|\bavailable\s+(?:on|via|over)\s+(?:skype|zoom|slack|discord|whats ?app|telegram|e-?mail|teams)\b|\bexchange\s+(?:e-?mails|numbers|skype|contacts)\b`),
  // the rest talked over in a channel, meeting in person, and reports or calls at a stated pace: "more discuss on chat",
  // "good to meet up with someone who is in Boston", "share … reports to each client … on a daily basis"
  // (the last starts at the pace and looks back; not data that updates "on a daily basis"; nor a meeting ruled out: "don't
  // think it'd be necessary to meet in person")
  rx(String.raw`\b(?:more\s+)?discuss(?:ion)?\s+(?:(?:this|it|that|things|more|further|(?:the\s+)?details)\s+)?(?:on|in|via|over|by)\s+(?:the\s+|a\s+)?(?:chat|call|zoom|skype|messages?|phone)\b|\bmeet(?:-|\s)?up\s+(?:with|in\s+person)\b|\bmeet\s+(?:in\s+person|face[- ]to[- ]face)\b(?<!(?:\b(?:no|not|never)\b|n['’]t\b)[^.!?\n]{0,50}meet\s+(?:in\s+person|face[- ]to[- ]face))`),
  rx(String.raw`\b(?:daily|weekly|bi-?weekly|monthly)\s+basis\b(?<=\b(?:report(?:s|ed)?|(?:progress|status)\s+updates?|calls?|meetings?|check-?ins?|syncs?)\b[^.!?\n]{0,160}\bon\s+an?\s+(?:daily|weekly|bi-?weekly|monthly)\s+basis)`),
  // details promised to the one chosen: "If you suit us, we will give a detailed explanation of
  // each module" (it starts at the rare "suitable")
  // calls to jump on, a short chat to be had, and a talk the freelancer must have with the client first: "Must be able to
  // jump on calls with you", "be available for a quick chat", "the contractor has to discuss the work with us" (the
  // chat and the talk start at their rarer word and look back; not calls that are the work, "jump on calls with leads")
  rx(String.raw`\b(?:jump|hop)\s+on\s+calls\b(?!\s+with\s+(?:leads|prospects|customers|clients|buyers)\b)|\bchat\b(?<=\b(?:for|have|do|schedule|set up|hop on|jump on)\s+a\s+(?:quick|short|brief|casual|intro(?:ductory)?)\s+(?:video\s+|phone\s+)?chat)(?!\s+(?:features?|app|widgets?|bots?|support|function\w*|system|modules?|window|box|interface)\b)|\bdiscuss\b(?<=\b(?:must|will|should|need to|needs to|have to|has to)\s+discuss)\s+(?:[\w-]+\s+){0,3}?with\s+(?:us|me)\b`),
  // talk moved to private messages, and pay discussed with the one chosen: "Won't discuss what the game is here, but will
  // do in a PM. Pay is discussed there too", "The rate is discussed with the candidate" (each starts at a rarer
  // word and looks back; not "Budget to be discussed" alone)
  rx(String.raw`\b(?:pms?|dms?|private\s+messages?)\b(?<=\b(?:will|['’]ll)\s+(?:do|discuss|explain|talk)(?:\s+(?:it|that|this|more|the\s+rest))?\s+(?:in|via|over|by)\s+(?:a\s+|the\s+)?(?:pms?|dms?|private\s+messages?))|\bdiscussed\b(?<=\b(?:pay|payment|rates?|budget|compensation|price)\s+will\s+be\s+discussed)\s+(?:there|with\s+(?:the\s+)?(?:candidates?|applicants?|freelancers?|you)|in\s+(?:a\s+|the\s+)?(?:pms?|dms?|chat|private))\b`),
  // the plan or the rest of the details sent to each applicant, and interviews the client holds: "Will send detailed
  // technical roadmap individually", "I will share the other details with them", "an advisory job where we hold
  // interviews and QA sessions" (each looks back for who sends or holds them)
  rx(String.raw`\b(?:roadmap|brief|specs?|requirements|details|plan)\s+(?:individually|privately)\b(?<=\bsend\s+(?:you\s+)?(?:the\s+|a\s+)?(?:detailed\s+|full\s+)?(?:technical\s+)?(?:roadmap|brief|specs?|requirements|details|plan)\s+(?:individually|privately))|\brest\s+of\s+the\s+(?:details|info(?:rmation)?|requirements|specs?)\b(?<=\b(?:sharing|share|send|sending|provide|providing|give|giving|explain|explaining)\s+(?:you\s+)?(?:the\s+)?rest\s+of\s+the\s+(?:details|info(?:rmation)?|requirements|specs?))|\b(?:hold|conduct)\s+(?:regular\s+|weekly\s+)?interviews\b(?<=\bwe\s+(?:will\s+)?(?:hold|conduct)\s+(?:regular\s+|weekly\s+)?interviews)`),
  rx(String.raw`\bsuitable\s+candidate\b[^.\n]{0,40}\b(?:we|i)(?:['’]ll|\s+will)\s+(?:provide|give|share|send)\b`),
  // details for the winner, and hours a week of talking: "I will give the error list to the winning bidder", "Let me know if you
  // are interested and I will send information", "4-8 hours per week talking with us" (the last two start at their
  // rarer last words and look back; "More info in chat" is read with "details in chat" above)
  rx(String.raw`\b(?:provide|send|share|give)\s+(?:the\s+)?(?:errors|details|files|info(?:rmation)?|specs?)\s+to\s+(?:the\s+)?${CHOSEN_APPLICANT}\b|\b(?:information|info|details)\b(?<=\binterested\b[^.\n]{0,30}\bi(?:['’]ll|\s+will)\s+send\s+(?:you\s+)?(?:more\s+)?(?:information|info|details))|\bcommunicating\s+with\s+(?:us|me)\b(?<=\b(?:hours?|hrs?)\s+(?:per|a|each)\s+(?:week|day)\s+communicating\s+with\s+(?:us|me))`),
  // Sets BQ-BU's forms, scanned apart together (the union is full):
  // (BQ) what was said to be explained in a consultation, a phone screen, the client's preferred tools for talking,
  // news of trouble asked for at once, a training session on using what was built: "More details explained during
  // consultation", "complete a phone screen", "Skype is my preferred tool for voice chat", "notify us immediately",
  // "a training session on how to use the dashboard"
  // (BR) reviews the work goes through, details kept for the one chosen, hours online with the client: "expect
  // rigorous code reviews", "changes go through PRs", "Will explain further to the chosen freelancer", "online 2-3 hours
  // during my business hours"
  // (BS) details kept until an NDA is signed, said with "will be required before", and a demo of how the result runs:
  // "a signed NDA is required before more project details are sent", "a short demo of how it runs"
  // (BT) more talk offered with the access, and progress pushed daily: "API docs and backend access for further
  // discussion", "daily code pushes to GitHub"
  // (BU) questions answered within a stated time: "any questions will be answered in an hour or less"
  // (BV) questions taken in the thread, details left to talk about (with the older "details will be discussed"), details
  // or links kept until the contract or the hire: "I'll take your questions in the comments", "the remaining details are
  // to be discussed", "private details after contract start", "Design files: shared on hire" (not features to be
  // discussed: the dev labels read "the site needs more features to be discussed" as no plan for talking)
  // (BW) details to arrange, talk to follow, material shared in a private talk, details held until an NDA is signed,
  // video conferences, details to "share on chat": "so we can arrange the details then", "further discussions will
  // follow", "the reference link is shared in a private discussion", "the project details before you sign my NDA",
  // "daily Zoom conferences with the product team", "other details will share on chat"
  // (BX) a chat to follow an application: "e-mail us and we'll have a chat"
  // (BY) a back-and-forth with the client, and the work shown live: "a back-and-forth exchange as questions come up",
  // "I can live stream the prototype for you" (the client's offer, not streaming as the work)
  scannedApart(rx(String.raw`\bback[- ]and[- ]forth\s+(?:exchange|communication|discussion|conversation|collaboration|process)\b|\bstream\s+(?:the|my|our)\s+(?:prototype|build|progress|demo)\b(?<=\b(?:i|we)(?:\s+can|\s+will|['’]ll|\s+could)\s+live\s*-?\s*stream\s+(?:the|my|our)\s+(?:prototype|build|progress|demo))|\bhave\s+a\s+(?:quick\s+|short\s+)?(?:chat|talk)\b(?<=\b(?:we|i)(?:['’]ll|\s+will|\s+can)\s+have\s+a\s+(?:quick\s+|short\s+)?(?:chat|talk))|\barrange\s+(?:the\s+)?(?:details|specifics)\b(?<=\b(?:can|will|['’]ll|to|and)\s+arrange\s+(?:the\s+)?(?:details|specifics))|\bfurther\s+discussions?\s+(?:will|would|can|shall)\s+(?:happen|follow|take\s+place|be\s+held)\b|\b(?:shared|sent|given|provided|explained|discussed)\s+(?:in|via|over|through)\s+(?:a\s+|the\s+)?private\s+(?:discussion|chat|conversation|messages?)\b|\bdetails\s+(?:before|until|unless)\s+(?:you\s+)?(?:sign|signing|have\s+signed)\s+(?:(?:my|our|the|an)\s+)?nda\b|\b(?:zoom|video|teams|skype|web)\s+conferences?\b(?!\s+(?:apps?|software|platforms?|tools?|systems?|features?|rooms?|solutions?)\b)|\bdetails\s+(?:(?:will|i\s+will|we\s+will)\s+)?(?:share|send)\s+(?:on|in|via|over)\s+(?:the\s+)?(?:chat|messages?|pms?|dms?)\b|\b(?:answer|take|field)\s+(?:any\s+|your\s+|all\s+)?questions\s+(?:in|on|via)\s+(?:the\s+)?(?:comments|thread)\b|\b(?:details|specifics|requirements)\s+(?:(?:will|can)\s+|(?:are\s+)?to\s+)be\s+discussed\b|\b(?:details|links?|files|access|designs?|specs?|brief)(?:\s*:\s*|\s+)(?:(?:will\s+be\s+|are\s+)?(?:shared|given|provided|sent)\s+)?(?:after|upon|on|once)\s+(?:the\s+)?(?:contract(?:\s+(?:engagement|start|signing))?|hir(?:e|ing)|award)\b|\b(?:during|at)\s+(?:the\s+|a\s+|our\s+)?(?:initial\s+|first\s+)?consultation\b|\bphone\s+screen(?:ing)?s?\b|\bpreferr?ed\s+(?:tools?|channels?|apps?|means|methods?|ways?)\s+(?:for|of)\s+(?:voice|video|chat|calls?|communication|communicating|meetings?|talking|contact)\b(?!\s+with\s+(?:clients|customers|users|patients|members|students|visitors|buyers|guests)\b)|\b(?:notify|inform|tell|alert)\s+(?:us|me)\s+(?:immediately|right away|promptly|asap|at once)\b|\btraining\s+(?:session|call|video)s?\s+(?:on|about)\s+how\s+to\s+(?:use|run|maintain|update|edit|manage)\b|\bcode\s+reviews?\b(?<=\b(?:expect|there\s+will\s+be|we\s+do|undergo|pass)\s+(?:\w+\s+)?code\s+reviews?)|\bgo\s+through\s+(?:prs|pull\s+requests|code\s+reviews?)\b|\bexplain\s+(?:further|more|in\s+detail|(?:the\s+)?details)\s+to\s+(?:the\s+)?(?:potential|selected|chosen|right|successful|winning|shortlisted|hired)\b|\bonline\b[^.!?\n]{0,30}\b(?:on|during|in)\s+(?:my|our)\s+(?:business\s+|working\s+|office\s+)+hours\b|\bnda\b[^.!?\n]{0,30}\bbefore\s+(?:the\s+)?(?:full\s+|more\s+|further\s+)?(?:project\s+)?details\b|\b(?:demo|walk-?through|explanation)\s+(?:or\s+(?:an?\s+)?(?:demo|walk-?through|explanation)\s+)?of\s+how\s+(?:it|the\s+\w+)\s+(?:runs|works|is\s+used)\b|\bfor\s+further\s+discussion\b|\b(?:daily|weekly)\s+(?:code\s+)?(?:pushes|commits)\b|\banswered\s+(?:with)?in\s+(?:an?|one|\d+)\s+(?:hours?|minutes?|days?)(?:\s+or\s+less)?\b`)),
];

/** The people a product serves, whose calls, updates and interviews are the product's, not the work's. */
const APP_USERS = String.raw`(?:users?|customers?|members?|patients?|drivers?|riders?|players?|students?|parents?|guests?|buyers?|admins?|visitors?|callers?)`;
/** …with clients and candidates, who are the product's in "applicants’ recorded video interviews" but the applicants in "candidates will be invited for a call". */
const PRODUCT_USERS = String.raw`(?:${APP_USERS}|clients?|candidates?)`;
const FOR_USERS = new RegExp(String.raw`^${IN_SENTENCE}{0,25}\b(?:to|for)\s+(?:inform\s+|notify\s+|keep\s+)?(?:the\s+|our\s+|your\s+)?${PRODUCT_USERS}\b`, 'i');
const USERS_OWN = new RegExp(String.raw`\b${PRODUCT_USERS}['’]s?\s+(?:[\w-]+\s+){0,2}$|\b${PRODUCT_USERS}\s+$`, 'i');

/**
 * "status updates to tell users", "applicants’ recorded video interviews", "the bot should attempt
 * up to 9 follow-up calls": features of the product, not how the work runs.
 */
function aboutTheProductsUsers(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  const after = text.slice(end, end + 60);
  return (
    FOR_USERS.test(after) ||
    ALLOWS_USERS_BEFORE.test(text.slice(Math.max(0, start - 80), start)) ||
    PRODUCT_RELEASES.test(after) ||
    IN_THE_PRODUCT_AFTER.test(after) ||
    FEATURE_LIST.test(after) ||
    FEATURES_NAMED_BEFORE.test(text.slice(Math.max(0, start - 100), start)) ||
    UNDER_FEATURES_HEADING.test(text.slice(Math.max(0, start - 600), start)) ||
    USERS_OWN.test(before) ||
    DONE_BY_THE_PRODUCT.test(before) ||
    PRODUCT_MAKES.test(before) ||
    USERS_CAN.test(before)
  );
}

/**
 * Reports the work merges or is, a channel the product posts to, a tool the product is put into or the work is built in:
 * things the work handles, not how it is discussed.
 */
function handledByTheWork(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  if (WORKED_ON.test(before) || POSTED_TO.test(before)) return true;
  if (TOOL.test(text.slice(start, start + 15))) return PUT_INTO.test(before) || NOTICES_VIA.test(before) || BUILT_IN.test(before);
  return REPORT_MADE_BEFORE.test(before) && A_REPORT.test(text.slice(start, end));
}
/** "Making client pages in Notion", "create recurring tasks in Asana": the tool the work is done in, not the team's channel. */
const BUILT_IN = /\b(?:build\w*|built|creat\w*|design\w*|set(?:ting)?\s+up)\s+(?:out\s+)?(?:[\w-]+\s+){0,3}?(?:pages?|tasks?|boards?|databases?|templates?|workflows?|automations?|docs?|wikis?|dashboards?)\s+(?:in|on|inside|within)\s+(?:our\s+|the\s+|a\s+)?$/i;
/** "Need an analyst to build me a weekly report": the one report the work makes, not progress reported on it. */
const REPORT_MADE_BEFORE = /\b(?:creat|build|prepar|compil|writ|produc|design|develop|draft)\w*\s+(?:a|an|one)\s+$/i;
const A_REPORT = /^(?!.*\b(?:progress|status)\b)[\w -]*\breports?$/i;
/** A channel's name at the match's start, which `PUT_INTO` may show is where the product goes. */
const TOOL = new RegExp(String.raw`^(?:${WORK_TOOL}|${MESSENGER})\b`, 'i');
/** "its integration on Discord", "a trained bot live on our Discord server", "a parser for one Slack channel", "an overlay in Zoom": where the product goes, not the team's channel. */
const PUT_INTO = /(?:\b(?:bots?|chat ?bots?|integrat\w*|deploy\w*|install\w*|hosted|embedded|parser|scraper|overlay|plugin|add-?on|extension)\b[^.!?\n,]{0,25}|\blive\s+(?:on|in)\s+(?:\w+\s+)?)$/i;
/** "Send automatic reminders via Slack or email", "alerts via Slack": what the product sends, not how the work is discussed. */
const NOTICES_VIA = /\b(?:notifications?|alerts?|reminders?)\b[^.!?\n]{0,30}\b(?:via|to|on|through|in|into|over)\s+(?:the\s+|our\s+|a\s+)?$/i;
/** "a macro to merge weekly reports": reports the work handles, not reports to the client ("generate weekly reports" for
 * the client is a cadence). */
const WORKED_ON = /\b(?:merg|combin|consolidat|automat|pars|process|clean|format|import|export|analy[sz]|pull)\w*\s+(?:(?:the|our|my|all|these|those|their|\d+)\s+)?$/i;
/** "posts a message in our #sales Slack channel": where the product posts, not where the work is discussed (a verb in the
 * third person, the product's: "send me a message on Slack" is the work's). */
const POSTED_TO = /\b(?:posts|posted|posting|sends|sending|notifies|notifying|alerts|alerting)\b[^.!?\n,]{0,30}\b(?:to|in|into|on)\s+(?:(?:the|our|a|my)\s+)?(?:#[\w-]+\s+)?$/i;
/** "roles, status updates, reports and PDF export": one feature in a list of them. */
const FEATURE_LIST = /^(?:,\s*[\w/ -]{2,30}){1,4},?\s+(?:and\s+)?[\w/ -]{2,30}\bfeatures?\b/i;
/** "The app lets patients book visits and see doctors via video calls": what the product lets its users do. */
const ALLOWS_USERS_BEFORE = new RegExp(String.raw`\ballow(?:s|ing)?\s+(?:the\s+|our\s+)?${APP_USERS}\s+to\b[^.!?\n]{0,60}$`, 'i');
/** "fitness features such as exercise logs and progress reports": one of the features named. */
const FEATURES_NAMED_BEFORE = /\bfeatures?\s+(?:like|such\s+as|including)\b[^.!?\n]{0,80}$/i;
/**
 * "4. Additional Features:\no Weekly goals and progress reports.": an item of a list headed by the product's
 * features (the heading up to eight items above).
 */
const UNDER_FEATURES_HEADING = /\bfeatures?[ \t]*:[ \t]*\n(?:[ \t]*(?:[-–•*▪o]|\d+[.)])[ \t][^\n]*\n){0,8}[ \t]*(?:[-–•*▪o]|\d+[.)])[ \t][^\n]*$/i;
/** "Parents can see progress updates": what the product's users can do (not "candidates will be invited for a call"). */
const USERS_CAN = new RegExp(String.raw`\b${APP_USERS}\s+(?:should|can|could|will|must|may)\s+(?:[\w-]+\s+){0,5}$`, 'i');
/** "live video interviews in the portal": a feature the product holds, not a conversation of the work's. */
const IN_THE_PRODUCT_AFTER = /^[^.!?\n]{0,20}\b(?:within|inside)\s+(?:the|our|your)\s+(?:portal|app|application|platform|system|tool|website|site|dashboard)\b/i;
/** "Regular updates adding new levels": releases of the product. */
const PRODUCT_RELEASES = /^[^.!?\n]{0,10}\b(?:to|with|that)\s+(?:introduce|add|release|ship|bring|roll out)\s+(?:\w+\s+)?new\b/i;
/** "a site that makes a daily report": what the product makes. */
const PRODUCT_MAKES = /\b(?:website|site|app|application|system|tool|bot|dashboard|script|software|platform)\s+(?:which|that)\s+(?:can\s+|will\s+|should\s+)?(?:make|makes|generate|generates|create|creates|send|sends|produce|produces|show|shows)\s+(?:a\s+|the\s+)?$/i;
/** "the bot makes up to 5 follow-up calls": calls the product makes, not the work's. */
const DONE_BY_THE_PRODUCT = /\b(?:the|this|our|an?)\s+(?:ai\s+|voice\s+)?(?:bot|chatbot|agent|assistant|system|app|application|dialer|caller|crm|platform|website|site|page|design|ui|interface|dashboard|layout|store|theme)\s+(?:should|must|will|would|can|shall|needs? to)\s+(?:[\w-]+\s+){0,6}$/i;

/** A call or meeting the client will not have: "Please don't ask for a call, there won't be one", "please don't ask for a Zoom meeting". */
const RULED_OUT_BEFORE = /\b(?:do\s+not|don['’]?t|never)\s+(?:ask|request)\s+(?:for|to)\b[^.!?\n]{0,25}$/i;

/** A zone code at the match's start, read by `zoneOfAnotherTime`. */
const ZONE_CODE = new RegExp(String.raw`^(?:${ZONE_CODES})\b`);
/** A time just before the zone, after a deadline word: "NDA by 6 AM PST", "first draft by end of Sunday (at 9PM EST", "done tomorrow 1PM IST". */
const DEADLINE_TIME_BEFORE = /\b(?:by|before|until|till|due|deadline|done|ready|delivered)\b[^.!?\n]{0,30}\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|noon|midnight)?(?:\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(?)?\s*$/i;
/** …or a posting's timestamp, as Freelancer.com titles carry one: "web design - 05/04/2022 10:12 EDT". */
const TIMESTAMP_BEFORE = /\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}\s*$/;
/** …or a market's or an event's time: "during the London session (8:00 AM GMT)", "Livestreaming of the event (12pm JST(GMT+9)". */
const MARKET_OR_EVENT_BEFORE = /\b(?:nyse|nasdaq|market|trading|forex|candles?|livestream\w*|event)\b[^.!?\n]{0,40}$/i;

/** A zone named by its place ("Melbourne Time"), and a deadline just before it: "Deadline: End of Day (EoD) Sydney Time 4th of June". */
const NAMED_ZONE = /\btime$/i;
/** The deadline: "Deadline: End of Day …", or "by" and its figures, "by 1300 20th Jan UK time" (set BX). */
const DEADLINE_BEFORE = /\b(?:deadline|due)\b[^.!?\n]{0,30}$|\b(?:by|before|until|till)\s+\d[^.!?\n]{0,25}$/i;

/** A zone that times something other than the work together: a deadline, a posting, a market's session. */
function zoneOfAnotherTime(text: string, start: number, end: number): boolean {
  const zone = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 60), start);
  if (NAMED_ZONE.test(zone)) return DEADLINE_BEFORE.test(before);
  if (!ZONE_CODE.test(zone)) return false;
  return DEADLINE_TIME_BEFORE.test(before) || TIMESTAMP_BEFORE.test(before) || MARKET_OR_EVENT_BEFORE.test(before);
}

/**
 * "Overlap" is communication when it is of working hours ("overlap 4 hours with EST"), not of things
 * ("images overlap the price", "overlapping shifts", "overlapping contracts across offices").
 */
const OVERLAP = /^overlap/i;
const OF_TIME = /\b(?:hours?|hrs?|h|time|timezones?|zones?|[ecmp][sd]t|utc|gmt|cet|ist|aest|am|pm|morning|afternoon|evening|working|business days?)\b/i;
function overlapOfThings(text: string, start: number, end: number): boolean {
  return OVERLAP.test(text.slice(start, end)) && !OF_TIME.test(sentenceAround(text, start, end));
}

/**
 * Working or business hours named with no zone or place on their line ("Working hours: 8:00 to 15:00 (at three elementary
 * schools…)"): LABELS.md's settled conventions count daily hours with no time zone as 0. (A zone there is matched itself,
 * or names the place: "Working hours 8am - 12pm UK", "UK WORKING HOURS", "American working hours".)
 */
const HOURS = /^(?:working|business)\s+hours$/i;
/** A zone's code or a place on the hours' line, in capitals: "UK", "EST", "(Pakistan Time)" ("est" and "us" are words in lower case). */
const ZONE_CODE_ON_LINE = new RegExp(String.raw`\b(?:${ZONE_CODES}|UK|US|USA|U\.S\.|EU|ET|PT|CT|MT)\b|\b[A-Z][a-z]+ Time\b`);
/** …or a zone or place named in words, in any case, or hours kept in one place: "American working hours", "(London time)",
 * "co-located working hours". */
const ZONE_NAME_ON_LINE = /\b(?:time ?zones?|american|british|european|eastern|pacific|central|mountain|india|indian|australian|asian|london|new york|california|canadian|utc|gmt|co-?located|in[- ]person|on[- ]?site)\b/i;
function hoursWithNoZone(text: string, start: number, end: number): boolean {
  if (!HOURS.test(text.slice(start, end))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const line = text.slice(lineStart, newline === -1 ? text.length : newline);
  return !ZONE_CODE_ON_LINE.test(line) && !ZONE_NAME_ON_LINE.test(line);
}

export const missingCommunication: SectionRule = {
  type: 'section',
  section: 'communication',
  label: 'Communication',
  meta: {
    id: 'missing-communication',
    name: 'Nothing on communication',
    level: 'suggestion',
    description: 'Flags a post that says nothing of how you will work together: channel, cadence, time zone or a kickoff call.',
    why: 'Freelancers who cannot meet your hours or channel apply anyway, and misunderstandings surface only at delivery.',
    seeds: '001 #3 kickoff meeting, #4; 002 "Not Communicating Clearly"; 003 meeting, communication',
    messages: { missing: 'The post does not say how you will communicate (channel, updates, time zone, kickoff call).' },
  },
  evidence: ({ doc }) => collectEvidence(doc, PATTERNS, { accept: (t, s, e) => !isNegated(t, s, 15) && !RULED_OUT_BEFORE.test(t.slice(Math.max(0, s - 50), s)) && !aboutTheProductsUsers(t, s, e) && !handledByTheWork(t, s, e) && !overlapOfThings(t, s, e) && !zoneOfAnotherTime(t, s, e) && !hoursWithNoZone(t, s, e) }),
  template: () => '[A short kickoff call], then [daily/weekly] updates on [Slack/the platform]; I am in [time zone] and reply within [N] hours.',
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    // a skill asked for, not a discussion the work will have
    { description: 'Full-stack engineer for our HVAC platform. Excellent communication skills: able to discuss technical details with developers.' },
    // the one report the work makes, and pages the work builds in a tool
    { description: 'I trade oil daily and need an analyst to create a weekly report for me on supply, demand and sentiment.' },
    { description: 'Staff accountant. Duties: building out client pages in Notion, monthly bank reconciliations.' },
    // an applicant's interest in a talk, which is "PM me" alone
    { description: 'Sprite artist for my game. If you are interested in discussing this further, please send me a private message.' },
    // a phone call that is the work itself
    { description: 'Selling on phone. We need a motivated sales person who can sell anything to anyone on phone call.' },
    // the role's own tool, and a screen share as the content of an application video
    { description: 'AI project manager. Responsibilities: manage Agile workflows using Jira, Confluence, and Kanban.' },
    { description: 'AI engineer. In your Loom, share a brief demo: this can be a screen share of a module you have built.' },
    // consultations the role holds with its own clients
    { description: 'Music industry consultant. Responsibilities: - Conduct initial consultation calls or meetings with clients to gather their goals. - Prepare assessment reports.' },
    { description: 'Part-time web developer for our agency. Responsibilities: Attend client meetings on behalf of our engineering team.' },
    // calls the product processes are no plan
    { description: 'Build a system that gathers emails, Slack messages and recorded Zoom/phone calls into one search.' },
    // working on teams is no Microsoft Teams
    { description: 'React Native assistant. Experience working on teams building enterprise applications.' },
    // data that refreshes daily is no cadence of talking
    { description: 'Automate our reporting so KPI data updates in real time or on a daily basis.' },
    { description: 'Create a video call and booking module for our Flutter application.' },
    { description: 'AI agent developer. Able to solve complex problems independently and in teams.' },
    { description: 'Tajweed lessons app. The whole spec is written up on Trello.' },
    // a split discussed before a game's release is no plan for the work
    { description: 'Hobby 2D platformer. Any income will be shared; the percentages will be discussed long before the release.' },
    // a product's calls and interviews, and a call to action in a script
    { description: 'Nurture leads until they book a call. Push prospects toward a call booking.' },
    { description: 'A Unity app for tablets where they can do a Video Call.' },
    { description: "Concept art for our game. We're in Wales but don't think it'd be necessary to meet in person." },
    { description: 'End screen with a compelling call to action.' },
    { description: 'Set up live video interviews within the portal using Azure Communication Services.' },
    // reports on a subject are the work, not updates on it
    { description: 'Research competitor ads and provide weekly reports on market trends.' },
    // Outlook's mail archive is no time zone
    { description: 'Migrate our mail to Google Workspace. Some old emails are in Outlook PST files.' },
    // what the product's users can see, and one feature in a list of them
    { description: 'School portal: parents can log in to view progress updates for each child.' },
    // things that overlap are no working hours
    { description: 'Fix our product page on mobile: the images overlap the price.' },
    { description: 'The app will include user permissions, status updates, reporting, and PDF export features.' },
    // a perk, a product's releases and responsiveness, and an API call
    { description: 'We offer: flexible working hours and remote work.' },
    // the freelancer's own deadline for a review is not how the client answers
    { description: 'Review the contract and send your notes within 2 days.' },
    { description: 'The website should be responsive. Regular updates to introduce new games.' },
    { description: 'A chat widget in plain JavaScript. The widget should be responsive, lightweight and easy to embed.' },
    { description: 'Stream the video from a REST call to the player.' },
    // calls the product makes are not how the work runs
    { description: 'If the lead does not answer, the bot should attempt up to 9 follow-up calls.' },
    { description: 'Need a WordPress developer with good communication skills.' },
    // a feature of the product, and how to apply
    { description: 'Readers can follow blog topics and receive email updates when posts go live.' },
    { description: 'Hotel bot: automate guest communication via ChatGPT for our front desk.' },
    { description: 'Remaining work: meal logging, insulin reminders and a weekly report screen.' },
    { description: 'Logo for my bakery. Contact me on WhatsApp.' },
    { description: 'Write ten product descriptions for my store.' },
    // updates, calls and interviews that are features of the product, for its users
    { description: 'Build an app that sends status updates to inform users of their order.' },
    { description: 'Store candidates’ recorded video interviews in the portal.' },
    { description: 'Edit our podcast. Send a clip of an interview you edited, and an interview podcast you like.' },
    // reports the work merges, and the channel the product posts to, are no channel of the work's
    { description: 'Excel VBA macro to merge weekly reports from 12 branches into one workbook.' },
    { description: 'I want a Zap that creates a deal in Pipedrive and posts a message in our #sales Slack channel.' },
    // a zone that times a deadline, a posting or a market's session, and a product's status updates
    { description: 'Sign the NDA. Same—PDF by 6 AM PST. Design the screens in Figma.' },
    { title: 'website build - 11/02/2024 09:12 EDT', description: 'A site for a bakery.' },
    { description: 'Refine our US100 strategy during the NYSE session (14:30 PM GMT).' },
    { description: 'Restaurant app: digital floor plans and real-time table status updates.' },
    { description: 'Office VA: maintain project documentation, reports, and status updates.' },
    // updates to systems and to a plugin are maintenance, a report's worksheet and a report the product makes are no cadence
    { description: 'Office IT help: fixes and regular updates to systems. Provide regular updates and troubleshooting for our booking plugin.' },
    { description: 'Create a Summary tab in our Daily Report Worksheet for our construction company.' },
    { description: 'Need a web tool that makes a daily report of sales.' },
    // how to apply, not a conversation the client promises: "please get in touch if keen", "we want to talk to you"
    { description: 'Set up outreach in Smartlead, contract to hire. Please get in touch if keen!' },
    { description: 'If you love shaving milliseconds off queries, we want to talk to you.' },
    // the product's updates, any time zone, and the applicant's hours asked for
    { description: 'Long-term site care with room for regular updates and improvements.' },
    { description: 'Full-time AI engineer, many hours a week (any time zone is fine).' },
    { description: 'Build our app. Send your estimated timeline, your availability and preferred working hours.' },
    // the place a bot is put is no channel of the work's
    { description: 'Train a bot on our forum. Integrating it on Discord is the hard part; we want it live on our Discord server.' },
    // a mock call is a test of the applicant, not a conversation with the client
    { description: 'Confirm appointments for our clinic. Attach a recording of yourself handling a mock call.' },
    // business hours the product tells its callers, a call button, and a wish to talk that closes the post
    { description: 'The voice bot answers FAQs such as business hours, prices and parking.' },
    { description: 'Add a call and WhatsApp button to our salon site.' },
    { description: 'Tidy up our Airtable base. If this sounds like you, I would love to discuss this opportunity further.' },
    { description: 'Build a booking page. We’d love to see your proposals and discuss the project in detail.' },
    // a recording of a call is material, and daily reports with a template are the product
    { description: 'Build a RAG agent for our coaching business. Here is what I vocalized on a call recording: (link).' },
    { description: 'Extend our inventory app. There are 2 or 3 daily reports with certain template/ design requested that need to be completed.' },
    // a site that is responsive and mobile friendly is design, not a person answering
    { description: 'Build our landing page with a door animation. Make sure the site feels modern and is very responsive and mobile friendly.' },
    // a call ruled out, channels and time zones the product uses, calls and interviews that are its content or its code
    { description: 'Slide generator for our sales team. Do not ask for a call, we will not do one.' },
    { description: 'Rota app for nurses. Send notifications and reminders via Slack or email.' },
    { description: 'Compliance checker: automate alerts via Slack, Google Sheets, and email.' },
    { description: 'Need someone to build a parser for a single channel in Slack.' },
    { description: 'A meeting assistant: a browser pop-up or an overlay in Zoom.' },
    { description: 'Reply bot: schedule-based operation (8 am to 10 pm). And pick the time zone.' },
    { description: 'Lead flow: prospects can request a call back from the agent.' },
    { description: 'Analyse the data from 40 participants and a short interview with each participant.' },
    // updates promised to another team are no way of working with the client (the reviewers' call on a dev post)
    { description: 'Budget analyst. You will hit deadlines and provide timely updates to the finance team.' },
    // the client's promise to answer applicants' questions is no way of working
    { description: 'Rev-share 3D modellers for our horror game. Email me, I will make sure to respond promptly to answer any questions.' },
    // interviews of the client's staff are the work, not a call with the applicant
    { description: 'Process analyst to interview our staff and map our workflow. Ability to interview and engage with stakeholders.' },
    { description: 'Write the results chapter. You should also discuss the results in detail in this section.' },
    { description: "Safari onboarding is broken: a call doesn't get made to save the user's preferences." },
    { description: 'Write our grant application. Deadline: End of Day (EoD) Melbourne Time 21st of March.' },
    { description: 'Pregnancy app. For the hearing impaired, allow users to request a call-back from a healthcare professional.' },
    { description: 'Fitness app: workout tracking features like exercise logs, daily activity tracking, and progress reports.' },
    { description: 'Yoga app in Kotlin.\n3. Extra Features:\no Daily streaks and progress reports.\no Chat room for members.' },
    { description: 'Listing site in Estonia: fixes and additions based on our Trello board and documentation.' },
    { description: 'Post the kill feed from our game server to a discord channel' },
    { description: 'Sales analyst. Flexibility to interact with global clients spanning different time zones.' },
    // call logs are data, and hours left flexible fix no overlap
    { description: 'Marketing analyst. Process and analyze high-volume data from daily call logs, reports, and campaigns.' },
    { description: 'Fix our booking app. Working hours can be flexible as long as the deadlines are met.' },
    // a Notion database is where the work goes, and pay to be discussed alone is no plan for the work
    { description: 'Categorize 50-100 reel formats. Document format patterns in our Notion database.' },
    { description: 'Add future features to our app. BUDGET TO BE DISCUSSED' },
    // details alone to come, which the dev set's reviewers did not count
    { description: 'Survey stats in R or SPSS. If you are interested I will provide you details.' },
    // a product's video calls, and business hours with no zone (LABELS.md: daily hours with no time zone are 0)
    { description: 'Doctor appointment app. The app should allow patients to book appointments, consult doctors via video calls, and manage records.' },
    { description: 'Research assistant. Requirements:\n- based in the US\n- Available in normal business hours' },
    // working hours with no zone or place (LABELS.md: daily hours with no time zone are 0)
    { description: 'English teacher for three elementary schools. Working hours: 8:00 to 15:00 (one school a day).' },
    { title: 'AI Video Interview Bot', description: 'Build a bot that asks candidates our screening questions and scores the answers.' },
    // reports that are the work itself
    { description: 'Amazon Vendor Central analyst. You will not make listing changes but will provide weekly reports and insights.' },
    { description: 'Excel crosswalk of vendor data. First draft by end of Sunday (at 9PM EST U.S.); revisions by 12Noon Monday (EST U.S.).' },
    { description: 'Ops analyst for a retailer. Build reports and dashboards to present findings to the executive team.' },
    { description: 'Data analyst for our shop. You will analyse trends, create reports, and present findings to our team.' },
    { title: 'iOS app that saves a screenshot on receiving a call', description: 'I need an iPhone app.' },
    { description: 'Phone utility. When a call is being received it should save a screenshot.' },
    // a page that must look right on every device is design, not a person answering (set BF)
    { description: 'Two small CSS changes to our join page. All need to be responsive and appear good on any device.' },
    // findings presented through the work's reports are no meeting with the freelancer (set BG)
    { description: 'Dating site spec. How should members reach clients on the site? In-app messaging.' },
    { description: 'Churn analysis for our gym chain. Produce regular reports and presentations on what drives cancellations.' },
    // (set BP) reporting as the job's title, and kickoff as a verb
    { description: 'Weekly Reporting Specialist for HubSpot Metrics. Build reports on booked demos and call outcomes.' },
    { description: 'Relationship bloggers for a new column. We want three more writers to kickoff the trial, one post a week each.' },
    { description: 'Walk us through your approach in your proposal. We need a Django API for our booking form.' },
    // (set BQ) a background in consultation, and how the product's users talk
    { description: 'Analyst for our music label. You have a strong background in consultation and data analysis.' },
    { description: 'Matrimonial site for my agency. Which preferred method of communication with clients should the site offer? In-app chat.' },
    // (set BV) features still to be talked about are not a plan for talking (the dev labels)
    { description: 'PHP site rebuild: the same functions as the old one, plus some features still to be discussed.' },
    // (set BW) a call transcript is what the product shows
    { description: 'Sales call tool. Screen two: show a call transcript preview for each row.' },
    // (set BX) a named zone that times a deadline
    { description: 'Excel comparison of survey data, about 4 hours. Needed by 1300 on 20th Jan UK time.' },
    // (set BY) streaming as the work itself
    { description: 'Twitch streamer wanted to live stream our demo every Friday for new players.' },
    // a meeting app's recording that is the work's material
    { description: 'Transcribe a 10-minute Zoom recording of our board meeting into clean minutes.' },
    // the product's guests checking in
    { description: 'Hotel app: guests check in every day from 3pm; build the self check-in screen.' },
  ],
  pass: [
    // a meeting app named as the meeting, at a cadence and length
    { description: 'Booking widget for our clinic. Weekly 30-min Zoom with our office manager.' },
    // check-ins and calls at a cadence said after them, and a monthly call
    { description: 'Picture book, 14 spreads. We will check in by video call every two weeks.' },
    { description: 'Instagram manager for our yoga studio: 3 posts a week. Monthly call to plan content.' },
    // a meeting to discuss the work, with its date
    { description: 'Bug bash for our budgeting app. Before March 9: Meet to discuss the design so we agree on how it should work.' },
    // a talk with the applicants the client selects
    { description: 'Data engineer for our warehouse. We look forward to speaking with the top applicants that we pick.' },
    // progress reported at a pace, an interview over named channels, and a discussion asked for before the work
    { description: 'Token launch platform. Must report on work done on milestones at the sub-task level (with 1-2 tiers of detail below the job description) on a weekly basis in written form.' },
    { description: 'Java engineer for a conferencing product. They will hire from a phone/WebEx/Skype interview.' },
    { description: 'Reply bot for our forum. Be prepared to discuss every step and each flow.' },
    // a progress report the freelancer prepares, and tasks tracked in a tool
    { description: 'Build our booking site. Prepare a weekly progress report for us.' },
    { description: 'Build our booking site. We track all tasks in Notion.' },
    // calls to jump on, and the specifics discussed with the one chosen
    { description: 'Documentation specialist for our SOPs. Must be able to jump on calls with you and ask clarifying questions.' },
    { description: 'Fix our Excel macro. I look forward to discussing specifics with a dedicated developer.' },
    // details shared before the work begins, or after a reply
    { description: 'Designer for a single Crytek level. More specific project requirements will be disclosed before the project begins.' },
    { description: 'Event app MVP, $2,500 fixed. Further details to be provided after your response.' },
    // meetings in person
    { description: 'MigMap MVP in React Native. Remote candidates welcome; I am open to in-person meetings if needed.' },
    // the details disclosed once an NDA is signed
    { description: 'Court booking app for clubs. Upon signing an NDA, more information will be disclosed.' },
    // planning sessions at a cadence, and an interview by telephone first
    { description: 'Android developers for our firm. Code reviews and semi-daily planning sessions will be part of the development cycle.' },
    { description: 'Figma to WordPress, 3 years of experience at least. I would like to have a telephone interview first.' },
    // the team's channel in bold, a messenger asked for as the contact, remote support, details left to a discussion
    { description: 'Shopify developer on retainer. The team communicates via **Discord** for updates and files.' },
    { description: 'Artist for my puzzle game. Please PM me your steam, I mostly use it for contact.' },
    { description: 'Block pop-ups in my Android WebView app. You will have to support me by AnyDesk.' },
    { description: 'Leads for three industries in New York. Details on discussion, please place your bid.' },
    // the work sent over a channel
    { description: 'Copy editor for my short stories. Work from anywhere, all work is done via emailing files.' },
    // details only for the suitable, and a messenger the client is reached on
    { description: 'Upgrade our PHP attendance system. Complete information will be provided only to the suitable candidates.' },
    { description: 'Level designers for our arena shooter. Please message me on Skype (MichaelBHG) with your CV.' },
    // updates over two channels, talk to come, a call with the client
    { description: 'Web team for our help desk. Friendly email and if needed Zoom / Phone updates.' },
    { description: 'Improve our Xamarin chat app. We can further discuss on the new requirements.' },
    { description: 'Python developer for our fintech startup. Looking forward to personally speaking with you.' },
    // details once skills are checked, a channel the client is on, e-mails exchanged after a first message
    { description: 'Take over our Node caching work. Full details available once skills are verified.' },
    { description: 'Pixel artist for my monthly game jam games. I am available on Skype throughout the week to discuss.' },
    { description: 'Artists for our RPG. Please PM me here and we will exchange e-mails for further discussion.' },
    // the rest talked over in a chat, meeting in person, and reports at a stated pace
    { description: 'Design 3 HTML pages like the attached layout. More discuss on chat.' },
    { description: 'Brainstorm our next space game. It would be nice to meetup with someone in New York City.' },
    { description: 'Account manager for our agency. Share progress reports with each client on a daily basis.' },
    { description: 'AI caller on Nextiva lines. Ok to arrange a zoom or conversation to discuss needs.' },
    { description: 'iOS AI MVP. Please include your availability for an initial consultation to discuss existing code.' },
    { description: 'AWS data pipeline design. Deliverables: a report with diagrams; a 1-hour consultation to review the deliverables and answer questions.' },
    { description: 'App Release Assistant. Hello, my name is Bogdana. I would like to meet you. I need someone to publish my app.' },
    { description: 'UiPath bot for our systems of record. Participate in a handover session to explain the solution and answer questions.' },
    { description: 'Shopify theme tweaks for our tea shop. You must send updates daily before you log off.' },
    { description: 'Football stats app from a rule sheet. We can have some technical discussions to settle the scope.' },
    { description: 'Retell to GoHighLevel sync via n8n. We are also available at any time to consult if you get stuck.' },
    { description: 'Hi Sam, here are the fixes for the county stats site that we talked about.' },
    { description: 'Collate emissions data into a sheet. Once we know we are talking to the right person we will provide closer details.' },
    { description: 'Audit our Symfony code within 15 days. Remote work is fine, with regular videoconference meetings.' },
    { description: 'Research plots for a housing build. Keep me posted on what you find at regular intervals.' },
    { description: 'Background service for my Unity game on Android. Can you do a consultation with me to help get this built?' },
    { description: 'Boat decal design. Please message me and i can go through it with you.' },
    { description: 'Java developers. You will prepare for and participate in regularly scheduled meetings.' },
    { description: 'Artist for our studio. You MUST be able to skype once a week and update our project tool.' },
    { description: 'A platform like perplexity.ai. I will chat with you first if you send the timeline and budget.' },
    { description: 'Game writer. You will work closely with the product team and engage in brainstorming sessions.' },
    { description: 'Port 10 modules to Laravel. Give a first update in a few minutes and keep giving updates each few hours.' },
    { description: 'Warehouse jobs. I am only able to check my email Tuesday 12:30-5pm and Thursday 9am-4pm.' },
    { description: 'Clock app in React Native. Please be polite and answer promptly.' },
    { description: 'Fix our Web3 Python tool for Arbitrum. Work remote via Anydesk only.' },
    { description: 'React Native developer for tasks. You must speak English as we will need to chat and call.' },
    { description: 'Community manager for our game.\nTeam Communication: Skype, Forum, wiki, Server' },
    { description: 'Build a Community feature. We expect updates on the development and check ins with QA. These rounds will ideally happen every 48hrs.' },
    // (a channel named second, after "or")
    { description: 'A quiz game in Java. Send me a message and we can get together on Teamspeak or Skype to sort the details out.' },
    { description: 'Seattle only: you must be available to meet in person on a regular ongoing basis.' },
    { description: 'Applicants should be willing to communicate over IM or voice chat.' },
    { description: 'Build the dashboard. Weekly updates on progress, please.' },
    { description: 'Build the dashboard. Please send status updates every Friday.' },
    { description: 'Deploy to production. Provide an accurate project status report to the immediate supervisor.' },
    { description: 'Fix the sync. Daily status updates in Slack.' },
    { description: 'Support our clinic. Must be available 9 AM-5 PM CST.' },
    { description: 'Senior Rails developer for our US team. You will be interviewed.' },
    { description: 'Advise our board on the ATS build and attend all project video calls, 4-8 hours a month.' },
    { description: 'Fix the video on the headset. I will provide the video that needs work in chat.' },
    { description: 'Speed up our WooCommerce store. Updates by email every 2 days.' },
    { description: 'Scrape 2,000 products into CSV. We can do a Google Meet to discuss.' },
    { description: 'Manage my calendar. Schedule: Mon–Fri, 9am–1pm Pacific.' },
    { description: 'Retouch 150 wedding photos. We’ll keep in touch by email.' },
    // work done live over a call is the work's channel, though "live" goes before it
    { description: 'Build summary tables in our sheet, to be worked on live through Zoom call.' },
    // when the client reads messages, where
    { description: 'Rewrite my résumé for analyst roles. I check messages on Upwork every evening.' },
    // the messenger the client will use, and what for
    { description: 'Manage my inbox and calendar. We’ll use WhatsApp for quick questions.' },
    { description: "We'll do a 30-min video call with the top 3 applicants." },
    { description: 'Shortlisted candidates will be invited for a quick call to discuss the scope.' },
    { description: 'We will have weekly calls on Zoom.' },
    { description: 'You must overlap 4 hours with EST.' },
    { description: 'Texture 12 models. Send me a PM with your portfolio and I will send you more details.' },
    { description: 'Drafts go in Google Docs and we review within 2 business days.' },
    { description: 'Short interview before we start.' },
    { description: 'Lead our two QA engineers. Interviews immediately.' },
    { description: 'PHP developer for our company. Need to pass interview.' },
    { description: 'Support our office during business hours (EST).' },
    { description: "Fix four things in our Shopify theme. We'll communicate through Upwork chat." },
    { description: 'Reconcile our accounts in Xero. I prefer email updates once a week.' },
    { description: 'Texture the level. Communication over Skype.' },
    { description: 'Edit one video a week. We use Frame.io for review and Slack for messages.' },
    { description: 'Fix our books in QuickBooks and show me how to review them in a 45-minute screen-share.' },
    // A discussion before the award is how collaboration starts (LABELS.md's conventions).
    { description: 'Fix the booking form on my site. We can discuss this further over chat.' },
    { description: 'Scrape prices from one site. Full details will be provided to shortlisted candidates.' },
    { description: 'Logo for our app. Send your portfolio and rates, and we will get in touch with you with details shortly.' },
    { description: 'One-page Hugo site, 100 on PageSpeed. I will share the design with the shortlisted candidates only.' },
    { description: "AI ideas for our new subscription. We'll then share a lot more details about the offering." },
    { description: 'Sync two supplier APIs to PrestaShop daily. Details in private.' },
    { description: 'Explicit Filtering Phase 2: phrase detection and redirect, as discussed in chat.' },
    { description: 'Be prompt in responding to messages on Slack.' },
    // reporting to the person the client names
    { description: 'Book new patients. Report to our practice manager on WhatsApp at the end of each day.' },
    // details for the chosen one, a chat to explain the rest, reports while the work runs, a channel in brackets
    { description: 'I need help with a PWA system in WordPress or Laravel. More details with selected candidate only' },
    { description: 'I have my own React website and face a small issue. The rest I will explain over on chat when I see bids.' },
    { description: 'Build an analytics pipeline for our media database. Deliverables: the pipeline; weekly performance reports during development.' },
    { description: 'Vector artist for our mobile game: 30 icons. Requirements: excellent communication in English (Skype).' },
    { description: 'Website for our card game, design ready. If we find you as a suitable candidate, we will provide detailed explanation for each module.' },
    { description: 'Our Direct Debit setup throws errors. I will provide the errors to the winning bidder.' },
    { description: 'Need a good PHP developer for a search bug in a CI site. More info in chat.' },
    { description: 'Dashboard of booking trends for our dental office. If you are interested, let me know and I will send information.' },
    { description: 'Programmer for our Flixel games, rev-share. Can give 5-10 hours per week communicating with us and pushing it forward.' },
    // details in an interview, in chat or once shortlisted, a call to discuss, a named chat, a quick chat, a talk before work
    { description: 'Move our app to Expo. We will disclose more details about the project with candidates during the interview.' },
    { description: 'Add a few screens to our Flutter app. Documentation for the setup exists. Can discuss this via call.' },
    { description: 'Help with a no-code app builder. More details about an example app will be shared in chat.' },
    { description: 'Design three pages for our running app. More details will be shared with the shortlisted candidates.' },
    { description: 'A simple wallet app. More details about the project once shortlisted.' },
    { description: 'Maintain our Flutter app. Communicate via Google Chat for updates and feedback.' },
    { description: "Fix our Firebase functions. I am hiring today, so be available for a quick chat if you're interested." },
    { description: 'Fix the attendance module. Before starting work, the freelancer must discuss the project with us.' },
    // details and screenshots to come, talk moved to a PM, pay discussed there
    { description: "Intro art for my pirate RPG, six scenes. Send a PM and I'll send screenshots and details!" },
    { description: "2D art for my mobile game. Won't say what the game is here of course, but will do in a PM." },
    { description: 'A project based role. The rate will be discussed with the candidate.' },
    // the plan sent to each applicant, the rest of the details to come, interviews the client holds
    { description: 'API developer on GCP. HIRING NOW. Will send a detailed technical roadmap individually.' },
    { description: 'A small Postgres change. I will be sharing rest of the details with whoever is ready.' },
    { description: 'LLM expert for our logistics platform. It is a consulting assignment where we hold interviews and QA sessions.' },
    { description: 'rust expert for a CLI tool. more details will be on chat pls start with rust expert' },
    { description: 'Flutter app for our tutoring platform. An NDA is required before project details are shared.' },
    { description: 'AI video producer. Work schedule: Monday to Friday, from 9 AM to 5 PM (Ottawa time).' },
    { description: 'Writers for my game. PM me with your email (our main means of communication) if you are interested.' },
    { description: 'Beginner artist for a first game. Requirements: skype or steam for first communication.' },
    // the team's agile meetings, joined
    { description: 'Full-stack developer for our SaaS. You will participate in Scrum meetings, sprint planning, and code reviews.' },
    // a shared screen, contact hours, and a messenger the work runs over (set BG)
    { description: 'WordPress trainer for my school project. Step-by-step guidance via screen-sharing so I can implement it.' },
    { description: 'Part-time data analyst. The candidate should be available for contact between 9am to 6pm.' },
    { description: 'Programmer looking to team up with a 2D artist over Skype on small games.' },
    // meetings on Skype, and a chat channel to discuss the work on (set BH)
    { description: '3D modeler for our RPG. Ability to make Skype meetings at least once every two weeks.' },
    { description: 'Minecraft builders. Must be able to use IRC to discuss the long-term development of the server.' },
    // the rest left to messages (set BI)
    { description: 'Simulate air flow in OpenFOAM. The rest of the instructions will be discussed in messages.' },
    // (set BP) sessions on Zoom, a walk-through of what was built
    { description: 'Coach me through Laravel basics. Ideally we hold weekly Zoom sessions while I build toy projects.' },
    { description: 'Voucher marketplace where shops list deals. I want someone who will walk me through the system once it is built.' },
    // (set BQ) a consultation, a phone screen, preferred tools for talking, news of trouble at once, a training session on what was built
    { description: 'Clone a voice for my podcast from recordings I will provide. The details are explained during the consultation.' },
    { description: 'Laravel API work on an exam prep app. Applicants complete a phone screen and a short live exercise.' },
    { description: 'C++ tutoring, 1-2 hours a week. Discord and Parsec are my preferred tools for voice chat and pair programming.' },
    { description: 'Rebuild our sign-up page with file uploads. If anything changes or breaks, notify us immediately.' },
    { description: 'Marketing dashboard in Looker Studio from our ad accounts. Provide notes and a training session on how to use the dashboard.' },
    // (set BR) reviews the work goes through, details for the chosen one, hours online with the client, daily check-ins on the code
    { description: 'A Python library that reads Datadog data into Postgres. Expect strict code reviews; every change goes through pull requests.' },
    { description: 'Interactive forms from a PDF, in PHP and MySQL. I will explain further to the chosen developer.' },
    { description: 'Convert PDFs to HTML, part-time. You must be online about 2 hours during my working hours.' },
    { description: 'Chat front end in Angular 19, finished by the 24th. Daily code check-ins.' },
    // (set BS) details kept until an NDA, progress updates, a demo of how it runs, a misspelt preferred channel
    { description: 'Full stack developer for our marketplace search. A signed NDA is required before more project details are sent.' },
    { description: 'Revenue by service from Zoho Books, in Sheets. Work on your own, keeping me updated on progress.' },
    { description: 'Prototype news scraper for three companies. Deliver the code and a short demo of how it runs.' },
    { description: 'Texture artists for our zombie game. We talk in a Discord server, the prefered method of communication for the team.' },
    // (set BT) more talk offered with the access, code pushed daily
    { description: 'Sync two suppliers into my WooCommerce store. I will give API docs and admin access for further discussion.' },
    { description: 'Laravel Livewire work on our SaaS, 15 hours a week. Daily code pushes to GitHub, please.' },
    // (set BU) questions answered within a stated time
    { description: 'Write product listings for my electronics shop. Your questions will be answered in an hour or less.' },
    // (set BV) questions taken in the thread, details left to talk about, details and files kept until the contract or the hire, details sent on the chat
    { description: 'Moderator for our subreddit wiki. I will take your questions in the comments below.' },
    { description: 'Rebuild of our booking site in Laravel. The remaining details are to be discussed.' },
    { description: 'Diagram editor proof of concept in React. Private details after contract start.' },
    { description: 'Flutter rebuild of our delivery app. Design files: shared on hire.' },
    { description: 'Simple three-page WordPress site. I will send the detail on chat.' },
    // (set BW) details to arrange, talk to follow, a link shared in private, details held until an NDA, video conferences, details to share on chat, information for the right person
    { description: 'Music for our space shooter. Tell me if you are keen and we can arrange the details.' },
    { description: 'Concept sketches for a platformer. If we like them, further discussions will follow.' },
    { description: 'Smile preview app in Flutter. The reference link is shared in a private discussion.' },
    { description: 'Landing page in PHP. I cannot share the project details before you sign my NDA.' },
    { description: 'Flutter screens for our store app. You join daily Zoom conferences with the product team.' },
    { description: 'iOS developer for my app, other details will share on chat.' },
    { description: 'Travel case study. More information will be supplied to the correct person.' },
    // (set BX) a chat after the application
    { description: 'Support roles at our hosting firm. Send your CV and we will have a chat.' },
    // (set BY) a back-and-forth with the client, the work shown live
    { description: 'Five years of case data from our firm to turn into KPIs. We expect a back-and-forth exchange as new questions come up.' },
    { description: 'Sprites for my platformer engine. I can live stream the prototype for you.' },
  ],
};
