import { describe, expect, it } from 'vitest';
import { analysisNotes, analyze, applySuggestion, BUILT_IN_RULES, DEFAULT_MAX_FINDINGS_PER_RULE, restructure, type Draft } from '../../src/core';
import { eitherApostrophe } from '../../src/core/text/vocab';

const ids = (draft: Draft) => analyze(draft).findings.map((f) => f.ruleId);
/** The checklist entry of `section` for a draft, and the text of each piece of its evidence. */
const itemOf = (draft: Draft, section: string) => analyze(draft).checklist.find((c) => c.section === section)!;
const quotesOf = (description: string, section: string) => itemOf({ description }, section).evidence.map((e) => e.text);
/**
 * What the phrase rules quote, leaving out a sentence the learned judgement chose: for one-line drafts that name no phrase,
 * where the models (trained on long posts) may judge the item either way and the test is about the rules.
 */
const phraseQuotesOf = (description: string, section: string) => itemOf({ description }, section).evidence.filter((e) => !('judged' in e && e.judged)).map((e) => e.text);

const GOOD_POST: Draft = {
  title: 'Add online ordering to our bakery website',
  description: [
    'We are a small bakery in Leeds; our WordPress site gets about 300 visitors a day.',
    'Build an online ordering page with 3 product categories, a cart and Stripe checkout.',
    'Done when an order placed on the site appears in our Stripe dashboard and passes our test checklist.',
    'Timeline: finish within 3 weeks, starting on March 3.',
    'Budget: $1,200 fixed price, paid in two milestones.',
    'Please share links to 2 similar shops you built.',
    'We will have a short kickoff call on Zoom and weekly updates; I am in GMT.',
  ].join('\n'),
};

describe('analyze reads meaning, not single keywords', () => {
  it('does not flag "not ASAP"', () => {
    expect(ids({ description: 'This is not ASAP, take the time you need.' })).not.toContain('asap-deadline');
  });
  it('does not count "no budget yet" as a budget', () => {
    const result = analyze({ description: 'No budget yet, we will decide later.' });
    expect(result.checklist.find((c) => c.section === 'budget')?.status).toBe('missing');
  });
  it('does not flag "we are not looking for the cheapest" as price-only', () => {
    expect(ids({ description: 'We are not looking for the cheapest offer.' })).not.toContain('price-only-criteria');
  });
  it('does not flag "price is important but quality matters more" as price-only', () => {
    expect(ids({ description: 'Price is important but quality matters more than the lowest price.' })).not.toContain('price-only-criteria');
  });
  it('counts a budget typed into the form field', () => {
    const result = analyze({ description: 'Build a landing page.', fields: { budget: '$300' } });
    const budget = result.checklist.find((c) => c.section === 'budget')!;
    expect(budget.status).toBe('met');
    expect(budget.evidence).toEqual([{ field: 'budget', text: '$300' }]);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('missing-budget');
  });
  it('counts a timeline typed into the form field', () => {
    expect(ids({ description: 'Build a landing page.', fields: { timeline: '1 to 3 months' } })).not.toContain('missing-timeline');
  });
});

describe('the result', () => {
  it('ticks every checklist item of a complete post, with evidence ranges that hold the evidence', () => {
    const result = analyze(GOOD_POST);
    for (const item of result.checklist) {
      expect(item.status, item.section).toBe('met');
      for (const e of item.evidence) {
        if ('range' in e) expect((e.part === 'title' ? GOOD_POST.title! : GOOD_POST.description).slice(e.range.start, e.range.end)).toBe(e.text);
      }
    }
    expect(result.score.value).toBe(100);
  });

  it('shows a labelled timeline whole: "Timeline: 2-4 weeks", not "Timeline: 2"', () => {
    expect(quotesOf('Build a form.\nTimeline: 2-4 weeks max.\nDuration: Under 1 month', 'timeline')).toEqual(['Timeline: 2-4 weeks max', 'Duration: Under 1 month']);
  });

  it('shows a weekday with its date: "by Thursday 14 November", not "by Thursday"', () => {
    expect(quotesOf('Review our lease. I need the memo by Thursday 14 November.', 'timeline')).toEqual(['by Thursday 14 November']);
    expect(quotesOf('Send it by Friday, March 7th please.', 'timeline')).toEqual(['by Friday, March 7th']);
  });

  it('shows working hours with their zone, and a time\'s "am" as no verb', () => {
    expect(quotesOf('Support on weekdays from 4 am CET to 8 am CET, Monday to Friday.', 'timeline')).toEqual(['4 am CET to 8 am CET', 'Monday to Friday']);
    expect(quotesOf('Shift: 3 PM to 12 AM Pakistan time.', 'timeline')).toEqual(['3 PM to 12 AM Pakistan time']);
    expect(quotesOf('Part-time support, IST 6.00 am to 8.00 am will provide 20000 per month.', 'timeline')).toEqual(['6.00 am to 8.00 am']);
  });

  it('shows a stated budget whole: "Budget is 300-400 AUD", not "Budget is 300"', () => {
    expect(quotesOf('Speed up my site. Budget is 300-400 AUD.', 'budget')).toEqual(['Budget is 300-400 AUD']);
  });

  it('takes a bug told by its symptom for a deliverable: the fix is what will exist', () => {
    // (a test, not an example draft, for the same reason as the one-page P&L below)
    const draft = 'Our co-op Unity game has a desync bug: when two players pick up the same item, both get it. Fix it for up to 4 players.';
    expect(quotesOf(draft, 'deliverables')).toContain('bug: when two players pick up the same item, both get it');
    expect(quotesOf('Fix the crash when the user opens the profile without internet.', 'deliverables')).toContain('Fix the crash when the user opens the profile without internet');
  });

  it('takes the pages listed in a line for a deliverable: "Pages: home, about, services, contact"', () => {
    expect(quotesOf('Need a website for my business. Pages: home, about, services, contact. Please send price.', 'deliverables')).toEqual(['Pages: home, about, services, contact']);
  });

  it('takes a size written in words for a deliverable ("a one-page P&L"), not the kind of app ("a one-page app")', () => {
    // (a test here, not an example draft: the examples are training data too, and this one moved the
    // deliverables model by a post on the team sets)
    expect(quotesOf('Reconcile our bank accounts in Xero each month and send me a one-page P&L.', 'deliverables')).toEqual(['one-page P&L']);
    expect(quotesOf('Help with a one-page app on Vercel.', 'deliverables')).toEqual([]);
    // several things of a kind one can count (not "multiple features")
    expect(quotesOf('A front-end coder is needed to build several landing pages (design attached) in plain HTML.', 'deliverables')).toEqual(['several landing pages']);
    expect(quotesOf('Developer to build multiple features for our platform.', 'deliverables')).toEqual([]);
    // quoted with what it measures, up to the next little word
    expect(quotesOf('I need a one-page landing page on Carrd for my retreat.', 'deliverables')).toEqual(['one-page landing page']);
    // an accented letter is part of the word it measures, not its end: not "2-page r"
    expect(quotesOf('Rewrite my 2-page résumé for analyst roles.', 'deliverables')).toEqual(['2-page résumé']);
  });

  it('quotes whole words: a heading with what it says, not a letter of it; a phrase, not the start of a longer word', () => {
    expect(quotesOf('Duration: Until launch with potential extension work for the right person', 'timeline')).toEqual(['Duration: Until launch with potential']);
    // ("Ongoing" under the heading gives no length: LABELS.md counts "long-term" with no duration as none)
    expect(quotesOf('Duration: Ongoing with potential long-term work for the right person', 'timeline')).toEqual([]);
    expect(quotesOf('Hourly payment based on tracked time.', 'budget')).toEqual(['Hourly payment']);
    // "is complete|d", "monthly pay|ments", "$10|T": a longer word is something else
    expect(quotesOf('Make sure the quality work is completed before the project ends.', 'context')).toEqual([]);
    expect(quotesOf('Users make monthly payments in the app.', 'budget')).toEqual([]);
    expect(quotesOf('We are targeting a $10T+ industry.', 'budget')).toEqual([]);
  });

  it('quotes a piece of evidence up to its own sentence’s end, even where the pattern read on', () => {
    expect(quotesOf('Redesign the checkout of our delivery service. The app is slow on phones.', 'context')).toEqual(['our delivery service']);
  });

  it('takes a list after the thing it makes up, and a milestone with what it delivers', () => {
    const post = 'We need offline-first sync: inspections saved locally, a sync queue, and conflict handling.\nMilestone 2 (2 weeks): conflict resolution and tests.';
    expect(quotesOf(post, 'deliverables')).toEqual([
      'We need offline-first sync: inspections saved locally, a sync queue, and conflict handling',
      'Milestone 2 (2 weeks): conflict resolution and tests',
    ]);
    // a person or a skill set before the colon is no thing to deliver
    expect(quotesOf('We need someone with: React, Node, and AWS. Milestone 1: $500.', 'deliverables')).toEqual([]);
  });

  it('reads a small business owner typing fast: a broken part of a site on a platform named in lower case', () => {
    const draft = 'my website is not looking good on phone, the menu is broken and pictures are too big. its on wix. can you fix?';
    expect(quotesOf(draft, 'deliverables')).toEqual(['menu is broken', 'pictures are too big']);
    expect(quotesOf(draft, 'context')).toEqual(['my website is not looking good', 'its on wix']);
    expect(quotesOf('Our store is on shopify and we need 20 products added.', 'context')).toEqual(['Our store is on shopify']);
    // a team by where it is and its size, quoted with the words that say what kind
    expect(quotesOf('Real estate team in Phoenix (6 agents) needs a VA, 20 hours a week.', 'context')).toEqual(['Real estate team in Phoenix (6 agents) needs a VA']);
    // "broken" names no fix for a whole site, and "it" on a budget is no platform
    expect(quotesOf('The website is broken.', 'deliverables')).toEqual([]);
    expect(quotesOf('It is on a tight budget.', 'context')).toEqual([]);
  });

  it('takes records to work through by their count, and the months they are from as no date or migration', () => {
    expect(quotesOf('Categorise about 600 transactions from July to October.', 'deliverables')).toEqual(['600 transactions']);
    expect(quotesOf('Categorise about 600 transactions from July to October.', 'timeline')).toEqual([]);
    expect(quotesOf('Findings shall be presented as a table with a short explanatory sentence.', 'deliverables')).toEqual(['presented as a table']);
    expect(quotesOf('Prepare a structured cash flow statement in Google Sheets for 2024.', 'deliverables')).toEqual(['Prepare a structured cash flow statement in Google Sheets']);
  });

  it('takes tasks listed after "Tasks:", and a list whose items hold a name with a dot', () => {
    expect(quotesOf('Tasks: update listings in our CRM, schedule showings, and answer Zillow leads.', 'deliverables')).toEqual([
      'Tasks: update listings in our CRM, schedule showings, and answer Zillow leads',
    ]);
    const shopify = 'On the product page we want: a size guide pop-up, a section of 3 related items, and the reviews (Judge.me) moved above the description.';
    expect(quotesOf(shopify, 'deliverables')).toEqual(['we want: a size guide pop-up, a section of 3 related items, and the reviews (Judge.me) moved above the description']);
  });

  it('takes a business the client has, material it will send with no determiner, and edits handed over in a format', () => {
    expect(quotesOf('I have a small bakery and want more followers on Instagram.', 'context')).toEqual(['I have a small bakery']);
    expect(quotesOf('Save each profile to our Airtable base.', 'context')).toEqual(['our Airtable base']);
    expect(quotesOf('Model my cutting board. I will send photos and measurements.', 'context')).toEqual(['I will send photos']);
    expect(quotesOf('We will provide feedback within a day.', 'context')).toEqual([]);
    expect(quotesOf('Deliver tracked changes in Word plus a short summary.', 'deliverables')).toEqual(['Deliver tracked changes in Word']);
    // files the client will send are no pieces of work
    expect(quotesOf("I need a VBA macro that merges them. I'll send 3 sample files.", 'deliverables')).toEqual(['I need a VBA macro that merges']);
  });

  it('takes a thing wanted in a named place with what it does, named things to be added, and not "what was done"', () => {
    expect(quotesOf('We want an internal chatbot in Microsoft Teams that answers from our policy PDFs.', 'deliverables')).toEqual([
      'We want an internal chatbot in Microsoft Teams that answers',
    ]);
    expect(quotesOf('Our grocery app needs Apple Pay and Google Pay added to the existing checkout.', 'deliverables')).toEqual([
      'needs Apple Pay and Google Pay added to the existing checkout',
    ]);
    expect(quotesOf('We need someone added to the team.', 'deliverables')).toEqual([]);
    expect(quotesOf('Send a monthly report of what was done.', 'context')).toEqual([]);
  });

  it('takes an organisation by what it sells, quoted with what it sells', () => {
    expect(quotesOf('Small e-commerce store selling phone cases. Need someone to answer emails.', 'context')).toEqual(['Small e-commerce store selling phone cases']);
  });

  it('takes the client\'s product by what it does, and no product word that names another thing', () => {
    expect(quotesOf('Enhance our innovative product that analyzes soil sample photos.', 'context')).toEqual(['our innovative product that analyzes soil sample photos']);
    expect(quotesOf('We need our 12-page user manual for a kitchen scale translated into Japanese.', 'context')).not.toContain('our 12-page user');
  });

  it('reads a quality target per page as no rate, even with a price in the next sentence', () => {
    expect(quotesOf('We expect fewer than 3 corrections per page. Deadline: 20 December. ¥120,000.', 'budget')).toEqual(['¥120,000']);
  });

  it('shows pieces of evidence whose quotes overlap as one quote', () => {
    expect(quotesOf('Rate: $20-$25 USD per hour.', 'budget')).toEqual(['$20-$25 USD', 'per hour']);
    expect(itemOf({ description: 'Rate: $20-$25 USD per hour.', fields: { budget: '$25/hr' } }, 'budget').evidence.map((e) => e.text)).toEqual(['$25/hr', '$20-$25 USD', 'per hour']);
  });

  it('takes a change from one quoted text to another as a thing to deliver', () => {
    const draft = 'Just need the text changed from "Bloom Studio" to "Bloom Studios" and the green made darker.';
    expect(quotesOf(draft, 'deliverables')).toEqual(['from "Bloom Studio" to "Bloom Studios"']);
    // …asked for as a change, not a move the client tells of
    expect(quotesOf('We moved from "startup" to "scale-up" this year.', 'deliverables')).toEqual([]);
  });

  it('takes no length that is a fault\'s time, a race or a range\'s end', () => {
    expect(phraseQuotesOf('Cars jitter after about 2 minutes. Players must finish a 10-minute race.', 'deliverables')).toEqual([]);
    // …but the fault itself, told by its symptom, is the fix to deliver
    expect(quotesOf('Our racing game has a desync: when 4 players race, cars jitter after about 2 minutes.', 'deliverables')).toEqual(['desync: when 4 players race, cars jitter after about 2 minutes']);
    expect(phraseQuotesOf('Detect the text within 2–4 seconds. It sometimes takes over 1.5 minutes.', 'deliverables')).toEqual([]);
  });

  it('reads a sentence opening on "Need a …" with what the thing does as "I need a …"', () => {
    const draft = 'Need a Python script that scrapes new job listings from 3 job boards and emails me a daily digest.';
    expect(quotesOf(draft, 'deliverables')).toEqual(['Need a Python script that scrapes']);
    // a thing named with no more than what it is for stays a hint, and "need" in mid-sentence is not its opening
    expect(quotesOf('Need a website design for a token project.', 'deliverables')).toEqual([]);
    expect(quotesOf('Freelancers who need a portfolio that shows results should apply.', 'deliverables')).toEqual([]);
  });

  it('takes an automation’s steps in named systems, and leaflets counted', () => {
    const zap = 'When someone fills in our Typeform demo request, create or update the contact in HubSpot and post a message in Slack.';
    expect(quotesOf(zap, 'deliverables')).toEqual(['create or update the contact in HubSpot']);
    // an account for the applicant is no record in a system
    expect(quotesOf('Please create an account on Upwork first.', 'deliverables')).toEqual([]);
    expect(quotesOf('We need 8 patient information leaflets on knee rehab.', 'deliverables')).toEqual(['8 patient information leaflets']);
    expect(quotesOf('Create 30 pins a month in our Canva templates.', 'deliverables')).toEqual(['30 pins']);
  });

  it('quotes what the client has with its approximate figure: "I have ~30,000 photos", not "I have ~"', () => {
    expect(quotesOf('I have ~30,000 photos from the last 15 years across 4 drives.', 'context')).toEqual(['I have ~30,000 photos']);
  });

  it('closes a bracket a quote opened when it closes soon after, else ends the quote before it', () => {
    expect(quotesOf('I have a PSD design for a newsletter (600px wide). Need it coded.', 'context')).toEqual(['I have a PSD design for a newsletter (600px wide)']);
    expect(quotesOf('Share examples of Grafana dashboards (or similar work). Build ours.', 'samples')).toEqual(['Share examples of Grafana dashboards (or similar work)']);
    // a bracket that runs on past its sentence is no aside: the quote ends before it
    expect(quotesOf('I have a PSD design for a newsletter (600px. It is wide) to code.', 'context')).toEqual(['I have a PSD design for a newsletter']);
  });

  it('takes what the client does said in brackets, a numbered form to file, and a list of final formats', () => {
    expect(quotesOf('Small batch coffee roaster in Portland (we sell beans online and at 2 farmers markets). Need a logo.', 'context')).toEqual(['we sell beans online']);
    expect(quotesOf('I need Form 5472 and pro forma 1120 prepared and filed before the April deadline.', 'deliverables')).toEqual(['Form 5472']);
    expect(quotesOf('Please file my Schedule C.', 'deliverables')).toEqual(['Schedule C']);
    expect(quotesOf('Fill out the contact form 123 times.', 'deliverables')).toEqual([]);
    expect(quotesOf('Include final files in AI, SVG and PNG.', 'deliverables')).toEqual(['final files in AI, SVG and PNG']);
  });

  it('takes a site or app the work adds to, an app already in the stores, and an organisation one word names by what it does', () => {
    expect(quotesOf('Add a WhatsApp button on our website.', 'context')).toEqual(['our website']);
    expect(quotesOf('Integrate three AI helpers into our mobile application.', 'context')).toEqual(['our mobile application']);
    expect(quotesOf('Add a blog to our new website.', 'context')).toEqual([]);
    expect(quotesOf('Game is currently on app stores (iOS and Android). Needs new levels.', 'context')).toEqual(['Game is currently on app stores']);
    expect(quotesOf('Our factory needs someone to analyse sales data.', 'context')).toEqual(['Our factory']);
    expect(quotesOf('Our company needs someone to analyse sales data.', 'context')).toEqual([]);
    expect(quotesOf('I am looking for a designer to create a website for my band.', 'context')).toEqual(['my band']);
    expect(quotesOf('Build an event page for my school project.', 'context')).toEqual([]);
    expect(quotesOf('The designs are all set in Figma; connect the screens to local storage.', 'context')).toEqual(['are all set']);
  });

  it('takes a named thing added to the client\'s software, and a logo to be made, as deliverables', () => {
    expect(quotesOf('Add Apple Pay to our Shopify checkout.', 'deliverables')).toEqual(['Add Apple Pay to our Shopify checkout']);
    expect(quotesOf('Implement rate limiting in our Express API.', 'deliverables')).toEqual(['Implement rate limiting in our Express API']);
    expect(quotesOf('Need a logo for my bakery.', 'deliverables')).toEqual(['logo']);
    expect(itemOf({ title: 'Artist to do a logo/background', description: 'I will give you concept art and the name.' }, 'deliverables').evidence.map((e) => e.text)).toEqual(['logo']);
    expect(quotesOf('Add some features to our app.', 'deliverables')).toEqual([]);
    expect(quotesOf('Add enhancements to my Elixir application.', 'deliverables')).toEqual([]);
  });

  it('takes a task said as one, a site rebuilt on a named platform and a thing built then tied to a named system as deliverables', () => {
    expect(quotesOf('The very first task is to restructure the folders so that editors share roles.', 'deliverables')).toEqual(['task is to restructure the folders']);
    expect(phraseQuotesOf('Your task will be to take over our site development.', 'deliverables')).toEqual([]);
    expect(phraseQuotesOf('Your task is to understand an already built app.', 'deliverables')).toEqual([]);
    expect(quotesOf('Need to redesign an existing HTML website to WordPress.', 'deliverables')).toEqual(['redesign an existing HTML website to WordPress']);
    expect(quotesOf('We need help building a CloseBot and integrating it with HighLevel.', 'deliverables')).toEqual(['integrating it with HighLevel']);
    expect(quotesOf('Discovery Deliverable (cost analysis, timeline, user flow, wireframes)', 'deliverables')).toEqual(['Deliverable (cost analysis, timeline, user flow, wireframes)']);
    expect(quotesOf('I need a comprehensive tech pack for a canvas backpack.', 'deliverables')).toEqual(['I need a comprehensive tech pack for a canvas backpack']);
    expect(quotesOf('We need an AWS app to start and stop the EC2 instance.', 'deliverables')).toEqual(['We need an AWS app to start']);
  });

  it('takes a list with what each item holds, pages listed with dashes, icons by their size, an error by its code, a sheet\'s tab and a drawing as deliverables', () => {
    expect(quotesOf('Compile a full list of these vineyards, including their locations, contact details, and any relevant information.', 'deliverables')).toEqual(['list of these vineyards, including their locations, contact details, and any relevant']);
    expect(quotesOf('A shop site for a candle brand. Pages needed include; -Home. -Our Story (about) -Shop. -Journal', 'deliverables')).toEqual(['Pages needed include; -Home']);
    expect(quotesOf('Our immediate need is for about thirty or so 32 x 32 pixel, color icons.', 'deliverables')).toEqual(['32 x 32 pixel, color icons']);
    expect(quotesOf("I'm getting a 419 error on an ajax post request into my symfony app.", 'deliverables')).toEqual(['error on an ajax post request']);
    expect(quotesOf('Create a Totals tab in our Daily Report Worksheet.', 'deliverables')).toEqual(['Create a Totals tab in our Daily Report Worksheet']);
    expect(itemOf({ title: '[Hiring] Someone to Draw me as A Simpsons Character', description: 'PM me.' }, 'deliverables').evidence.map((e) => e.text)).toEqual(['to Draw me']);
    expect(quotesOf("We're getting more error reports from users on mobile.", 'deliverables')).toEqual([]);
  });

  it('takes a conversion from one language to another, not who requests come from', () => {
    expect(quotesOf('I need to convert from C language to PHP.', 'deliverables')).toEqual(['from C language to PHP']);
    expect(quotesOf('Answer phone and email requests from clients to discuss our services.', 'deliverables')).toEqual([]);
  });

  it('quotes a rate with what qualifies its unit, and a format with the word for its files', () => {
    expect(quotesOf('Transcribe 10 hours of interviews. $1 per audio minute.', 'budget')).toEqual(['$1 per audio minute']);
    expect(quotesOf('Write 150 product descriptions, 50 per week. $3 per description.', 'budget')).toEqual(['$3 per description']);
    expect(quotesOf('Transcripts delivered as Word documents, with timestamps.', 'deliverables')).toEqual(['delivered as Word documents']);
  });

  it('takes the audience named as a heading and data the client holds by its count as context; a file sent in a format as a deliverable', () => {
    expect(quotesOf('Write the copy. Audience: HR managers at mid-size companies. Two rounds.', 'context')).toEqual(['Audience: HR managers at mid-size companies']);
    expect(quotesOf('Our HubSpot has ~45,000 contacts with many duplicates. Merge them.', 'context')).toEqual(['45,000 contacts']);
    expect(quotesOf('Merge the duplicates. Send a change log as a CSV.', 'deliverables')).toEqual(['Send a change log as a CSV']);
    // the applicant's own file is no deliverable
    expect(quotesOf('Send your CV in PDF.', 'deliverables')).toEqual([]);
  });

  it('takes a band or a bakery introducing itself as it hires as context', () => {
    expect(quotesOf('Indie rock band looking for someone to mix and master our EP.', 'context')).toEqual(['Indie rock band looking']);
    expect(quotesOf('Family bakery seeking a logo designer.', 'context')).toEqual(['Family bakery seeking']);
  });

  it('takes drawings and renders by the files they come in or the things they show, and a role’s title by the thing it makes', () => {
    expect(quotesOf('I need 2D manufacturing drawings (PDF + DWG) for a steel mounting bracket from my hand sketches.', 'deliverables')).toEqual(['drawings (PDF + DWG)']);
    expect(quotesOf('Need 3 technical drawings in DWG.', 'deliverables')).toEqual(['3 technical drawings']);
    expect(quotesOf('Need photorealistic renders of 5 faucets. I have STEP files.', 'deliverables')).toEqual(['renders of 5 faucets']);
    // a tool the work is done with, and a length, are no piece of work
    expect(quotesOf('Our analysts keep forecasts using spreadsheets (Excel/Google Sheets).', 'deliverables')).toEqual([]);
    expect(quotesOf('Make videos of 3 minutes each.', 'deliverables')).toEqual(['3 minutes']);
    expect(itemOf({ title: 'Machine learning engineer to build product recommendation model', description: 'Details to follow.' }, 'deliverables').evidence.map((e) => e.text)).toEqual(['to build product recommendation model']);
    // the thing's name stops before a link: a quote never cuts one
    expect(itemOf({ title: 'I want to make website like Indeed.com', description: 'A job portal.' }, 'deliverables').evidence.map((e) => e.text)).toEqual(['to make website']);
  });

  it('takes a count of things data is scraped for, and quotes a length with what it measures, not "about"', () => {
    const post = 'Scrape product name, price, rating and review count for about 2,000 products from 3 e-commerce sites into CSV, daily.';
    expect(quotesOf(post, 'deliverables')).toEqual(['2,000 products', '3 e-commerce sites']);
    // what the client sells is no data to scrape
    expect(quotesOf('We sell 2,000 products online.', 'deliverables')).toEqual([]);
    expect(quotesOf('Cut a 75-minute documentary about a fishing village.', 'deliverables')).toEqual(['75-minute documentary']);
    expect(quotesOf("Review a 14-page reseller agreement we've been sent.", 'deliverables')).toEqual(['14-page reseller agreement']);
  });

  it('takes a wanted thing with the place it goes before what it does: "We’d like a chatbot on our WordPress site that answers…"', () => {
    expect(quotesOf("We'd like a chatbot on our WordPress site that answers common questions from our FAQ.", 'deliverables')).toEqual(["We'd like a chatbot on our WordPress site that answers"]);
    // a person is no thing wanted, wherever they work
    expect(quotesOf('We would like a developer on our product team that can start soon.', 'deliverables')).toEqual([]);
  });

  it('takes a wanted thing by what it does, said in the present: "a Zap that creates…", "a macro that merges…"', () => {
    expect(quotesOf('I want a Zap that creates a deal in Pipedrive each time the form is submitted.', 'deliverables')).toContain('I want a Zap that creates');
    expect(quotesOf('Every Monday I get 12 files. I need a macro that merges them into one workbook.', 'deliverables')).toContain('I need a macro that merges');
  });

  it('takes a dashboard by the data it is built from or what it watches (LABELS.md: "a report/dashboard on named data")', () => {
    expect(quotesOf('Looking for a Power BI expert to build a sales dashboard from our HubSpot data.', 'deliverables')).toContain('build a sales dashboard from our HubSpot data');
    expect(quotesOf('Develop a comprehensive dashboard to monitor our AWS costs.', 'deliverables')).toContain('Develop a comprehensive dashboard to monitor');
  });

  it('takes things made for a named part of the product, not content for a channel', () => {
    expect(quotesOf("Create Figma designs for our budgeting app's onboarding flow and home screen.", 'deliverables')).toContain("designs for our budgeting app's onboarding");
    expect(quotesOf('Write product descriptions for the 120 items in our Shopify store.', 'deliverables')).toContain('descriptions for the 120 items');
    expect(quotesOf('Create clips for our YouTube channel.', 'deliverables')).toEqual([]);
  });

  it('takes the client\'s writing and what it is to become: "I need my resume rewritten"', () => {
    expect(quotesOf('I need my resume rewritten for instructional design roles.', 'deliverables')).toEqual(['need my resume rewritten']);
  });

  it('does not count the client\'s own work as things to deliver: "two e-learning modules I built"', () => {
    expect(quotesOf('I have a draft portfolio with two e-learning modules I built in Rise.', 'deliverables')).not.toContain('two e-learning modules');
    expect(quotesOf('New copy for the homepage: hero, 3 feature blocks and an FAQ.', 'deliverables')).toEqual(['3 feature blocks']);
  });

  it('quotes a figure with its thousands as one word of a name: "a 90,000-word fantasy novel"', () => {
    expect(quotesOf("I've finished a 90,000-word fantasy novel and need a proofreader.", 'context')).toContain("I've finished a 90,000-word fantasy novel");
  });

  it('takes the tools a business names as what exists: "We use Typeform for intake"', () => {
    expect(quotesOf('We use Typeform for intake and Pipedrive as our CRM. Connect them.', 'context')).toContain('We use Typeform for intake');
    expect(quotesOf('we use it for everything. Connect them.', 'context')).not.toContain('we use it for');
  });

  it('takes the tools a team names as what exists: "Our engineering team (25 people) uses Jira Cloud"', () => {
    expect(quotesOf('Our engineering team (25 people) uses Jira Cloud and Slack. Build a standup bot.', 'context')).toContain('Our engineering team (25 people) uses Jira Cloud');
    expect(quotesOf('our team uses it daily. Build a standup bot.', 'context').join(' ')).not.toMatch(/uses it/);
  });

  it('takes work on the client\'s own product as what exists: "enhance our web applications", "our existing website"', () => {
    expect(quotesOf('We are seeking an Angular expert with a passion for UI/UX design to enhance our web applications.', 'context')).toEqual(['enhance our web applications']);
    expect(quotesOf('We are seeking a WordPress developer to assist with updates and enhancements to our existing website.', 'context')).toEqual(['our existing website']);
    expect(quotesOf('We need a Deno developer to modify our existing app.', 'context')).toEqual(['modify our existing app']);
    // (not a role's boilerplate about systems, nor improving how the team works)
    expect(phraseQuotesOf('Design models and ensure seamless integration into our existing systems.', 'context')).toEqual([]);
    expect(quotesOf('Your expertise will help improve our processes and streamline our workflows.', 'context')).toEqual([]);
  });

  it('takes what the client holds named before "we have", and work begun by others', () => {
    expect(quotesOf('We need a 1 hour consultation so help us understand the script we have and how we can enhance it.', 'context')).toEqual(['script we have']);
    expect(quotesOf('Take over and finish an ongoing ETL project. Some progress has been made.', 'context')).toEqual(['Take over and finish an ongoing', 'progress has been made']);
    expect(quotesOf('A front-end coder is needed to build several landing pages (design attached) in plain HTML.', 'context')).toEqual(['design attached']);
    expect(quotesOf('I need shops opened on about 6 marketplaces. I have all of the product photos and descriptions ready.', 'context')).toEqual(['I have all of the product photos and descriptions ready']);
  });

  it('quotes what the client has with its noun, and not a condition for the work as something in place', () => {
    expect(quotesOf('We have the script and a voice-over already. Animate it.', 'context')).toContain('We have the script');
    expect(quotesOf('I need a logo for my new business.', 'context')).toContain('I need a logo for my new business');
    expect(quotesOf('Our Magento 2.4 store is slow. The job is done when checkout loads in under 2 seconds.', 'context')).not.toContain('is done');
  });

  it('does not take how long something takes, nor a length limit, for a thing to deliver', () => {
    const timed = quotesOf('The checkout takes 6–9 seconds to load. It must load in under 2 seconds.', 'deliverables');
    expect(timed).not.toContain('9 seconds');
    expect(timed).not.toContain('2 seconds');
    expect(quotesOf('Translate 3,500 words of UI strings; button labels should stay under 20 characters.', 'deliverables')).toEqual(['3,500 words']);
    expect(quotesOf('We need 20 characters for our RPG.', 'deliverables')).toEqual(['20 characters']);
    expect(quotesOf('Deliver MP4 in 1080p and 4K.', 'deliverables')).toEqual(['Deliver MP4']);
  });

  it('takes a list of issues to fix, a lag told by its symptom, and sign-in through named providers', () => {
    expect(quotesOf('Issues to Fix:\n1- Fix lag when scrolling through long tables of data.', 'deliverables')).toEqual(['Issues to Fix:', 'lag when scrolling through long tables of data']);
    expect(quotesOf('I want to implement third party auth with Google and GitHub in my Ionic app.', 'deliverables')).toContain('implement third party auth with Google');
  });

  it('takes who the work is for in the family, a product being weighed up, and material already approved', () => {
    expect(quotesOf('My daughter is in Year 11 and sits her GCSE maths in May.', 'context')).toContain('daughter is in Year 11');
    expect(quotesOf("We're considering launching a cat-only pet insurance product. Size the market.", 'context')).toContain("We're considering launching a cat-only pet insurance product");
    expect(quotesOf('Record the course. The script is already approved.', 'context')).toContain('already approved');
  });

  it('takes an "Output:" heading, not a rate or the applicant\'s past work', () => {
    expect(quotesOf('Audit the app.\nOutput: a report ranking the top 15 issues by severity.', 'deliverables')).toContain('Output:');
    expect(quotesOf('Inputs: a CSV, outputs: a chart.', 'deliverables')).not.toContain('outputs:');
    expect(quotesOf('We need 4 photorealistic renders. We pay $80 per render.', 'deliverables')).toEqual(['4 photorealistic renders']);
    expect(quotesOf('I want 3 LinkedIn posts a week. Send me 2-3 LinkedIn posts you\'ve ghostwritten.', 'deliverables')).toEqual(['3 LinkedIn posts']);
  });

  it('shows a title that is a task once, not again for the quantity inside it', () => {
    const deliverables = analyze({ title: 'Scrape 5,000 dentist listings into CSV', description: 'Save them to a sheet.' }).checklist.find((c) => c.section === 'deliverables')!;
    expect(deliverables.evidence.map((e) => e.text)).toEqual(['Scrape 5,000 dentist listings into CSV']);
  });

  it('takes a game named by its genre and who the result will be used by', () => {
    expect(quotesOf('Our 2D platformer (Unity 2022.3) has a physics bug.', 'context')).toContain('Our 2D platformer');
    expect(quotesOf('The translation will be used by our UK lawyers.', 'context')).toContain('used by our UK lawyers');
  });

  it('takes slides and charts as things to make, and a figure does not end at a comma', () => {
    expect(quotesOf('Design a 14-slide deck with 3 simple charts redrawn.', 'deliverables')).toEqual(['14-slide deck', '3 simple charts']);
    expect(quotesOf('Our platformer (Unity 2022.3, about 40 levels) needs a fix.', 'deliverables')).toEqual(['40 levels']);
  });

  it('takes email flows as things to make, and not working hours as a move from one thing to another', () => {
    expect(quotesOf('Set up 4 Klaviyo flows: welcome series (3 emails) and abandoned cart.', 'deliverables')).toContain('4 Klaviyo flows');
    expect(quotesOf('Answer tickets from 6pm to midnight Eastern.', 'deliverables')).not.toContain('from 6pm to midnight');
  });

  it('quotes a length with what it measures, and not a call or a downtime as a length to deliver', () => {
    expect(quotesOf('I would like a 4–5 minute highlight film with music.', 'deliverables')).toEqual(['4–5 minute highlight film']);
    expect(quotesOf('We will start with a 30-minute kickoff call on Zoom.', 'deliverables')).not.toContain('30-minute');
    expect(quotesOf('Move our database to RDS with less than 15 minutes of downtime.', 'deliverables')).not.toContain('15 minutes');
  });

  it('takes the files the work is handed over in, and a wanted thing with a long aside before what it does', () => {
    expect(quotesOf('Each floor plan is drawn from our sketch, delivered as PNG and PDF.', 'deliverables')).toEqual(['delivered as PNG and PDF']);
    expect(quotesOf('Build an n8n workflow (self-hosted, we already run n8n on Docker) that triggers on a new Typeform response.', 'deliverables')).toContain(
      'Build an n8n workflow (self-hosted, we already run n8n on Docker) that triggers',
    );
  });

  it('quotes what a client runs or has with its noun, a name with a dot inside as one word: "We run three Node.js services"', () => {
    expect(quotesOf('We run three Node.js services and a Postgres 14 database on Heroku.', 'context')).toContain('We run three Node.js services');
    expect(quotesOf('I have a bulk SMS python script that needs a fix or two.', 'context')).toContain('I have a bulk SMS python script');
  });

  it('quotes a call with its length and kind, the words a length to deliver is not followed by', () => {
    expect(quotesOf('Coach our juniors in 45-minute weekly Zoom meetings.', 'communication')).toContain('45-minute weekly Zoom meetings');
    expect(quotesOf('Guide our interns in 30-minute weekly Zoom meetings.', 'deliverables')).not.toContain('30-minute');
  });

  it('counts emotes, badges and recipes as things to make, and not a collection\'s size or a version', () => {
    expect(quotesOf('i need 6 emotes for my twitch channel. also 3 sub badges.', 'deliverables')).toEqual(['6 emotes', '3 sub badges']);
    expect(quotesOf('I need 40 original recipes for my cookbook.', 'deliverables')).toContain('40 original recipes');
    expect(quotesOf('Our app has a database of 1 million recipes.', 'deliverables')).not.toContain('1 million recipes');
    expect(quotesOf('Read the Dominoze 1.0 Post-Mortem first.', 'deliverables')).not.toContain('0 Post');
  });

  it('takes "Scope:" heading a list, not a "Scope:" field of a template', () => {
    expect(quotesOf('Scope:\n- Audit the flows\n- Replace them with one flow', 'deliverables')).toContain('Scope:');
    expect(quotesOf('Project Details:\n- Scope: Implement an AI-powered planner\n- Duration: 2-5 months', 'deliverables')).not.toContain('Scope:');
  });

  it('takes who a student client is ("I\'m a PhD candidate") and a workspace with its parts listed', () => {
    expect(quotesOf("I'm a PhD candidate in clinical psychology. Proofread my thesis.", 'context')).toContain("I'm a PhD candidate");
    expect(
      quotesOf('We want a Notion workspace with: a client CRM, a project tracker linked to clients, a content calendar, and a team wiki.', 'deliverables'),
    ).toEqual(['workspace with: a client CRM, a project tracker linked to clients, a content calendar, and a team wiki']);
  });

  it('takes what the client is about to do, and a process now done by hand, as background', () => {
    expect(quotesOf("I'm about to sign a 5-year commercial lease for a café in Ontario. Review it.", 'context')).toContain("I'm about to sign a 5-year commercial lease");
    expect(quotesOf('Our bookkeeper must manually copy the orders into Xero. Automate it.', 'context')).toContain('manually copy the orders into Xero');
    expect(quotesOf("I'm currently doing all of these steps manually in Airtable. Automate them.", 'context')).toContain('currently doing all of these steps manually');
    // the job's own manual work, and a template's field read as a name, are no background
    expect(quotesOf('The job will be to manually manage the listings of a website.', 'context')).toEqual([]);
    expect(quotesOf('Deliverable is a written report in Google Docs.', 'context')).not.toContain('Deliverable is a written report');
  });

  it('takes a deliverable named at the start of a sentence, and support tickets counted', () => {
    expect(quotesOf('Audit our site. Deliverable is a written report in Google Docs.', 'deliverables')).toContain('Deliverable is a written report');
    expect(quotesOf('Please make sure all deliverables are highly visual.', 'deliverables')).not.toContain('deliverables are');
    expect(quotesOf('Answer about 60 support tickets a day in Gorgias.', 'deliverables')).toContain('60 support tickets');
  });

  it('takes an error count as a target, and past work named by its field as samples', () => {
    expect(quotesOf('We will check a sample of 300 strings and expect fewer than 5 errors.', 'acceptance')).toEqual(['fewer than 5 errors']);
    expect(quotesOf('Translate 9,000 words. Please share app localisation work.', 'samples')).toEqual(['share app localisation work']);
    expect(quotesOf('Answer our tickets. Tell us about your previous ecommerce support roles.', 'samples')).toEqual(['Tell us about your previous ecommerce support roles']);
    // the earnings shared, and good work promised, are no past work to see
    expect(quotesOf('We can share the earnings and work together. If you show me perfect work, I will give you more.', 'samples')).toEqual([]);
  });

  it('takes a life event or a business being started as background, and a store review as a finish point', () => {
    expect(quotesOf("We're getting married in Tuscany next September. Design our invitations.", 'context')).toContain("We're getting married");
    expect(quotesOf('Starting a taco food truck in Austin this spring. I need a logo.', 'context')).toContain('Starting a taco food truck');
    expect(quotesOf('We are hiring. Opening a new position for a designer.', 'context')).toEqual([]);
    expect(quotesOf('Finish our Flutter app. It must pass App Store and Google Play review.', 'acceptance')).toEqual(['pass App Store and Google Play review']);
  });

  it('takes counted bugs listed after a colon, a set named with its parts, and the files it is handed over in', () => {
    expect(quotesOf('Our game has three known multiplayer bugs: items duplicate when two players open a chest.', 'deliverables')).toEqual([
      // (the count and the list it heads overlap, and are shown as one quote)
      'three known multiplayer bugs: items duplicate when two players open a chest',
    ]);
    expect(quotesOf('We want a custom invitation suite: invitation, RSVP card, details card and a save-the-date.', 'deliverables')).toContain(
      'suite: invitation, RSVP card, details card and a save-the-date',
    );
    expect(quotesOf('I like bold styles. Final files in AI, SVG and PNG.', 'deliverables')).toEqual(['Final files in AI, SVG and PNG']);
    expect(quotesOf('We like watercolour. Print-ready PDFs, please.', 'deliverables')).toEqual(['Print-ready PDFs']);
  });

  it('does not count what the client manages, nor a verb after "and", as pieces of work', () => {
    const quotes = quotesOf('We manage 140 rental units across 3 cities and track requests by email.', 'deliverables');
    expect(quotes).not.toContain('140 rental units');
    expect(quotes).not.toContain('3 cities and track');
    expect(quotesOf('Write one or two reports and 40 or more flyers.', 'deliverables')).toEqual(['one or two reports', '40 or more flyers']);
    expect(quotesOf('We want an Airtable base with tables for properties, units, tenants, vendors and work orders.', 'deliverables')).toEqual([
      'base with tables for properties, units, tenants, vendors and work orders',
    ]);
    expect(quotesOf('Illustrate 16 spreads. Budget $3,000, paid in 3 milestones.', 'budget')).toContain('paid in 3 milestones');
  });

  it('reads a standup as a call, not a length to deliver, and a working day in a named time, quoted with its hour', () => {
    expect(quotesOf('Add offline mode. We have a 15-minute standup on Tuesdays.', 'deliverables')).not.toContain('15-minute standup');
    expect(quotesOf('Add offline mode. We have a 15-minute standup on Tuesdays.', 'communication')).toEqual(['15-minute standup']);
    expect(quotesOf('About 25 hours a week, 8am–1pm Arizona time.', 'communication')).toEqual(['1pm Arizona time']);
  });

  it('takes the tasks listed in a line after "We need:", and a page that shows a blank screen', () => {
    expect(quotesOf('We need: checklists saved locally, a sync queue, and conflict handling.', 'deliverables')).toEqual([
      'We need: checklists saved locally, a sync queue, and conflict handling',
    ]);
    expect(quotesOf('Our WooCommerce checkout page shows a blank screen after customers click "Place order".', 'deliverables')).toEqual([
      'page shows a blank screen',
    ]);
  });

  it('takes results achieved and a report written as past work, and a response time to issues as communication', () => {
    expect(quotesOf("Run our ads. Please share results you've achieved for home service businesses.", 'samples')).toEqual(["share results you've achieved"]);
    expect(quotesOf("Interview 8 users. Please share a research report you've written.", 'samples')).toEqual(["share a research report you've written"]);
    // the job's own reports handed over are not past work
    expect(quotesOf('Build the dashboards. Send the weekly reports you prepared each Friday.', 'samples')).toEqual([]);
    expect(quotesOf('Maintain our sites. We expect critical issues to be looked at within 4 hours.', 'communication')).toEqual(['looked at within 4 hours']);
  });

  it('takes a site the client wants changed as one that exists, and no phrase as a piece of work', () => {
    expect(quotesOf('I need my website translated to German. About 6000 words.', 'context')).toEqual(['need my website translated']);
    expect(quotesOf('I want my website built by spring.', 'context')).toEqual([]);
    expect(quotesOf('Two rounds of revisions at the storyboard stage and one at the animation stage.', 'deliverables')).toEqual([]);
    expect(quotesOf('Design 5 to 6 pages.', 'deliverables')).toEqual(['5 to 6 pages']);
  });

  it('takes what a company does as background, and an extension published privately as a finish point', () => {
    expect(quotesOf('Our company does commercial cleaning in Manchester. Write 5 pages.', 'context')).toEqual(['Our company does commercial cleaning']);
    expect(quotesOf('Build the extension. It must be published privately on the Chrome Web Store.', 'acceptance')).toEqual([
      'published privately on the Chrome Web Store',
    ]);
  });

  it('takes a deadline set by an event in a month, and not a table\'s layout per day as a pace', () => {
    expect(quotesOf("We'd like to finish before the new shop opens in May.", 'timeline')).toEqual(['before the new shop opens in May']);
    expect(quotesOf('Save prices to a Google Sheet, one row per product per day. Urgent.', 'timeline')).toEqual([]);
  });

  it('sizes a role by a shift and its days, and takes communities moderated as past work', () => {
    const shift = 'Moderate our Discord for the evening shift (18:00–23:00 CET, 5 days a week): keep channels on topic and handle reports. $600/month.';
    expect(analyze({ title: 'Discord moderator', description: shift }).findings.map((f) => f.ruleId)).not.toContain('vague-scope');
    expect(quotesOf("Tell us about communities you've moderated.", 'samples')).toEqual(["Tell us about communities you've moderated"]);
  });

  it('reads a quota of demos as a target, and what the client hands over as neither a quota, a pace nor a deliverable', () => {
    const calls = 'Call from our list (we provide 1,000 leads a month), 4 hours a day. Target: 8 booked demos a week.';
    expect(quotesOf(calls, 'acceptance')).toEqual(['8 booked demos a week']);
    expect(quotesOf(calls, 'timeline')).toEqual(['4 hours a day']);
    expect(quotesOf(calls, 'deliverables')).toEqual([]);
    expect(quotesOf('Predict which customers cancel. Target AUC above 0.80 on a held-out month.', 'acceptance')).toEqual(['AUC above 0.80']);
  });

  it('takes a clinic chain, a reading age, retreats organised and pages listed in brackets; not a meeting room', () => {
    expect(quotesOf('Our clinic chain (6 clinics in Ireland) needs leaflets.', 'context')).toEqual(['Our clinic chain']);
    expect(quotesOf('Write 10 leaflets, each at a reading age of 12.', 'acceptance')).toEqual(['reading age of 12']);
    expect(quotesOf("Please share retreats or offsites you've organised.", 'samples')).toEqual(["share retreats or offsites you've organised"]);
    expect(quotesOf('Set up the theme and basic pages (about, contact, FAQ, shipping policy).', 'deliverables')).toContain(
      'pages (about, contact, FAQ, shipping policy)',
    );
    expect(quotesOf('Book a venue with rooms for everyone, a meeting room and good Wi-Fi.', 'communication')).toEqual([]);
  });

  it('takes two stores\' certification and a traffic target, not a fall; an organisation described in brackets; monthly hours', () => {
    expect(quotesOf("Both skills must pass Amazon's and Google's certification.", 'acceptance')).toEqual(["pass Amazon's and Google's certification"]);
    expect(quotesOf('We expect organic traffic to reach 5,000 visits a month within 6 months.', 'acceptance')).toEqual(['organic traffic to reach 5,000']);
    expect(quotesOf('We have traffic but conversion is down by 50%.', 'acceptance')).toEqual([]);
    expect(quotesOf('Small e-commerce business (Shopify + Amazon, ~400 orders/month) looking for a bookkeeper.', 'context')).toEqual([
      'Small e-commerce business (Shopify + Amazon, ~400 orders/month) looking',
    ]);
    const books =
      'Small e-commerce business (Shopify + Amazon, ~400 orders/month) looking for a bookkeeper to do our monthly books in Xero: reconcile bank, ' +
      'PayPal and Stripe, categorise expenses, record Amazon settlements properly, and send us a P&L by the 10th of each month. About 6–8 hours a month. $30–40/hr.';
    expect(analyze({ title: 'Bookkeeper, ongoing', description: books }).findings.map((f) => f.ruleId)).not.toContain('vague-scope');
  });

  it('reads a count in words as sizing a role\'s work: "build two levels"', () => {
    const contract =
      'Our studio (12 people) needs an environment artist for a 3-month contract to build two levels for our stealth game in Unreal Engine 5: ' +
      "a rainy harbour district and a mansion interior. You'll work with our level designer's blockouts. €4,500/month.";
    expect(analyze({ title: 'Environment artist (contract)', description: contract }).findings.map((f) => f.ruleId)).not.toContain('vague-scope');
  });

  it('takes a dashboard showing named data, numbers held to a report, an email client\'s version, tasks named by what becomes of them, a weekend', () => {
    expect(quotesOf('We need a Tableau dashboard showing monthly revenue by rep and region.', 'deliverables')).toEqual(['We need a Tableau dashboard showing']);
    expect(quotesOf("Numbers must match our finance team's monthly report to the dollar.", 'acceptance')).toEqual([
      "Numbers must match our finance team's monthly report",
    ]);
    expect(quotesOf('It should render correctly in Gmail, Outlook 2016+ and Apple Mail.', 'acceptance')).toEqual(['Outlook 2016+']);
    const office = 'Need accounts created, email migrated for 12 users (about 5 years of mail each), and 2FA enforced. Must be done over a weekend.';
    expect(quotesOf(office, 'deliverables')).toEqual(['Need accounts created']);
    expect(quotesOf(office, 'timeline')).toEqual(['done over a weekend']);
  });

  it('takes kids taught and cards counted; not a count per page', () => {
    expect(quotesOf("Please tell me about kids you've taught programming to.", 'samples')).toEqual(["tell me about kids you've taught"]);
    expect(quotesOf('Scanned as PDFs, 10 cards per page. Enter 1,500 business cards into HubSpot.', 'deliverables')).toEqual([
      '10 cards',
      '1,500 business cards',
    ]);
  });

  it('takes a count\'s range, workshops and in-app purchases, a platform delivered with its parts, a pre-launch report, the day alone', () => {
    expect(quotesOf('A 5–8 page report in Google Docs.', 'deliverables')).toEqual(['5–8 page report']);
    expect(quotesOf('Add rewarded ads and three in-app purchases (remove ads, coin pack).', 'deliverables')).toEqual(['three in-app purchases']);
    expect(
      quotesOf('Run two workshops and deliver a brand platform: purpose, positioning, personality and messaging pillars.', 'deliverables'),
    ).toEqual(['two workshops', 'platform: purpose, positioning, personality and messaging pillars']);
    expect(quotesOf("The build must pass Google Play's pre-launch report.", 'acceptance')).toEqual(["pass Google Play's pre-launch report"]);
    expect(quotesOf('Fix the shipping rates. Today or tomorrow please.', 'timeline')).toEqual(['Today or tomorrow please.']);
  });

  it('takes a list of things with what each must hold; not a list of the applicant\'s own work', () => {
    expect(quotesOf('Research venues in Lisbon and send us a shortlist of 5 venues with prices and availability.', 'deliverables')).toContain(
      'shortlist of 5 venues with prices and availability',
    );
    expect(quotesOf('Please send a list of your past projects with links and dates.', 'deliverables')).toEqual([]);
  });

  it('takes past work named by what it is examples of, and a home being renovated as who the client is', () => {
    expect(quotesOf('Please share before/after examples of career-change resumes.', 'samples')).toEqual(['before/after examples of career-change resumes']);
    expect(quotesOf('How to apply: send examples of Webflow projects, especially ones with APIs.', 'samples')).toEqual(['examples of Webflow projects']);
    expect(quotesOf('Let me give you 2 examples of special effects we want. Include examples of error messages in the report.', 'samples')).toEqual([]);
    expect(quotesOf("I'm renovating my flat and want 3 photorealistic renders of the living room.", 'context')).toEqual(["I'm renovating my flat"]);
  });

  it('takes a target in per cent, a polycount, a store named in words, work on things in brackets, an organisation sized by its people; not a bill as the budget', () => {
    const aws =
      'Our AWS bill is $9,000/month for a B2B SaaS with 200 customers. Audit the account, write up where the money goes and implement the safe savings (rightsizing, reserved instances, S3 lifecycle rules). Target: at least 25% lower monthly bill without downtime.';
    expect(quotesOf(aws, 'acceptance')).toEqual(['at least 25% lower', 'without downtime']);
    expect(quotesOf(aws, 'context')).toContain('SaaS with 200 customers');
    expect(quotesOf(`${aws} Fixed fee $3,000.`, 'budget')).toEqual(['Fixed fee', '$3,000']);
    expect(quotesOf(aws, 'deliverables')).toEqual(['write up where the money goes', 'implement the safe savings (rightsizing, reserved instances, S3 lifecycle rules)']);
    expect(quotesOf('One rigged farmer, under 8,000 triangles. It must pass Chrome Web Store review.', 'acceptance')).toEqual([
      'under 8,000 triangles',
      'pass Chrome Web Store review',
    ]);
    // a verb that is more often a noun, a metric's fall and what models already are, are none of these
    expect(quotesOf('Looking for a no-code developer (Bubble, Adalo, Glide).', 'deliverables')).toEqual([]);
    expect(quotesOf('Conversion is down by 50% this year.', 'acceptance')).toEqual([]);
    expect(quotesOf('The towers are modelled; they are small and less than 300 polys each.', 'acceptance')).toEqual([]);
  });

  it('takes an organisation sized by its places or staff or named by its funding, and a product taken to launch', () => {
    expect(quotesOf('Family dental clinic in Austin, Texas with two locations. We need 12 blog posts.', 'context')).toEqual([
      'Family dental clinic in Austin, Texas with two locations',
    ]);
    expect(quotesOf('Fintech (40 people) building a budgeting app. We need a product manager.', 'context')).toContain('Fintech (40 people)');
    expect(quotesOf('Series A fintech building a budgeting app for couples.', 'context')).toContain('Series A fintech');
    expect(quotesOf('Tell us about a product you took from discovery to launch.', 'samples')).toEqual(['Tell us about a product you took']);
  });

  it('reads posts typed in lower case and without articles: a platform named, a business had, features joined by "and", a day after an urgency', () => {
    expect(quotesOf('our wordpress site got hacked, there are spam pages in japanese.', 'context')).toEqual(['our wordpress site']);
    expect(quotesOf('I have shopify store selling phone cases. sales are low.', 'context')).toEqual(['I have shopify store selling phone cases']);
    expect(quotesOf('I have experience with apps for startups.', 'context')).toEqual([]);
    expect(quotesOf('i need one website for my restaurant in dubai with online menu and table booking and whatsapp button.', 'deliverables')).toEqual([
      'website for my restaurant in dubai with online menu and table booking and whatsapp button',
    ]);
    expect(quotesOf('need to clean malware. need asap, today if possible.', 'timeline')).toEqual(['today if possible']);
  });

  it('takes similar things asked for by name, a count to grow to, and findings put in a memo', () => {
    expect(quotesOf('Need a 60 second explainer. Show similar explainers.', 'samples')).toEqual(['similar explainers']);
    // (the pattern reads on to the ask; the quote ends with its sentence)
    expect(quotesOf('Have you written similar macros? Please share one.', 'samples')).toEqual(['similar macros']);
    expect(quotesOf('The product page should show similar products.', 'samples')).toEqual([]);
    expect(quotesOf('need someone to grow my instagram account to 10k followers.', 'acceptance')).toEqual(['grow my instagram account to 10k followers']);
    expect(quotesOf('Mark up changes in Word and explain the main risks in a short memo.', 'deliverables')).toContain('explain the main risks in a short memo');
    expect(quotesOf('Please describe your approach in a short video.', 'deliverables')).toEqual([]);
  });

  it('takes files in plural formats, an AI detector and a standard passed, and a council as who the client is', () => {
    expect(quotesOf('UI art for 12 screens, delivered as layered PSDs and exported PNG sprites.', 'deliverables')).toContain('delivered as layered PSDs');
    expect(quotesOf('Articles must pass Originality.ai with a 90%+ human score.', 'acceptance')).toEqual(['pass Originality.ai']);
    expect(quotesOf('Each form must pass PAC 2024 with no errors and meet WCAG 2.1 AA.', 'acceptance')).toEqual(['pass PAC 2024', 'meet WCAG 2.1 AA']);
    expect(quotesOf('Our council has 30 PDF application forms to make accessible.', 'context')).toContain('council has 30 PDF application forms');
    // a code library is no organisation
    expect(quotesOf('This library does not work on tablets.', 'context')).toEqual([]);
  });

  it('takes an image by its size and format, concepts counted, and when the client reads messages', () => {
    const cover = 'Cover art for my podcast. 3000x3000 px JPG. I would like 2 concepts in a week. I check messages here every evening.';
    expect(quotesOf(cover, 'deliverables')).toEqual(['3000x3000 px JPG', '2 concepts']);
    expect(quotesOf(cover, 'communication')).toEqual(['check messages here every evening']);
  });

  it('takes success by an equals sign, talk over a messenger, before/after work, and a family-owned business', () => {
    const listings = 'Rewrite 5 Amazon listings. Success = all 5 listings pass the style guide. We will talk on whatsapp.';
    expect(quotesOf(listings, 'acceptance')).toEqual(['Success =']);
    expect(quotesOf(listings, 'communication')).toEqual(['whatsapp']);
    expect(quotesOf('Stage 8 photos of empty rooms. Show me your before/after work.', 'samples')).toEqual(['Show me your before/after work']);
    expect(quotesOf('Family-owned bakery in Leeds (3 shops). Write a 15-second jingle.', 'context')).toEqual(['Family-owned bakery in Leeds']);
    // a fix named at a title's end is not the client's thing over the line break
    expect(quotesOf('iOS app crashes after update\n\nOur React Native app crashes on launch.', 'context')).toEqual(['Our React Native app']);
  });

  it('takes a frame rate held, a share answered correctly, material the client has, and results from similar jobs', () => {
    expect(quotesOf('Build a prototype in Unity. It must run at 60 fps on a Samsung A12.', 'acceptance')).toEqual(['60 fps']);
    expect(quotesOf('Export the trailer at 24 fps.', 'acceptance')).toEqual([]);
    expect(quotesOf('The bot should answer correctly at least 90% of a test set of 50 questions.', 'acceptance')).toEqual(['correctly at least 90%']);
    expect(quotesOf('Draw 6 patent figures. I have rough sketches and a 3D model (STEP file).', 'context')).toEqual(['I have rough sketches and a 3D model']);
    expect(quotesOf('Speed up the store. Share before/after PageSpeed scores from similar jobs.', 'samples')).toEqual(['Share before/after PageSpeed scores from similar jobs']);
    expect(quotesOf('Write 3 posts a week. Send me 3 LinkedIn posts you ghostwrote.', 'samples')).toEqual(['Send me 3 LinkedIn posts you ghostwrote']);
    // a count the client has, quoted whole: not "I have 2"
    expect(quotesOf('I have 25 scanned supplier invoices (PDF). Type every line into Excel.', 'context')).toEqual(['I have 25 scanned supplier invoices']);
  });

  it('leaves what is not the job: a required past, a response time, how long a tool has been used, "posts" as a noun', () => {
    expect(quotesOf('Set up SPF and DKIM for our domain. Must have done this before.', 'context')).toEqual([]);
    expect(quotesOf('Speed up our store. I answer messages within a few hours.', 'timeline')).toEqual([]);
    expect(quotesOf('We are a brokerage using Salesforce Sales Cloud for 3 years. Fix the reports.', 'timeline')).toEqual([]);
    expect(quotesOf('I need 3 posts a week in my voice, based on a 20-min call every Monday.', 'communication')).toEqual(['20-min call']);
  });

  it('takes where the client keeps its records as what exists: "We keep our invoices in a Google Sheet"', () => {
    expect(quotesOf('We keep our invoices in a Google Sheet. Write a script that emails reminders.', 'context')).toContain('We keep our invoices in a Google Sheet');
  });

  it('takes a fault by what the client sees, screenshots counted, and files an automation files away', () => {
    expect(quotesOf('In Firefox 128 the popup opens blank. Fix it.', 'deliverables')).toEqual(['popup opens blank']);
    expect(quotesOf('Our website is down!!! Error establishing database connection.', 'deliverables')).toEqual(['website is down']);
    expect(quotesOf('Need 6 App Store screenshots for our meditation app.', 'deliverables')).toEqual(['6 App Store screenshots']);
    expect(quotesOf('I want them automatically saved to a Google Drive folder by supplier and the amount added to a Google Sheet.', 'deliverables')).toEqual([
      'want them automatically saved to a Google Drive folder',
    ]);
  });

  it('counts bugs to fix, leaves what reaches the client as no deliverable or pace, and names what it sells whole', () => {
    expect(quotesOf('There are 7 bugs listed in our Jira board. Fix all 7, with tests.', 'deliverables')).toEqual(['7 bugs']);
    const inbox = 'I get around 200 emails a day. Sort my Gmail for 2 hours every weekday.';
    expect(quotesOf(inbox, 'deliverables')).toEqual([]);
    expect(quotesOf(inbox, 'timeline')).not.toContain('200 emails a day');
    expect(quotesOf('We sell a stainless steel water bottle (750ml) on Amazon. Make 6 renders.', 'context')).toEqual(['We sell a stainless steel water bottle']);
  });

  it('takes where a team keeps its records, a range in a currency code, grants won as past work, and no candles as a length', () => {
    expect(quotesOf('Our sales team (8 reps) logs deals in a shared Excel file. Build a dashboard sheet.', 'context')).toEqual(['logs deals in a shared Excel file']);
    expect(quotesOf('Redesign our site, CAD 6,000 - 8,000.', 'budget')).toEqual(['CAD 6,000 - 8,000']);
    expect(quotesOf("Write our Kresge application. Please share grants you've won for arts organisations.", 'samples')).toEqual(["share grants you've won"]);
    expect(quotesOf('The bot must buy when RSI is below 30 on 15 minute candles.', 'deliverables')).toEqual([]);
  });

  it('takes an audit by its ranked findings, and leaves a choice of intervals, a speed claimed and a bill to get under', () => {
    const cluster = 'Our EKS bill went from $4k to $11k/month. We want an audit with findings ranked by savings. Success = monthly bill under $6k. Hourly $90-120.';
    expect(quotesOf(cluster, 'deliverables')).toEqual(['audit with findings ranked by savings']);
    expect(quotesOf(cluster, 'budget')).toEqual(['$90-120']);
    expect(quotesOf('Customers choose a frequency (every 2, 4 or 6 weeks). Set it up within 3 weeks.', 'timeline')).toEqual(['within 3 weeks']);
    expect(quotesOf('A script for a 90-second video about our HR software (run payroll in 5 minutes).', 'deliverables')).toEqual(['90-second video']);
    expect(quotesOf('Illustrate 12 spreads. $200 per spread.', 'budget')).toEqual(['$200 per spread']);
  });

  it('takes a turnaround by its length and a price each, and leaves a list of contract kinds and a choice of hours', () => {
    const thumbnails = 'Thumbnails for my cooking channel, 4 per month. $15 each. Turnaround 48 hours after I send the stills.';
    expect(quotesOf(thumbnails, 'budget')).toEqual(['$15 each']);
    expect(quotesOf(thumbnails, 'timeline')).toContain('Turnaround 48 hours');
    expect(quotesOf('We need 3 contract templates (full-time, part-time, fixed-term).', 'timeline')).toEqual([]);
    expect(quotesOf('Job type: Full-Time/Part-Time. Flexible hours.', 'timeline')).toEqual([]);
    expect(quotesOf('This is a full-time role.', 'timeline')).toEqual(['full-time']);
  });

  it('leaves a product\'s price in research criteria as no budget', () => {
    expect(quotesOf('Find 10 products. Criteria: price $25-60, under 1,000 reviews. 1 week, $250.', 'budget')).toEqual(['$250']);
  });

  it('takes a thing added to the client\'s app, and a tax return to prepare and file', () => {
    expect(quotesOf("Add a home screen widget (small and medium sizes) to our SwiftUI app showing today's streak.", 'deliverables')).toEqual([
      "Add a home screen widget (small and medium sizes) to our SwiftUI app showing today's",
    ]);
    expect(quotesOf('I need my 2023/24 self-assessment tax return prepared and filed before 31 January.', 'deliverables')).toEqual([
      'need my 2023/24 self-assessment tax return prepared',
    ]);
  });

  it('takes a business the client is starting, and a rate per webinar', () => {
    expect(quotesOf("I'm starting a taco food truck in Austin this spring and need a business plan.", 'context')).toEqual(["I'm starting a taco food truck"]);
    expect(quotesOf('Moderate our monthly Zoom webinar. $60 per webinar.', 'budget')).toEqual(['$60 per webinar']);
  });

  it('takes who the client is without "I am", what it is publishing, what reaches it, and a site that is down', () => {
    expect(quotesOf('Self-published fantasy author looking for a narrator for my novel.', 'context')).toEqual(['Self-published fantasy author looking for a narrator']);
    expect(quotesOf("I'm a serial entrepreneur looking for a developer.", 'context')).toEqual(["I'm a serial entrepreneur"]);
    expect(quotesOf("I'm publishing a hiking guidebook for the Lake District. Draw one map.", 'context')).toEqual(["I'm publishing a hiking guidebook for the Lake District"]);
    expect(quotesOf('Every day I receive 50+ supplier invoices as PDF attachments.', 'context')).toEqual(['receive 50+ supplier invoices']);
    expect(quotesOf('Our website is down. Fix it.', 'context')).toEqual(['Our website is down']);
  });

  it('takes the files under a format heading, and leaves a speed to reach', () => {
    expect(quotesOf('A tech pack for my hoodie, with flat sketches. Format: Adobe Illustrator + PDF.', 'deliverables')).toEqual(['Format: Adobe Illustrator + PDF']);
    expect(quotesOf('Three label concepts. Final files: AI + PDF.', 'deliverables')).toEqual(['Three label concepts', 'Final files: AI + PDF']);
    expect(quotesOf('Input format: PDF.', 'deliverables')).toEqual([]);
    expect(quotesOf('Our report query takes 45 seconds. We need it under 2 seconds.', 'deliverables')).toEqual([]);
  });

  it('takes writing the client has as what exists: a thesis to submit, a novel to be formatted', () => {
    expect(quotesOf("I'm submitting my master's thesis in psychology in May and would like it proofread.", 'context')).toEqual(["submitting my master's thesis"]);
    expect(quotesOf('Need my novel formatted for Kindle and paperback.', 'context')).toEqual(['Need my novel formatted']);
  });

  it('shows a price range and its rate whole: "$30–45/hr", not "$30"', () => {
    expect(quotesOf('Manage our ads. Hourly, $30–45/hr depending on experience.', 'budget')).toEqual(['$30–45/hr']);
    expect(quotesOf('Design our deck. $600 to $900 for the whole deck.', 'budget')).toEqual(['$600 to $900']);
    expect(quotesOf('Answer support emails, $8 per hour.', 'budget')).toEqual(['$8 per hour']);
    expect(quotesOf('Translate our handbook. Budget: $0.06 per word.', 'budget')).toEqual(['Budget: $0.06 per word']);
    expect(quotesOf('Catch up our books. Budget is $35/hr.', 'budget')).toEqual(['Budget is $35/hr']);
    expect(quotesOf('Write 40 recipes. Pay: $45 per recipe.', 'budget')).toEqual(['$45 per recipe']);
    expect(quotesOf('Make 3 mugs. $10 per multiple of ten.', 'budget')).toEqual(['$10']);
  });

  it('does not take the shop\'s own prices for the budget: "free over £40" is a threshold, "Fixed price £250" the pay', () => {
    expect(quotesOf('Add a free-shipping progress bar to the cart (free over £40). Fixed price £250.', 'budget')).toEqual(['Fixed price', '£250']);
  });

  it('shows each piece of evidence once: not "$1,200" again inside "Budget: $1,200"', () => {
    expect(quotesOf('Budget: $1,200 fixed price.', 'budget')).toEqual(['Budget: $1,200', 'fixed price']);
  });

  it('scores the same draft the same way every time', () => {
    const draft = { title: 'Rockstar needed', description: 'Need a modern website ASAP. Lowest bid wins.' };
    expect(analyze(draft)).toEqual(analyze(draft));
  });

  it('explains the score line by line, with the gain of each fix', () => {
    const score = analyze({ description: 'We are a bakery in Leeds. Build a 5-page website within 3 weeks. Please share your portfolio. Lowest bid wins.' }).score;
    const priceLine = score.lines.find((l) => l.id === 'price-only-criteria')!;
    expect(priceLine.points).toBe(-15);
    const budget = score.lines.find((l) => l.id === 'budget')!;
    expect(budget).toMatchObject({ points: 0, gain: 15 });
    const raw = score.lines.reduce((s, l) => s + l.points, 0);
    expect(score.value).toBe(Math.max(0, Math.min(100, raw)));
  });

  it('offers a tailored template for a missing section', () => {
    const writing = analyze({ description: 'Looking for a writer for our blog about gardening.' });
    const web = analyze({ description: 'Looking for help with our WordPress website.' });
    const insert = (a: typeof writing) => a.findings.find((f) => f.ruleId === 'missing-deliverables')?.suggestions.find((s) => s.kind === 'insert')?.text;
    expect(insert(writing)).toMatch(/articles of \[N\] words/);
    expect(insert(web)).toMatch(/\[N\] pages/);
    // the finish line too: a writer is asked for word counts, not load times
    const done = (a: typeof writing) => a.findings.find((f) => f.ruleId === 'missing-acceptance-criteria')?.suggestions.find((s) => s.kind === 'insert')?.text;
    expect(done(writing)).toMatch(/word count/);
    expect(done(writing)).not.toMatch(/Figma|loads in/);
    expect(done(web)).toMatch(/loads in under 2 s/);
    // an assistant for a store is asked about its duties, not pages
    const assistant = analyze({ title: 'Virtual assistant', description: 'We need a virtual assistant for customer emails and listings on our Shopify store.' });
    expect(insert(assistant)).toMatch(/Duties: \[inbox/);
    expect(done(assistant)).toMatch(/answered within 24 hours/);
    // a voice-over in a product video is sound work: minutes and sample rates, not cuts and captions
    const voice = analyze({ title: 'Voice-over for a product video', description: 'I need a warm female voice to record our script. One WAV file.' });
    expect(done(voice)).toMatch(/48 kHz/);
    const podcast = analyze({ description: 'Edit our weekly podcast about running.' });
    expect(insert(podcast)).toMatch(/minutes of \[voice-over\/music\/edited episodes\]/);
    // a brand's voice is the writer's, not a sound
    expect(done(analyze({ description: 'Write 4 blog posts in our brand voice, 1,000 words each.' }))).toMatch(/word count/);
    // a translation is words in a language pair, judged by a native reviewer, shown by past translations
    const translation = analyze({ description: 'Translate our bakery app into Spanish.' });
    expect(insert(translation)).toMatch(/words from \[source language\] into \[target language\]/);
    expect(done(translation)).toMatch(/native reviewer/);
    // …not ideas turned into a product, an app's localization feature, or a bilingual role
    for (const description of ['Translate our ideas into a working app for our gym.', 'Build a booking app with localization services.', 'Bilingual French-English bookkeeper for our bakery.']) {
      expect(insert(analyze({ description })) ?? '', description).not.toMatch(/source language/);
    }
    // and each kind asks for the past work it has: a translator's translations, a designer's portfolio
    const samples = (a: typeof writing) => a.findings.find((f) => f.ruleId === 'missing-samples-request')?.suggestions.find((s) => s.kind === 'insert')?.text;
    expect(samples(translation)).toMatch(/translations you did in this language pair/);
    expect(samples(analyze({ description: 'Design a logo for our bakery.' }))).toMatch(/portfolio with 2–3 designs/);
    expect(samples(web)).toMatch(/similar sites you built/);
    // and the price in the unit the work is sold in
    const budget = (a: typeof writing) => a.findings.find((f) => f.ruleId === 'missing-budget')?.suggestions.find((s) => s.kind === 'insert')?.text;
    expect(budget(writing)).toMatch(/\$N per article \/ \$N per word/);
    expect(budget(translation)).toMatch(/\$N per word/);
    expect(budget(analyze({ description: 'Edit our YouTube videos about cooking.' }))).toMatch(/per finished minute/);
    expect(budget(assistant)).toMatch(/per hour\], about \[N\] hours a week/);
    expect(budget(web)).toMatch(/fixed price \$N \/ \$N–\$N per hour/);
  });

  it('gives stats', () => {
    const { stats } = analyze({ description: 'One two three. Four five six seven.' });
    expect(stats).toMatchObject({ words: 7, sentences: 2 });
    expect(stats.readingEase).toBeGreaterThan(60);
  });

  it('cuts a 1 MB draft with a note saying what was not checked', () => {
    const huge = 'Need a modern website. '.repeat(50_000);
    const result = analyze({ description: huge });
    expect(result.truncated?.checkedCharacters).toBe(100_000);
    expect(result.truncated?.note).toMatch(/first 100,000 of 1,150,000 characters/);
  });

  it('lists at most 25 findings of one check, counts the rest, and scores the same', () => {
    const repeated = 'We need it ASAP. '.repeat(40);
    const result = analyze({ description: repeated });
    const asap = result.findings.filter((f) => f.ruleId === 'asap-deadline');
    expect(asap).toHaveLength(DEFAULT_MAX_FINDINGS_PER_RULE);
    // The first ones in the text are kept.
    expect(asap[0]!.range).toEqual({ start: 11, end: 15 });
    expect(result.omitted).toEqual([{ ruleId: 'asap-deadline', count: 15, note: '15 more "asap-deadline" findings are not shown: fix the first 25 and check again.' }]);
    expect(analysisNotes(result)).toEqual([result.omitted![0]!.note]);
    const uncapped = analyze({ description: repeated }, { maxFindingsPerRule: Infinity });
    expect(uncapped.findings.filter((f) => f.ruleId === 'asap-deadline')).toHaveLength(40);
    expect(uncapped.omitted).toBeUndefined();
    expect(result.score.value).toBe(uncapped.score.value);
    expect(result.score.lines.map((l) => [l.id, l.points, l.gain])).toEqual(uncapped.score.lines.map((l) => [l.id, l.points, l.gain]));
  });
});

describe('suggestions', () => {
  it('applies a rewrite to the flagged range, and refuses one whose text changed', () => {
    const draft = { description: 'Need it done ASAP please.' };
    const finding = analyze(draft).findings.find((f) => f.ruleId === 'asap-deadline')!;
    const edit = finding.suggestions[0]!;
    expect(applySuggestion(draft, edit, { expected: finding.actual })?.description).toBe('Need it done by [date] please.');
    expect(applySuggestion({ description: 'Need it done SOON please.' }, edit, { expected: finding.actual })).toBeNull();
  });

  /** Each finding of `ruleId` in `draft`: the flagged text and its first rewrite. */
  const rewritesOf = (draft: Parameters<typeof analyze>[0], ruleId: string) =>
    analyze(draft)
      .findings.filter((f) => f.ruleId === ruleId)
      .map((f) => [f.actual, f.suggestions[0]?.text]);

  it('gives a count to what can be counted, and asks what and how much of what cannot', () => {
    const draft = { description: 'You will do some design, some changes and some stuff for our shop. Then a few features, a couple of pages, lots of tweaks and several updates.' };
    expect(rewritesOf(draft, 'vague-language')).toEqual([
      ['some design', 'design ([what exactly, and how much])'],
      ['some changes', '[N] changes'],
      ['some stuff', '[name the items]'],
      // the whole count word goes, however many words it has
      ['a few features', '[N] features'],
      ['a couple of pages', '[N] pages'],
      ['lots of tweaks', '[N] tweaks'],
      ['several updates', '[N] updates'],
    ]);
  });

  it('puts shouting in sentence case, keeping each sentence’s capital and the pronoun I', () => {
    const draft = { title: 'URGENT!!! I NEED HELP WITH MY WEBSITE', description: 'Fix the checkout. I AM SERIOUS ABOUT DEADLINES. PLEASE READ EVERYTHING! THEN APPLY, and YOU MUST FOLLOW INSTRUCTIONS.' };
    expect(rewritesOf(draft, 'hostile-tone')).toEqual([
      ['URGENT!!! I NEED HELP WITH MY WEBSITE', 'Urgent!!! I need help with my website'],
      ['I AM SERIOUS ABOUT DEADLINES', 'I am serious about deadlines'],
      ['PLEASE READ EVERYTHING! THEN APPLY', 'Please read everything! Then apply'],
      // mid-sentence, it starts in lower case
      ['YOU MUST FOLLOW INSTRUCTIONS', 'you must follow instructions'],
    ]);
  });

  it('rewrites a buzzword on a role as a level, and a buzzword that is the role as a role', () => {
    const rewrite = (title: string) => rewritesOf({ title, description: 'Build our store.' }, 'buzzword-title');
    // (the underline takes the space after it: "Remove" leaves no space before the role)
    expect(rewrite('Rockstar developer for our store')).toEqual([['Rockstar ', 'Senior [stack] ']]);
    expect(rewrite('Shopify Guru needed')).toEqual([['Guru', '[role, e.g. developer]']]);
    // the stack is already named: a level alone, not "Senior [stack] React developer"
    expect(rewrite('Rockstar React developer wanted')).toEqual([['Rockstar ', 'Senior ']]);
    expect(rewrite('Rockstar React ninja wanted')).toEqual([['Rockstar ', 'Senior '], ['ninja', '[role, e.g. developer]']]);
    // the example role fits the kind of work, and a marketer is named by channels, not a stack
    const marketing = rewritesOf({ title: 'Marketing guru wanted', description: 'Run our SEO and Google Ads campaigns.' }, 'buzzword-title');
    expect(marketing).toEqual([['guru', '[role, e.g. marketer]']]);
    const options = analyze({ title: 'Marketing guru wanted', description: 'Run our SEO and Google Ads campaigns.' }).findings.find((f) => f.ruleId === 'buzzword-title')!.suggestions;
    expect(options.map((o) => [o.label, o.text])).toEqual([['Name the role', '[role, e.g. marketer]'], ['Name the level and channel', 'senior [channel] [role]']]);
  });

  it('asks for examples where the client cannot describe the target, and for a cap on revisions', () => {
    const findings = analyze({ description: "Design our logo. I'll know it when I see it. Unlimited revisions." }).findings;
    const said = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => [f.actual, f.message, f.suggestions[0]?.text]);
    expect(said('vague-language')).toEqual([["I'll know it when I see it", '"I\'ll know it when I see it" gives a freelancer nothing to aim at: show examples of what you like.', 'Here are [2–3 examples I like] and what I like about each']]);
    expect(said('open-ended-scope')).toEqual([['Unlimited revisions', '"Unlimited revisions" leaves the scope open: say how many rounds of revisions the price includes.', '[N] rounds of revisions']]);
  });

  it('rewrites who is not wanted as who is', () => {
    const draft = { description: 'Build a landing page. No agencies, no beginners, no time wasters.' };
    expect(rewritesOf(draft, 'hostile-tone')).toEqual([
      ['No agencies', 'Independent freelancers only'],
      ['no beginners', 'at least [N] years of [skill] experience'],
      // (a sentence put mid-sentence reads as a clause, and the text's own full stop stays)
      ['no time wasters', 'please include [X] in your proposal'],
    ]);
  });

  it('words an open scope’s rewrite to fit where the phrase stood', () => {
    const draft = { description: 'Help with whatever comes up, and other tasks as needed.' };
    const rewrites = analyze(draft).findings.filter((f) => f.ruleId === 'open-ended-scope').map((f) => applySuggestion(draft, f.suggestions[0]!)?.description);
    expect(rewrites).toEqual(['Help with [name the tasks], and other tasks as needed.', 'Help with whatever comes up, and [name the other tasks].']);
  });

  it('names what an open scope leaves uncounted: "and some other features" → "and [name the other features]"', () => {
    expect(rewritesOf({ description: 'A mobile app with login, profile and some other features.' }, 'open-ended-scope')).toEqual([['and some other features', 'and [name the other features]']]);
  });

  it('inserts a missing section at the end after a blank line', () => {
    const draft = { description: 'Build a landing page.' };
    const insert = analyze(draft).findings.find((f) => f.ruleId === 'missing-budget')!.suggestions[0]!;
    expect(applySuggestion(draft, insert)?.description).toMatch(/^Build a landing page\.\n\nBudget and payment:\n/);
  });

  describe("a short post's insert holds only the sections it lacks", () => {
    const short = { description: 'Write 5 blog posts of 800 words about dog training by June 3. Budget $200.' };
    const insertOf = (analysis: ReturnType<typeof analyze>) => analysis.findings.find((f) => f.ruleId === 'too-short')!.suggestions.find((s) => s.kind === 'insert');

    it('leaves out the sections the post has, in the order a post reads', () => {
      const analysis = analyze(short);
      const missing = analysis.checklist.filter((item) => item.status === 'missing');
      expect(missing.map((item) => item.section)).toEqual(['context', 'acceptance', 'samples', 'communication']);
      const insert = insertOf(analysis)!;
      expect(insert.label).toBe('Insert the 4 missing sections');
      expect(insert.text.match(/^[^\n[]+:$/gm)).toEqual(['Context:', 'Acceptance criteria:', 'How to apply:', 'Communication:']);
      expect(applySuggestion(short, insert)?.description).toMatch(/Budget \$200\.\n\nContext:\n\[/);
    });

    it('leaves out a section whose check is turned off', () => {
      const insert = insertOf(analyze(short, { rules: { 'missing-communication': { enabled: false } } }))!;
      expect(insert.text).not.toContain('Communication:');
      expect(insert.label).toBe('Insert the 3 missing sections');
    });

    it('offers no insert when every section is there', () => {
      const analysis = analyze(GOOD_POST, { rules: { 'too-short': { options: { minWords: 500 } } } });
      expect(analysis.checklist.every((item) => item.status === 'met')).toBe(true);
      const finding = analysis.findings.find((f) => f.ruleId === 'too-short')!;
      expect(finding.message).toMatch(/posts under 500 rarely say enough/);
      expect(finding.suggestions).toEqual([]);
    });
  });
});

describe('checklist evidence', () => {
  it('is shown without the line break a heading pattern reads past', () => {
    const draft = { description: 'For our bakery.\nWhat we need:\n- a menu page\n- a contact form' };
    const deliverables = analyze(draft).checklist.find((item) => item.section === 'deliverables')!;
    const first = deliverables.evidence[0]!;
    expect(first).toMatchObject({ part: 'description', text: 'What we need:' });
    expect('range' in first && draft.description.slice(first.range.start, first.range.end)).toBe('What we need:');
  });

  // (here, not among the context check's examples, which the learned judgement trains on: one more example draft moved
  // 25 corpus posts' judgements for a pattern that matches two)
  it('reads an organisation sized by its headcount as context, not a headcount to hire', () => {
    expect(phraseQuotesOf('Bookkeeper to reconcile last year in QuickBooks for a 2-person design studio.', 'context')).toEqual(['2-person design studio']);
    expect(phraseQuotesOf('Join our 12-person agency as a designer.', 'context')).toContain('our 12-person agency');
    expect(phraseQuotesOf('We need to hire 3 people for data entry in our CRM.', 'context')).not.toContainEqual(expect.stringMatching(/3 people/));
  });

  it('reads whom the work is for by their trade, and the data a client holds by its history, as context', () => {
    expect(phraseQuotesOf('Virtual assistant needed for a real estate agent. Manage my calendar.', 'context')).toEqual(['a real estate agent']);
    expect(phraseQuotesOf('Web designer wanted for a busy local plumber.', 'context')).toEqual(['a busy local plumber']);
    // the freelancer sought is not the client
    expect(phraseQuotesOf('Looking for a photographer for our wedding in May.', 'context')).toEqual([]);
    expect(phraseQuotesOf('Build a churn model from 3 years of order history in BigQuery.', 'context')).toEqual(['3 years of order history in BigQuery']);
    // a part of the client's site on the platform it runs on, not one to be made there
    expect(phraseQuotesOf("My contact form on Squarespace doesn't send emails.", 'context')).toEqual(['form on Squarespace']);
    expect(phraseQuotesOf('Design a booking form on Squarespace.', 'context')).toEqual([]);
  });
});

describe('restructure', () => {
  /** The sentences placed under each heading, by section. */
  const placedSentences = (out: ReturnType<typeof restructure>) => Object.fromEntries(out.sections.map((s) => [s.id, s.sentences]));

  it('keeps every sentence, places it under the heading it satisfies, and prompts for empty headings', () => {
    const draft = {
      description: 'Budget is $500. We are a small bakery. Please share your portfolio. Build a 5-page website.',
    };
    const out = restructure(draft);
    for (const sentence of ['Budget is $500.', 'We are a small bakery.', 'Please share your portfolio.', 'Build a 5-page website.']) {
      expect(out.description).toContain(sentence);
    }
    const byId = Object.fromEntries(out.sections.map((s) => [s.id, s]));
    expect(byId.budget!.sentences).toEqual(['Budget is $500.']);
    expect(byId.context!.sentences).toEqual(['We are a small bakery.']);
    expect(byId.samples!.sentences).toEqual(['Please share your portfolio.']);
    expect(byId.deliverables!.sentences).toEqual(['Build a 5-page website.']);
    expect(byId.communication!.prompt).toMatch(/^\[.*\]$/);
    expect(out.description.indexOf('Context')).toBeLessThan(out.description.indexOf('Budget and payment'));
  });

  it('puts what an applicant must do to apply under How to apply, and what follows it with it', () => {
    const draft = {
      description: 'We are a bakery in Leeds. Build a 3-page site. Its users apply for jobs. To be considered, answer two questions. No agencies! Start your proposal with "bread". Budget $500.',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.samples).toEqual(['To be considered, answer two questions.', 'No agencies!', 'Start your proposal with "bread".']);
    expect(byId.deliverables).toEqual(['Build a 3-page site.', 'Its users apply for jobs.']);
    expect(byId.context).toEqual(['We are a bakery in Leeds.']);
  });

  it("replaces the draft's headings that the new ones make redundant, and keeps any other", () => {
    const draft = {
      description: 'Key Responsibilities:\n- Build the booking form.\nThe flow works like this:\n1. Users book a class.\nWe need:\n- A menu page.\nNice to Have:\n- A 3-page site.\n1. Identify Suitable Sites:\nUse the map.\nJob Description:\nWe run yoga studios.\nBudget:\n$300 fixed.',
    };
    const restructured = restructure(draft);
    const out = restructured.description;
    // ("Nice to Have:" says the lines under it are optional: without it they would read as required)
    for (const kept of ['Key Responsibilities:', 'The flow works like this:', 'We need:', '- Build the booking form.', '1. Users book a class.', '- A menu page.', 'Nice to Have:', '- A 3-page site.', 'Identify Suitable Sites:', '$300 fixed.']) {
      expect(out).toContain(kept);
    }
    expect(out).not.toContain('Job Description');
    expect(out).not.toContain('Budget:');
    expect(restructured.replacedHeadings).toEqual(['Job Description:', 'Budget:']);
  });

  it("keeps the lines under the client's own heading under the section it names, even where they say too little alone", () => {
    const draft = {
      description: 'We run two yoga studios in Leeds.\nTask Duration:\n2-3 hours\nRough Schedule\nMay 4 - tickets go on sale (about $20 each)\nBudget:\n$80 fixed\nIdeal Candidate:\n- Knows Squarespace well\n- Has built booking pages before\nWhat we need:\n- A booking page for both studios\n- Deadline: May 1',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.timeline).toEqual(['Task Duration:', '2-3 hours', 'Rough Schedule', 'May 4 - tickets go on sale (about $20 each)', '- Deadline: May 1']);
    expect(byId.budget).toEqual(['$80 fixed']);
    expect(byId.samples).toEqual(['Ideal Candidate:', '- Knows Squarespace well', '- Has built booking pages before']);
    expect(byId.deliverables).toEqual(['What we need:', '- A booking page for both studios']);
    expect(byId.context).toEqual(['We run two yoga studios in Leeds.']);
  });

  it('reads headings dressed with an emoji, and a line labelled with a section goes there whatever heading it is under', () => {
    const draft = {
      description: '🚀 About Hopscotch\nWe run kids’ dance classes in Bristol.\n🔹 Your Responsibilities\n- Build our class booking page\n⏳ Type: Contract\n💰 Compensation: $40 an hour\n💻 Tech Stack & Expertise\n- Webflow\n📅 Timeline: 3 weeks',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.context).toEqual(['🚀 About Hopscotch', 'We run kids’ dance classes in Bristol.']);
    expect(byId.deliverables).toEqual(['🔹 Your Responsibilities', '- Build our class booking page', '⏳ Type: Contract']);
    expect(byId.budget).toEqual(['💰 Compensation: $40 an hour']);
    expect(byId.samples).toEqual(['💻 Tech Stack & Expertise', '- Webflow']);
    expect(byId.timeline).toEqual(['📅 Timeline: 3 weeks']);
  });

  it('keeps under a heading of two things only what says neither, and reads a label with "our" before it', () => {
    const draft = {
      description: 'Required Skills:\n- Figma\nTimeline & Budget\nWe would like to start this week.\nWe pay $300 on delivery.\nOur expected timeline: 10 days',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.timeline).toEqual(['Timeline & Budget', 'We would like to start this week.', 'Our expected timeline: 10 days']);
    expect(byId.budget).toEqual(['We pay $300 on delivery.']);
    expect(byId.samples).toEqual(['Required Skills:', '- Figma']);
  });

  it('reads a heading whose second part names a section, what the client offers, and the hours among the skills sought', () => {
    const draft = {
      description:
        'We run a dog-walking app in Leeds.\nWhat You Bring:\n- Three years of React Native\n- Available 9 AM-1 PM GMT on weekdays\nWhat We Offer\n- A friendly team of four\n- $35 an hour, paid weekly\n- Flexible hours: up to 20 hours per week\nEngagement & Timeline\n- Start: next Monday\n- First release in 6 weeks',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.samples).toEqual(['What You Bring:', '- Three years of React Native']);
    expect(byId.budget).toEqual(['What We Offer', '- A friendly team of four', '- $35 an hour, paid weekly']);
    expect(byId.timeline).toEqual(['- Available 9 AM-1 PM GMT on weekdays', '- Flexible hours: up to 20 hours per week', 'Engagement & Timeline', '- Start: next Monday', '- First release in 6 weeks']);
  });

  it('keeps the skills sought under How to apply, but not how the client keeps in touch', () => {
    const draft = { description: 'Build a booking app for our 3 yoga studios.\nRequired Skills & Experience\n- Has built and published 2 apps to the App Store\n- Reply on Slack within a day and join a weekly video call\n- Flutter' };
    const byId = placedSentences(restructure(draft));
    expect(byId.samples).toEqual(['Required Skills & Experience', '- Has built and published 2 apps to the App Store', '- Flutter']);
    expect(byId.communication).toEqual(['- Reply on Slack within a day and join a weekly video call']);
  });

  it("takes a heading that names no section with the line after it, and ends a narrow heading's lines there", () => {
    const draft = {
      description: 'Contract & Budget\nFixed price of $900.\n\nWHAT WE NEED FROM YOU\nBuild the checkout for our tea shop.\nAdd Apple Pay and Google Pay.',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.budget).toEqual(['Contract & Budget', 'Fixed price of $900.']);
    expect(byId.deliverables).toEqual(['WHAT WE NEED FROM YOU', 'Build the checkout for our tea shop.', 'Add Apple Pay and Google Pay.']);
  });

  it("reads a question for a heading, a heading's words for the lines under it that say nothing, and a short item before a heading as an item", () => {
    const draft = { description: 'Build a booking app for our 3 yoga studios.\nCurrent Challenge\nClients book by phone today.\nKey Features Required:\nClass calendar\nWaitlist\nWhy Join Us?\n- Paid weekly, $40 an hour\n- A calm team' };
    const byId = placedSentences(restructure(draft));
    expect(byId.context).toEqual(['Current Challenge', 'Clients book by phone today.']);
    expect(byId.deliverables).toEqual(['Build a booking app for our 3 yoga studios.', 'Key Features Required:', 'Class calendar', 'Waitlist']);
    expect(byId.budget).toEqual(['Why Join Us?', '- Paid weekly, $40 an hour', '- A calm team']);
  });

  it('reads short capitalised lines stacked under a heading as the items of its list, not as headings', () => {
    const draft = {
      description: 'We run a small bakery in Leeds and need an online shop.\n\nFeatures needed:\nUser Login\nProduct Catalog\nShopping Cart\n\nBudget is $1,500 fixed.\nPlease share links to two shops you built.',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.deliverables).toEqual(['Features needed:', 'User Login', 'Product Catalog', 'Shopping Cart']);
    expect(byId.budget).toEqual(['Budget is $1,500 fixed.']);
  });

  it("ends Context's lines at a heading that names no section, and a narrow heading's at a line labelled elsewhere", () => {
    const about = placedSentences(restructure({ description: 'About Us\nWe are a small bakery in Leeds.\n\nThe Website\nBuild a menu page and an order form.\nShow opening hours\n\nBudget: $500' }));
    expect(about.context).toEqual(['About Us', 'We are a small bakery in Leeds.']);
    expect(about.deliverables).toEqual(['The Website', 'Build a menu page and an order form.', 'Show opening hours']);
    const schedule = placedSentences(
      restructure({ description: 'Build a booking page for our salon.\n\nRough Schedule\nDesign approved in week 1\nBudget: $600 fixed\nPlease share two booking pages you built.' }),
    );
    expect(schedule.timeline).toEqual(['Rough Schedule', 'Design approved in week 1']);
    expect(schedule.samples).toEqual(['Please share two booking pages you built.']);
  });

  it('reads a heading in Markdown bold as the same heading', () => {
    const draft = {
      description:
        '**Background:** We sell candles on Etsy and Shopify.\n\n**What needs doing:**\n- Reconcile 3 bank accounts, Jan–Oct\n- Set up bank rules so next year is easier\n\n**Payment terms:**\n\nWe pay $900 fixed on completion.',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.deliverables).toEqual(['**What needs doing:**', '- Reconcile 3 bank accounts, Jan–Oct', '- Set up bank rules so next year is easier']);
    expect(byId.budget).toEqual(['**Payment terms:**', 'We pay $900 fixed on completion.']);
  });

  it('reads a requirements heading by its lines: the skills sought go under How to apply, the product\'s stay in Scope', () => {
    const skills = placedSentences(
      restructure({
        description:
          'We run two dog grooming salons in Leeds and need a booking app.\n\nRequirements:\n- 3+ years of React Native\n- Proven experience with Stripe\n- Strong knowledge of push notifications\n\nBudget: $4,000 fixed.',
      }),
    );
    expect(skills.samples).toEqual(['Requirements:', '- 3+ years of React Native', '- Proven experience with Stripe', '- Strong knowledge of push notifications']);
    const product = placedSentences(
      restructure({ description: 'We run two dog grooming salons in Leeds.\n\n**Key Requirements:**\n- Online booking for grooming slots\n- SMS reminders the day before\n- Staff calendar view' }),
    );
    expect(product.context).toEqual(['We run two dog grooming salons in Leeds.']);
    expect(product.deliverables).toEqual(['**Key Requirements:**', '- Online booking for grooming slots', '- SMS reminders the day before', '- Staff calendar view']);
    // (a list headed by its skills may name the product's stack: mostly skills is the applicant's)
    const stack = placedSentences(restructure({ description: 'We need a booking app for our salon.\n\nRequirements:\n- React Native app\n- Stripe payments\n- Experience with Expo' }));
    // (a heading without a colon too, and a line that opens the list of skills)
    const bare = placedSentences(restructure({ description: 'We need a booking app for our salon.\n\nRequirements\nMust have real experience in:\n- React Native\n- Stripe\n- Expo' }));
    expect(bare.samples).toEqual(['Requirements', 'Must have real experience in:', '- React Native', '- Stripe', '- Expo']);
    expect(stack.deliverables).toEqual(['We need a booking app for our salon.', 'Requirements:', '- React Native app', '- Stripe payments', '- Experience with Expo']);
  });

  it('places the day or hour of a meeting under Communication, a deadline beside it under Timeline', () => {
    const draft = {
      description: "Build a booking page for our two dog grooming salons.\n\nWe'll have a weekly call on Fridays to review progress.\nWe meet every Tuesday at 10am on Zoom.\nThe page must be live by March 1; updates on Slack.",
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.communication).toEqual(["We'll have a weekly call on Fridays to review progress.", 'We meet every Tuesday at 10am on Zoom.']);
    expect(byId.timeline).toEqual(['The page must be live by March 1; updates on Slack.']);
  });

  it('opens Scope with a sentence that asks for the thing to be made', () => {
    const byId = placedSentences(restructure({ description: 'Build our salon booking app in React Native.\n\nWe run two dog grooming salons in Leeds.' }));
    expect(byId.deliverables).toEqual(['Build our salon booking app in React Native.']);
    expect(byId.context).toEqual(['We run two dog grooming salons in Leeds.']);
  });

  it('places a paragraph that says when the work is done after the Scope list under Acceptance criteria', () => {
    const draft = {
      description:
        'We sell soy candles on Shopify.\n\nDeliverables\n- New product page template\n- A short video on editing it\n\nIt is done when the template passes Google PageSpeed 90+ on mobile and I can edit it without code.',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.deliverables).toEqual(['Deliverables', '- New product page template', '- A short video on editing it']);
    expect(byId.acceptance).toEqual(['It is done when the template passes Google PageSpeed 90+ on mobile and I can edit it without code.']);
  });

  it("reads 'The work' as a Scope heading over its numbered list", () => {
    const byId = placedSentences(restructure({ description: 'We are a 6-person architecture studio in Austin.\n\nThe work\n1. Reconcile two bank accounts\n2. Set up bank rules' }));
    expect(byId.context).toEqual(['We are a 6-person architecture studio in Austin.']);
    expect(byId.deliverables).toEqual(['The work', '1.', 'Reconcile two bank accounts', '2.', 'Set up bank rules']);
  });

  it('places a line that opens a list of the work under Scope, though it says when too', () => {
    const draft = {
      description: 'We run a pet insurance startup in Manchester.\n\nWe need 8 blog posts of 1,200-1,500 words each over the next two months:\n- 4 on puppy health costs\n- 4 comparing insurance options',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.deliverables).toEqual(['We need 8 blog posts of 1,200-1,500 words each over the next two months:', '- 4 on puppy health costs', '- 4 comparing insurance options']);
    expect(byId.timeline).toEqual([]);
  });

  it("reads 'What you'll translate' as Scope and 'Quality' as Acceptance criteria, in bold without a colon", () => {
    const draft = {
      description:
        "**About us**\nWe build a habit-tracking app with 40k monthly users.\n\n**What you'll translate**\n- 3,200 words of UI strings in a JSON file\n- Keep placeholders like {name} untouched\n\n**Quality**\nA second native speaker reviews a sample; we accept when they find no meaning errors.",
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.deliverables).toEqual(["**What you'll translate**", '- 3,200 words of UI strings in a JSON file', '- Keep placeholders like {name} untouched']);
    expect(byId.acceptance).toEqual(['**Quality**', 'A second native speaker reviews a sample; we accept when they find no meaning errors.']);
  });

  it('cuts a draft written in lower case into its sentences, but not at an abbreviation', () => {
    const draft = { description: 'need a logo for my food truck. we sell tacos in portland, e.g. birria and al pastor. budget is $150. need it in 1 week. send me some logos you made before.' };
    const byId = placedSentences(restructure(draft));
    expect(byId.budget).toEqual(['budget is $150.']);
    expect(byId.timeline).toEqual(['need it in 1 week.']);
    expect(byId.samples).toEqual(['send me some logos you made before.']);
    expect(Object.values(byId).flat()).toContain('we sell tacos in portland, e.g. birria and al pastor.');
    // (a draft with capitals keeps the segmenter's sentences)
    const mixed = placedSentences(restructure({ description: 'Need a logo for my food truck. budget is $150. Need it in 1 week.' }));
    expect(Object.values(mixed).flat()).toContain('Need a logo for my food truck. budget is $150.');
  });

  it('places a request for past work under How to apply, though it names the work under a Scope heading', () => {
    const request = "If you have relevant examples of similar shops you've built, please share them to speed up my choice.";
    const byId = placedSentences(restructure({ description: `Key Features:\n- Booking calendar\n- SMS reminders\n${request}` }));
    expect(byId.samples).toEqual([request]);
  });

  it('reads headings of features, responsibilities and deliverables with words before them as Scope, bold before the colon too', () => {
    const draft = {
      description:
        'We run two dog grooming salons in Leeds.\n\n**Customer Features**:\n- Login and order history\n- Gift cards\n\nJob Responsibilities:\n- Set up the app stores listing\n\nMVP Deliverables\n- Source code in our GitHub',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.context).toEqual(['We run two dog grooming salons in Leeds.']);
    expect(byId.deliverables).toEqual(['**Customer Features**:', '- Login and order history', '- Gift cards', 'Job Responsibilities:', '- Set up the app stores listing', 'MVP Deliverables', '- Source code in our GitHub']);
  });

  it('lets the lines after a heading that names nothing follow the Scope list before it, not the Context above that', () => {
    const draft = {
      description: 'We run two dog grooming salons in Leeds.\n\n**Key Features**:\n\n- Online booking\n- SMS reminders\n\n**Reservations**:\n\n- Book from the website or the till\n- Reminder the day before',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.context).toEqual(['We run two dog grooming salons in Leeds.']);
    expect(byId.deliverables).toEqual(['**Key Features**:', '- Online booking', '- SMS reminders', '**Reservations**:', '- Book from the website or the till', '- Reminder the day before']);
  });

  it('reads no background into a capitalised item, which the context check would take for a name', () => {
    const draft = { description: 'Build a weather page for our town in plain HTML.\n\nData to show:\n- Current Temperature\n- Wind Speed' };
    const byId = placedSentences(restructure(draft));
    expect(byId.deliverables).toEqual(['Build a weather page for our town in plain HTML.', 'Data to show:', '- Current Temperature', '- Wind Speed']);
  });

  it("ends a narrow heading's lines at a paragraph that says something else, but not How to apply's", () => {
    const draft = {
      description:
        'Build a price tracker for our 3 online stores.\n\nTimeline:\nASAP\n\nTo apply, message me with:\n- Two trackers you built\n\nHow to apply:\nLinks to two dashboards you built.\n\nYour price and timeline for the first phase.',
    };
    const byId = placedSentences(restructure(draft));
    // (the client's "Timeline:" gives way to the good post's heading)
    expect(byId.timeline).toEqual(['ASAP']);
    expect(byId.samples).toEqual([
      'To apply, message me with:',
      '- Two trackers you built',
      'How to apply:',
      'Links to two dashboards you built.',
      'Your price and timeline for the first phase.',
    ]);
  });

  it('keeps a list under the line that opened it, with the numbers the segmenter cut from their items', () => {
    const draft = {
      description: 'Build a recipe app for our cooking school with 40 recipes.\n\nPlease include in your response:\n1. A plan for the project, with milestones and deliverables.\n2. Two apps you built.\n\nThe app needs a shopping list screen and a cooking timer.',
    };
    const out = restructure(draft);
    const byId = placedSentences(out);
    expect(out.description).toContain('Please include in your response:\n1. A plan for the project, with milestones and deliverables.\n2. Two apps you built.');
    expect(byId.samples).toContain('A plan for the project, with milestones and deliverables.');
    // (the list ends at the next paragraph)
    expect(byId.deliverables).toContain('The app needs a shopping list screen and a cooking timer.');
  });

  it('opens Scope and deliverables with who is sought for the thing wanted, not for a team', () => {
    const forThing = placedSentences(restructure({ description: 'Looking for a copywriter for our SaaS landing page.\n\nAbout us\nWe are a 5-person startup.' }));
    expect(forThing.deliverables).toEqual(['Looking for a copywriter for our SaaS landing page.']);
    expect(forThing.context).toEqual(['About us', 'We are a 5-person startup.']);
    const forTeam = placedSentences(restructure({ description: 'Looking for a tester for our growing team.' }));
    expect(forTeam.deliverables).toEqual([]);
  });

  it('puts a line labelled "Acceptance:" or "Done when:" under Acceptance criteria, though it names a duration', () => {
    const byId = placedSentences(
      restructure({ description: 'Automate our weekly sales report.\nAcceptance: it runs unattended for 3 weeks in a row.\nDone when: the totals match Stripe for 2 weeks.' }),
    );
    expect(byId.acceptance).toEqual(['Acceptance: it runs unattended for 3 weeks in a row.', 'Done when: the totals match Stripe for 2 weeks.']);
  });

  it("opens Scope and deliverables with a line that opens a list of what is wanted, and with \"I'd like a …\"", () => {
    const list = placedSentences(restructure({ description: 'We open a bike shop in Leeds next month.\n\nI’d like:\n- A logo for the shop sign\n- 3 concepts' }));
    expect(list.deliverables).toEqual(['I’d like:', '- A logo for the shop sign', '- 3 concepts']);
    const wanted = placedSentences(restructure({ description: 'We open a bike shop in Leeds next month. I’d like a logo for the sign.' }));
    expect(wanted.deliverables).toEqual(['I’d like a logo for the sign.']);
  });

  it('opens Scope and deliverables with the sentence that says what the job is, and puts who should apply under How to apply', () => {
    const draft = {
      description:
        'We are seeking a designer to create 12 social media templates for our bakery. You will deliver them as Canva files. The ideal candidate will also resize them for Instagram Stories. In this role, you will also write the captions. The ideal candidate knows Canva well. Bakers who know Canva: we’d love to hear from you.\nWe are also seeking a writer to join our growing team.',
    };
    const byId = placedSentences(restructure(draft));
    expect(byId.deliverables).toEqual(['We are seeking a designer to create 12 social media templates for our bakery.', 'You will deliver them as Canva files.', 'The ideal candidate will also resize them for Instagram Stories.', 'In this role, you will also write the captions.']);
    expect(byId.samples).toEqual(['The ideal candidate knows Canva well.', 'Bakers who know Canva: we’d love to hear from you.', 'We are also seeking a writer to join our growing team.']);
  });

  it("puts the sentence that says what the job is under Scope, even under the client's overview heading", () => {
    const draft = { description: 'Project Overview\nWe run three gyms in Leeds with 900 members.\nWe are looking for a Flutter developer to build a class booking app for our members.' };
    const byId = placedSentences(restructure(draft));
    expect(byId.context).toEqual(['Project Overview', 'We run three gyms in Leeds with 900 members.']);
    expect(byId.deliverables).toEqual(['We are looking for a Flutter developer to build a class booking app for our members.']);
  });

  it('places a sentence by what the phrase rules find in it, not by whether it alone would meet the section', () => {
    // (a post of this one sentence is too thin for the learned judgement, but the sentence names the deliverable)
    const sentence = 'We are seeking a developer with deep knowledge of Kotlin and Swift to create a streak widget for our quiz app.';
    const byId = placedSentences(restructure({ description: `Our quiz app has 2,000 users.\n${sentence}` }));
    expect(byId.deliverables).toEqual([sentence]);
  });

  it("keeps the draft's lines: a list stays a list, and still asks for what it asked for", () => {
    const draft = { description: 'Build a booking page for my salon.\nPlease apply with:\n1. Your rate.\n2. Examples of booking pages you built.' };
    const out = restructure(draft).description;
    expect(out).toContain('Please apply with:\n1. Your rate.\n2. Examples of booking pages you built.');
    const met = (description: string) => analyze({ description }).checklist.filter((c) => c.status === 'met').map((c) => c.section);
    expect(met(out)).toEqual(met(draft.description));
    expect(met(out)).toContain('samples');
  });

  it('keeps what stood between two sentences that stay together: a paragraph break, a link the segmenter cut', () => {
    const draft = { description: 'Fix the login bug on our salon site. See https://example.com/doc/edit?usp=sharing for details.\n\nWe run three salons.' };
    const out = restructure(draft).description;
    expect(out).toContain('https://example.com/doc/edit?usp=sharing');
  });

  it('replaces the heading an inserted template brought, and keeps its blanks under the section', () => {
    const draft = { description: 'Build a quiz app for our school.\n\nBudget and payment:\n[fixed price $N], [paid per milestone].' };
    const out = restructure(draft);
    expect(out.replacedHeadings).toEqual(['Budget and payment:']);
    expect(out.sections.find((s) => s.id === 'budget')!.sentences).toEqual(['[fixed price $N], [paid per milestone].']);
    expect(out.description).not.toContain('Budget and payment:');
  });

  it('writes each heading once after the sections a check inserted, even those whose heading reads as evidence', () => {
    const draft = { description: 'Need a logo for my bakery by May 2.' };
    const tooShort = analyze(draft).findings.find((f) => f.ruleId === 'too-short')!;
    const filledIn = applySuggestion(draft, tooShort.suggestions.find((s) => s.kind === 'insert')!)!;
    expect(filledIn.description).toContain('Acceptance criteria:\n[');
    const out = restructure(filledIn);
    for (const section of out.sections) {
      expect(out.description.split(section.heading).length - 1, section.heading).toBe(1);
      if (section.id !== 'deliverables' && section.id !== 'timeline') expect(section.prompt, section.heading).toBeDefined();
    }
    expect(out.replacedHeadings).toContain('Acceptance criteria:');
    expect(out.replacedHeadings).toContain('How to apply:');
  });

  it('restructures a long paste up to the limit and keeps the rest unchanged after it, with a note', () => {
    const line = 'We run a bakery. Build our order page with 5 cake types.\n';
    const description = line.repeat(20_000); // 1.14 MB
    const out = restructure({ description });
    expect(out.truncated?.restructuredCharacters).toBeLessThanOrEqual(100_000);
    expect(out.truncated?.note).toMatch(/^Only the first 99,9\d\d of 1,140,000 characters were restructured; the rest follows unchanged at the end\.$/);
    const rest = description.slice(out.truncated!.restructuredCharacters).replace(/^\n+/, '');
    expect(out.description.endsWith(`\n\n${rest}`)).toBe(true);
    expect(out.sections.find((s) => s.id === 'context')!.sentences[0]).toBe('We run a bakery.');
    expect(restructure({ description: line }).truncated).toBeUndefined();
  });

  it('ticks nothing by its own headings, and comes out the same when run again', () => {
    for (const description of ['I need a website.', 'Budget is $500. We are a small bakery. Build a 5-page website.', 'Fix my app.\nHow to Apply\nSend your rate.', 'Build a quiz app.\n\nIt has 3 screens.\n- Reply on Slack daily\n- Host it on our server']) {
      const once = restructure({ description });
      const met = (text: string) => analyze({ description: text }).checklist.filter((c) => c.status === 'met').map((c) => c.section);
      expect(met(once.description), description).toEqual(met(description));
      expect(restructure({ description: once.description }).description, description).toBe(once.description);
    }
  });

  it('writes headings and prompts the checks read as blank: the restructured draft has the words of the draft', () => {
    for (const description of ['Need a Flutter developer to connect our backend to a ready-made front end.', 'We run a bakery in York. Build a 5-page website with an order form by June 1.']) {
      const once = restructure({ description });
      expect(once.sections.filter((s) => s.prompt).length, description).toBeGreaterThan(3);
      const after = analyze({ description: once.description });
      const before = analyze({ description });
      expect(after.stats.words, description).toBe(before.stats.words);
      expect(after.findings.map((f) => f.actual), description).toEqual(before.findings.map((f) => f.actual));
    }
  });

  it('gains no Context from a post that stops mid-sentence: "… is a" is not read across the blank line after it', () => {
    const draft = { description: 'Flutter developer needed for 4 screens.\nExperience with Firebase Cloud Messaging is a' };
    const context = (description: string) => analyze({ description }).checklist.find((c) => c.section === 'context')!.status;
    expect(context(draft.description)).toBe('missing');
    expect(context(restructure(draft).description)).toBe('missing');
  });

  it('keeps a line that ended without a full stop on a line of its own, so no check reads across two lines', () => {
    const draft = { description: 'We run a small gym. Start in 12 days\nMust report to Anna.' };
    const out = restructure(draft).description;
    expect(out).toContain('Start in 12 days\nMust report to Anna.');
    // "12 days Must report" would read as a count of reports: a deliverable the draft does not have.
    const met = (description: string) => analyze({ description }).checklist.filter((c) => c.status === 'met').map((c) => c.section);
    expect(met(out)).toEqual(met(draft.description));
  });

  it('keeps a heading that is itself what a section needs, and never counts its own blanks as met', () => {
    const draft = { description: 'Key Features:\n- Booking calendar for 3 studios.' };
    const out = restructure(draft);
    expect(out.description).toContain('Key Features:');
    const after = analyze({ description: out.description }).checklist;
    expect(after.find((c) => c.section === 'deliverables')!.status).toBe('met');
    // Every other heading holds only its bracketed prompt: still missing.
    expect(after.filter((c) => c.status === 'met').map((c) => c.section)).toEqual(['deliverables']);
  });
});

describe('a missing section filled in only with its template', () => {
  const sectionRules = BUILT_IN_RULES.filter((r) => r.type === 'section').map((r) => r.meta.id);
  it.each(['Build a landing page for my bakery.', 'Translate our bakery app into Spanish.', 'Record a voice-over for our app video.', 'I need a logo.', 'Build an iOS app for booking yoga classes.', 'Write blog posts about gardening.', 'Build a Power BI dashboard from our sales data.', 'Edit our YouTube videos.', 'Run ad campaigns for our SEO agency.', 'We need a virtual assistant for customer emails.'])('is still missing until its blanks are filled: %s', (description) => {
    const draft = { description };
    const before = analyze(draft);
    for (const f of before.findings.filter((x) => sectionRules.includes(x.ruleId))) {
      const insert = f.suggestions.find((x) => x.kind === 'insert')!;
      const after = analyze(applySuggestion(draft, insert)!);
      expect([f.ruleId, after.checklist.find((c) => c.ruleId === f.ruleId)!.status]).toEqual([f.ruleId, 'missing']);
    }
  });

  it("counts the client's own words in brackets: a one-word tag, a Markdown link", () => {
    for (const description of ['Pixel artist wanted for our game [ Rev-Share ]', 'Payment: [paid per milestone](https://example.com/terms).']) {
      expect(itemOf({ description }, 'budget').status, description).toBe('met');
    }
  });

  it('says how many blanks are left, which the checklist does not count', () => {
    const blank = analyze({ description: 'Budget and payment:\n[fixed price $N / $N–$N per hour], [paid per milestone on approval / paid weekly].\nTimeline: by [date].' });
    expect(blank.unfilled?.count).toBe(3);
    expect(blank.unfilled?.examples).toEqual(['[fixed price $N / $N–$N per hour]', '[paid per milestone on approval / paid weekly]', '[date]']);
    expect(analysisNotes(blank)).toContain(blank.unfilled!.note);
    expect(blank.unfilled!.note).toMatch(/^3 bracketed phrases look like blanks to fill in \(\[fixed price/);
    // The client's own words in brackets are not blanks.
    for (const description of ['Pixel artist wanted [ Rev-Share ] [Paid]', 'See [our trailer](https://example.com/t). [login to view URL]', 'No brackets at all.']) {
      expect(analyze({ description }).unfilled, description).toBeUndefined();
    }
  });

  it("reads a title's bracketed tags as the client's words: templates never write to the title", () => {
    const result = analyze({ title: '[LFA] 2D artist for our RTS game [75$ budget]', description: 'Draw 10 unit sprites.' });
    expect(result.checklist.find((c) => c.section === 'budget')!.evidence.map((e) => e.text)).toEqual(['75$']);
    expect(result.unfilled).toBeUndefined();
  });

  it('is met once the blanks are filled', () => {
    const draft = { description: 'Budget and payment:\n$500 fixed price, paid per milestone on approval.' };
    expect(itemOf(draft, 'budget').status).toBe('met');
    const blank = { description: 'Budget and payment:\n[fixed price $N / $N–$N per hour], [paid per milestone on approval / paid weekly].' };
    expect(itemOf(blank, 'budget').status).toBe('missing');
  });

  it("is met once the acceptance template's definition of done is written in the client's words", () => {
    const draft = { description: 'Add subscriptions to our tea store.' };
    const insert = analyze(draft).findings.find((f) => f.ruleId === 'missing-acceptance-criteria')!.suggestions.find((s) => s.kind === 'insert')!;
    const inserted = applySuggestion(draft, insert)!.description;
    expect(inserted).toContain('Done when: [');
    const filled = inserted.replace(/Done when: \[[^\]]*\]\./, 'Done when: a test subscription renews in the Shopify admin.');
    const acceptance = (description: string) => itemOf({ description }, 'acceptance');
    expect(acceptance(inserted).status).toBe('missing');
    expect(acceptance(filled).status).toBe('met');
    expect(acceptance(filled).evidence.map((e) => e.text)).toEqual(['Acceptance criteria:', 'Done when:']);
  });
});

import { blockInsertion } from '../../src/core';

describe('blockInsertion', () => {
  it.each([
    ['', undefined, { at: 0, text: 'B' }],
    ['abc', undefined, { at: 3, text: '\n\nB' }],
    ['abc\n', undefined, { at: 4, text: '\nB' }],
    ['abc\n\n', undefined, { at: 5, text: 'B' }],
    ['abc def', 3, { at: 3, text: '\n\nB\n\n' }],
    ['abc\n\ndef', 5, { at: 5, text: 'B\n\n' }],
  ])('%j at %s', (text, at, expected) => {
    expect(blockInsertion(text, 'B', at)).toEqual(expected);
  });
});


describe('patterns and the typographic apostrophe', () => {
  it('match ’ wherever they say \'', () => {
    expect(eitherApostrophe(String.raw`\bdon'?t\b`)).toBe(String.raw`\bdon['’]?t\b`);
    expect(eitherApostrophe(String.raw`[\w'-]+`)).toBe(String.raw`[\w'’-]+`);
    expect(eitherApostrophe(String.raw`a\'b`)).toBe(String.raw`a\'b`);
    const found = (description: string) => analyze({ description }).findings.some((f) => f.ruleId === 'hostile-tone');
    expect(found('Don’t bother applying.')).toBe(true);
    expect(found("Don't bother applying.")).toBe(true);
  });
});
