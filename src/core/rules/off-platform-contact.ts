import type { FindingRule, ReplacementOption, RuleExamples } from '../rule';
import { isNegated, scannedApart } from '../text/match';
import { channelInBracketsAfterCommunication, CLIENT_USES_MESSENGER, rx, SERVED_PEOPLE, WORK_OVER_CHANNEL } from '../text/vocab';
import { findPhrases } from './phrase-helpers';

/**
 * A contact handle asked for: "your email address", "your WhatsApp number". (Its guard, an account's upkeep such as
 * "verify your email address", looks back from after the handle, so it runs only where a handle was asked for, not at
 * every "you" and "your".)
 */
const CONTACT_HANDLE = String.raw`(?:e-?mail address|phone number|skype (?:user\s*)?(?:id|username|name)|whats ?app number|telegram (?:id|username|handle)|discord (?:id|username|handle|tag))`;
const ON_PLATFORM = [{ label: 'Keep contact on the platform', text: '[message me through the platform]' }];
const APPLY_ON_PLATFORM = [{ label: 'Apply on the platform', text: 'apply here on the platform' }];
/** The ways to pay outside the platform that the payment patterns name. */
const PAY_MEANS = String.raw`paypal|wise|crypto|bitcoin|usdt|bank transfer|western union|cheque|check|cash|venmo|zelle|payoneer|deel`;
/** The means in a match, with its preposition and a "(is) preferred" after it: "via PayPal", "by PayPal preferred". */
const MEANS_IN_MATCH = new RegExp(String.raw`(?:\b(?:via|by|through|with|using|in|on)\s+)?\b(?:${PAY_MEANS})\b(?:\s+(?:is\s+)?preferr?ed\b)?`, 'i');
/**
 * The rewrite of a payment moved off the platform, fitted to the words around it: the means swapped for the platform and
 * the rest kept ("I will pay you $25 via PayPal" → "…pay you $25 through the platform", "Preferred payment method is
 * PayPal" → "…is through the platform"); a verb that only fits the means is replaced with its clause ("write a check",
 * "mail the check", "use PayPal for all assets" → "pay through the platform"; "prefer PayPal" → "prefer to pay through
 * the platform").
 */
function payOnPlatform(matched: string): ReplacementOption[] {
  const text = /^(?:write|mail|use|uses|using)\b/i.test(matched)
    ? 'pay through the platform'
    : /^prefer\b/i.test(matched)
      ? 'prefer to pay through the platform'
      : /\b(?:other|another|alternative)\s+(?:means|methods?|ways?)\b/i.test(matched)
        ? 'payment through the platform'
        : MEANS_IN_MATCH.test(matched)
          ? matched.replace(MEANS_IN_MATCH, 'through the platform')
          : 'paid through the platform';
  return [{ label: 'Pay through the platform', text }];
}

/**
 * E-mail addresses (and a mail host's written with spaces to dodge filters: "name @ gmail.com") start with a character class, so the pattern is tried at every position of
 * the text: it runs only on text that has an "@" at all (most posts do not).
 */
const EMAIL = [{ re: rx(String.raw`[\w.+-]+(?:@(?:[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|(?:gmail|googlemail|hotmail|yahoo|outlook|live|icloud|aol|protonmail|ymail)\b)|[ \t]@[ \t](?:gmail|googlemail|hotmail|yahoo|outlook|icloud|aol|protonmail|ymail)(?:[ \t]*\.[ \t]*[a-z]{2,3})?\b)`), replacements: ON_PLATFORM, messageId: 'email' }];

/**
 * Where an application goes when it leaves the platform: an outside form or a company's applicant tracker ("Please use
 * this form to be considered: https://forms.clickup.com/…", "Apply and read more here: http://jobvite.com/…"). Each host
 * starts at a rare word, so the pattern is tried only there: "form.typeform.com" is found at "typeform", "forms.gle/…"
 * at "gle", from which it looks back.
 */
const OUTSIDE_FORM_HOST = String.raw`(?:gle\/(?<=\bforms\.gle\/)|google\.com\/(?:a\/[\w.-]+\/)?forms|clickup\.com\/(?<=\bforms\.clickup\.com\/)|office\.com\/(?<=\bforms\.office\.com\/)|typeform\.com|jotform\.com|tally\.so|airtable\.com\/(?:app\w+\/)?shr|surveymonkey\.com|wufoo\.com|formstack\.com|jobvite\.com|lever\.co\/(?<=\bjobs\.lever\.co\/)|greenhouse\.io|workable\.com|bamboohr\.com|taleo\.net|icims\.com|smartrecruiters\.com|myworkdayjobs\.com|ashbyhq\.com|breezy\.hr|recruitee\.com|monster\.com\/(?<=\bjobview\.monster\.com\/)|careerbuilder\.com)`;

/** A rule against it: "never ask to talk or be paid outside of Upwork". */
const NEVER_ASK_BEFORE = /\b(?:never|don['’]?t|do not|must not|not allowed to)\s+(?:ask|request|try|attempt|offer)\b[^.!?\n]{0,50}$/i;

/**
 * Someone else's way of reaching the client, told as how the business runs today: "clients email us PDFs", "customers
 * message us on WhatsApp to book". The verb's subject is not the freelancer, so nothing is asked of them. (A pronoun is
 * still read as an applicant: "If you have friends who might fit, they can e-mail us at…".)
 */
const THIRD_PARTY_BEFORE = new RegExp(String.raw`\b${SERVED_PEOPLE}\s+(?:(?:usually|often|currently|still|sometimes|always|just|typically|normally|mostly|then|now|all|can|will|may|might|would)\s+)?$`, 'i');

/**
 * A form builder's link is an application moved off the platform only when the post sends applicants to it ("Please
 * Apply Using the Following Form: forms.gle/…"); a form the work is about is not ("I like the look of the typeform
 * below… replicate it"). Applicant trackers (Jobvite, Lever…) are applications whatever precedes them, and so are job boards' postings (Monster, CareerBuilder). `SURVEY_HOST` is
 * read on a match of `OUTSIDE_FORM_HOST`, which starts at these hosts' rare words (so "gle/", not "forms.gle/"): the two
 * lists name the same form builders.
 */
const SURVEY_HOST = /^(?:gle\/|google\.com\/(?:a\/[\w.-]+\/)?forms|office\.com|clickup\.com|typeform\.com|jotform\.com|tally\.so|airtable\.com|surveymonkey\.com|wufoo\.com|formstack\.com)/i;
const APPLY_CUE = /\b(?:apply|applying|application|applicants?|candidates?|considered|fill (?:in|out)|submit|screening|questionnaire|interested|(?:this|the|our|following) (?:form|link)|upwork\s*:)/i;

const PATTERNS = [
  // a number with an international prefix, or digits right after "phone"/"call": bare digit runs are budgets and years
  { re: rx(String.raw`\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}`), replacements: ON_PLATFORM, messageId: 'phone' },
  // (the number may be on the next line: "contact me on whatsapp:\n00966…", set BK)
  { re: rx(String.raw`\b(?:phone|tel|mobile|cell|call|text|whats ?app)\b[^\d\n]{0,15}(?:\n[ \t]*)?\d[\d\s().-]{7,16}\d`), replacements: ON_PLATFORM, messageId: 'phone' },
  // the client asking for an address to move to: "How can I contact you? … Do you have an email address?" (set BK; it starts
  // at the channel and looks back)
  { re: rx(String.raw`\b(?:e-?mail|whats ?app|skype|telegram)\b(?<=\bdo\s+you\s+have\s+(?:an?\s+)?(?:e-?mail|whats ?app|skype|telegram))(?:\s+(?:address|id|number|account))?`), replacements: ON_PLATFORM },
  // messengers as a channel, not as a product ("a WhatsApp chatbot", "a Discord bot" are fine)
  { re: rx(String.raw`\b(?:contact|reach|message|text|ping|add|find|dm|call|talk to|speak to|speak with|chat with|connect with|hit)\s+(?:me|us)\s+(?:up\s+)?(?:(?:either\s+)?here\s+(?:or\s+)?)?(?:on|via|at|through|in|over)\s+(?:whats ?app|telegram|skype|discord|wechat|viber|kik|instagram|facebook messenger|messenger)\b|\b(?:whats ?app|telegram|skype|discord|wechat|viber|kik|instagram|facebook messenger|messenger)\s*(?:id|handle|username|user|number|no\.?|#)?\s*[:：]\s*[@+]?[\w.#-]{3,}|\bmy\s+(?:whats ?app|telegram|skype|discord|wechat|viber|kik|instagram|facebook messenger|messenger)\s+(?:is|id|handle|number|username)\b|\badd\s+(?:my|our)\s+(?:whats ?app|telegram|skype|discord|wechat|viber|kik)\b|\b(?:whats ?app|telegram|skype|discord|wechat|viber|kik|instagram|facebook messenger|messenger)\s+(?:me|us)\b`), replacements: ON_PLATFORM },
  // (not how the product's users pay: "records payments when users pay via WeChat Pay", nor what the product handles
  // there: "take table bookings through WhatsApp", set BX; nor an account's upkeep, "verify your email address")
  { re: rx(String.raw`\b(?:via|over|through)\s+(?:whats ?app|telegram|skype|wechat|viber)\b(?<!\b(?:users?|customers?|buyers?|clients?|guests?|players?|members?|people)\s+(?:can\s+)?(?:pay|pays|paying)\s+\w+\s+\w+)(?<!\b(?:bookings?|orders?|reservations?|inquiries|enquiries|notifications?|reminders?|alerts?)\s+\w+\s+\w+)|\byour?\s+${CONTACT_HANDLE}\b(?<!\b(?:verify|verifying|confirm|confirming|update|updating|enter|entering|change|reset|validate|type|input|(?:register|sign (?:up|in)|log ?in) with)\s+your?\s+${CONTACT_HANDLE})`), replacements: ON_PLATFORM },
  // the conversation itself moved: "we will talk on whatsapp", "let's continue on Telegram", "Can I talk on email or a
  // messaging service with the creator" (it starts at the verb and looks back for who talks: not the product's users,
  // "guests can chat on WhatsApp")
  { re: rx(String.raw`\b(?:talk|chat|speak|communicate|continue|discuss|connect|get together)\b(?<=\b(?:we|i|let['’]?s|let us)(?:['’]ll|\s+will|\s+can|\s+could|\s+would|\s+should)?\s+(?:talk|chat|speak|communicate|continue|discuss|connect|get together))(?:[ \t]+\w+){0,2}?[ \t]+(?:on|via|over|by)[ \t]+(?:[\w-]+[ \t]+or[ \t]+)?(?:whats ?app|telegram|skype|discord|wechat|viber|e-?mail)\b`), replacements: ON_PLATFORM },
  // …or named in brackets after it: "Good communication in English (Skype)" (it starts at the messenger)
  { re: scannedApart(rx(channelInBracketsAfterCommunication('whats ?app|telegram|skype|discord|wechat|viber'))), replacements: ON_PLATFORM },
  // …or the messenger the client will use for it: "We'll use WhatsApp for quick questions" (it starts at the messenger)
  { re: rx(CLIENT_USES_MESSENGER), replacements: ON_PLATFORM },
  { re: rx(String.raw`\b(?:send|shoot|drop)\s+(?:me|us)\s+(?:an?\s+)?(?:e-?mail|mail|text)\b|\b(?:with|include|leave|send|give|pm|dm|message)\s+(?:me\s+|us\s+)?your\s+(?:e-?mail|phone|contact (?:details|info)|whats ?app|skype|discord|telegram|steam)\b|\b(?:pm|dm|message|send)\s+(?:me|us)\s+your\s+details\s*\(\s*(?:e-?mail|phone|whats ?app|skype|discord|telegram)\b[^()\n]{0,60}\)|\b(?:give|send|text)\s+(?:me|us)\s+(?:your\s+)?(?:[\w-]+['’]s\s+)?(?:phone\s+|cell\s+|mobile\s+)?number\b(?!\s+of\b)|\bsend\s+(?:(?:me|us)\s+)?(?:your\s+)?contact\s+(?:information|info|details)\b|\blink\s+for\s+applying\b|\b(?:available|able)\s+to\s+(?:speak|talk|chat)\s+(?:on|via|over)\s+(?:skype|whats ?app|telegram|discord)\b|\bincluding\s+(?:your\s+)?contact\s+(?:details|info(?:rmation)?)\b(?<=\b(?:pm|dm|message|reply\s+to|write\s+to|e-?mail)\s+(?:me|us)\b[^.!?\n]{0,20}including\s+(?:your\s+)?contact\s+(?:details|info(?:rmation)?))|\bcontact\s+(?:details|info(?:rmation)?)\b(?<=\b(?:pm|dm|private\s+message)\s+(?:(?:me|us)\s+)?(?:with|including)\b[^.!?\n]{0,60}contact\s+(?:details|info(?:rmation)?))|\b(?:e-?mail(?:\s+address)?|address(?:\s+or\s+something)?)\s+(?:that\s+|where\s+|at which\s+)?(?:i|we)\s+(?:can|could|may)\s+(?:contact|reach|email|e-mail|write to)\s+you\b|\bhit\s+(?:me|us)\s+(?:up\s+)?with\s+an?\s+e-?mail\b|\ba\s+working\s+e-?mail\b|\b(?:e-?mail|mail|contact|write)\b[^.\n]{0,25}\b[\w.]+\s*(?:\[at\]|\(at\)|\sat\s)\s*[\w-]+\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*(?:com|net|org|io|co)\b`), replacements: ON_PLATFORM },
  { re: rx(String.raw`\b${OUTSIDE_FORM_HOST}\b`), replacements: APPLY_ON_PLATFORM },
  // an address written with "[at]" or "(at)" to dodge filters: "jane.doe[at]example.com" (it starts at the
  // bracket, so it is tried only at brackets, and looks back for the name: a pattern that started at the name was tried at
  // every position, and gating it on the text holding an "[at]" cost 0.5% of the engine's instructions)
  { re: rx(String.raw`[\[(]at[\])](?<=[\w.+-][ \t]*[\[(]at[\])])[ \t]*[\w-]+(?:[ \t]*(?:\[dot\]|\(dot\)|\.)[ \t]*[\w-]+)*[ \t]*(?:\[dot\]|\(dot\)|\.)[ \t]*[a-z]{2,}\b`), replacements: ON_PLATFORM, messageId: 'email' },
  // the client taking the conversation to a messenger: "I will add you on Facebook to show you my photos"
  // (it starts at the messenger, a rare word, and looks back: started at "I" and "we" it was tried at every one)
  { re: rx(String.raw`\b(?:facebook|whats ?app|telegram|skype|discord|wechat|viber|instagram|messenger|signal)\b(?<=\b(?:i|we)(?:['’]ll|\s+will|\s+can|\s+could)?\s+(?:add|contact|message|call|text|reach|ping)\s+you\s+(?:on|via|through|over)\s+(?:facebook|whats ?app|telegram|skype|discord|wechat|viber|instagram|messenger|signal))`), replacements: ON_PLATFORM },
  // …or the applicant asked to message the client on a social network: "send us a message on Facebook", "tweet me up at
  // @ariejan" (not "follow us on Twitter"; it starts at the network and looks back, as above)
  { re: rx(String.raw`\b(?:facebook|twitter|linkedin)\b(?<=\b(?:(?:send|drop|shoot)\s+(?:me|us)\s+an?\s+(?:message|dm|pm|note)|(?:contact|reach|message|dm|ping|hit)\s+(?:me|us)(?:\s+up)?)\s+(?:on|via|through|over)\s+(?:facebook|twitter|linkedin))|\btweet\s+(?:me|us|@\w+)|\be-?mail\s+(?:me|us)(?=\]\()|\b(?:let\s+(?:me|us)\s+know|send\s+(?:me|us)|give\s+(?:me|us))\s+your\s+contacts?\b(?!\s+(?:list|database|book))|\b(?:give|send)\s+you\s+(?:my|our)\s+(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|whats ?app|skype|telegram)\b`), replacements: ON_PLATFORM },
  // a Discord tag: "discord robert king#6049"
  { re: rx(String.raw`\bdiscord\b[ \t:]*(?:(?:id|handle|username|user|tag|name)[ \t:]*)?[\w.-]+(?:[ \t][\w.-]+){0,2}#\d{4}\b`), replacements: ON_PLATFORM },
  // …or to a profile linked right after the ask: "contact me\n\nhttps://www.facebook.com/…"
  { re: rx(String.raw`\b(?:contact|message|reach|add)\s+(?:me|us)\b[ \t:.,!-]*(?:\n[ \t]*){0,2}(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|m\.me|instagram\.com|t\.me|wa\.me|twitter\.com|linkedin\.com)\/[\w.\/-]*`), replacements: ON_PLATFORM },
  // (not "message me through the platform", the rewrite this check offers, nor "on Upwork", "on here" or "via PM" on a
  // board whose messages are its own, unless e-mail or a phone follows: "message me on reddit or by email")
  { re: rx(String.raw`\b(?:e-?mail|mail|text|call|whats ?app|contact|reach(?: out to)?|message|dm|write to)\s+(?:me|us)\s+(?:at|on|via|directly|through)\b(?!\s+(?:the\s+|this\s+)?(?:platform|upwork|freelancer(?:\.com)?|fiverr|peopleperhour|guru|here|pms?|dms?|private messages?|reddit)\b(?![^.!?\n]{0,15}\b(?:e-?mail|phone|whats ?app|skype|telegram|discord)\b)|\s+(?:the\s+)?(?:messenger|messaging(?:\s+system)?|chat|inbox)\s+(?:on|in)\s+(?:upwork|freelancer(?:\.com)?|fiverr|peopleperhour|guru|the\s+platform|this\s+(?:site|platform))\b)`), replacements: ON_PLATFORM },
  // an address written the hidden way, with no verb before it: "webmaster (at) example {dot} org" (quoted from its
  // "(at)", where it is looked for)
  { re: rx(String.raw`[[({]at[\])}]\s*[\w-]+\s*[[({]dot[\])}]\s*(?:com|net|org|io|co)\b`), replacements: ON_PLATFORM },
  // an application made on another site: "head over to www.example.com/forums and post in our applications section",
  // "Complete this online application"
  { re: rx(String.raw`\bhead\s+over\s+to\s+(?:https?:\/\/|www\.)\S+\s+and\s+(?:post|apply|sign\s+up|register|fill)\b|\b(?:complete|fill\s+(?:in|out))\s+(?:this|our|the)\s+online\s+application\b`), replacements: APPLY_ON_PLATFORM },
  // a handle to contact: "Do you take on project work? Contact @zadapay"
  { re: rx(String.raw`\b(?:contact|message|dm|ping|text|add)\s+(?:me\s+|us\s+)?(?:at\s+|on\s+)?@[a-z][\w.]{3,}`), replacements: ON_PLATFORM },
  // contact details asked for over the platform's messages: "PM me for my email and contact info", "Send me a DM with
  // email if interested" (the second starts at the message and looks back for its article)
  { re: rx(String.raw`\b(?:pm|dm|message)\s+(?:me|us)\s+for\s+(?:my\s+|our\s+|an?\s+)?(?:e-?mail|phone(?: number)?|contact (?:info(?:rmation)?|details)|whats ?app|skype|discord|telegram)\b|\b(?:pm|dm|message)\b(?<=\ban?\s+(?:pm|dm|message))\s+with\s+(?:your\s+)?(?:e-?mail(?: address)?|phone(?: number)?|contact (?:info(?:rmation)?|details)|whats ?app|skype|discord|telegram)\b(?![ \t-]+(?:attachments?|templates?|notifications?|alerts?|campaigns?|lists?|integrations?)\b)`), replacements: ON_PLATFORM },
  // the work itself sent off the platform: "all files are sent by email"
  { re: rx(WORK_OVER_CHANNEL), replacements: ON_PLATFORM },
  // (and an application sent by e-mail with no address after it: "please email your resume, a cover letter and a video")
  { re: rx(String.raw`\b(?:send|email|e-mail|mail)\s+(?:me\s+|us\s+)?(?:your\s+)?(?:cv|resume|résumé|portfolio|application|proposal|details|samples?)\s+(?:to|at|via)\b|\be-?mail\s+your\s+(?:cv|resume|résumé|cover\s+letter|application)\b`), replacements: ON_PLATFORM },
  // (and "Read more and apply at: http://…", "and apply!\n\nhttps://…", "Try our puzzles to apply.\nhttp://…", "[Apply here.](http…)",
  // "apply by taking this test: https://…", "apply via our jobs mailbox", the job's ad "on craigslist", "Feel free to
  // email me" (LABELS.md: moving contact to e-mail counts with no address written out); an address asked
  // for to take the talk off: "can the coder give an e-mail to reach him"; a file asked for by e-mail: "email me to
  // request the file")
  { re: rx(String.raw`\bapply\s+online(?:\s+here)?\b(?=[\]):\s]{0,4}\(?https?:)|\bapply(?:\s+(?:at|here))?[.!]?\]?[ \t]*[!:.]?[ \t]*(?:\n[ \t]*){0,2}\(?(?:https?:\/\/|www\.)|\bapply\s+by\s+(?:taking|completing|filling\s+(?:in|out))\s+(?:this|the|our)\s+(?:test|form|quiz|questionnaire|assessment)\b(?=[:\s]{0,4}\(?https?:)|\b(?:give|send|share)\s+(?:me|us)\s+(?:an?\s+|your\s+)?(?:e-?mail(?:\s+address)?|contact\s+(?:info(?:rmation)?|details))\b|\b(?:provide|give|share|send)\s+(?:me\s+|us\s+)?(?:an?|your)\s+e-?mail(?:\s+address)?\s+to\s+(?:contact|reach)\b|\be-?mail\s+(?:me|us)\s+(?:to|for)\s+(?:request|get|receive|ask for)\b|\b(?:we['’]ll|we\s+will|let['’]?s|we\s+can)\s+exchange\s+e-?mails\b|\b(?:need|send|share|give|provide)\s+(?:me\s+|us\s+)?(?:with\s+)?your\s+contact\s+(?:e-?mail|whats ?app|telegram|skype|number|details|info(?:rmation)?)\b|\bapply\s+(?:via|by|through|at|using|on)\s+(?:(?:one\s+of\s+)?(?:these|the following)\s+(?:sites?|links?|pages?|websites?)|e-?mail|our (?:website|site|form|portal|jobs? e-?mail(?: box)?)|this (?:form|link)|the (?:form|link)|google forms?|typeform)\b|\bcraigslist\b(?<=\b(?:on|our|the|at|via|through|see)\s+craigslist)|\bhow\s+to\s+(?:contact|reach|apply)\b[^.\n]{0,25}\b(?:on|at)\s+(?:this|our|the\s+following)\s+(?:page|site|link)\b|\be-?mail\s+(?:me|us)\b(?!\s+(?:on|via|through|here\s+on)\s+(?:upwork|freelancer|fiverr|the\s+platform|this\s+(?:platform|site)))`), replacements: APPLY_ON_PLATFORM },
  // applications sent to an address, even a hidden one ("Send emails to: (…) @ marvel.com"), or through a form on the client's
  // site ("fill in the Freelancer form on our site")
  { re: rx(String.raw`\bsend\s+(?:your\s+)?e-?mails\s+to\b|\bfill\s+(?:out|in)\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,2}form\s+on\s+(?:our|my|the)\s+(?:web\s*)?site\b`), replacements: APPLY_ON_PLATFORM },
  // an application begun elsewhere: "To start your application, click here" (a link, on a board that allows one)
  { re: rx(String.raw`\bto\s+(?:begin|start)\s+(?:the\s+|your\s+)?application(?:\s+process)?\s*[,:]?\s+(?:please\s+)?(?:click|visit|go\s+to|head\s+(?:over\s+)?to)\b`), replacements: APPLY_ON_PLATFORM },
  // an outside site to apply on: "Go to gap.com to apply", "Visit [www.example.com/jobs](…) to apply today" (its own pattern: in the union above, every "go" would try it all)
  { re: rx(String.raw`\b(?:go\s+to|visit)\s+\[?(?:https?:\/\/)?(?:www\.)?[\w-]+\.(?:com|net|org|io|co|jobs)\b(?:\/\S*)?\s+(?:to|and)\s+apply\b`), replacements: APPLY_ON_PLATFORM },
  // …or a form to send the CV through: "submit your CV on this form" (set BO)
  { re: rx(String.raw`\b(?:cv|resume|résumé|application)\s+(?:on|via|through|using|in)\s+(?:this|the|our)\s+form\b(?<=\b(?:submit|send|upload|fill\s+in)\s+(?:your\s+|a\s+)?(?:cv|resume|résumé|application)\s+(?:on|via|through|using|in)\s+(?:this|the|our)\s+form)`), replacements: APPLY_ON_PLATFORM },
  // …or where the instructions to apply are: "For details and how to apply, see the [job
  // listing](http://…)" (set BL)
  { re: rx(String.raw`\bapplication\s+instructions\b[^.!?\n]{0,60}?(?:https?:\/\/|www\.)`), replacements: APPLY_ON_PLATFORM },
  // …or visited to apply: "For more information and to apply, visit www.example.com", "To apply, visit our careers page at https://…"
  { re: rx(String.raw`\bto\s+apply\b[,:]?\s+(?:please\s+)?(?:visit|go\s+to|head\s+(?:over\s+)?to|check\s+out)[ \t]*:?\s+(?:(?:our|the)\s+(?:[\w-]+\s+){0,3}(?:at|on|:)\s+)?(?:https?:\/\/|www\.|[\w-]+\.(?:com|net|org|io|co|jobs)\b)`), replacements: APPLY_ON_PLATFORM },
  // pay sent by the client by post, or by another means named: "we can mail the check to you" (not the product's customers
  // mailing one), "If you'd rather be paid another way (ie paypal) we can arrange it"
  { re: rx(String.raw`\bmail\b(?<=\b(?:we|i)(?:['’]ll|\s+will|\s+can|\s+could|\s+would)?\s+mail)\s+(?:you\s+)?(?:the|a|your)\s+(?:check|cheque)\b|\bpayment\s+(?:by|via|through)\s+(?:other|another|alternative)\s+(?:means|methods?|ways?)\s*\(?\s*(?:(?:i\.?e\.?|e\.?g\.?|like|such\s+as)\s*,?\s*)?(?:${PAY_MEANS})\b\)?`), replacements: payOnPlatform, messageId: 'payment' },
  // pay by a means the client prefers or names beside the sum: "I could pay by check but prefer paypal", "$200 paypal
  // immediately after" (the sum's form starts at the means and looks back; not the product's customers, "Customers
  // prefer PayPal", "let users pay $5 via PayPal")
  { re: rx(String.raw`\bprefer\b(?<=\b(?:would|i['’]d|we['’]d|i|we)\s+(?:much\s+)?prefer)\s+(?:to\s+pay\s+(?:via|by|through|with|in)\s+)?(?:paypal|venmo|zelle|cash\s*app|western union)\b|\b(?:paypal|venmo|zelle|cash\s*app|western union)\b(?<=[$€£]\s*\d[\d,.]*k?\s+(?:paypal|venmo|zelle|cash\s*app|western union))|\bwrite\b(?<=\b(?:i|we)(?:['’]ll|\s+will|\s+can|\s+could)\s+write)\s+(?:you\s+)?a\s+(?:check|cheque)\b`), replacements: payOnPlatform, messageId: 'payment' },
  // (also employment through a payroll service: "Employment: via Deel contract"; not how the product's users pay: "the
  // checkout fails when they pay with PayPal", "let customers pay via Venmo", read after the first word, as a pattern must
  // not open with a lookbehind: see the README's design notes)
  { re: rx(String.raw`\b(?:pay(?:ments?)?|paid)(?<!\b(?:${SERVED_PEOPLE}|they|who)\s+(?:can\s+|could\s+|to\s+)?(?:pay(?:ments?)?|paid))(?:\s+(?:you|u))?(?:\s+[$€£]\d[\d,.]*)?(?:\s+(?:will\s+be\s+|are\s+|is\s+)?(?:done|made|sent|processed))?(?:\s+(?:on|upon|after)\s+(?:completion|delivery|each\s+\w+))?\s+(?:via|by|through|with|using|in)\s+(?:${PAY_MEANS})\b|\b(?:employment|employed|contract(?:ed)?|hired|payroll)\s*:?\s+(?:via|through|on|with)\s+(?:a\s+)?(?:deel|remote\.com|oyster|gusto|rippling|papaya)\b|\btransfer(?:red)?\s+(?:it\s+|the\s+(?:money|payment|funds)\s+)?(?:via|by|through|with|using)\s+(?:paypal|wise|crypto|bitcoin|usdt|western union|venmo|zelle|payoneer)\b`), replacements: payOnPlatform, messageId: 'payment' },
  // (not a warning against it: "any contact outside of Upwork will result in disqualification")
  { re: rx(String.raw`\b(?:outside (?:of )?(?:upwork|freelancer|fiverr|the platform|this platform|the site)|off[- ](?:platform|upwork|site(?!\s+(?:team|events?|meetings?|retreats?|backups?|storage|work|locations?)\b)(?<!\bon[- ]site\s*(?:&|and|or|/)\s*off[- ]site)))\b(?![^.!?\n]{0,30}\b(?:will result in|results? in|(?:is|are) (?:not allowed|prohibited|forbidden|against)|violates?|will (?:get|be) (?:you )?(?:banned|reported|flagged|disqualified))\b)`), replacements: ON_PLATFORM },
  // (set BR) the applications taken at an outside page: "Full job posting/applications at: http://…"
  { re: rx(String.raw`\bapplications?\s+(?:at|here|via)\s*:?\s*\(?(?:https?:\/\/|www\.)`), replacements: APPLY_ON_PLATFORM },
  // (set BT) pay by PayPal as the rule for the work: "We use PayPal for all assets"
  { re: rx(String.raw`\b(?:use|uses|using)\s+paypal\s+for\s+(?:all\s+)?(?:the\s+)?(?:assets|payments?|work|jobs|commissions|orders)\b`), replacements: payOnPlatform, messageId: 'payment' },
  // (set BY) details sent over a social network: "I sent you the details on LinkedIn"
  { re: rx(String.raw`\bdetails\s+(?:on|via|over|through|in)\s+(?:linkedin|facebook|twitter|instagram)\b(?<=\b(?:sent|send|shared|share|gave|give)\s+(?:you\s+)?(?:the\s+|all\s+the\s+|more\s+)?details\s+(?:on|via|over|through|in)\s+(?:linkedin|facebook|twitter|instagram))`), replacements: ON_PLATFORM },
  // (set BU) PayPal as the preferred way to pay: "happy to pay reasonably for this (via PayPal is preferred)"; (set BW)
  // "My preferred payment option: PayPal"
  { re: rx(String.raw`\b(?:via|by|through|with)\s+paypal\s+(?:is\s+)?(?:preferred|prefered)\b|\bpreferr?ed\s+(?:payment\s+)?(?:method|option|way)(?:\s+of\s+payment)?\s*(?:is\b|:)\s*(?:via\s+|through\s+|by\s+)?paypal\b`), replacements: payOnPlatform, messageId: 'payment' },
];

export const offPlatformContact: FindingRule = {
  type: 'finding',
  meta: {
    id: 'off-platform-contact',
    name: 'Contact off the platform',
    level: 'error',
    description: 'Flags e-mail addresses, phone numbers, messenger handles and requests to talk or pay outside the platform.',
    why: 'Marketplaces forbid moving contact or payment off the platform: the post can be removed, and both sides lose payment protection.',
    seeds: 'marketplace rules',
    messages: {
      default: '"{{phrase}}" moves contact off the platform, which marketplaces forbid.',
      email: 'An e-mail address in the post moves contact off the platform, which marketplaces forbid.',
      phone: 'A phone number in the post moves contact off the platform, which marketplaces forbid.',
      payment: '"{{phrase}}" moves payment off the platform: you lose payment protection.',
    },
  },
  check: ({ doc }) => {
    const accept = (t: string, s: number, e: number) => !isNegated(t, s, 20) && !NEVER_ASK_BEFORE.test(t.slice(Math.max(0, s - 60), s)) && !THIRD_PARTY_BEFORE.test(t.slice(Math.max(0, s - 40), s)) && !(SURVEY_HOST.test(t.slice(s, e)) && !APPLY_CUE.test(t.slice(Math.max(0, s - 200), s)));
    // (contact details are read inside links and addresses too: "wa.me/…", "owner@example.com")
    const hits = findPhrases(doc, PATTERNS, { accept, readLinks: true });
    if (!doc.title.includes('@') && !doc.description.includes('@')) return hits;
    return [...findPhrases(doc, EMAIL, { accept, readLinks: true }), ...hits];
  },
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    // a messenger handle asked for, applications to an address or an outside form, an application visited with a colon
    { description: 'Artist for a puzzle game. Please PM me your steam, I mostly use it for contact.' },
    { description: 'Web developers at our New York office. Send emails to: (puzzle) @ example.com' },
    { description: 'Freelancers for our web design company. Please fill out the Freelance form on our website to send us your info!' },
    { description: 'Biostatistician. For more info and/or to apply, please visit: https://jobs.example.org/applicants/50959' },
    // a DM asked for with an address, the work sent by e-mail, an application begun on another site
    { description: 'Copy editors for full length novels. Sene me a DM with email if interested.' },
    { description: 'Copy editors for short stories. Work from anywhere, all work is done via emailing files.' },
    { description: 'Front desk jobs in Dayton. To begin your application process, click here.' },
    // a hidden address with no verb before it, an application made on another site
    { description: 'Sys admin for our charity. Send it to Oliver, our CTO, at sys-admin (at) donorschoose {dot} org.' },
    { description: 'C++ programmer for a mod. Please head over to www.example.com/forums and post in our applications section.' },
    { description: 'Web developer in Boulder. Complete this online application and include your resume.' },
    // a payment means preferred or named beside the sum, a check written, contact details asked for, a handle to contact
    { title: 'FAST job, $150 paypal right after', description: 'Set up a mail server on my Debian box.' },
    { description: 'Set up a mail server. I can write a check but would prefer paypal.' },
    { description: 'I want to commission a small tool. Could you provide your contact information please?' },
    { description: 'Do you build bots for hire? Contact @example_handle' },
    // a link to apply on the company's site, and a messenger to speak on
    { description: 'Engineering manager at our studio. [Here is a link for applying](http://www.example.com/jobs/316)' },
    { description: 'Programmer for a small MMORPG. Location: United States (available to speak on Skype, English please).' },
    // contact details asked for over a PM, and an application form on Formstack
    { description: 'Event planner in East LA. Salary starts at $45k. Please PM me for contact information and hours.' },
    { description: 'Engineering instructors. TO APPLY: [Click here](http://www.formstack.com/forms/example_application_form) to view the Job Application.' },
    // a social network to talk on, and contact details asked for in a PM
    { description: 'AI chatbot for a solar company. You can speak to me on Instagram at @ example_agency' },
    { description: 'Korean interpreter in Seattle for three days. PM me, including contact information, and we will discuss rates.' },
    { description: '2D artist for a puzzle game. Please send me a private message with some examples of your work, contact information, and pricing.' },
    // an outside site visited to apply, a cheque by post and PayPal as another means of pay
    { description: 'Mystery shoppers across the UK. For more information and to apply, visit www.example.com' },
    { description: 'Redesign of our corporate site. Our business is in the states, so we can mail the check to you.' },
    { description: 'Logo designer. If you prefer payment by other means (ie paypal) we could arrange that too.' },
    // a phone number asked for
    { description: 'Two diesel mechanics for fire trucks. PM me your resume or give me your mechanic\'s number and I will reach out.' },
    // an address spaced out, pay by PayPal after its amount, a messenger to add, an outside site or Workspace form to apply on
    { description: 'Crest for a new chess club. Please send a PM or e-mail to someone @ gmail.com with your portfolio.' },
    { description: 'Post 40 flyers on your campus. I will pay you $25 via paypal once they are all up.' },
    { description: 'Programmer for our horror game. If interested, add our skype. "ExampleName".' },
    { description: 'Sci-fi card game artist. Contact me either here on Skype (ExampleName) if you are interested.' },
    { description: 'Seasonal and flex workers wanted. Go to example.com to apply.' },
    { description: 'Flyer posters. If interested, please fill out this form: https://docs.google.com/a/example.com/forms/d/abc123/viewform' },
    { description: 'Sales associate for our team. Full description and application form [Here](https://example.wufoo.com/forms/sales/).' },
    // an e-mail asked for, and "apply here" as a link
    { description: 'Flutter apps for my startup. Could you please give me an email or any contact information?' },
    { description: 'Freelance writers. If interested you can [apply here](http://example.com.au/writers/).' },
    { description: 'Artists for our RPG. Please PM me here and we will exchange e-mails for further discussion.' },
    // an application sent to a link right after "apply", and an e-mail asked for or offered for a file
    { description: 'Science writers for our eBooks. Read more and apply at: http://careers.example.com/jobs/1504857' },
    { description: 'A new CFO for our charity. Read below for details, and apply!\n\nhttps://example.org/news/entry/1234' },
    { description: 'Test engineers in NYC. Try our puzzles to apply.\nhttp://www.example-careers.com/jobs/new-york/' },
    { description: 'Replicate a paper on Kalman filtering in MATLAB. Please email me to request the file of the paper.' },
    { description: 'Can the developer provide an e-mail to contact him for a custom development?' },
    { description: 'Front-end web developer. [You can apply online here](http://act.example.org/survey/talent_webdev/)', flags: ['apply online here'] },
    { description: 'Java lead developer. Apply at one of these sites:\n* http://us.blizzard.com/jobs', flags: ['Apply at one of these sites'] },
    { description: 'If you are keen, drop me a message with an address or something I can reach you at.', flags: ['address or something I can reach you'] },
    { description: 'We are seeking writers. Check out our hiring page and hit us with an email!', flags: ['hit us with an email'] },
    { description: 'Send a pm with you skype user ID, your name, and a working email.', flags: ['you skype user ID', 'a working email'] },
    { description: 'Coders for our mod. Please send us a message on Facebook or in the comments.', flags: ['Facebook'] },
    { description: 'A pixel logo for my studio. Questions? Tweet me up at @ariejan.', flags: ['Tweet me'] },
    { description: 'A quiz game in C#. Message me and we can get together on Discord or Skype to sort the details out.', flags: ['get together on Discord or Skype'] },
    { description: 'Paid work for you, contact me\n\nhttps://www.facebook.com/example.profile', flags: ['contact me\n\nhttps://www.facebook.com/example.profile'] },
    { description: 'want to pay you for some work\ndiscord jane doe#1234', flags: ['discord jane doe#1234'] },
    { description: 'Write quiz questions for biology. If keen, PM me with an e-mail where we can reach you.', flags: ['e-mail where we can reach you'] },
    { description: 'Two web designer openings. Apply here: http://tbe.taleo.net/NA6/ats/careers/requisition.jsp?org=NEWEGG', flags: ['Apply here: http://tbe.taleo.net/NA6/ats/careers/requisition.jsp?org=NEWEGG'] },
    { description: 'Illustrate 20 scenes for my novel. PM me a link to your samples, or give me your email.', flags: ['give me your email'] },
    { description: 'Art for my platformer. Please send samples and an email I can contact you with.', flags: ['email I can contact you'] },
    { description: 'Perks: remote, laptop. Employment: via Deel contract only.', flags: ['Employment: via Deel'] },
    { description: 'Email me at jane.doe@example.com with your CV.', flags: ['jane.doe@example.com'] },
    { description: 'Canvas artist for my browser game. Shoot me a PM or email at jdoe@gmail', flags: ['jdoe@gmail'] },
    { description: 'Partner for a hobby game. Msg me here or my handle @ gmail.', flags: ['handle @ gmail'] },
    { description: 'I want to extend the features of this bot. Can I talk on email or a messaging service with the creator?', flags: ['talk on email'] },
    { description: 'Vector artist for our mobile game. Requirements: excellent communication in English (Skype).', flags: ['Skype'] },
    { description: 'Programmer for my mobile games, 50/50 on profits. Message me or tweet @saampahlavan if interested.', flags: ['tweet @saampahlavan'] },
    { description: 'Junior designer for our start-up. PM my account and I will give you our email address for your CV.', flags: ['give you our email address'] },
    { description: 'We are hiring engineers in NYC. PM me here or [email us](http://example.com/contact) with your questions.', flags: ['email us'] },
    { description: 'Paid help. Kindly let us know your contacts. I would like to discuss a small job.', flags: ['let us know your contacts'] },
    { description: 'Inpatient coder, full time, Seattle hospital. apply online: http://jobs.example.com/coder-121033444', flags: ['apply online'] },
    { title: 'Need Your Contact Email/Telegram please', description: 'I want to discuss a bot idea and want to hire you.', flags: ['Need Your Contact Email'] },
    { description: 'Contact me on WhatsApp for details.', flags: ['Contact me on WhatsApp'] },
    // a number on the line after its messenger, an address asked for (set BK)
    { description: 'Want to hire you for a bot like this one.\nwhatsapp number below\n07700900123', flags: ['whatsapp number below\n07700900123'] },
    { description: 'How can I contact you? I need help (for a fee). Do you have an email address?', flags: ['email address'] },
    { description: 'Pixel art for our RPG. PM me for email and other contact info.', flags: ['PM me for email'] },
    { description: 'Sprite art wanted, so feel free to message me on reddit or via email!', flags: ['message me on'] },
    // an address spelled out, an outside form or applicant tracker, and a messenger the client moves to
    { description: 'C++ programmer for our second game. Please email me:\n\njane.doe[at]example.com', flags: ['[at]example.com'] },
    { description: 'IT automation specialist. Please use this form to be considered: https://forms.clickup.com/9017/f/8cq', flags: ['https://forms.clickup.com/9017/f/8cq'] },
    { description: 'Chat with our AI about music, $8 per hour. Interested? Apply now by completing this form: https://forms.office.com/e/ykr5N9', flags: ['https://forms.office.com/e/ykr5N9'] },
    { description: 'Android game programmer. Apply and read more here: http://jobvite.com/m?exampleId', flags: ['http://jobvite.com/m?exampleId'] },
    { description: "Draw me as a Simpsons character. I'll add you on Facebook so you can see some photos.", flags: ["Facebook"] },
    { description: 'Payment via PayPal after delivery.', flags: ['Payment via PayPal'] },
    { description: 'Edit 30 shorts a month. We will talk on whatsapp.', flags: ['talk on whatsapp'] },
    { description: 'Manage my inbox. We’ll use WhatsApp for quick questions.', flags: ['WhatsApp'] },
    // an outside test, an e-mail box and an ad elsewhere to apply through
    { description: 'Senior data scientist. If you have made it this far, please apply by taking this test: https://tests.example.com/s/ixkz561x', flags: ['apply by taking this test'] },
    { description: 'Go programmers for our studio. You can apply via our jobs email box.', flags: ['apply via our jobs email box'] },
    { description: 'Web applications developers (RI / MA). Our job listing on Craigslist: http://providence.example.org/eng/2830847139.html', flags: ['Craigslist'] },
    { description: 'Web & social media associate, NYC. [Apply here.](http://careers.example.com/jobs/123)' },
    { description: 'Animator for our game. Feel free to email me, find my contact through the website, or just reply here.', flags: ['email me'] },
    { description: 'Clinic assistant, 8am to 4pm. If interested, email us a resume and a cover letter.', flags: ['email us'] },
    { description: 'Financial analyst for a real estate consultant. If interested, please email your resume and a cover letter.', flags: ['email your resume'] },
    { description: 'Ruby developer, full time. The details for the job and how to reach us are on this page: http://example.com/info/rubydev', flags: ['how to reach us are on this page'] },
    // contact details asked for in brackets, and an outside site visited to apply (set BF)
    { description: 'Linux admin needed. PM me your details (email, skype or gtalk, and your rates) please.' },
    { description: 'Store staff wanted. Visit [www.example.com/jobs](http://www.example.com/jobs/) to apply today.' },
    { description: 'Freelance developers in every stack, worldwide. Please submit your CV on this form.', flags: ['CV on this form'] },
    { description: 'Two QA engineers, remote. Our application instructions are in the [careers post](https://example.com/careers/qa).', flags: ['application instructions are in the [careers post](https://example.com/careers/qa'] },
    // contact information asked for (set BG)
    { description: 'Simple webcast site. Please send contact information and links to work done.' },
    // pay by PayPal, said of the payments or after the work (set BH)
    { description: 'Calculus tutor, an hour twice a week. Payments will be done through PayPal after each session.' },
    { description: "Translate 2,500 phrases to American English. We'll pay on completion via PayPal." },
    // a job board's posting to apply on (set BI)
    { description: 'Help desk staff in Cleveland. [Monster link](http://jobview.monster.com/Help-Desk-Job-Cleveland-OH-99440611.aspx)' },
    // (set BQ) payment sent by PayPal
    { description: 'Short video lessons on drawing roads and grass. We agree a price and I transfer it via PayPal before you start.' },
    // (set BR) applications taken at an outside page
    { description: 'QA developer, full time, remote. Full posting and applications at: https://example.com/jobs/qa' },
    // (set BT) PayPal as the rule for paying the work
    { description: 'Artists for our visual novel, paid per asset. We use PayPal for all payments at the moment.' },
    // (set BU) PayPal preferred for the pay
    { description: 'Vector logo of a bear head for a film company. I will pay fairly, by PayPal preferred.' },
    // (set BW) PayPal as the preferred payment method
    { description: 'Two music tracks for our shooter. My preferred payment option: PayPal.' },
    // (set BY) details sent over a social network
    { description: 'Quick freelance job: I sent you the details on LinkedIn, tell me if you are free.' },
  ],
  pass: [
    // how the client's own customers reach them today: nothing asked of the freelancer
    { description: 'Our clients email us PDFs and we retype them by hand into our accounting software. Automate the intake.' },
    { description: 'Customers message us on WhatsApp to book a table; we want a booking page on our site instead.' },
    // a warning against leaving the platform, and an account's upkeep
    { description: 'Before we start, please verify your email address on your freelancer profile. Build a landing page.' },
    // a warning against leaving the platform
    { description: 'Build a landing page. Any contact outside of the platform will result in disqualification.' },
    // the team's own Slack is no contact moved off the platform
    { description: 'Slack bot for our team. All work is done via Slack.' },
    // a product's message with mail attached
    { description: 'Support inbox app: a user can answer a message with email attachments.' },
    // the product's customers preferring a means of payment
    { description: 'Shopify checkout fix: our customers prefer PayPal, so make it the first option.' },
    // a reason to apply, and a product's payment options
    { description: 'Marketing intern. To apply, visit the office in person with your CV.' },
    { description: 'Checkout for our store: payment by other means such as gift cards, and customers can mail a check to the office.' },
    // contact details as the data the work gathers
    { description: 'Sales analyst: gather and organize data on potential clients, including contact information and key decision-makers.' },
    // the product's users paying an amount by PayPal
    { description: 'Shopify fix: the checkout must let users pay $5 via PayPal or by card.' },
    { description: 'Port our modules to Laravel. Rules: 1-never ask to communicate or get paid outside of Upwork, or ask for payment before work is done.' },
    // a form the work is about, not one applicants are sent to
    { description: 'Custom quiz scoring. I like the look of the typeform below; copy it with our own scoring.\n\nhttps://form.typeform.com/to/exampleForm' },
    // (a social network followed is no contact moved off the platform)
    { description: 'Logo for our bakery. Follow us on Twitter to see our style.' },
    // "drop me a line" is the idiom for "write to me", here or anywhere
    { description: 'Build our card game. If you are excited, drop me a line—we can’t wait to hear from you!' },
    // the product's users on a messenger, not the client and the freelancer
    { description: 'Build a booking page. Our guests use WhatsApp to confirm tables.' },
    { description: 'We will talk on Zoom before starting.' },
    { description: 'Build a booking bot: guests can chat on WhatsApp with the hotel.' },
    { description: 'Do not share your WhatsApp number; keep everything here.' },
    { description: 'Questions? Message me through the platform.' },
    // where the team meets, how the product's users pay, and "on here"
    { description: 'Perks: regular on-site & off-site team events.' },
    { description: 'The app logs each sale when customers pay via WeChat Pay.' },
    { description: 'The checkout shows a blank screen when they pay with PayPal. Let customers pay via Venmo too.' },
    { description: 'If you wish to apply, message me on here.' },
    { description: 'Write two blog posts a month. If interested please contact me via PM.' },
    // an "at" in words, and a link to a form the product needs
    { description: 'Meet us (at) the conference. Build a booking form like typeform for our site.' },
    // (set BQ) the platform's own messenger
    { description: 'Redo our registration form with email checks. For questions, please contact us through the messenger on Upwork.' },
    // (set BX) what the product handles on a messenger
    { description: 'Chatbot for our tour agency that takes bookings through WhatsApp and LINE.' },
  ],
};
