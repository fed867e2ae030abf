// English attribution patterns, variants and decoys (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { find, outletIds, patterns, run, runText } from './helpers';

describe('English patterns', () => {
  it('byline_via: "By X, Gulf News" on another site, "By Reuters"', () => {
    expect(patterns(runText('Markets slide\n\nBy Reuters\n\nStocks fell on Monday.'), 'reuters')).toEqual(['byline_via']);
    const a = runText('Markets slide\n\nBy Sara Khan, Gulf News\n\nStocks fell on Monday.', { url: 'https://www.gulfnews.com/x' });
    expect(a.attributions).toEqual([]);
    expect(a.hostOutlet?.id).toBe('gulf-news');
    // "PA" is the British agency after a reporter's name in a byline, and the Palestinian Authority in the body.
    const pa = runText('Pension age to rise\n\nBy Harry Conway, PA Political Staff\n\nThe state pension age will rise, the minister said. The PA said it would respond.', { url: 'https://www.standard.co.uk/news/x' });
    expect(pa.attributions.map((x) => [x.pattern, x.outlet.id])).toEqual([['byline_via', 'pa-media']]);
    expect(runText('Talks resume\n\nBy Sara Khan\n\nThe PA said on Monday it would attend the talks.').attributions).toEqual([]);
    // ... or as the desk: "By PA Reporters".
    const desk = runText('Budget\n\nBy PA Reporters\n\nThe chancellor will raise taxes, officials said.', { url: 'https://www.independent.co.uk/x' });
    expect(desk.attributions.map((x) => [x.pattern, x.outlet.id])).toEqual([['byline_via', 'pa-media']]);
  });
  it('according_to: according to, citing, as quoted by, per', () => {
    expect(patterns(run('According to Reuters, the talks collapsed.'), 'reuters')).toEqual(['according_to']);
    expect(patterns(run('The deal is worth $2bn, as quoted by the BBC.'), 'bbc')).toEqual(['according_to']);
    expect(patterns(run('The toll rose to 40, according to an AFP tally.'), 'afp')).toEqual(['according_to']);
  });
  it('reported_by: subject first, with auxiliaries, appositions and inversions', () => {
    expect(patterns(run('Reuters reported that the plant closed.'), 'reuters')).toEqual(['reported_by']);
    expect(patterns(run('The Guardian alleged that the firm had misled investors.'), 'the-guardian')).toEqual(['reported_by']);
    expect(patterns(run("The Guardian's military correspondent Amos Harel wrote that the plan was ready."), 'the-guardian')).toEqual(['reported_by']);
    expect(patterns(run('The New York Times has reported that the talks stalled.'), 'new-york-times')).toEqual(['reported_by']);
    expect(patterns(run('Bloomberg, the financial news agency, said the fund was sold.'), 'bloomberg')).toEqual(['reported_by']);
    expect(patterns(run('The merger was delayed, reported The Guardian.'), 'the-guardian')).toEqual(['reported_by']);
  });
  it('published_by: published by, an article in, in an op-ed for', () => {
    expect(patterns(run('In a report published by the Financial Times, analysts warned of a slowdown.'), 'financial-times')).toEqual(['published_by']);
    expect(patterns(run('The minister wrote in an op-ed for The Washington Post that aid was vital.'), 'washington-post')).toEqual(['published_by']);
    expect(patterns(run('An article in The Sun claimed the coach was leaving.'), 'the-sun')).toEqual(['published_by']);
  });
  it('wire_dateline: "BEIRUT (AP) —", "(Bloomberg) --"', () => {
    expect(patterns(run('BEIRUT (AP) — Rescue teams worked through the night.'), 'ap')).toEqual(['wire_dateline']);
    expect(patterns(run('(Bloomberg) -- Oil rose for a third day.'), 'bloomberg')).toEqual(['wire_dateline']);
  });
  it('interview_with: told the BBC, in an interview with, speaking to, told Reuters', () => {
    expect(patterns(run('The mayor told the BBC that funding was short.'), 'bbc')).toEqual(['interview_with']);
    expect(patterns(run('In an interview with CNN, the senator defended the bill.'), 'cnn')).toEqual(['interview_with']);
    expect(patterns(run('Speaking to Reuters, a diplomat said talks would resume.'), 'reuters')).toEqual(['interview_with']);
  });
  it('a broadcast opening the sentence frames what its guest said there: "On ABC\'s "This Week," …", "On CNN, …"', () => {
    expect(patterns(run('On CNN\'s "State of the Union," the adviser declined to confirm the deadline.'), 'cnn')).toEqual(['interview_with']);
    expect(patterns(run('On CNN, the adviser declined to confirm the deadline.'), 'cnn')).toEqual(['interview_with']);
    // Not in mid-sentence, and not a day.
    expect(run('The adviser declined to comment on CNN, which had asked.').attributions).toEqual([]);
    expect(run('On Monday, the adviser declined to confirm the deadline.').attributions).toEqual([]);
  });
  it('not sources: media that are the news ("Broadcasters, including CBC, received …"), a surname seen in full before, an institution with a media word', () => {
    expect(run('Broadcasters, including the BBC, received a separate share of the fund.').attributions).toEqual([]);
    expect(outletIds(run('Several media outlets, including the BBC, reported that the fund was capped.'))).toEqual(['bbc']);
    expect(run('Meteorologist Aaron Metro said the band was stuck. Metro said it could drift north.').attributions).toEqual([]);
    expect(outletIds(run('The band was stuck, the forecaster said. Metro said it could drift north.'))).toEqual(['metro-uk']);
    expect(run('The Post Office has confirmed that 24 branches will close.').attributions).toEqual([]);
  });
  it('a wire named in capitals after the last sentence is its credit: "… citing one of the officials. REUTERS"', () => {
    const a = run('The quota may be cut to 200 litres, the official said.\n\nAny change would be announced a month ahead, the ministry said. REUTERS');
    expect(a.attributions.map((x) => [x.pattern, x.outlet.id])).toEqual([['other', 'reuters']]);
    // Mid-story, or in ordinary case, it is not.
    expect(run('The quota may be cut. REUTERS reporters saw long queues.\n\nThe ministry said nothing.').attributions.map((x) => x.pattern)).not.toContain('other');
  });
  it('a nationality before a head noun is what the paper is, not its name: "The Malaysian daily said", "the Thai broadcaster"', () => {
    expect(run('Johor officials, the Malaysian daily said, were considering longer hours.').attributions.map((x) => x.outlet.name)).not.toContain('Malaysian');
    expect(run('The border, the Thai broadcaster reported, was closed.').attributions.map((x) => x.outlet.name)).not.toContain('Thai');
  });
  it('A cites B: "Reuters, citing the Financial Times" makes the FT the original', () => {
    const a = run('The fund is selling a stake, Reuters reported, citing the Financial Times.');
    expect(outletIds(a)).toEqual(['financial-times', 'reuters']);
    expect(a.originalOutlet?.id).toBe('financial-times');
    // The cited outlet behind a report noun: "CNN, citing a report in Axios, said".
    const b = run('Leaders delayed the vote.\n\nCNN, citing a report in Axios, said aides lacked the votes. Per Axios, talks went on overnight.');
    expect(b.originalOutlet?.id).toBe('axios');
  });
  it('"The Associated Press contributed to this report" is a hand in the story, not its source', () => {
    const own = ['Xcel cut power to 50,000 homes on Monday as winds rose.', 'Crews waited for the gusts to ease before checking the lines.', 'Schools in three districts closed early.'];
    const text = `Winds force shutoffs\n\nBy Jane Roe\n\n${own.join('\n\n')}\n\nThe Associated Press reported that other utilities did the same.\n\nThe Associated Press contributed to this report.`;
    expect(runText(text, { url: 'https://www.denverpost.com/x' }).originalOutlet).toBeNull();
    // A wire credit in the byline is the copy's source.
    expect(runText(text.replace('By Jane Roe', 'By Jane Roe, Associated Press'), { url: 'https://www.denverpost.com/x' }).originalOutlet?.id).toBe('ap');
  });
  it('wire relays: the outlet cited in the wire lede is the original', () => {
    const a = runText('Fund sells stake - FT\n\nBy Reuters\n\nDUBAI (Reuters) - The fund is in talks to sell a stake, the Financial Times reported on Tuesday.', { url: 'https://gulfnews.com/x' });
    expect(a.originalOutlet?.id).toBe('financial-times');
    expect(a.chain.map((o) => o.id)).toEqual(['gulf-news', 'reuters', 'financial-times']);
  });
});

describe('headline closers', () => {
  it('an outlet closing the headline after a colon is a label; an everyday word there is not', () => {
    const a = runText('Talks stall over border deal: Reuters\n\nBy Jane Roe\n\nThe talks stalled on Monday, officials said.');
    expect(patterns(a, 'reuters')).toEqual(['other']);
    expect(runText('Why the rent keeps rising: The Times\n\nBy Jane Roe\n\nRents rose again.').attributions).toEqual([]);
  });
});

describe('English variants and decoys', () => {
  it('everyday-word names need capitals and context', () => {
    const decoys = [
      'Prices rise at times of crisis.',
      'The metro mayor announced new buses.',
      'An independent review found no wrongdoing.',
      'The sun rose over Capitol Hill.',
    ];
    for (const d of decoys) expect(outletIds(run(d)), d).toEqual([]);
    expect(outletIds(run('The Sun reported that the coach had resigned.'))).toEqual(['the-sun']);
    expect(outletIds(run('According to the Times, the minister will resign.'))).toEqual(['the-times']);
  });
  it('the host citing itself and photo credits are not attributions', () => {
    expect(run('Metro understands the deal is done.', { url: 'https://metro.co.uk/x' }).attributions).toEqual([]);
    expect(run('Photo: AFP\n\nThe president arrived.').attributions).toEqual([]);
  });
  it('anaphora: the newspaper said, the agency said, the report said', () => {
    const a = run('The Financial Times reported the sale. The newspaper said the price was high.');
    expect(patterns(a, 'financial-times')).toEqual(['reported_by', 'reported_by']);
    const b = run('Reuters reported the strike. The agency said ports were closed.');
    expect(find(b, 'reuters').length).toBe(2);
    expect(find(run('Reuters reported the strike.\n\nThe report said ports were closed.'), 'reuters').length).toBe(2);
    // A report named since the outlet is the one meant: "a report by the regulator found … The report warned".
    expect(find(run('The minister told Reuters the plan was sound.\n\nA report by the energy regulator found costs had doubled.\n\nThe report, published on Tuesday, warned of delays.'), 'reuters').length).toBe(1);
  });
  it('anaphora through a descriptive compound: "the Saudi-owned broadcaster", "the London-based daily", "the pan-Arab newspaper"', () => {
    const a = run('Al Arabiya reported the talks had stalled. The Saudi-owned broadcaster said the envoy would return.');
    expect(patterns(a, 'al-arabiya')).toEqual(['reported_by', 'reported_by']);
    const b = run('Reuters reported the strike. The London-based daily, citing a Lebanese official, said the plan was dead.');
    expect(find(b, 'reuters').length).toBe(1);
    const c = run('Asharq Al-Awsat reported the visit. The pan-Arab newspaper added that a deal was close.');
    expect(find(c, 'asharq-al-awsat').length).toBe(2);
    // A compound before a noun that is not an outlet is no anaphor.
    expect(run('Reuters reported the strike. The Saudi-owned company said output fell.').attributions.length).toBe(1);
  });
  it('syndication credits name an unknown outlet: originally published by, first appeared on', () => {
    const a = run('The county closed the clinic.\n\nThis story was originally published by Valley Ledger.');
    expect(a.attributions[0]).toMatchObject({ pattern: 'other', outlet: { known: false, name: 'Valley Ledger' } });
    expect(run('The county closed the clinic.\n\nThis article first appeared on The Harbour Review.').attributions[0]?.outlet.name).toBe('The Harbour Review');
    // A date after the same words is no outlet.
    expect(run('The report was first published in March and revised in May.').attributions).toEqual([]);
  });
  it('nationality adjectives beyond the region settle the country of an unknown outlet', () => {
    expect(run('The Kenyan daily Nation Today reported that the vote was delayed.').attributions[0]?.outlet).toMatchObject({ known: false, country: 'KE' });
    expect(run('The Nigerian newspaper Lagos Sentinel reported that the vote was delayed.').attributions[0]?.outlet).toMatchObject({ known: false, country: 'NG' });
  });
  it('wire credits at the foot: "X writer Y contributed to this report", "Information from X was used in this report"', () => {
    expect(patterns(run('The ship left port.\n\nAssociated Press writer Wen Li in Beijing contributed to this report.'), 'ap')).toEqual(['byline_via']);
    expect(outletIds(run('The ship left port.\n\nInformation from Reuters was used in this report.'))).toEqual(['reuters']);
    expect(run('The ship left port.\n\nThe firm said it contributed to this report by giving data.').attributions).toEqual([]);
  });
  it('a city before the head noun describes the paper named before: "The São Paulo daily says"', () => {
    const a = run('In Britain, The Guardian leads with the talks. The London daily says the summit failed.');
    expect(patterns(a, 'the-guardian')).toEqual(['reported_by', 'reported_by']);
    expect(a.attributions.every((x) => x.outlet.known)).toBe(true);
  });
  it('press-review verbs: devoted, focused on, led with', () => {
    expect(patterns(run('State-owned Al-Ahram devoted almost its entire front page to the speech.'), 'al-ahram')).toEqual(['reported_by']);
    expect(patterns(run('The Financial Times focused on the numbers.'), 'financial-times')).toEqual(['reported_by']);
  });
  it('coordination with the preposition repeated: "by Reuters and later by the BBC"', () => {
    expect(outletIds(run('The plan was first reported by Reuters and later by the BBC.'))).toEqual(['bbc', 'reuters']);
  });
  it('unknown outlets after a nationality and a descriptor: "Swedish public broadcaster SVT", "Polish news portal Onet"', () => {
    expect(run('Swedish public broadcaster SVT reported that the player signed.').attributions[0]?.outlet).toMatchObject({ known: false, name: 'SVT', country: 'SE' });
    expect(run('Polish news portal Onet reported that the player signed.').attributions[0]?.outlet).toMatchObject({ known: false, name: 'Onet', country: 'PL' });
  });
  it('a possessive country settles a shared name: "Kuwait\'s Al-Watan"', () => {
    expect(outletIds(run("Kuwait's Al-Watan reported that the cabinet will resign."))).toEqual(['alwatan-kw']);
    expect(outletIds(run("Qatar's Al-Watan reported that the cabinet will resign."))).toEqual(['alwatan-qa']);
  });
  it('a surname that is also an outlet name is a person: "Michael Bloomberg said", "Mr Bloomberg"', () => {
    expect(run('Michael Bloomberg said he would fund the campaign. Mr Bloomberg declined to say more.').attributions).toEqual([]);
    expect(outletIds(run('Meanwhile Bloomberg reported the deal. Bloomberg said it was worth $2bn.'))).toEqual(['bloomberg']);
  });
  it('a staff member between the outlet and the verb: "BBC correspondent Lyse Doucet said"', () => {
    expect(patterns(run('BBC correspondent Lyse Doucet said the city was calm.'), 'bbc')).toEqual(['reported_by']);
  });
  it('an outlet among media: "Israeli media, including Channel 12", "plusieurs médias, dont BFMTV"', () => {
    expect(outletIds(run('The army would withdraw, according to British media, including the BBC.'))).toEqual(['bbc']);
    expect(outletIds(run('Le projet a été évoqué par plusieurs médias, dont BFMTV.'))).toEqual(['bfmtv']);
    expect(run('Several firms, including Reuters, cut jobs.').attributions).toEqual([]);
  });
  it('a wire credit whose lede reports another outlet relays it: the cited outlet is the original', () => {
    const a = runText('Bank weighs cuts\n\nBy Reuters\n\nLONDON, Nov 3 (Reuters) - The bank is weighing job cuts, the Financial Times reported on Monday.\n\nThe bank declined to comment.');
    expect(a.originalOutlet?.id).toBe('financial-times');
    expect(a.chain.map((o) => o.id)).toEqual(['reuters', 'financial-times']);
    // A lede with only the wire's own reporting keeps the wire as the source.
    expect(runText('Bank weighs cuts\n\nBy Reuters\n\nLONDON, Nov 3 (Reuters) - The bank is weighing job cuts, two sources said.').originalOutlet?.id).toBe('reuters');
  });
  it("an outlet's pages, staff and pieces after its possessive: front page, defence editor, a reporter's apposition", () => {
    expect(patterns(run("The Times's front page leads with the budget."), 'the-times')).toEqual(['reported_by']);
    expect(patterns(run("The Guardian's defence editor reported that troops moved."), 'the-guardian')).toEqual(['reported_by']);
    expect(patterns(run("The BBC's Jeremy Bowen, reporting from Jerusalem, said the cabinet met."), 'bbc')).toEqual(['reported_by']);
    expect(outletIds(run('As the BBC put it, the summit was a flop. In a documentary for CNN, the soldiers described the raid.'))).toEqual(['bbc', 'cnn']);
    expect(outletIds(run('Per a Bloomberg report, the cabinet met.'))).toEqual(['bloomberg']);
    // Possession alone is not a source.
    expect(run("The BBC's headquarters were evacuated.").attributions).toEqual([]);
  });
  it('editions, front pages, columns and commentaries name the paper that published them', () => {
    expect(outletIds(run('A column in the Times argued that rates would fall.'))).toEqual(['the-times']);
    expect(outletIds(run('On the front page of the Financial Times, the minister said rates would fall.'))).toEqual(['financial-times']);
    expect(outletIds(run('The Guardian carried a report on the raid. The BBC ran an interview with the minister.'))).toEqual(['bbc', 'the-guardian']);
  });
  it("a cue that reaches someone the outlet owns or employs outside its newsroom is no attribution: \"told the BBC's lawyers\"", () => {
    expect(run("He told the BBC's lawyers that the story was false.").attributions).toEqual([]);
    expect(patterns(run("Speaking to the BBC's Laura Kuenssberg on Sunday, the minister said talks would continue."), 'bbc')).toEqual(['interview_with']);
  });
  it('unknown outlets whose names carry a newspaper word in another language: "Dagens Nyheter", "Harare Sentinel"', () => {
    expect(run('The talks resumed, Dagens Nyheter reported.').attributions[0]?.outlet).toMatchObject({ known: false, name: 'Dagens Nyheter' });
    expect(run('The Harare Sentinel reported that the talks resumed.').attributions[0]?.outlet).toMatchObject({ known: false, name: 'The Harare Sentinel' });
    // A person's name is not an outlet's, whatever its words.
    expect(run('Mayor Tom Sentinel said the talks resumed.').attributions).toEqual([]);
  });
  it('subjects joined before the verb: "X and Y both reported", "X and other outlets reported"', () => {
    expect(outletIds(run('The Financial Times and Bloomberg both reported the deal.'))).toEqual(['bloomberg', 'financial-times']);
    expect(outletIds(run('CNN and other outlets reported the deal.'))).toEqual(['cnn']);
  });
  it('material handed to an outlet, questions from it, clefts, the object of its analysis, its city', () => {
    expect(outletIds(run('Documents leaked to the BBC show the payments. Figures released to the Financial Times show a rise.'))).toEqual(['bbc', 'financial-times']);
    expect(outletIds(run('Responding to questions from the Guardian, the firm denied wrongdoing.'))).toEqual(['the-guardian']);
    expect(outletIds(run('The scheme, first exposed by the Guardian, was shut down. The flaw was unearthed by the Financial Times.'))).toEqual(['financial-times', 'the-guardian']);
    expect(outletIds(run('It was the Guardian that first revealed the scheme.'))).toEqual(['the-guardian']);
    expect(outletIds(run('A Financial Times analysis of official data found abuse.'))).toEqual(['financial-times']);
    expect(run('The BBC, which is funded by a licence fee, faces cuts. The fund that Reuters owns was sold.').attributions).toEqual([]);
  });
  it("an editorial board after the paper's name or its s-possessive: \"The Financial Times' editorial board wrote\"", () => {
    expect(outletIds(run("The Financial Times' editorial board wrote that rates would fall."))).toEqual(['financial-times']);
    expect(outletIds(run('The Washington Post editorial board said that rates would fall.'))).toEqual(['washington-post']);
    expect(run('CNN reporters were attacked.').attributions).toEqual([]);
  });
  it('agencies and networks that are not media, and TV people, are no unknown outlets', () => {
    for (const s of ['The agency Frontex said arrivals fell.', 'The space agency NASA said the launch was delayed.', "The rating agency Moody's said the outlook was negative.",
      'The network Meta said the outage was fixed.', 'The TV presenter Jane Doe said she was leaving.']) expect(run(s).attributions).toEqual([]);
    expect(run('The Kenyan news agency KNA reported the arrests.').attributions[0]?.outlet).toMatchObject({ known: false, name: 'KNA', medium: 'agency' });
    expect(run("L'agence de presse malienne AMAP a rapporté les arrestations.").attributions[0]?.outlet).toMatchObject({ known: false, name: 'AMAP', country: 'ML' });
  });
  it('an outlet in the news about its own people, shows and audience is no source', () => {
    for (const s of ['CNN said in a statement that its anchor would leave the network.', 'The BBC reported record viewing figures for the election night.',
      'CNN announced a new streaming service on Monday.', 'The BBC said the presenter had been suspended.', 'France 24 said it would appeal the ruling.']) {
      expect(run(s).attributions).toEqual([]);
    }
    // Its reporting of other people's news stays a source.
    expect(outletIds(run('CNN reported that viewers in Gaza lost power. The BBC said the minister had been suspended.'))).toEqual(['bbc', 'cnn']);
  });
  it("a reporter's degree in a byline is not part of the outlet's name", () => {
    const a = runText('Sleep study\n\nBy Brenda Goodman, MA Valley Health News\n\nAdults sleep less than they did.');
    expect(a.attributions.map((x) => x.outlet.name)).toEqual(['Valley Health News']);
  });
  it("anaphora with 'same' and through a possessive: \"The same newspaper said\", \"the paper's report said\"", () => {
    expect(find(run('The Financial Times reported the plan. The same newspaper said the cabinet would vote.'), 'financial-times')).toHaveLength(2);
    expect(find(run("The Financial Times reported the plan. The newspaper's report said the cabinet would vote."), 'financial-times')).toHaveLength(2);
  });
  it('unknown outlets: the Kuwaiti daily X, the X newspaper', () => {
    const a = run('The Kuwaiti daily Al-Qabas reported that the cabinet will resign.');
    expect(a.attributions[0]?.outlet).toMatchObject({ known: false, name: 'Al-Qabas', country: 'KW', medium: 'newspaper' });
    const b = run("Israel's Haaretz newspaper reported that the plan was approved.");
    expect(b.attributions[0]?.outlet).toMatchObject({ known: false, name: 'Haaretz' });
  });
  it('an unknown outlet introduced with its head noun is the same outlet when named bare later, unless the name is a surname', () => {
    const a = run('The Greek daily Proto Thema reported the warnings on Sunday.\n\nAccording to Proto Thema, the firm was told twice. Proto Thema said the ministry knew.');
    expect(a.attributions.map((x) => [x.pattern, x.outlet.name, x.outlet.known])).toEqual([
      ['reported_by', 'Proto Thema', false], ['according_to', 'Proto Thema', false], ['reported_by', 'Proto Thema', false]]);
    expect(a.actors.map((x) => x.name)).not.toContain('Proto Thema');
    const b = run('The news site Weiss founded was sold.\n\nBari Weiss said the sale was final. Weiss said she would stay.');
    expect(b.attributions.filter((x) => x.outlet.name === 'Weiss')).toHaveLength(0);
  });
  it('a name nobody listed is an outlet as the subject of "reported", but not a company, a body, a person or a pronoun', () => {
    for (const [sentence, name] of [
      ['Proto Thema reported on Sunday that the ferry operator ignored two warnings.', 'Proto Thema'],
      ['The ferry operator ignored two warnings, reported Proto Thema.', 'Proto Thema'],
      ['The plan was first reported by Ta Nea on Friday.', 'Ta Nea'],
      ['The Wellington Bulletin reported that the council had voted.', 'The Wellington Bulletin'],
      ['Nea Ora reports that the council had voted.', 'Nea Ora'],
    ] as const) expect(run(sentence).attributions.map((x) => [x.outlet.name, x.outlet.known]), sentence).toEqual([[name, false]]);
    for (const sentence of [
      'Chevron reported a sharp drop in profit.',
      'Apple reports record revenue for the quarter.',
      'Mozilla reported that its total revenue fell.',
      'Eurostat reported that inflation eased to 2.1 percent.',
      'The Central Bank reported that reserves had grown.',
      'Stella Kim reported from Seoul on the protests.',
      'They reported that the road was closed.',
      'Gov. Ann Fox reported that the fires were contained.',
      'Sen. Jane Roe reported that the funds were missing.',
    ]) expect(run(sentence).attributions, sentence).toEqual([]);
  });
  it('a listed title that is only a media word ("Times") is the tail of a longer unknown one after "the"', () => {
    expect(run('A report by the Colombo Times alleged fraud in the tender.').attributions.map((x) => [x.outlet.name, x.outlet.known])).toEqual([['Colombo Times', false]]);
    expect(run('A report by The Times alleged fraud in the tender.').attributions.map((x) => x.outlet.id)).toEqual(['the-times']);
  });
  it('an unknown outlet described in an apposition: "Proto Thema, a Greek weekly, said"; not a person with a job', () => {
    expect(run('Proto Thema, a Greek weekly, said the ferry operator ignored warnings.').attributions[0]?.outlet).toMatchObject({ name: 'Proto Thema', known: false, country: 'GR' });
    expect(run('The story was first reported by Ta Nea, a centre-left daily.').attributions.map((x) => x.outlet.name)).toEqual(['Ta Nea']);
    expect(run("Jane Roe, the paper's editor, said the ferry operator ignored warnings.").attributions).toEqual([]);
    expect(run('Jane Roe, a local radio host, said the ferry operator ignored warnings.').attributions).toEqual([]);
    // A city or a proper word between the article and the head noun: "an Athens daily".
    expect(run('Ta Nea, an Athens daily, reported that the island ran dry.').attributions[0]?.outlet).toMatchObject({ name: 'Ta Nea', known: false });
    expect(run('Dnevnik, a Ljubljana daily, reported the deal.').attributions.map((x) => x.outlet.name)).toEqual(['Dnevnik']);
    expect(run('Jane Roe, a Texas newspaper editor, said the deal was off.').attributions).toEqual([]);
    expect(run('Rumble, a YouTube channel, said the deal was off.').attributions).toEqual([]);
  });
  it('press-review verbs: "has the story", "goes with", "has a lighter take"; not "has the story wrong" said of a company', () => {
    expect(patterns(run('The Guardian has the story of a hospital under pressure.'), 'the-guardian')).toEqual(['reported_by']);
    expect(patterns(run('The Guardian goes with a story about pensions.'), 'the-guardian')).toEqual(['reported_by']);
    expect(run('The company has the story wrong, officials said.').attributions).toEqual([]);
    expect(patterns(run('The Guardian took a more cautious tone on the talks.'), 'the-guardian')).toEqual(['reported_by']);
    expect(patterns(run('The Guardian, which is close to the opposition, took aim at the plan.'), 'the-guardian')).toEqual(['reported_by']);
    expect(patterns(run('The Guardian ran a front-page interview with the minister.'), 'the-guardian')).toEqual(['reported_by']);
    expect(run('The company ran a deficit last year.').attributions).toEqual([]);
    expect(patterns(run('The business daily The Guardian looks at the financial side.'), 'the-guardian')).toEqual(['reported_by']);
    expect(patterns(run('The Guardian, meanwhile, gave space to the contractor\'s side.'), 'the-guardian')).toEqual(['reported_by']);
    expect(run('The minister sees the proposal as a test.').attributions).toEqual([]);
    // "United Daily News" is a paper of its own, not "Daily News" after a word.
    expect(run('The United Daily News reported that hotels were empty.').attributions.map((x) => x.outlet.name)).toEqual(['The United Daily News']);
    expect(patterns(run('A doctor tells the Guardian that the app is slow.'), 'the-guardian')).toEqual(['interview_with']);
    expect(run('The minister took a hard line on the talks.').attributions).toEqual([]);
  });
  it('local stations: the channel number is part of the name; a station named like the page\'s domain is the host', () => {
    expect(run('KARE 11 first reported the rescue on Monday.').attributions.map((x) => x.outlet.name)).toEqual(['KARE 11']);
    const own = runText('Escalators stall\n\nBy Jane Roe\n\nThe escalators broke again, a rider told KING 5 on Monday.', { url: 'https://www.king5.com/article/news/x' });
    expect(own.attributions).toEqual([]);
    const other = runText('Escalators stall\n\nBy Jane Roe\n\nThe escalators broke again, a rider told KING 5 on Monday.', { url: 'https://www.wral.com/story/x' });
    expect(other.attributions.map((x) => x.outlet.name)).toEqual(['KING 5']);
    // A station's newscast brand after its call sign: "KQXX Action 7 News" on kqxx.com.
    expect(runText('Clerk sentenced\n\nBy Jane Roe\n\nThe clerk told KQXX Action 7 News that he was sorry.', { url: 'https://www.kqxx.com/article/x' }).attributions).toEqual([]);
    // A domain made of the name's initials ("Otago Daily Times" on odt.co.nz), or the name plus "net" ("Herald" on heraldnet.com).
    expect(runText('Bus hub\n\nBy Jane Roe\n\nGuards patrol the hub, a driver told the Otago Daily Times.', { url: 'https://www.odt.co.nz/news/x' }).attributions).toEqual([]);
    // A hyphenated domain: "Monaco Tribune" on monaco-tribune.com.
    expect(runText('Mercato\n\nPar Anne Roux\n\nSollicité par Monaco Tribune, le club n\'a pas répondu.', { url: 'https://www.monaco-tribune.com/2026/x' }).attributions).toEqual([]);
    expect(runText('Ferry\n\nBy Herald staff\n\nThe ferry was cancelled, KOMO 4 reported.', { url: 'https://www.heraldnet.com/news/x' }).attributions.map((x) => x.outlet.name)).toEqual(['KOMO 4']);
    // The end of the host's own name: "a Sun-Times analysis" on the Chicago Sun-Times' page.
    expect(runText('Grocery closes\n\nBy Jane Roe\n\nThe store will close, a Sun-Times analysis found.', { url: 'https://chicago.suntimes.com/business/x' }).attributions).toEqual([]);
  });
  it('descriptors from the sentence start stand for the article: "Chinese-language newspaper Ming Pao reported"; a language before the head noun', () => {
    expect(run('Fares rose again. Chinese-language newspaper Ming Pao reported that operators lost money.').attributions.map((x) => x.outlet.name)).toEqual(['Ming Pao']);
    expect(run('Online outlet HK01 reported that operators lost money.').attributions.map((x) => x.outlet.name)).toEqual(['HK01']);
    expect(run('According to the Afrikaans weekly Rapport, the tender was rigged.').attributions.map((x) => x.outlet.name)).toEqual(['Rapport']);
    expect(run('Online retailer Amazon reported that sales rose.').attributions).toEqual([]);
  });
  it('"The economist said" at a sentence start is a person; "the Ministry of Foreign Affairs announced" is a ministry', () => {
    expect(run('Prices will fall. The economist said rates would follow.').attributions).toEqual([]);
    expect(run('The UAE joined the forum, the Ministry of Foreign Affairs announced on Wednesday.').attributions).toEqual([]);
  });
  it('a programme named after the outlet\'s possessive is the outlet\'s: "CNN\'s "State of the Union"", "NBC\'s "Meet the Press""', () => {
    expect(run('In an interview on CNN\'s "State of the Union," the senator said the tariffs would stay.').attributions.map((x) => x.outlet.id)).toEqual(['cnn']);
  });
  it('a credit line with the agency inside: "(With Reuters inputs)"', () => {
    expect(patterns(runText('Talks resume\n\nBy Staff\n\nThe talks resumed on Monday, officials said.\n\n(With Reuters inputs)'), 'reuters')).toEqual(['other']);
  });
  it('an unlisted site\'s country-code domain settles a shared name: "told ABC News" on a .com.au page is the Australian ABC', () => {
    const au = runText('Bushfire outlook\n\nBy Marion Tracy\n\nThe season will be long, the chief officer told ABC News.', { url: 'https://www.canberratimes.com.au/story/x' });
    expect(outletIds(au)).toEqual(['abc-au']);
  });
  it('"told the Herald" on a Herald\'s own page is the host by its short name', () => {
    const a = runText('Shelter opens\n\nBy Jane Roe\n\nThe shelter opened on Monday, the mayor told the Herald.', { url: 'https://www.smh.com.au/national/x' });
    expect(a.hostOutlet?.id).toBe('smh');
    expect(a.attributions).toEqual([]);
    expect(outletIds(runText('Shelter opens\n\nBy Jane Roe\n\nThe shelter opened on Monday, the Glasgow Herald reported.', { url: 'https://www.smh.com.au/national/x' }))).toEqual(['the-herald-gb']);
  });
  it('a bare unknown name after "according to" is an outlet when "the news site" speaks next, not when "the paper" is an object', () => {
    expect(run('According to Kallxo, the minister knew. The news site said he was warned twice.').attributions.map((x) => [x.outlet.name, x.outlet.known])).toEqual([['Kallxo', false], ['Kallxo', false]]);
    expect(run('According to Airbus, deliveries will resume. The company said the paper was wrong.').attributions).toEqual([]);
  });
  it('an outlet speaking for itself ("said in a statement") or titles a company owns are news, not sources', () => {
    expect(run('The BBC said in a statement that the presenter had been suspended.').attributions).toEqual([]);
    expect(run('The BBC said in its latest annual report that licence fee income fell.').attributions).toEqual([]);
    expect(run('The BBC said the minister would resign.').attributions.map((x) => x.outlet.id)).toEqual(['bbc']);
    expect(run("The group's big-city dailies, including The Guardian, are not affected by the cuts.").attributions).toEqual([]);
    expect(run('British newspapers, including The Guardian, reported that the minister would resign.').attributions.map((x) => x.outlet.id)).toEqual(['the-guardian']);
  });
  it('not outlets: "the International Energy Agency reported", "The Post reported last year" (a bare media word)', () => {
    expect(run('Global sales rose 25%, the International Energy Agency reported in its outlook.').attributions).toEqual([]);
    expect(run('The Post reported last year that the probe was delayed.').attributions).toEqual([]);
  });
  it('a listed one-word title that repeats the last word of an outlet named before is its short form, unless it is that title\'s full name', () => {
    const a = run('The cost rose, according to a report in the Sydney Morning Herald.\n\nThe Herald reported on Wednesday that the review was secret.');
    expect(a.attributions.map((x) => x.outlet.id)).toEqual(['smh', 'smh']);
    const b = run('The cost rose, according to the Financial Times.\n\nThe Times reported on Wednesday that the review was secret.');
    expect(b.attributions.map((x) => x.outlet.id)).toEqual(['financial-times', 'the-times']);
  });
  it('a shared short name left unsettled is the outlet named in full further on ("told the Herald … The Sydney Morning Herald reported")', () => {
    const a = run('A resident told the Herald the buses never came.\n\nThe Sydney Morning Herald reported in May that the timetable had been cut.');
    expect(a.attributions.map((x) => x.outlet.id)).toEqual(['smh', 'smh']);
    // With no full name in the article the short name stays as written.
    const b = run('A resident told the Herald the buses never came.');
    expect(b.attributions.map((x) => x.outlet)).toMatchObject([{ id: null, name: 'the Herald' }]);
  });
  it('American call signs are broadcasters where a medium fits: "told WFLA", "WSB-TV reported"; not "the WHO reported"', () => {
    expect(run('The homeowner told WFLA that the shutters were ordered.').attributions[0]?.outlet).toMatchObject({ name: 'WFLA', known: false, medium: 'tv' });
    expect(run('WSB-TV reported that the school was closed.').attributions[0]?.outlet).toMatchObject({ name: 'WSB-TV', known: false });
    expect(run('The WHO reported that cases rose.').attributions).toEqual([]);
    expect(run("The spec follows WASI's design, the team said.").attributions).toEqual([]);
  });
  it('an abbreviation in parentheses between the outlet and its verb; a dotted title; a person after a title is not part of it', () => {
    expect(patterns(run('The Financial Times (FT) later quoted the minister as saying the dam was safe.'), 'financial-times')).toEqual(['reported_by']);
    expect(run('The Warsaw-based outlet OKO.press reported that hospitals were short of staff.').attributions[0]?.outlet).toMatchObject({ name: 'OKO.press', known: false });
    expect(run('"It will not hold," the spokesman told the local daily Harbour Post Antonio Ruiz, a union leader.').attributions.map((x) => x.outlet.name)).toEqual(['Harbour Post']);
  });
  it('coordination: according to Reuters and AP', () => {
    expect(outletIds(run('According to Reuters and AP, the ship sank.'))).toEqual(['ap', 'reuters']);
  });
  it('other sources: officials, police, a post on X', () => {
    const a = run('Officials said the road was closed. According to police, two men were arrested.');
    expect(a.attributions).toEqual([]);
    expect(a.otherSources.map((s) => s.surface)).toEqual(['Officials said', 'According to police']);
  });
});

describe('English sourcing phrasings: split participles, possessives, per, to', () => {
  it('a participle split from its "by"', () => {
    expect(outletIds(run('The decision was reported on Tuesday by the Financial Times.'))).toEqual(['financial-times']);
    expect(outletIds(run('The plan was first disclosed last month by Bloomberg.'))).toEqual(['bloomberg']);
  });
  it('a journalist between the outlet and the verb, "per", "can reveal"', () => {
    expect(patterns(run("The deal was off, Axios' Barak Ravid reported."), 'axios')).toEqual(['reported_by']);
    expect(patterns(run("The deal is off, CNN's Jake Tapper reported."), 'cnn')).toEqual(['reported_by']);
    expect(patterns(run('The deal was off, per Axios.'), 'axios')).toEqual(['according_to']);
    expect(patterns(run('The deal is off, the Guardian can reveal.'), 'the-guardian')).toEqual(['reported_by']);
  });
  it('a speech verb a few words before "to", and "on" + a broadcaster', () => {
    expect(patterns(run('The company confirmed the news to Axios on Monday.'), 'axios')).toEqual(['interview_with']);
    expect(patterns(run("The minister made the comments to the BBC's Today programme."), 'bbc')).toEqual(['interview_with']);
    expect(patterns(run('He said in an interview aired Sunday on Fox News that he would run.'), 'fox-news')).toEqual(['interview_with']);
  });
  it('writing for, a hyphenated adjective before a cited outlet', () => {
    expect(patterns(run('Writing for the Financial Times, the economist argued for cuts.'), 'financial-times')).toEqual(['published_by']);
    const a = run('The plan was approved, the Anadolu Agency reported, citing the state-run SANA.');
    expect(a.originalOutlet?.id).toBe('sana');
  });
  it('a press review announced by its title, its byline or its rubric has no original', () => {
    const body = 'The Guardian leads with the summit. The Financial Times focuses on the markets. Le Monde says the talks failed.';
    expect(run(body, {}, 'Papers weigh up the climate summit').originalOutlet).toBeNull();
    expect(run(body, {}, "Britain's press hails the summit").originalOutlet).toBeNull();
    expect(run(body, {}, "Scotland's papers: ferry delay fury").originalOutlet).toBeNull();
    expect(runText(`Climate summit runs late\n\nPress review by Jane Roe\n\n${body}`).originalOutlet).toBeNull();
    expect(run(`IN THE PRESS – ${body}`, {}, 'Climate summit runs late').originalOutlet).toBeNull();
    // A round-up of the Sunday talk shows sets the programmes side by side.
    const shows = 'The senator told CNN the deal was close. On Fox News, the speaker disagreed. The minority leader said on NPR that talks had stalled.';
    expect(run(shows, {}, 'Sunday shows: shutdown talks stall').originalOutlet).toBeNull();
    expect(run(shows, {}, 'Leaders trade blame on Sunday talk shows').originalOutlet).toBeNull();
    expect(run(shows, {}, 'Leaders trade blame as shutdown nears').originalOutlet?.id).toBe('cnn');
    // An ordinary story citing three outlets keeps its lead source.
    expect(run(body, {}, 'Climate summit runs late').originalOutlet?.id).toBe('the-guardian');
  });
  it('"the Times" after the Financial Times is The Times, after the New York Times the same paper', () => {
    expect(outletIds(run('The Financial Times reported the plan. The Times reported separately that investors pushed.'))).toEqual(['financial-times', 'the-times']);
    expect(outletIds(run('The New York Times reported the plan. The Times said the deal was close.'))).toEqual(['new-york-times']);
  });
  it('"For the X, ..." and a press review lede mean no single original', () => {
    const a = run("Wednesday's papers are dominated by the Budget. The Times says taxes rise. For the Financial Times, the headline is the markets. The Guardian reports relief among MPs.");
    expect(outletIds(a)).toEqual(['financial-times', 'the-guardian', 'the-times']);
    expect(a.originalOutlet).toBeNull();
  });
  it('quoted by a title-case acronym: "he was quoted by Wam as saying"', () => {
    expect(outletIds(run('The deal is final, he was quoted by Wam as saying.'))).toEqual(['wam']);
  });
  it('decoys: lower-case names, names inside longer names, platforms, per cent', () => {
    const decoys = [
      'Writing in a journal, the economist argued for cuts.',
      'The governor explained to residents that the roads would stay closed.',
      'He said in a post on X that the plan would go ahead.',
      'Per capita income rose by 3 per cent.',
      'The Times Square event was cancelled.',
      'A spokesman for the Sun Valley resort said it would reopen.',
      'The figures were provided by the Department of Health.',
      'The video, shared by thousands on Facebook, shows the fire.',
      'BPM (Beats Per Minute) is streaming now.',
    ];
    for (const d of decoys) expect(outletIds(run(d)), d).toEqual([]);
  });
  it('an outlet that is the subject of the news is not a source', () => {
    const subjects = [
      'The BBC said on Monday its director general had resigned after the row.',
      'Al Jazeera said its correspondent was killed in a strike on his car.',
      'CNN said its reporter had been detained by police overnight.',
      'The Washington Post said it would cut a third of its staff.',
      'The BBC announced it would close two of its regional offices.',
    ];
    for (const d of subjects) expect(outletIds(run(d)), d).toEqual([]);
    const sources = [
      'Reuters said its analysis of shipping data showed exports fell.',
      'The BBC said its reporters had seen bodies in the street.',
      'Al Jazeera reported that at least 12 people were killed in the strike.',
      'CNN reported that the suspect was arrested on Sunday.',
      // What a report found about someone else: "it" is the hospital, not the newsroom.
      'The hospital came under scrutiny after Reuters reported that it had sued hundreds of patients.',
    ];
    for (const d of sources) expect(outletIds(run(d)), d).toHaveLength(1);
  });
  it('a hyphenated adjective ending on a cue word: "the Kremlin-backed RT", "the state-backed Al Jazeera"', () => {
    expect(outletIds(run('In an interview with the Kremlin-backed Al Jazeera on Monday, the envoy said talks would resume.'))).toEqual(['al-jazeera']);
  });
  it('a regional edition named by a place: "BBC Scotland reported", "BBC London said"', () => {
    expect(outletIds(run('Crowds gathered outside the court, BBC Scotland reported.'))).toEqual(['bbc']);
    expect(outletIds(run('The station will close in March, BBC London said.'))).toEqual(['bbc']);
  });
  it("a named column of the outlet's between it and the verb: \"the FT's Lex column reported\"", () => {
    expect(outletIds(run("The Financial Times's Lex column reported on Monday that advisers had met the lenders."))).toEqual(['financial-times']);
  });
  it('a speaker recalling their own interview is not a source; a reporting credit is', () => {
    expect(outletIds(run('"I told the BBC last year that this would happen," Smith said at the rally.'))).toEqual([]);
    expect(outletIds(run('"As I said to Reuters in March, we are not leaving," she said.'))).toEqual([]);
    expect(outletIds(run('"We are not leaving," she told Reuters.'))).toEqual(['reuters']);
    expect(outletIds(run('The minister visited the site on Monday.\nAdditional reporting by Reuters'))).toEqual(['reuters']);
  });
  it('an outlet cited only in passing in the closing paragraph is background, not the original', () => {
    const a = run(['Flooding forced hundreds of families from their homes in the north on Tuesday, officials said.',
      'Rescue teams worked through the night to reach stranded villages.', 'The mayor said the town had never seen such water levels.',
      'Schools will stay closed until Friday, the council said.', 'The region was also hit by floods in 2019, the BBC reported at the time.'].join('\n'));
    expect(outletIds(a)).toEqual(['bbc']);
    expect(a.originalOutlet).toBeNull();
  });
});

describe('English abbreviations with dots do not cut the sentence', () => {
  it('"X, citing U.S. officials, reported", titles, initials, decimals', () => {
    const a = run('The Washington Post, citing U.S. officials, reported that the talks had stalled.');
    expect(patterns(a, 'washington-post')).toEqual(['reported_by']);
    expect(patterns(run('Reuters, citing U.K. and E.U. diplomats, said the ship was hit.'), 'reuters')).toEqual(['reported_by']);
    expect(patterns(run('Dr. J. Smith told Reuters that the drug worked.'), 'reuters')).toEqual(['interview_with']);
    expect(patterns(run('The deal is worth $1.2 billion, according to Bloomberg.'), 'bloomberg')).toEqual(['according_to']);
  });
});

describe('English polls, coordination with "the", an outlet declining to comment, a wire filing its own copy', () => {
  it('an outlet\'s poll: "a Reuters/Ipsos poll found", "a Washington Post-ABC News poll", "a CNN poll"', () => {
    expect(patterns(run("The president's approval fell to 40%, a Reuters/Ipsos poll found."), 'reuters')).toEqual(['published_by']);
    expect(outletIds(run('A new Washington Post-ABC News poll shows the race is tied.'))).toContain('washington-post');
    expect(patterns(run('The race is tied, a CNN poll found.'), 'cnn')).toEqual(['published_by']);
    expect(outletIds(run('A spokesman said the poll was flawed.'))).toEqual([]);
  });
  it('"reported by Reuters and the BBC" shares the cue', () => {
    expect(outletIds(run('The plan was reported by Reuters and the BBC.'))).toEqual(['bbc', 'reuters']);
  });
  it('"The BBC said it would not comment" is the outlet as a party', () => {
    expect(outletIds(run('The BBC said it would not comment on the report.'))).toEqual([]);
  });
  it('a wire\'s own copy whose lede cites no outlet has no original', () => {
    const a = runText(['Talks stall', '', 'By Reuters', '', 'MOSCOW (Reuters) - The Kremlin said on Friday that no date had been set for new talks.',
      '"It is premature to talk about a date," the spokesman told reporters.', "Russia's RIA news agency quoted a deputy minister as saying contacts continued.",
      'China supported all efforts for peace, the Xinhua news agency reported.'].join('\n'), { url: 'https://www.reuters.com/world/x' });
    expect(outletIds(a)).toEqual(['xinhua']);
    expect(a.originalOutlet).toBeNull();
  });
});

describe('an outlet first cited deep in a story of the host\'s own', () => {
  it('no outlet in the first three paragraphs and no credit: no original', () => {
    const a = run(['Pilots at the airline have voted to strike over pay.', 'The union said 87 per cent of members backed walkouts.',
      'Its general secretary said pilots had been pushed to the brink.', 'The airline operates 40 flights a day.',
      'A spokesperson for the airline told the BBC that it was disappointed by the result.', 'Passengers were advised to check the website.'].join('\n'));
    expect(outletIds(a)).toEqual(['bbc']);
    expect(a.originalOutlet).toBeNull();
    const b = run(['A walk-up ticket will cost £30 from January, the operator has confirmed.', 'The service takes about 15 minutes.',
      'The increase was first reported by the Financial Times.', 'Passenger groups called the price eye-watering.'].join('\n'));
    expect(b.originalOutlet?.id).toBe('financial-times');
  });
});

describe('an institution named by its initials', () => {
  it('"the GHMC website", "According to GHMC officials": the municipal corporation; "according to the daily Deccan Chronicle" a paper', () => {
    const text = 'GHMC extends OTS scheme for property tax arrears\n\nHyderabad: The Greater Hyderabad Municipal Corporation (GHMC) has extended its One Time Settlement scheme.\n\nPayments can be made through the GHMC website.\n\nAccording to GHMC officials, around 1.42 lakh property owners will benefit.';
    expect(runText(text).attributions).toEqual([]);
    expect(outletIds(run('The scheme was extended, according to the daily Deccan Chronicle.'))).toEqual(['?Deccan Chronicle']);
  });
});
