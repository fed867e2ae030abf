// A bare .txt article has no address to find its publication by: the engine reads it from the text.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { outletIds, runText } from './helpers';

describe('the host, read from the text when there is no URL', () => {
  it('a staff byline names the publication itself, and its own interviews are not attributions', () => {
    const a = runText('Floods displace thousands\n\nBy Al Jazeera Staff\n\nMore than 20,000 people have fled, officials told Al Jazeera on Tuesday.');
    expect(a.hostOutlet?.id).toBe('al-jazeera');
    expect(a.attributions).toEqual([]);
    expect(a.originalOutlet).toBeNull();
  });

  it('"By Name, Outlet" names the publication, unless the text says the story is syndicated or the outlet is an agency', () => {
    const own = runText('Ice storm hits Oklahoma\n\nBy Jane Roe, CNN\n\nPower was cut to 80,000 homes, a utility spokesman told CNN.\n\nCNN\'s Tom Poe contributed to this report.');
    expect(own.hostOutlet?.id).toBe('cnn');
    expect(outletIds(own)).toEqual([]);
    const staff = runText('Dubai metro extends hours\n\nBy Sara Khan, Gulf News\n\nThe metro will run until 2am during the festival, the transport authority said.');
    expect(staff.hostOutlet?.id).toBe('gulf-news');
    expect(outletIds(staff)).toEqual([]);
    const desk = runText('Dubai metro extends hours\n\nBy Sara Khan, Senior Reporter\n\nThe metro will run until 2am during the festival, the transport authority said.');
    expect(desk.hostOutlet).toBeNull();
    const syndicated = runText('Clinic guards unpaid\n\nBy Thandi Mokoena, Daily Maverick\n\nThe guards have not been paid since August, the union said.\n\nThis story was originally published by Daily Maverick.');
    expect(syndicated.hostOutlet).toBeNull();
    expect(outletIds(syndicated)).toContain('daily-maverick');
    const wire = runText('Quake hits Japan\n\nBy Mari Yamaguchi, Associated Press\n\nThe quake struck off the coast, officials said.');
    expect(wire.hostOutlet).toBeNull();
    expect(outletIds(wire)).toEqual(['ap']);
  });

  it('a lone look back at the paper\'s own earlier story, or its own name in capitals, names the publication', () => {
    const lookBack = runText('Pool to reopen\n\nBy Jane Roe\n\nThe pool closed in 2023 after cracks were found, as The Guardian revealed last month. The council said repairs would cost £2m.');
    expect(lookBack.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(lookBack)).toEqual([]);
    // A relay comes back to the outlet it cites.
    const relay = runText('Pool to reopen\n\nBy Jane Roe\n\nThe pool closed in 2023, The Guardian revealed last month. The newspaper said repairs would cost £2m.');
    expect(outletIds(relay)).toEqual(['the-guardian']);
    const capitals = runText('Assembly passes budget\n\nBy Staff\n\nDAILY MAVERICK reports that the assembly passed the budget on Tuesday. The speaker said the vote was unanimous.');
    expect(capitals.hostOutlet?.id).toBe('daily-maverick');
    expect(outletIds(capitals)).toEqual([]);
  });

  it('a station the registry does not know is the host under its longer or shorter name', () => {
    const a = runText('Flood warning\n\nBy Jane Roe, Lakeside Radio News\n\nRoads were closed overnight. Speaking on Lakeside Radio, the county engineer said crews were out.');
    expect(a.hostOutlet?.name).toBe('Lakeside Radio News');
    expect(outletIds(a)).toEqual([]);
  });

  it('in Arabic, the only outlet, named only as the one officials gave statements to, is the publication', () => {
    const own = runText('حريق في ميناء طنجة\n\nمتابعة\n\nقال مسؤول في الوقاية المدنية بطنجة، في تصريح لموقع هسبريس، إن الحريق الذي شب في ميناء طنجة المتوسط أخمد.');
    expect(own.hostOutlet?.id).toBe('hespress');
    expect(outletIds(own)).toEqual([]);
    // A statement to a channel of another country is relayed: Al Jazeera is Qatar's, the story Morocco's.
    const foreign = runText('حريق في ميناء طنجة\n\nمتابعة\n\nقال مسؤول في الوقاية المدنية بطنجة، في تصريح لقناة الجزيرة، إن الحريق الذي شب في ميناء طنجة المتوسط أخمد.');
    expect(outletIds(foreign)).toEqual(['al-jazeera']);
    // So is one given to a programme on a channel.
    const programme = runText('حريق في ميناء طنجة\n\nمتابعة\n\nقال مسؤول في الوقاية المدنية بطنجة، في تصريحات لبرنامج "المسائية" على قناة هسبريس، إن الحريق الذي شب في ميناء طنجة المتوسط أخمد.');
    expect(outletIds(programme)).toEqual(['hespress']);
  });

  it('the only outlet, named only by its own newsgathering or its archive, is the publication itself', () => {
    const learned = runText("Pannes du métro\n\nPar Julie Roy\n\nComme l'a appris Le Monde, la ligne restera fermée. Contacté par Le Monde, l'exploitant n'a pas répondu.");
    expect(learned.hostOutlet?.id).toBe('le-monde');
    expect(learned.attributions).toEqual([]);
    const archive = runText('Heatwave grips the city\n\nBy Sana Malik\n\nTemperatures hit 44C on Monday, a doctor told the Guardian. The Guardian reported in March that the wards lacked fans.');
    expect(archive.hostOutlet?.id).toBe('the-guardian');
    expect(archive.attributions).toEqual([]);
    const arabic = runText('ساعات التغذية\n\nبيروت\n\nوعلمت «الأخبار» أن ساعات التغذية ستزيد الأسبوع المقبل.');
    expect(arabic.hostOutlet?.id).toBe('al-akhbar-lb');
    // Beside an agency's credit ("الرياض - واس"): the city is the dateline, and "وعلمت «الخبر»" still the paper's own.
    const withAgency = runText('إطلاق مشروع\n\nالرياض - واس\n\nأعلنت الهيئة عن إطلاق المشروع. وعلمت «الخبر» أن المرحلة الثانية ستبدأ قريبا.');
    expect(withAgency.hostOutlet?.id).toBe('el-khabar');
    expect(outletIds(withAgency)).toEqual(['spa']);
    // "وحسب مصادر «الخبر»": the paper's own sources; "رصدت «الخبر»": what its reporters saw.
    const sources = runText('طوابير الخبز\n\nوهران\n\nوحسب مصادر «الخبر»، فإن المطاحن توقفت. ورصدت «الخبر» طوابير طويلة أمام المخابز.');
    expect(sources.hostOutlet?.id).toBe('el-khabar');
    expect(sources.attributions).toEqual([]);
    const contacted = runText("Pannes du métro\n\nPar Julie Roy\n\nContacté par Le Monde, l'exploitant n'a pas répondu.");
    expect(contacted.hostOutlet?.id).toBe('le-monde');
    // Introduced with a head noun, the outlet is another site's source.
    const introduced = runText('وثائق مسربة\n\nالرباط\n\nووفق وثائق اطلعت عليها صحيفة الغارديان، فإن الصفقة ألغيت.');
    expect(introduced.hostOutlet).toBeNull();
    expect(outletIds(introduced)).toEqual(['the-guardian']);
    // A relay says what the other outlet reports now.
    const relay = runText('Heatwave grips the city\n\nBy Sana Malik\n\nThe Guardian reported on Monday that the wards lacked fans, a doctor told the paper.');
    expect(outletIds(relay)).toEqual(['the-guardian']);
  });

  it('beside other outlets, the one outlet named only by its own newsgathering (twice or more, one beyond an interview) is the publication', () => {
    const a = runText('تدفئة المدارس\n\nعمان\n\nوعلمت «الخبر» أن الوزارة ستوزع المدافئ. وقال مدير التربية لـ«الخبر» إن العمل بدأ. ونقلت وكالة فرانس برس عن مسؤول أن الكميات كافية.');
    expect(a.hostOutlet?.id).toBe('el-khabar');
    expect(outletIds(a)).toEqual(['afp']);
    // Named once, beside other outlets: its learning or seeing is its own ("The Guardian understands"); a lone
    // "can reveal" or a plain report stays relayed.
    const once = runText('Land deal\n\nBy Ciara Walsh\n\nThe Guardian understands the site will be sold. According to Reuters, the price is €40m.');
    expect(once.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(once)).toEqual(['reuters']);
    // A title that holds a head word ("Daily Maverick") is not introduced by it.
    const daily = runText('Tender suspended\n\nBy Thandeka Mokoena\n\nDaily Maverick has seen a copy of the award letter. According to Reuters, the tender was worth R1.2bn.');
    expect(daily.hostOutlet?.id).toBe('daily-maverick');
    expect(outletIds(daily)).toEqual(['reuters']);
    const reveal = runText('Land deal\n\nBy Ciara Walsh\n\nThe Guardian can reveal the site will be sold. According to Reuters, the price is €40m.');
    expect(outletIds(reveal)).toEqual(['reuters', 'the-guardian']);
    // An outlet that reports (not learns, obtains or interviews) stays another site's source.
    const b = runText('تدفئة المدارس\n\nعمان\n\nوذكرت «الخبر» أن الوزارة ستوزع المدافئ. وقال مدير التربية لـ«الخبر» إن العمل بدأ. ونقلت وكالة فرانس برس عن مسؤول أن الكميات كافية.');
    expect(outletIds(b)).toEqual(['afp', 'el-khabar']);
    // Three own-reporting mentions make "selon les informations du Temps" one of them.
    const c = runText("Logements étudiants\n\nPar Anne Roy\n\nSelon les informations du Figaro, la résidence fermera. Contactée par Le Figaro, la direction confirme. « C'est un choc », explique au Figaro une étudiante.");
    expect(c.hostOutlet?.id).toBe('le-figaro');
    expect(c.attributions).toEqual([]);
  });
  it('an outlet that is contacted and otherwise only spoken to is the publication, even beside other outlets', () => {
    const a = runText("Coupures d'électricité\n\nPar Anne Roy\n\nSelon l'AFP, trois centrales sont à l'arrêt. Sollicité par Le Monde, le ministère n'a pas répondu. « Nous réparons », a expliqué au Monde un technicien.");
    expect(a.hostOutlet?.id).toBe('le-monde');
    expect(outletIds(a)).toEqual(['afp']);
    // Contacted by an agency, or by an outlet introduced with its head noun: another site's source.
    expect(runText("Coupures\n\nPar Anne Roy\n\nSollicité par la radio RFI, le ministère n'a pas répondu.").hostOutlet).toBeNull();
  });

  it('beside other outlets, a paper in the article\'s language that is only ever spoken to is the publication; a formal interview or a broadcaster is relayed', () => {
    const own = runText('Trade talks advance\n\nBy Sara Khan\n\nThe pact could be signed in March, Reuters reported. "We are close," the minister told The Guardian.');
    expect(own.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(own)).toEqual(['reuters']);
    const formal = runText('Trade talks advance\n\nBy Sara Khan\n\nThe pact could be signed in March, Reuters reported. "We are close," the minister said in an interview with The Guardian.');
    expect(outletIds(formal)).toEqual(['reuters', 'the-guardian']);
    const broadcast = runText('Trade talks advance\n\nBy Sara Khan\n\nThe pact could be signed in March, Reuters reported. "We are close," the minister told the BBC.');
    expect(outletIds(broadcast)).toEqual(['bbc', 'reuters']);
  });

  it('Arabic: "وكانت «X» نشرت" looks back at the paper\'s own story; "وبحسب البيان" is the statement; a city opening the byline before a reporter is a dateline', () => {
    const a = runText('أسعار الخضار\n\nعمان - رزان الخطيب\n\nوقال تاجر الجملة لـ«الشروق» إن الأسعار ارتفعت.\n\nوكانت «الشروق» نشرت الأسبوع الماضي شكاوى مزارعين.');
    expect(a.hostOutlet?.name).toBe('الشروق');
    expect(a.attributions).toEqual([]);
    expect(runText('الحافلات\n\nدبي\n\nوأصدرت الهيئة بيانا. وبحسب البيان، فإن عدد الركاب ارتفع.').attributions).toEqual([]);
  });

  it('a city and a paper in the byline is the paper’s own dateline; a city and an agency is relayed copy', () => {
    const paper = runText('أمطار غزيرة على جدة\n\nجدة - عكاظ\n\nهطلت أمطار غزيرة اليوم، وقال المتحدث باسم الدفاع المدني إن الفرق انتشرت في الأحياء.');
    expect(paper.hostOutlet?.id).toBe('okaz');
    expect(paper.attributions).toEqual([]);
    const agency = runText('افتتاح معرض الكتاب\n\nالرياض - واس\n\nافتتح وزير الثقافة اليوم معرض الكتاب الدولي.');
    expect(outletIds(agency)).toEqual(['spa']);
  });

  it('an outlet named only as the one that contacted people is the publication', () => {
    const a = runText('Grève à la préfecture\n\nPar Léa Martin\n\nContactée par BFMTV, la préfecture n’a pas répondu. Les agents réclament des renforts depuis des mois.');
    expect(a.hostOutlet?.id).toBe('bfmtv');
    expect(outletIds(a)).toEqual([]);
  });

  it("a staff credit in the outlet's own voice names the publication; an agency's credit line travels with its copy", () => {
    const a = runText("Storm hits coast\n\nBy Jane Roe\n\nThe storm hit the coast on Monday, officials said.\n\nCNN's Tom Lee contributed to this report.");
    expect(a.hostOutlet?.id).toBe('cnn');
    expect(a.attributions).toEqual([]);
    expect(a.actors.map((x) => x.name)).not.toContain('Tom Lee');
    const b = runText('Storm hits coast\n\nBy Jane Roe\n\nThe storm hit the coast on Monday, officials said.\n\nAssociated Press writer Tom Lee contributed to this report.');
    expect(b.hostOutlet).toBeNull();
    expect(outletIds(b)).toEqual(['ap']);
  });
  it('its own newsgathering named several ways (has learned, documents obtained by, told) names the publication', () => {
    const a = runText('Post offices to close\n\nBy Jane Roe\n\nNPR has learned that 40 rural post offices will close. Internal documents obtained by NPR list the sites. A clerk told NPR the news came by email.');
    expect(a.hostOutlet?.id).toBe('npr');
    expect(a.attributions).toEqual([]);
    const b = runText("Licenciement : TF1 condamnée\n\nPar Camille Roussel\n\n« J'ai tout donné », a confié Patrick Lemoine à 20 Minutes.\n\nSelon le jugement, que 20 Minutes a pu consulter, la direction a eu tort.");
    expect(b.hostOutlet?.id).toBe('20-minutes');
    expect(b.attributions).toEqual([]);
  });
  it('unnamed sources speaking to an outlet named bare are its own; a single source or a named paper is relayed', () => {
    const a = runText('Layoffs at the network\n\nBy Jane Roe\n\nThe network will cut 200 jobs, two sources familiar with the plans told Axios.');
    expect(a.hostOutlet?.id).toBe('axios');
    expect(a.attributions).toEqual([]);
    const b = runText('عنوان الخبر\n\nالجزائر - متابعة\n\nوأفادت مصادر لـ"الشروق" أن الكمية بلغت 120 ألف متر مكعب.');
    expect(b.attributions).toEqual([]);
    // A single source and a second outlet: relayed.
    expect(outletIds(runText('عنوان الخبر\n\nمتابعة\n\nوقال مصدر للـ«بي بي سي» إن الاتفاق قريب. وذكرت صحيفة "الغارديان" أن الوفد وصل.'))).toEqual(['bbc', 'the-guardian']);
    expect(outletIds(runText('عنوان الخبر\n\nمتابعة\n\nوقالت مصادر لصحيفة "الغارديان" إن الاتفاق قريب.'))).toEqual(['the-guardian']);
  });
  it("a broadcaster's own byline or dateline names the publication; a newspaper's byline may be syndicated copy", () => {
    const a = runText('Fares to rise\n\nBy Hannah Coates, BBC News\n\nRail fares will rise by 5%, the Daily Mail reported.');
    expect(a.hostOutlet?.id).toBe('bbc');
    expect(outletIds(a)).toEqual(['daily-mail']);
    const b = runText('Warehouse fire\n\nBy Jane Roe\n\nAtlanta (CNN) — A fire destroyed a warehouse overnight, a fire official told CNN.');
    expect(b.hostOutlet?.id).toBe('cnn');
    expect(b.attributions).toEqual([]);
    const c = runText('Fares to rise\n\nBy Jane Roe, The Washington Post\n\nRail fares will rise by 5%, officials said.');
    expect(c.hostOutlet).toBeNull();
    expect(outletIds(c)).toEqual(['washington-post']);
  });
  it("the story's only outlet, named only as the one people spoke to, is the publication; a relay says whose report it is", () => {
    const a = runText('Warehouse fire\n\nBy Jane Roe\n\nA fire destroyed a warehouse overnight, a fire official told CNN. Crews arrived at 3 a.m., he told CNN.');
    expect(a.hostOutlet?.id).toBe('cnn');
    expect(a.attributions).toEqual([]);
    expect(outletIds(runText('Warehouse fire\n\nBy Jane Roe\n\nA fire destroyed a warehouse, CNN reported. A fire official told CNN the blaze began in the kitchen.'))).toEqual(['cnn']);
    // An agency's interview is relayed copy: "told Reuters" alone stays an attribution.
    expect(outletIds(runText('Warehouse fire\n\nBy Jane Roe\n\nA fire destroyed a warehouse overnight, a fire official told Reuters.'))).toEqual(['reuters']);
    // Arabic: the outlet's own story names itself bare; a relay names the channel with its head noun.
    expect(runText('حريق في مستودع\n\nمتابعة\n\nوقال مسؤول في الوقاية المدنية في تصريح لهسبريس إن الحريق أخمد.').attributions).toEqual([]);
    expect(outletIds(runText('حريق في مستودع\n\nمتابعة\n\nوقال مسؤول في الوقاية المدنية في تصريح لقناة الجزيرة إن الحريق أخمد.'))).toEqual(['al-jazeera']);
    // A named programme is a broadcast other sites write up: "told BBC Radio's Good Morning programme".
    expect(outletIds(runText("Algae returns\n\nBy Jane Roe\n\nThe minister told BBC Radio's Good Morning programme that samples were positive. A fisherman told the BBC the season was lost."))).toEqual(['bbc']);
    expect(outletIds(runText('Algae returns\n\nBy Jane Roe\n\nThe senator told CNN\'s "State of the Union" that the bill would pass.'))).toEqual(['cnn']);
    // The head noun after a Latin name introduces it as well: "told the Guardian newspaper".
    expect(outletIds(runText('Warehouse fire\n\nBy Jane Roe\n\nA fire destroyed a warehouse overnight, a fire official told the Guardian newspaper.'))).toEqual(['the-guardian']);
  });
  it('a copyright or boilerplate footer names the publication', () => {
    const cases: [string, string][] = [
      ['Power cuts across the north\n\nBy Omar Said\n\nThousands of homes were without power, officials told Al Jazeera.\n\n© 2025 Al Jazeera Media Network', 'al-jazeera'],
      ['انقطاع الماء في خريبكة\n\nيوسف العلمي\n\nاشتكى سكان الأحياء من انقطاع الماء، وقال مصدر في تصريح لهسبريس إن الأشغال ستنتهي قريبا.\n\nجميع الحقوق محفوظة لموقع هسبريس', 'hespress'],
      ['Incendie à Montreuil\n\nPar Léa Martin\n\nUn témoin a confié au Parisien avoir entendu une explosion.\n\nTous droits réservés – Le Parisien', 'le-parisien'],
      ['Rain warning for Dubai\n\nHeavy rain is expected on Friday, forecasters said.\n\nSubscribe to the Gulf News newsletter for daily updates', 'gulf-news'],
      ['Tram line opens\n\nThe new tram line opened on Monday, the city said.\n\nFollow Metro on Facebook and Instagram', 'metro-uk'],
      ['Stocks slip\n\nShares fell on Tuesday, traders said.\n\nDownload the Bloomberg app for live markets', 'bloomberg'],
      ['أمطار على الرياض\n\nتوقع المركز الوطني للأرصاد هطول أمطار غزيرة.\n\nاشترك في نشرة عكاظ اليومية', 'okaz'],
      ['افتتاح الطريق السريع\n\nافتتح الوزير الطريق الجديد اليوم.\n\nتابعوا سكاي نيوز عربية على تلغرام', 'sky-news-arabia'],
    ];
    for (const [text, id] of cases) {
      const a = runText(text);
      expect(a.hostOutlet?.id, text.slice(0, 30)).toBe(id);
      expect(outletIds(a), text.slice(0, 30)).toEqual([]);
    }
  });

  it("an agency's copyright line travels with its copy to partner sites: still a relay", () => {
    for (const footer of ['Copyright Reuters 2025. All rights reserved.', 'Copyright 2025 The Associated Press. All rights reserved.']) {
      const a = runText(`Fed holds rates\n\nWASHINGTON (Reuters) - The Federal Reserve held rates steady on Wednesday.\n\n${footer}`);
      expect(a.hostOutlet, footer).toBeNull();
      expect(outletIds(a).length, footer).toBeGreaterThan(0);
    }
  });

  it('a mid-article copyright case is not a footer', () => {
    const a = runText('Court rules on AI\n\nBy Jo Lee\n\nThe judge dismissed a copyright claim filed by The New York Times against the start-up, the court said.\n\nThe ruling can be appealed.');
    expect(a.hostOutlet).toBeNull();
  });

  it('first-person newsgathering with the outlet as subject, twice, is the publication', () => {
    const en = runText('Club close to signing striker\n\nBy Sam Hill\n\nMetro understands the club has agreed a fee for the striker.\n\nMetro has contacted the club for comment.');
    expect(en.hostOutlet?.id).toBe('metro-uk');
    expect(outletIds(en)).toEqual([]);
    const learned = runText('Minister to resign\n\nBy Sam Hill\n\nThe Guardian has learned that the minister will step down. A senior aide told the Guardian the decision was final.');
    expect(learned.hostOutlet?.id).toBe('the-guardian');
    const ar = runText('تعديل حكومي مرتقب\n\nعلمت هسبريس من مصادر مطلعة أن تعديلا حكوميا سيعلن الأسبوع المقبل، وحصلت هسبريس على لائحة الأسماء المقترحة.');
    expect(ar.hostOutlet?.id).toBe('hespress');
    expect(outletIds(ar)).toEqual([]);
    const fr = runText('Un plan social chez le fabricant\n\nPar Léa Martin\n\nLe Parisien a appris que 300 postes seraient supprimés. Un document que Le Parisien a pu consulter détaille le calendrier.');
    expect(fr.hostOutlet?.id).toBe('le-parisien');
    expect(outletIds(fr)).toEqual([]);
  });

  it('beside other outlets, a name twice given interviews and looking back on its story ("reported in August") is the publication', () => {
    const text = 'Flight paths anger residents\n\nBy Kate Lowe\n\nResidents are furious, a councillor told the Herald. As the Herald reported in August, night flights '
      + 'will start next year. The Guardian reported that the minister had seen the maps. According to Reuters, the department declined to comment.';
    const a = runText(text);
    expect(a.hostOutlet?.name).toBe('the Herald');
    expect(outletIds(a)).toEqual(['reuters', 'the-guardian']);
    // "revealed in the summer" looks back the same way.
    const summer = runText('Payouts rise\n\nBy Kate Lowe\n\nThe bill could reach £1bn, the Guardian understands. The Guardian revealed in the summer that payouts were planned. A minister told the BBC the savings were real.');
    expect(summer.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(summer)).toEqual(['bbc']);
    // The cue may swallow the time phrase's first word: "reported earlier this year", "reported last month".
    const earlier = runText('Taxi fares go digital\n\nBy Kate Lowe\n\nThe Guardian reported earlier this year that meters would change. '
      + 'A driver told the Guardian on Sunday that fares had risen. According to Reuters, the department declined to comment.');
    expect(earlier.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(earlier)).toEqual(['reuters']);
    // "according to a Guardian analysis of court records": the outlet's own analysis is its newsgathering.
    const analysis = runText('Hospital sues patients\n\nBy Kate Lowe\n\nThe hospital filed 2,100 suits, according to a Guardian analysis of court records. '
      + 'The Guardian reviewed dockets in four counties. ProPublica reported on the suits in 2024.');
    expect(analysis.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(analysis)).toEqual(['?ProPublica']);
    // Named once, "reported last week" is how a relay cites another paper.
    const once = runText('Flight paths anger residents\n\nBy Kate Lowe\n\nThe Guardian reported last week that the maps had changed. According to Reuters, the department declined to comment.');
    expect(once.hostOutlet).toBeNull();
    expect(outletIds(once)).toEqual(['reuters', 'the-guardian']);
  });

  it("the outlet's own people witnessing, observing or running a survey name the publication", () => {
    const saw = runText('Villages empty\n\nBy Jane Roe\n\nA Guardian reporter saw houses with roofs torn away. A soldier told the Guardian that infantry was short.');
    expect(saw.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(saw)).toEqual([]);
    const observed = runText('مناطيد الأقصر\n\nالأقصر - أحمد علي\n\nورصد «الشروق» إقبالا كبيرا من السياح على رحلات المناطيد صباح اليوم.');
    expect(observed.hostOutlet?.id).toBe('al-shorouk-eg');
    expect(outletIds(observed)).toEqual([]);
    // "المرصد" (an observatory) is no observing by a paper.
    const observatory = runText('قصف\n\nالمحرر\n\nوقال المرصد السوري إن القصف استمر، وفق ما ذكرت «الشروق».');
    expect(observatory.hostOutlet).toBeNull();
  });

  it("another outlet's byline names the publication before its newsgathering does", () => {
    const a = runText("Striker's mansion plans rejected\n\nBy Hannah Lowe For The Independent\n\nThe Sun revealed last month that 90 residents objected. "
      + 'Speaking to The Sun earlier this month, a neighbour said her wall had cracked. The council said the plans were refused.');
    expect(a.hostOutlet?.id).not.toBe('the-sun');
    expect(outletIds(a)).toContain('the-sun');
  });

  it('beside other outlets, a site or channel named bare as the one given exclusive statements is the publication', () => {
    const own = runText('أسعار الأضاحي\n\nمتابعة\n\nوقال رئيس جمعية مربي الماشية، في تصريحات خاصة لـ«سكاي نيوز عربية»، إن الأسعار ستنخفض. وكانت وكالة رويترز قد ذكرت أن الواردات ارتفعت.');
    expect(own.hostOutlet?.id).toBe('sky-news-arabia');
    expect(outletIds(own)).toEqual(['reuters']);
    const relay = runText('أسعار الأضاحي\n\nمتابعة\n\nوقال رئيس جمعية مربي الماشية، في تصريح خاص لقناة الجزيرة، إن الأسعار ستنخفض. وكانت وكالة رويترز قد ذكرت أن الواردات ارتفعت.');
    expect(relay.hostOutlet).toBeNull();
    expect(outletIds(relay)).toEqual(['al-jazeera', 'reuters']);
  });

  it('records released to an outlet, and "وكان «X» قد نشر" for a masculine title, are its own newsgathering', () => {
    const en = runText('Surgeries postponed\n\nBy Kate Lowe\n\nMore than 300 surgeries were postponed, the Guardian can reveal. Figures released to the Guardian show most were orthopaedic. '
      + 'A patient told the Guardian he had waited eight months. Reuters reported last month that staff were leaving.');
    expect(en.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(en)).toEqual(['reuters']);
    const ar = runText('شحنات الغاز\n\nالقاهرة\n\nوذكرت وكالة رويترز أن الشحنات وصلت. وكان «الخبر» قد نشر في وقت سابق تفاصيل الخطة.');
    expect(ar.hostOutlet?.id).toBe('el-khabar');
    expect(outletIds(ar)).toEqual(['reuters']);
  });

  it('a paper naming itself in parentheses ("وتجولت (هسبريس) في السوق", "قال … لـ(هسبريس)،") is neither a dateline nor a credit line', () => {
    const text = 'عودة الحياة إلى السوق\n\nأم درمان: عثمان الطيب\n\nوتجولت (هسبريس) صباح أمس في أزقة السوق.\n\n'
      + 'وقال التاجر عبد الرحيم حسن، الذي يعمل في السوق منذ ثمانينيات القرن الماضي والذي يعرفه الجميع في الحي، لـ(هسبريس)، إن الحركة عادت.';
    const patternsSeen = runText(text, { url: 'https://www.example.com/x' }).attributions.map((x) => x.pattern);
    expect(patternsSeen).not.toContain('wire_dateline');
    expect(patternsSeen).not.toContain('other');
    // A real dateline: a city before the agency's name.
    expect(runText('أمطار غزيرة\n\nالمحرر\n\nالرباط (رويترز) قال مسؤولون إن الأمطار غزيرة.').attributions.map((x) => x.pattern)).toEqual(['wire_dateline']);
  });

  it('"has been told" is newsgathering; a role after the outlet in the byline and a first-person byline name the publication', () => {
    const told = runText('Airport cap\n\nBy Niamh Roe\n\nThe Guardian understands the cap will stay. The Guardian has been told the review is over.');
    expect(told.hostOutlet?.id).toBe('the-guardian');
    expect(told.attributions).toEqual([]);
    const staff = runText('Jet delayed\n\nBy Rachel Lind, Gulf News business reporter\n\nThe jet is late, according to documents reviewed by Gulf News. Reuters reported the delay.');
    expect(staff.hostOutlet?.id).toBe('gulf-news');
    expect(outletIds(staff)).toEqual(['reuters']);
    const ours = runText("Élections reportées\n\nAvec notre correspondant à Antananarivo, Loïc Ramaro\n\nLe colonel a confié à RFI que le scrutin attendrait. Selon Reuters, l'opposition proteste.");
    expect(ours.hostOutlet?.id).toBe('rfi');
    expect(outletIds(ours)).toEqual(['reuters']);
  });

  it('a site\'s inline dateline ("جدة - عكاظ - أعلنت") and its correspondent beside its learning ("أفاد مراسل «الميادين» … وعلمت «الميادين»") name the publication', () => {
    const inline = runText('افتتاح الطريق\n\nالمحرر\n\nجدة - عكاظ - أعلنت الأمانة افتتاح الطريق الجديد. وذكرت وكالة رويترز أن الحركة عادت.');
    expect(inline.hostOutlet?.id).toBe('okaz');
    expect(outletIds(inline)).toEqual(['reuters']);
    // An agency's inline dateline is relayed copy.
    expect(runText('افتتاح الطريق\n\nالمحرر\n\nالرياض - واس - أعلنت الأمانة افتتاح الطريق الجديد.').hostOutlet).toBeNull();
    const own = runText('جرافات على الحدود\n\nبيروت\n\nأفاد مراسل «الميادين» بأن الجرافات دخلت البلدة. وعلمت «الميادين» أن الجيش سيرد. وذكرت القناة 13 العبرية أن العملية مستمرة.\n\nوقالت وكالة رويترز إن القصف توقف.');
    expect(own.hostOutlet?.id).toBe('al-mayadeen');
  });

  it('"une note consultée par Le Monde … Joint par Le Monde": documents seen and people reached are the paper\'s own', () => {
    const a = runText("Taxe de séjour\n\nPar Anne Roux\n\nSelon une note consultée par Le Monde, la taxe doublera. Joint par Le Monde, l'adjoint au maire n'a pas commenté.");
    expect(a.hostOutlet?.id).toBe('le-monde');
    expect(a.attributions).toEqual([]);
  });

  it('one self-reference by another outlet, or by an agency, stays relayed', () => {
    expect(runText('Deal is off\n\nThe deal is off, the Guardian can reveal.').hostOutlet).toBeNull();
    // ... but a short name several papers share, that nothing settled, is the paper's own voice.
    const short = runText('Prices to rise\n\nBy Kate Lowe\n\nWater prices will rise by 9%, the Herald can reveal. Reuters reported that rates would climb.');
    expect(short.hostOutlet?.name).toBe('the Herald');
    expect(outletIds(short)).toEqual(['reuters']);
    const agency = runText('Talks stall\n\nBy Sam Hill\n\nAFP has learned that talks stalled. A diplomat told AFP the gap was wide.');
    expect(agency.hostOutlet).toBeNull();
    expect(outletIds(agency)).toEqual(['afp']);
  });

  it('"selon les informations de X" with X in the byline is the publication', () => {
    const a = runText('Le maire visé par une enquête\n\nPar Léa Martin, Le Parisien\n\nSelon les informations du Parisien, une enquête a été ouverte mardi.');
    expect(a.hostOutlet?.id).toBe('le-parisien');
    expect(outletIds(a)).toEqual([]);
  });

  it('a title suffix with the same outlet in the byline is the publication', () => {
    const a = runText('Snow closes schools - CNN\n\nBy Jane Roe, CNN\n\nSchools were closed on Monday, the district said.');
    expect(a.hostOutlet?.id).toBe('cnn');
    expect(outletIds(a)).toEqual([]);
    const other = runText('Snow closes schools | CNN\n\nBy Jane Roe\n\nSchools were closed on Monday, the district told Fox News.');
    expect(other.hostOutlet).toBeNull();
  });

  it('agency copy stays relayed without a URL, with or without the reporters’ names (sites repost it whole)', () => {
    for (const byline of ['By MARA LINDQVIST and JO-ANN PIKE Associated Press', 'By AP']) {
      const a = runText(`Storm floods river towns\n\n${byline}\n\nDALLAS (AP) — Floodwaters rose overnight, officials said.`);
      expect(a.hostOutlet).toBeNull();
      expect(outletIds(a)).toEqual(['ap']);
    }
    // "AFP/Tehran": the agency's credit with its city, on a site that also quotes the agency's interviews.
    const withCity = runText('Guards seize tanker\n\nAFP/Tehran\n\nThe tanker was held in the Gulf of Oman, an analyst told AFP.');
    expect(withCity.hostOutlet).toBeNull();
    expect(withCity.attributions.map((x) => x.pattern)).toEqual(['byline_via', 'interview_with']);
  });

  it('a "City - Paper:" byline closing with a colon is the paper’s own dateline', () => {
    const a = runText('ارتفاع درجات الحرارة\n\nجدة - عكاظ:\n\nتوقعت الأرصاد ارتفاع درجات الحرارة، وقال خبير في تصريحات لعكاظ إن الموجة ستستمر.');
    expect(a.hostOutlet?.id).toBe('okaz');
    expect(outletIds(a)).toEqual([]);
  });

  it("an agency dateline under a byline of reporters' names alone is the agency's own copy; a site running it credits the agency", () => {
    const body = 'LONDON (Reuters) - Sterling rose on Thursday after the data, traders said.\n\nGilts were steady.\n\n(Reporting by Ana Silva; Editing by Tom Brook)';
    const own = runText(`Sterling rises\n\nBy Ana Silva and Tom Brook\n\n${body}`);
    expect(own.hostOutlet?.id).toBe('reuters');
    expect(own.attributions).toEqual([]);
    expect(own.originalOutlet).toBeNull();
    for (const byline of ['By Reuters', 'By Ana Silva, Reuters', 'Staff and agencies']) {
      const a = runText(`Sterling rises\n\n${byline}\n\n${body}`);
      expect(a.hostOutlet?.id).not.toBe('reuters');
      expect(outletIds(a)).toEqual(['reuters']);
    }
    // The dateline must open the story: an agency cited further down is not the host.
    const later = runText('Sterling rises\n\nBy Ana Silva\n\nSterling rose on Thursday.\n\nLONDON (Reuters) - Gilts were steady.');
    expect(later.hostOutlet).toBeNull();
  });

  it('a staff role between the reporter and the outlet makes the byline the outlet’s own', () => {
    const a = runText('Rail fares to rise\n\nBy Tom Poe, Transport correspondent, Gulf News\n\nFares will rise by 5% in March, the operator said.');
    expect(a.hostOutlet?.id).toBe('gulf-news');
    expect(outletIds(a)).toEqual([]);
  });
});

describe('a Saudi city in the byline', () => {
  it('"الخبر - فهد الدوسري" is the city of Khobar before the reporter, not the Algerian paper; the paper observing and interviewing is the host', () => {
    const a = runText('زحام على الجسر\n\nالخبر - فهد الدوسري\n\nورصدت «الرياض» مساء الخميس انتظار المسافرين ساعتين. وقال الخبير في النقل خالد العنزي لـ«الرياض» إن الجسر مزدحم.');
    expect(a.hostOutlet?.id).not.toBe('el-khabar');
    expect(a.attributions).toEqual([]);
  });
});

describe('the byline outlet, a survey and a signature', () => {
  it('"By X, The Guardian" with "reviewed by The Guardian" among other outlets is the Guardian\'s own page', () => {
    const a = runText('Shutoff credits\n\nBy Marisa Ortega, The Guardian\n\nThe utility refunded $2m, according to records reviewed by The Guardian. Reuters reported the fine last week.');
    expect(a.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(a)).toEqual(['reuters']);
  });

  it('"A survey by X" and "spoke to X" are the publication\'s own work', () => {
    const a = runText('Grain prices fall\n\nBy Musa Bello\n\nA survey by the Guardian at the market showed prices falling. A trader spoke to the Guardian on Monday.');
    expect(a.hostOutlet?.id).toBe('the-guardian');
    expect(outletIds(a)).toEqual([]);
  });

  it("the site's bare name closing the article beside an interview given to it signs the page; 'Source: X' does not", () => {
    const signed = runText('Fêtes de fin d\'année\n\nPar Anne Roux\n\nLes commerçants sont inquiets, explique une vendeuse au Monde. Libération rapportait la même chose hier.\n\nLe Monde');
    expect(signed.hostOutlet?.id).toBe('le-monde');
    const sourced = runText('Fêtes de fin d\'année\n\nPar Anne Roux\n\nLes commerçants sont inquiets, a expliqué une vendeuse au Monde. Libération rapportait la même chose hier.\n\nSource : Le Monde');
    expect(sourced.hostOutlet?.id).not.toBe('le-monde');
  });

  it('a first-hand page signed by its site alone (its name as the last line, or with © under the title) is that site; a credited source or an agency is not', () => {
    const body = "Coupures d'eau à Dakar\n\nPar Awa Diop\n\nLa distribution reprendra lundi, a annoncé la société des eaux. Les habitants font la queue aux bornes-fontaines.";
    const signed = runText(body + '\n\nAwa Diop\nLe Monde');
    expect(signed.hostOutlet?.id).toBe('le-monde');
    expect(signed.attributions).toEqual([]);
    const copyright = runText("Coupures d'eau à Dakar\n\nLe Monde©\n\nLa distribution reprendra lundi, a annoncé la société des eaux.");
    expect(copyright.hostOutlet?.id).toBe('le-monde');
    expect(copyright.attributions).toEqual([]);
    const credited = runText(body + '\n\nSource : Le Monde');
    expect(credited.hostOutlet?.id).not.toBe('le-monde');
    expect(outletIds(credited)).toEqual(['le-monde']);
    const agency = runText(body + '\n\nAFP');
    expect(agency.hostOutlet?.id).not.toBe('afp');
  });
});

describe('bylines and look-backs', () => {
  it('"الرياض - الخبر": the city is the dateline and the paper after the dash the publication', () => {
    const a = runText('الملكية الأجنبية\n\nالرياض - الخبر\n\nوذكرت وكالة "رويترز" أن القرار سيصدر قريبا. وقال مسؤول في حديث لـ"الخبر" إن التطبيق يبدأ العام المقبل.');
    expect(a.hostOutlet?.id).toBe('el-khabar');
    expect(outletIds(a)).toEqual(['reuters']);
  });

  it('a paper introduced with a head noun and looked back on ("as reported by the daily X last month") is another site\'s', () => {
    const a = runText('Water metro delays\n\nBy Staff\n\nThe routes were held up for a year, as reported by the daily Guardian last month. The newspaper had said the yard was struggling.');
    expect(a.hostOutlet).toBeNull();
    expect(outletIds(a)).toEqual(['the-guardian']);
  });
});

describe("a newsroom's byline", () => {
  it('"Rédaction Le Figaro", "La rédaction du Figaro" and "Le Figaro (avec AFP)" name the publication; the agency stays relayed', () => {
    const body = '\n\nLa grève continue à Golbey, a indiqué le syndicat.\n\nLes salariés attendent une réponse.';
    expect(runText('Grève\n\nRédaction Le Figaro' + body).hostOutlet?.id).toBe('le-figaro');
    expect(runText('Grève\n\nLa rédaction du Figaro' + body).hostOutlet?.id).toBe('le-figaro');
    const withAgency = runText('Grève\n\nLe Figaro (avec AFP)' + body);
    expect(withAgency.hostOutlet?.id).toBe('le-figaro');
    expect(outletIds(withAgency)).toEqual(['afp']);
  });
});

describe('a broadcaster\'s own correspondents and interviews', () => {
  it('"Al Jazeera\'s X, reporting from Amman, said" beside "told Al Jazeera" is its own page; the correspondent alone is cited', () => {
    const own = runText("Crossing shut\n\nBy Staff\n\nAl Jazeera's Hoda Hamid, reporting from Amman, said the hall was empty. A teacher told Al Jazeera she could not go home.");
    expect(own.hostOutlet?.id).toBe('al-jazeera');
    expect(own.attributions).toEqual([]);
    const relayed = runText("Crossing shut\n\nBy Staff\n\nAl Jazeera's Hoda Hamid, reporting from Amman, said the hall was empty.");
    expect(outletIds(relayed)).toEqual(['al-jazeera']);
  });
});

describe('an Arabic site named in the masculine', () => {
  it('"وحصل «الأخبار» على نسخة" (the site obtained a copy) is its own page', () => {
    const a = runText('إحالة المتهمين\n\nبيروت\n\nوحصل «الأخبار» على نسخة من أمر الإحالة الذي كشف تفاصيل القضية.');
    expect(a.hostOutlet?.id).toBe('al-akhbar-lb');
    expect(a.attributions).toEqual([]);
  });
});

describe('a staff byline with a bar, and the site\'s label above the lede', () => {
  it('"Jeanne Martin | Le Parisien" is the paper\'s own page; "هسبريس:" on a line of its own is the site\'s label; an agency\'s stays relayed', () => {
    const staff = runText('Le Grand Paris Express prend du retard\n\nJeanne Martin | Le Parisien\n\nLa ligne 15 ne sera pas prête avant 2027, a indiqué la Société des grands projets.');
    expect(staff.hostOutlet?.id).toBe('le-parisien');
    expect(outletIds(staff)).toEqual([]);
    const label = runText('الرجاء يفوز على الجيش\n\nهسبريس:\n\nحقق فريق الرجاء فوزا ثمينا على الجيش الملكي بهدفين لهدف.');
    expect(label.hostOutlet?.id).toBe('hespress');
    expect(outletIds(label)).toEqual([]);
    const agency = runText('الرجاء يفوز على الجيش\n\nواس:\n\nحقق فريق الرجاء فوزا ثمينا على الجيش الملكي بهدفين لهدف.');
    expect(agency.hostOutlet?.id).not.toBe('spa');
  });
});

describe('a staff byline with a desk after a dash', () => {
  it('"By X – Staff Writer, Atlanta Business Chronicle", then "told Atlanta Business Chronicle", is the paper\'s own page', () => {
    const a = runText('Midtown tower sells at a discount\n\nBy Mariel Hutchins-Boyd – Staff Writer, Atlanta Business Chronicle\n\nThe tower sold for $180 million. Hollis Tran, managing partner at the buyer, told Atlanta Business Chronicle that the new owners plan upgrades.');
    expect(a.hostOutlet?.name).toBe('Atlanta Business Chronicle');
    expect(outletIds(a)).toEqual([]);
  });
});


describe('a byline that is the outlet\'s own newsroom', () => {
  it('a reporter above the paper\'s name, a desk of the paper and a team of the paper name the page; a desk of an everyday word names none', () => {
    const two = runText("Le port s'agrandit\n\nJulie Ménard\nSud Ouest\n\nBAYONNE — Le port a obtenu 14 M€ pour son nouveau quai, a confirmé lundi la région.");
    expect(two.hostOutlet?.id).toBe('sud-ouest');
    const desk = runText("Le port s'agrandit\n\nRédaction sport Le Parisien\n\nLe club a battu Lens 2-1 samedi soir.");
    expect(desk.hostOutlet?.id).toBe('le-parisien');
    const team = runText('Storm warning\n\nBy CNN Weather Team\n\nA winter storm warning is in effect until Friday, the National Weather Service said.');
    expect(team.hostOutlet?.id).toBe('cnn');
    const everyday = runText('Storm warning\n\nBy Times Sports Desk\n\nThe club won 2-1 on Saturday.');
    expect(everyday.hostOutlet?.id).not.toBe('the-times');
    const credit = runText("Le port s'agrandit\n\nRédaction web avec AFP\n\nLe port a obtenu 14 M€ pour son nouveau quai.");
    expect(credit.hostOutlet).toBeNull();
  });

  it('an unknown name in the opening dateline or alone on the last line is the site\'s own; an unknown acronym in the dateline is an agency\'s', () => {
    const dateline = runText("Navigation nocturne interdite\n\nBukavu, le 11 février (Kivu Matin Post) – La navigation nocturne est interdite sur le lac, a annoncé le gouverneur.");
    expect(dateline.hostOutlet?.name).toBe('Kivu Matin Post');
    expect(dateline.attributions).toEqual([]);
    const acronym = runText("Navigation nocturne interdite\n\nBukavu, le 11 février (ACPK) – La navigation nocturne est interdite sur le lac, a annoncé le gouverneur.");
    expect(acronym.hostOutlet).toBeNull();
    const signed = runText("Vente de parcelles\n\nLe tribunal de Kindia a rendu son verdict mardi dans l'affaire des parcelles.\n\nKindiaNews.info");
    expect(signed.hostOutlet?.name).toBe('KindiaNews.info');
    expect(signed.attributions).toEqual([]);
  });

  it('"Ocean FM News" is Ocean FM\'s newsroom: one station, only spoken to, is the page\'s own', () => {
    const a = runText('Trolley count rises\n\nBy Ann Lee\n\nThe hospital had 41 patients on trolleys, a spokeswoman told Ocean FM News. In a statement to Ocean FM, the HSE said extra beds would open.');
    expect(a.hostOutlet?.name).toBe('Ocean FM News');
    expect(a.attributions).toEqual([]);
  });
});

describe('a staff byline naming the newsroom and the site it writes for', () => {
  it('"Jane Roe | Digital Desk for Gulf News" is Gulf News\'s own page', () => {
    const a = runText('Metro hours extended\n\nBy Jane Roe | Digital Desk for Gulf News\n\nThe metro will run until 2am during the festival, the transport authority said.');
    expect(a.hostOutlet?.id).toBe('gulf-news');
  });

  it('"Outlet, Reporter" on the byline line is the paper signing its own reporter\'s copy', () => {
    const a = runText('Festival : un bilan record\n\nOuest-France, Maëlle Le Goff\n\nLes organisateurs ont annoncé 800 000 visiteurs, a indiqué le directeur du festival.');
    expect(a.hostOutlet?.id).toBe('ouest-france');
    expect(outletIds(a)).toEqual([]);
  });
});
