/**
 * The phrase rules of the two judged sections, read apart from the judgement. Their rule-table examples are not enough
 * here: the checks' example drafts train the models eight times over, so a broken phrase rule would still see its example
 * judged as written. These read the rules' own evidence, which is what the models weigh and what a user is shown.
 */
import { describe, expect, it } from 'vitest';
import { contextRuleEvidence } from '../../src/core/rules/missing-context';
import { deliverablesEvidence } from '../../src/core/rules/missing-deliverables';
import { Doc } from '../../src/core/text/doc';

const contextQuotes = (description: string, title = '') => contextRuleEvidence(new Doc({ title, description })).map((e) => e.text);
const deliverablesQuotes = (description: string) => deliverablesEvidence(new Doc({ description })).map((e) => e.text);

describe('context: the phrase rules', () => {
  it('take the client’s thing shown to exist by a problem in it, changes asked of it, or its growth', () => {
    expect(contextQuotes('Small site fix. There is a problem in my website header.')).toEqual(['problem in my website']);
    expect(contextQuotes('Could I pay you to make some changes to the script?', 'Can you customize this script for my shop?')).toEqual(['customize this script', 'changes to the script']);
    expect(contextQuotes('Marketer to lead the promotion and growth of our Android app.')).toEqual(['promotion and growth of our Android app']);
  });

  it('take who the client is in so many words, and what it holds, counted or by its system', () => {
    expect(contextQuotes('I work for corporate Conde Nast and we need a contractor.')).toEqual(['work for corporate Conde']);
    expect(contextQuotes('Help me, a one-person business, use AI for marketing.')).toEqual(['one-person business']);
    expect(contextQuotes('Optimise stock levels across 3,000+ Amazon listings.')).toEqual(['3,000+ Amazon listings']);
    expect(contextQuotes('Build a churn report in Power BI, leveraging data from Postgres.')).toEqual(['leveraging data from Postgres']);
    // data the work moves is no background
    expect(contextQuotes('Store data in Airtable with custom fields. Extract data from Google Analytics.')).toEqual([]);
  });

  it('count an existing product named before what is said of it, and leave idioms, needs and boilerplate', () => {
    expect(contextQuotes('Our cofounder says the existing code will be shared privately.')).toEqual(['existing code will be shared privately']);
    expect(contextQuotes('Stay current with industry trends and best practices.')).toEqual([]);
    expect(contextQuotes('Deliver a voice agent that meets current project requirements.')).toEqual([]);
    expect(contextQuotes('Integration with existing systems is needed.')).toEqual([]);
    expect(contextQuotes("I've got a task for you. We've got a lot of people already.")).toEqual([]);
    // (a named system after "with" is the client's: only the generic kind is boilerplate)
    expect(contextQuotes('Connect the portal to existing clinic scheduling software through its API.')).toEqual(['existing clinic scheduling software']);
  });

  it('take a company by who started it, a product for small and medium-sized businesses, and a core already built', () => {
    expect(contextQuotes('The San Diego based Internet company I started is hiring a developer.')).toEqual(['Internet company I started']);
    expect(contextQuotes('Create an AI invoicing platform tailored for small and medium-sized clinics.')).toEqual(['platform tailored for small and medium-sized clinics']);
    expect(contextQuotes('The main part of the app is completed in Replit.')).toEqual(['is completed']);
    // …but not work to be completed, nor what the work will improve, named generically
    expect(contextQuotes('Payment is released when the work is completed.')).toEqual([]);
    expect(contextQuotes('Provide insights that enhance our marketing strategies and product offerings.')).toEqual([]);
  });

  it('take work to follow the client’s design, data it holds, the tools it utilizes and its job search, but not a design in mind', () => {
    expect(contextQuotes('Build the site as per our instructions, design, and images.')).toEqual(['per our instructions, design']);
    expect(contextQuotes('Test sync features based on our data models.')).toEqual(['based on our data models']);
    expect(contextQuotes('We utilize Alchemy for querying chain data.')).toEqual(['We utilize Alchemy for querying chain data']);
    expect(contextQuotes('I have a specific design in mind.')).toEqual([]);
    expect(contextQuotes('I already have a specific design in mind.')).toEqual([]);
    expect(contextQuotes('Set the price as per our budget.')).toEqual([]);
    // the client as a job seeker, but not what a product's users type
    expect(contextQuotes('I am seeking a job in the renewable energy sector.')).toEqual(['I am seeking a job in the renewable energy sector']);
    expect(contextQuotes('The chatbot delivers pertinent information based on the provided input.')).toEqual([]);
  });

  it('take a thing by how far it is, by being up, set up, ported or finalized, by its files, but not the applicant’s work', () => {
    expect(contextQuotes('Urgent: 95% app already complete.')).toEqual(['95% app already complete']);
    expect(contextQuotes('It’s a slot machine game and it’s about 60% done.')).toEqual(['60% done']);
    expect(contextQuotes('We need the complete app build 100% ready.')).toEqual([]);
    expect(contextQuotes('I have my project running but I have to add a Firebase account.')).toEqual(['I have my project running']);
    expect(contextQuotes('I have already set up the Goerli test environment.')).toEqual(['I have already set up the Goerli test environment']);
    expect(contextQuotes('The design is already completed.')).toEqual(['already completed']);
    expect(contextQuotes('Reply with some terrain work you’ve already completed.')).toEqual([]);
    expect(contextQuotes('I have PSD files. Convert them.')).toEqual(['I have PSD files']);
    expect(contextQuotes('Port a successful iOS puzzle game written in Swift to Android.')).toEqual(['Port a successful iOS puzzle game']);
    expect(contextQuotes('Help finalize a project utilizing Google Street View.')).toEqual(['finalize a project']);
    // data compiled or files uploaded already, data the client will send, and a company that "seeks"
    expect(contextQuotes('The financial data is already compiled; I need it structured.')).toEqual(['already compiled']);
    expect(contextQuotes('Reply with the data you have already collected.')).toEqual([]);
    expect(contextQuotes('I have already uploaded all the images and set up the tables.')).toEqual(['I have already uploaded all the images']);
    expect(contextQuotes('I have uploaded an image of the interference.')).toEqual([]);
    expect(contextQuotes('We will send over 3-5 data sources and you will update the reports.')).toEqual(['send over 3-5 data sources']);
    expect(contextQuotes('Large film production company seeks a seasoned web developer.')).toEqual(['Large film production company seeks']);
    // whom a site is for
    expect(contextQuotes('The website is for a veterinary company, it should list services.')).toEqual(['is for a veterinary company']);
  });

  it('take who the client is said in passing, what the work is for, what it tried, whom it sells through and what runs, but not what it merely has', () => {
    expect(contextQuotes('As the owner of an AI automation agency, I need hands-on help.')).toEqual(['the owner of an AI automation agency']);
    expect(contextQuotes('Create a churn cohort analysis for a lending company. It is for investment purposes.')).toEqual(['a lending company', 'It is for investment purposes']);
    expect(contextQuotes('Cron job for a game page. Everything I have tried shows the link twice.')).toEqual(['Everything I have tried']);
    expect(contextQuotes('A web page to display product information for my distributors.')).toEqual(['my distributors']);
    expect(contextQuotes('I have paid more than 40k+ USD to freelancers in the last year.')).toEqual(['I have paid more than 40k+ USD']);
    expect(contextQuotes('I need to install BigBlueButton on my server.')).toEqual(['on my server']);
    expect(contextQuotes("Whenever I register, the app throws an 'Alert: Please Select User' error.")).toEqual(["throws an 'Alert: Please Select User' error"]);
    // a budget or open positions held, a want, the applicant's solution, one for sale, many projects
    expect(contextQuotes('I have a max budget of $400. We have two positions available. I am wanting an app.')).toEqual([]);
    expect(contextQuotes('If you have an existing solution, or can build or sell us an already built app, apply.')).toEqual([]);
    expect(contextQuotes('I have 4 dev openings in Denver. I have many projects on web development.')).toEqual([]);
  });

  it('end a quote at a list’s next item, but keep a heading’s first item', () => {
    expect(contextQuotes('Features:\n-Reskin the existing Sudoku game\n-Three difficulty levels')).toEqual(['existing Sudoku game']);
    expect(deliverablesQuotes('Project Scope:\n\nMilestone 1:\n* Develop a working chatbot UI in SwiftUI')).toEqual(['Project Scope:', 'Milestone 1:\n* Develop a working chatbot UI in SwiftUI']);
  });
});

describe('deliverables: the phrase rules', () => {
  it('take a copy of a linked site, things moved to a new home, a migration from two named things, and deliverables included', () => {
    expect(deliverablesQuotes('Need to clone this site https://example.com/template')).toEqual(['clone this site']);
    expect(deliverablesQuotes('I need 3 apps on both stores to be transferred to a new account.')).toEqual(['transferred to a new account']);
    expect(deliverablesQuotes('Help moving our existing codebase from JavaScript and jQuery to Remix.')).toEqual(['moving our existing codebase from JavaScript and jQuery to Remix']);
    // deliverables said to be included, mid-paragraph
    expect(deliverablesQuotes('Best depot sites. Deliverables will include a detailed route map and a short memo.')).toEqual(['Deliverables will include a detailed route map']);
    // a span of duties is no migration
    expect(deliverablesQuotes('HR generalist handling everything from recruitment and onboarding to performance.')).toEqual([]);
  });
});
