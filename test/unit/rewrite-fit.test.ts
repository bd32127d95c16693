/**
 * Rewrites fit the sentence they land in: applied, none leaves "a  of", "ChatGPT, )", "proposal..", a sentence in the
 * middle of another or a link cut in two (`src/core/rules/fit-helpers.ts`), and the checks whose rewrites were
 * written for the phrase alone now word them for where it stands.
 */
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, shownRewrite, type Draft } from '../../src/core';
import { fitRewrites } from '../../src/core/rules/fit-helpers';
import { linkRanges } from '../../src/core/text/links';
import { misfitsOf } from '../../scripts/rewrite-misfits';

/** Each edit a check offers on a draft, applied: [check, flagged text, the part's text after]. */
function applied(draft: Draft, ruleId?: string): Array<[string, string, string]> {
  const rows: Array<[string, string, string]> = [];
  for (const f of analyze(draft).findings) {
    if (ruleId && f.ruleId !== ruleId) continue;
    for (const s of f.suggestions) {
      if (s.kind !== 'edit') continue;
      const next = applySuggestion(draft, s, { expected: f.actual });
      rows.push([f.ruleId, f.actual!, (s.part === 'title' ? next?.title : next?.description) ?? '(refused)']);
    }
  }
  return rows;
}

/** Fit the options of the match `phrase` (its first occurrence) in `text`, and apply each. */
function fit(text: string, phrase: string, options: string[], extra: Partial<Parameters<typeof fitRewrites>[0]> = {}): (string | null)[] {
  const start = text.indexOf(phrase);
  const fitted = fitRewrites({ text, start, end: start + phrase.length, ...extra }, options);
  return fitted.texts.map((t) => (t === null ? null : text.slice(0, fitted.start) + t + text.slice(fitted.end)));
}

describe('fitting a rewrite to its sentence', () => {
  it('removes the last item of a list with its comma, and keeps a full stop that ends the sentence', () => {
    expect(fit('Use AI tools (Copilot, ChatGPT, etc.) daily.', 'etc.', ['and [more]', ''], { removal: 'tail' })).toEqual([
      'Use AI tools (Copilot, ChatGPT, and [more]) daily.',
      'Use AI tools (Copilot, ChatGPT) daily.',
    ]);
    expect(fit('Puzzle games, card games etc. Please apply.', 'etc.', ['and [more]', ''], { removal: 'tail' })).toEqual([
      'Puzzle games, card games and [more]. Please apply.',
      'Puzzle games, card games. Please apply.',
    ]);
  });

  it('removes a word that modifies the next with one space, and a clause only where it stands apart', () => {
    expect(fit('You are a rockstar programmer.', 'rockstar', ['senior', ''], { removal: 'modifier' })).toEqual(['You are a senior programmer.', 'You are a programmer.']);
    expect(fit('Help us with a quick task on our app.', 'quick task', ['[N]-hour task', ''])).toEqual(['Help us with a [N]-hour task on our app.', null]);
    expect(fit('Fix the form, probably an hour.', 'probably an hour', [''])).toEqual(['Fix the form.']);
    expect(fit('Fix the form. Should be easy. Thanks', 'Should be easy', [''])).toEqual(['Fix the form. Thanks']);
  });

  it('puts a rewrite written as a sentence where a clause stood as a clause, without a second full stop', () => {
    const sentence = 'Please include [X] in your proposal.';
    expect(fit('No agencies, no time wasters.', 'no time wasters', [sentence])).toEqual(['No agencies, please include [X] in your proposal.']);
    expect(fit('Build it. No time wasters. We pay weekly.', 'No time wasters', [sentence])).toEqual(['Build it. Please include [X] in your proposal. We pay weekly.']);
    expect(fit('Build it.\nNo time wasters', 'No time wasters', [sentence])).toEqual(['Build it.\nPlease include [X] in your proposal.']);
  });

  it('replaces a link the match cuts whole, and fills a blank the client left rather than bracketing it again', () => {
    const text = 'Apply here: https://forms.example.com/f/123 today';
    expect(fit(text, 'example.com/', ['[apply on the platform]'], { links: linkRanges(text) })).toEqual(['Apply here: [apply on the platform] today']);
    expect(fit('Send it to [your email address] now.', 'your email address', ['[message me here]'])).toEqual(['Send it to [message me here] now.']);
  });
});

describe('a fitted rewrite as a surface shows it', () => {
  it('leaves out the separators it takes with it, and shows nothing (the label) for a removal that keeps a full stop', () => {
    const edit = (text: string) => shownRewrite({ kind: 'edit', label: 'Remove', part: 'description', range: { start: 0, end: 1 }, text });
    expect([', and [name the remaining items].', 'Senior [stack] ', '.', ''].map(edit)).toEqual(['and [name the remaining items].', 'Senior [stack]', '', '']);
  });
});

describe('the checks’ rewrites in their sentences', () => {
  // Drafts written for this test, each holding phrases whose rewrites broke their sentence before.
  const drafts: Draft[] = [
    { description: 'Build a Flutter app. Use AI tools (Copilot, ChatGPT, etc.) for coding. Puzzle games, card games etc. Please apply.' },
    { title: 'Vue developer wanted for Quick Task (web & mobile)', description: 'We want a Vue developer for a small task. This is a simple task for an experienced developer.' },
    { description: 'Fix my contact form. This should be super easy, probably takes 30 minutes. It won’t take long.' },
    { description: 'Build a landing page. Late applications will be rejected. Proposals that skip the code word will be ignored.' },
    { description: 'Build a landing page. If you cannot start this week, please do not apply. Do not apply if you cannot write tests, thanks.' },
    { description: 'Build a landing page. No agencies, no beginners, no time wasters.' },
    { title: 'Rockstar developer for our store', description: 'If you are a rockstar programmer, build our store.' },
    { description: 'Build our CRM. Apply here: https://forms.office.com/e/8cq-123 today, or email me at [your email address].' },
    { description: 'Designer needed for low budget flyers. My budget is tight. Freelancers at cheap rates welcome.' },
    { description: 'Fix a typo on my site. How much would it cost?' },
    { description: 'Our shop sells mugs, prints, stickers and more. Fix bugs as needed.' },
    { description: 'We want a modern UI/UX and a user-friendly dashboard. It must have a user-friendly interface.' },
    { description: 'Translate our app. First there is a short free test to check your style.' },
    { description: 'Design our mascot. We will not pay for the test designs you send first.' },
    { description: 'Can you take on this urgent fix for our checkout?' },
    { description: 'We need a designer to urgently redraw our bakery logo.' },
    { description: 'Design a flyer for our bakery, please if you cannot draw dont bother so we dont waste our time.' },
    { description: 'Our menu has cakes, pies and etc. Build the page.' },
    { description: 'Build a user-friendly pet grooming booking app. Add a fast and user-friendly checkout. Make a user-friendly and engaging quiz.' },
    { description: 'We want an easy-to-use mobile app for dog walkers. Make the admin easy-to-use.' },
  ];

  it('leave no mark of a rewrite that does not fit', () => {
    for (const draft of drafts) {
      for (const f of analyze(draft).findings) {
        for (const s of f.suggestions) {
          if (s.kind !== 'edit') continue;
          const text = (s.part === 'title' ? draft.title : draft.description) ?? '';
          expect([f.ruleId, f.actual, s.text, misfitsOf(text, s.range, s.text)]).toEqual([f.ruleId, f.actual, s.text, []]);
        }
      }
    }
  });

  it('state a size where the work was talked down, in the phrase’s own grammar', () => {
    const rows = applied(drafts[2]!, 'effort-minimizing').map(([, , after]) => after);
    expect(rows).toEqual([
      'Fix my contact form. This should take about [N] hours, probably takes 30 minutes. It won’t take long.',
      'Fix my contact form. This should be super easy, takes about [N] hours. It won’t take long.',
      'Fix my contact form. This should be super easy, probably takes 30 minutes. It will take about [N] hours.',
    ]);
    expect(applied(drafts[1]!, 'effort-minimizing').map(([, actual, after]) => [actual, after])).toEqual([
      ['Quick Task', 'Vue developer wanted for [N]-hour task (web & mobile)'],
      ['small task', 'We want a Vue developer for a [N]-hour task. This is a simple task for an experienced developer.'],
      ['simple task', 'We want a Vue developer for a small task. This is a [N]-hour task for an experienced developer.'],
    ]);
  });

  it('say a threat as what is not considered, and a gate as who should apply', () => {
    expect(applied(drafts[3]!, 'hostile-tone').map(([, , after]) => after)).toEqual([
      'Build a landing page. Late applications will not be considered. Proposals that skip the code word will be ignored.',
      'Build a landing page. Late applications will be rejected. Proposals that skip the code word will not be considered.',
    ]);
    expect(applied(drafts[4]!, 'hostile-tone').map(([, , after]) => after)).toEqual([
      'Build a landing page. Apply only if you can start this week. Do not apply if you cannot write tests, thanks.',
      'Build a landing page. If you cannot start this week, please do not apply. Apply only if you can write tests, thanks.',
    ]);
  });

  it('name the budget or what else is judged in the phrase’s own grammar, where one sentence stood for every phrase', () => {
    expect(applied(drafts[8]!, 'price-only-criteria').map(([, actual, after]) => [actual, after])).toEqual([
      ['low budget', 'Designer needed for $[amount]-budget flyers. My budget is tight. Freelancers at cheap rates welcome.'],
      ['budget is tight', 'Designer needed for low budget flyers. My budget is $[amount]. Freelancers at cheap rates welcome.'],
      ['Freelancers at cheap rates', 'Designer needed for low budget flyers. My budget is tight. Freelancers at an hourly rate of $[N] welcome.'],
    ]);
    expect(applied(drafts[9]!, 'price-only-criteria').map(([, , after]) => after)).toEqual(['Fix a typo on my site. How much would it cost, and [links to 2–3 similar projects]?']);
  });

  it('name the rest of a list, and cap the time of work done as needed without moving the phrase', () => {
    expect(applied(drafts[10]!, 'open-ended-scope').map(([, , after]) => after)).toEqual([
      'Our shop sells mugs, prints, stickers and [name the rest]. Fix bugs as needed.',
      'Our shop sells mugs, prints, stickers and more. Fix bugs as needed, up to [N] hours a week.',
    ]);
  });

  it('say what a vague adjective describes before the reference or measure it needs', () => {
    expect(applied(drafts[11]!, 'vague-language').map(([, actual, after]) => [actual, after])).toEqual([
      ['modern UI/UX', 'We want a UI/UX in the style of [2–3 reference sites] and a user-friendly dashboard. It must have a user-friendly interface.'],
      ['user-friendly dashboard', 'We want a modern UI/UX and a dashboard usable by [who] to [task] in [N] steps. It must have a user-friendly interface.'],
      ['user-friendly interface', 'We want a modern UI/UX and a user-friendly dashboard. It must have a [N]-step interface that [who] can use to [task].'],
    ]);
  });

  it('make an unpaid test paid without a second article or a clause lost', () => {
    expect(applied(drafts[12]!, 'unpaid-test').map(([, , after]) => after)).toEqual(['Translate our app. First there is a short paid test task ($[amount], about [N] hours) to check your style.']);
    expect(applied(drafts[13]!, 'unpaid-test').map(([, , after]) => after)).toEqual(['Design our mascot. We will pay $[amount] for the test designs you send first.']);
  });

  it('say when an urgent thing is due after the thing', () => {
    expect(applied(drafts[14]!, 'asap-deadline').map(([, , after]) => after)).toEqual([
      'Can you take on this fix due by [date] for our checkout?',
      'Can you take on this fix due within [N] days for our checkout?',
    ]);
  });

  it('put the date after the verb that "urgently" stood before', () => {
    expect(applied(drafts[15]!, 'asap-deadline').map(([, actual, after]) => [actual, after])).toEqual([
      ['urgently redraw', 'We need a designer to redraw by [date] our bakery logo.'],
      ['urgently redraw', 'We need a designer to redraw within [N] days our bakery logo.'],
    ]);
  });

  it('say no word twice, and leave no "and" with nothing after it', () => {
    expect(applied(drafts[16]!, 'hostile-tone').map(([, , after]) => after)).toEqual(['Design a flyer for our bakery, please include [X] in your proposal.']);
    expect(applied(drafts[17]!, 'vague-language').map(([, , after]) => after)).toEqual(['Our menu has cakes, pies and [name the remaining items]. Build the page.', 'Our menu has cakes, pies. Build the page.']);
  });

  it('keep "user-friendly" an adjective where its thing is not named, and move the thing where it is', () => {
    expect(applied(drafts[18]!, 'vague-language').map(([, actual, after]) => [actual, after.split('. ')[['user-friendly pet grooming booking app', 'user-friendly checkout', 'user-friendly'].indexOf(actual)]])).toEqual([
      ['user-friendly pet grooming booking app', 'Build a pet grooming booking app usable by [who] to [task] in [N] steps'],
      ['user-friendly checkout', 'Add a fast and [who]-friendly ([task] in [N] steps) checkout'],
      ['user-friendly', 'Make a [who]-friendly ([task] in [N] steps) and engaging quiz.'],
    ]);
  });

  it('measure "easy-to-use" in brackets after its thing, which then reads as measured', () => {
    const rows = applied(drafts[19]!, 'vague-language');
    expect(rows.map(([, actual, after]) => [actual, after])).toEqual([
      ['easy-to-use mobile app', 'We want an easy-to-use mobile app ([who] can [task] in [N] steps) for dog walkers. Make the admin easy-to-use.'],
      ['easy-to-use', 'We want an easy-to-use mobile app for dog walkers. Make the admin usable by [who] to [task] in [N] steps.'],
    ]);
    const measured = analyze({ description: rows[0]![2] }).findings.filter((f) => f.ruleId === 'vague-language').map((f) => f.actual);
    expect(measured).toEqual(['easy-to-use']);
  });

  it('replace an application form’s whole address', () => {
    const link = applied(drafts[7]!, 'off-platform-contact').filter(([, actual]) => actual.includes('office.com'));
    expect(link).toEqual([['off-platform-contact', 'Apply here: https://forms.office.com/e/8cq-123', 'Build our CRM. Apply here on the platform today, or email me at [your email address].']]);
  });
});
