import type { Doc } from './text/doc';
import { BOTH, forEachMatch } from './text/match';

/** The kind of work a post is about, so templates can ask the right questions. */
export type JobKind = 'web' | 'mobile' | 'writing' | 'translation' | 'design' | 'data' | 'marketing' | 'video' | 'audio' | 'support' | 'general';

/** Languages a translation is into or from. */
const LANGUAGES = 'english|spanish|french|german|italian|portuguese|chinese|mandarin|cantonese|japanese|korean|arabic|russian|dutch|polish|turkish|hindi|urdu|vietnamese|thai|indonesian|malay|swedish|norwegian|danish|finnish|greek|hebrew|czech|romanian|hungarian|ukrainian|bengali|tagalog|persian|farsi|swahili';

const KINDS: ReadonlyArray<[JobKind, RegExp[]]> = [
  ['mobile', [/\b(?:ios|android|mobile app|flutter|react native|swift|kotlin|app store|play store)\b/gi]],
  ['web', [/\b(?:website|web ?app|web site|landing page|wordpress|shopify|webflow|react|next\.js|vue|angular|frontend|front-end|backend|back-end|full[- ]stack|php|laravel|django|node(?:\.js)?|html|css)\b/gi]],
  // a language pair, counted in words like writing but judged by a native reviewer and a glossary, not by topics and
  // tone: a translator, or translating or localising into a language or between two ("translate our ideas into a
  // product" is no translation, nor an app's "localization services")
  ['translation', [
    /\b(?:translators?|language pairs?|source language|target language)\b/gi,
    new RegExp(String.raw`\b(?:translat(?:e|es|ed|ing|ions?)|locali[sz](?:e|es|ed|ing|ation))\b(?=[^.!?\n]{0,60}\b(?:into|to|from)\s+(?:${LANGUAGES})\b)|\b(?:${LANGUAGES})\s*(?:to|into|>|→)\s*(?:${LANGUAGES})\b|\b(?:${LANGUAGES})\s+interpret(?:ers?|ing)\b`, 'gi'),
  ]],
  ['writing', [/\b(?:articles?|blog posts?|blog|writers?|copywriting|copywriter|content writ\w*|ghostwrit\w*|ebook|e-book|proofread\w*|editing|words?)\b/gi]],
  ['design', [/\b(?:logo|graphic design\w*|illustrat\w*|ui\/ux|ux|figma|branding|mockups?|banner|flyer|packaging)\b/gi]],
  ['data', [/\b(?:data (?:analy\w+|scienc\w*|entry|pipeline)|dashboard|power bi|tableau|excel|sql|machine learning|scrap\w+|dataset|etl)\b/gi]],
  ['marketing', [/\b(?:seo|marketing|ads|ad campaigns?|social media|lead generation|email campaigns?|ppc)\b/gi]],
  ['video', [/\b(?:video|youtube|animation|motion graphics|editing footage|reels?|tiktok)\b/gi]],
  // voice, music and sound: measured in minutes, sample rates and pickups, not word counts or cuts (a voice only as a
  // sound: not a brand's "voice" or "tone of voice" in writing)
  ['audio', [/\b(?:voice[- ]?overs?|vo artists?|voice (?:actors?|actress|talent|artists?|recordings?)|(?<!\b(?:brand|tone of|our|your|their|the|a)\s)voice\b|narrat(?:ion|or|ors|e)|audiobooks?|podcasts?|jingles?|music|songs?|soundtracks?|mixing|mastering|sound design|sound effects|audio|wav|mp3|vocals?)\b/gi]],
  // an assistant's or support role, not a product that does it ("an AI personal assistant"): a store's assistant is not a web build
  ['support', [/\b(?<!\bai\s)(?:virtual assistants?|executive assistants?|personal assistants?|administrative assistants?|admin assistants?|admin support|customer (?:service|support) (?:reps?|representatives?|agents?|specialists?)|support agents?|help ?desk|inbox management|email management|calendar management)\b/gi]],
];

/** The kind with the most mentions in title and description; `general` when nothing stands out. */
export function jobKind(doc: Doc): JobKind {
  return doc.memo('job-kind', () => mostMentionedKind(doc));
}

function mostMentionedKind(doc: Doc): JobKind {
  let best: JobKind = 'general';
  let bestCount = 0;
  for (const [kind, patterns] of KINDS) {
    let count = 0;
    for (const part of BOTH) {
      forEachMatch(doc.text(part), patterns, () => {
        count++;
      });
    }
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}
