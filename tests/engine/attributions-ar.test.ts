// Arabic attribution patterns, variants and decoys (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { find, outletIds, patterns, run, runText } from './helpers';

describe('Arabic patterns', () => {
  it('byline_via: "X عن Y" and "X | Y"', () => {
    const a = runText('الحكومة تعلن خطة جديدة للنقل\n\nالمحرر عن اوروب1\n\nأعلنت الحكومة خطة جديدة.');
    expect(patterns(a, 'europe-1')).toEqual(['byline_via']);
    expect(a.hostOutlet?.id).toBe('almouharir');
    const b = runText('مراكش تستقبل السياح\n\nكشـ24 | و.م.ع\n\nاستقبلت المدينة عددا قياسيا من السياح.', { url: 'https://www.kech24.com/x' });
    expect(patterns(b, 'map')).toEqual(['byline_via']);
    expect(find(b, 'kech24')).toEqual([]);
    // "كشـ24 - المحرر عن اوروب1": after the site's name and a dash, "المحرر" is its editor, not the site Al Mouharir.
    for (const url of ['https://www.kech24.com/x', undefined]) {
      const c = runText('مراكش تستقبل السياح\n\nكشـ24 - المحرر عن اوروب1\n\nاستقبلت المدينة عددا قياسيا من السياح.', { url });
      expect(outletIds(c), String(url)).toEqual(['europe-1']);
    }
  });
  it('according_to: حسب / بحسب / وفق ما / وفقا لـ / نقلا عن', () => {
    expect(patterns(run('وحسب أوروب 1، فإن الزيارة مهمة.'), 'europe-1')).toEqual(['according_to']);
    expect(patterns(run('وبحسب وكالة رويترز فإن الأسعار ارتفعت.'), 'reuters')).toEqual(['according_to']);
    expect(patterns(run('وفق ما خلص إليه تقرير أوروب 1.'), 'europe-1')).toEqual(['according_to']);
    expect(patterns(run('وفقاً لـ"هسبريس" فإن القرار نهائي.'), 'hespress')).toEqual(['according_to']);
    expect(patterns(run('وذلك نقلا عن وكالة فرانس برس.'), 'afp')).toEqual(['according_to']);
    expect(patterns(run('طبقا لما أوردته صحيفة لوموند الفرنسية فإن المفاوضات متعثرة.'), 'le-monde')).toEqual(['according_to']);
  });
  it('byline: a paper named like a city after another outlet and a dash is the dateline ("عكاظ - الرياض"), not before it', () => {
    expect(runText('أمطار غزيرة على المدينة\n\nعكاظ - الرياض\n\nأعلن المركز الوطني للأرصاد عن هطول أمطار.').attributions).toEqual([]);
    expect(runText('أمطار غزيرة على المدينة\n\nجدة - الرياض\n\nأعلن المركز الوطني للأرصاد عن هطول أمطار.').hostOutlet?.id).toBe('al-riyadh');
    // After a site the registry does not know, too.
    expect(runText('أمطار غزيرة على المدينة\n\nالمرصد اليومي - الرياض\n\nأعلن المركز الوطني للأرصاد عن هطول أمطار.', { url: 'https://www.almarsad-example.net/x' }).attributions).toEqual([]);
  });
  it('an outlet speaking for itself in a statement is news about it, not a source', () => {
    expect(run('وقالت شبكة الجزيرة في بيان إن مراسلها اعتقل.').attributions).toEqual([]);
    expect(run('وقالت قناة الجزيرة، في بيان لها، إن مراسلها اعتقل.').attributions).toEqual([]);
    expect(run('وقالت قناة الجزيرة إن الوزير سيستقيل.').attributions.map((x) => x.outlet.id)).toEqual(['al-jazeera']);
  });
  it('a quoted title after a feminine reporting verb or حسب is an outlet; quoted speech is not', () => {
    expect(run('وذكرت «نيا أورا» أن العبارة تجاهلت التحذيرات.').attributions.map((x) => [x.pattern, x.outlet.name, x.outlet.known])).toEqual([['reported_by', 'نيا أورا', false]]);
    expect(run('وبحسب "نيا أورا"، فإن العبارة تجاهلت التحذيرات.').attributions.map((x) => x.pattern)).toEqual(['according_to']);
    expect(run('وقالت "سنواصل العمل"، مشيرة إلى الخطة.').attributions).toEqual([]);
    expect(run('وذكرت "مصادر مطلعة" أن الاجتماع تأجل.').attributions).toEqual([]);
    expect(run('وبحسب "تعبيره"، فإن الوضع صعب.').attributions).toEqual([]);
  });
  it('after a definite head noun an everyday word is an adjective ("الصحيفة الاقتصادية"), after an indefinite one a name', () => {
    expect(outletIds(run('كشفت صحيفة الغارديان أن الصفقة ألغيت. وأوضحت الصحيفة الأيام الماضية أن الوزير تدخل.'))).toEqual(['the-guardian']);
    expect(outletIds(run('وقالت صحيفة الأيام البحرينية إن الأسعار ارتفعت.'))).toEqual(['al-ayam-bh']);
  });
  it('reported_by: verb before the outlet, verb after it, and through a report noun', () => {
    expect(patterns(run('كشفت صحيفة الغارديان البريطانية أن الاتفاق قريب.'), 'the-guardian')).toEqual(['reported_by']);
    expect(patterns(run('وادعت قناة الجزيرة أن الاجتماع تأجل.'), 'al-jazeera')).toEqual(['reported_by']);
    expect(patterns(run('ونبهت صحيفة الغارديان إلى أن الاجتماع تأجل.'), 'the-guardian')).toEqual(['reported_by']);
    expect(patterns(run('وتشير أوروب 1 أيضاً إلى أن التعاون مستمر.'), 'europe-1')).toEqual(['reported_by']);
    expect(patterns(run('وكشف تقرير أوروب 1 أن المغرب لم يتوقف.'), 'europe-1')).toEqual(['reported_by']);
    expect(patterns(run('المغرب يفاوض', {}, '“أوروب 1” تكشف كواليس العلاقة'), 'europe-1')).toEqual(['reported_by']);
    expect(patterns(run('وأفادت قناة الجزيرة بأن القصف استمر.'), 'al-jazeera')).toEqual(['reported_by']);
  });
  it('published_by: تقرير نشرته / مقال نشرته, with the nationality adjective in the surface', () => {
    const a = run('يكشف تقرير نشرته إذاعة أوروب 1 الفرنسية عن متانة العلاقات.');
    expect(find(a, 'europe-1').map((x) => [x.pattern, x.surface])).toEqual([['published_by', 'تقرير نشرته إذاعة أوروب 1 الفرنسية']]);
    expect(patterns(run('وفي مقال نشرته صحيفة "نيويورك تايمز" الأمريكية، قال الكاتب إن الأزمة طويلة.'), 'new-york-times')).toEqual(['published_by']);
  });
  it('wire_dateline: city (agency) -', () => {
    expect(patterns(run('باريس (رويترز) - قالت الشرطة إن التحقيق مستمر.'), 'reuters')).toEqual(['wire_dateline']);
    expect(patterns(run('الرباط (و.م.ع) - أعلنت الوزارة عن برنامج جديد.'), 'map')).toEqual(['wire_dateline']);
    expect(patterns(run('بيروت (أ ف ب) - تواصلت الاحتجاجات.'), 'afp')).toEqual(['wire_dateline']);
  });
  it('interview_with: قال لوكالة / في تصريح لـ / في مقابلة مع / headline لـ"X":', () => {
    expect(patterns(run('وقال الوزير لوكالة رويترز إن الاتفاق وشيك.'), 'reuters')).toEqual(['interview_with']);
    expect(patterns(run('وأكد في تصريح لـ"هسبريس" أن المشروع سينطلق.'), 'hespress')).toEqual(['interview_with']);
    expect(patterns(run('وقال في مقابلة مع قناة الجزيرة إن الحل سياسي.'), 'al-jazeera')).toEqual(['interview_with']);
    expect(patterns(run('وأوضح المسؤول للجزيرة أن المعبر سيفتح.'), 'al-jazeera')).toEqual(['interview_with']);
    expect(patterns(run('نص المقابلة.', {}, 'وزير موريتاني لـ"الشرق الأوسط": المعبر سيبقى مفتوحا'), 'asharq-al-awsat')).toEqual(['interview_with']);
  });
  it('other: source footers and headline labels', () => {
    expect(patterns(run('ارتفعت الأسعار.\n\nالمصدر: الجزيرة'), 'al-jazeera')).toEqual(['other']);
    expect(patterns(run('ارتفعت الأسعار.\n\n(أ ف ب)'), 'afp')).toEqual(['other']);
    expect(patterns(run('نص الخبر.', {}, '"الغارديان": أوروبا تلوح بالعقوبات'), 'the-guardian')).toEqual(['other']);
  });
  it('A cites B: نقلت نوفوستي عن صحيفة السفير → As-Safir is the original, Novosti a relay', () => {
    const a = run('ونقلت وكالة نوفوستي الروسية عن صحيفة السفير اللبنانية أن المفاوضات توقفت.');
    expect(patterns(a, 'ria-novosti')).toEqual(['reported_by']);
    expect(patterns(a, 'as-safir')).toEqual(['according_to']);
    expect(a.originalOutlet?.id).toBe('as-safir');
    expect(a.chain.map((o) => o.id ?? o.domain)).toEqual(['news.example.org', 'ria-novosti', 'as-safir']);
  });
});

describe('Arabic name variants', () => {
  it('hamza and alef forms, tatweel, tashkeel, glued and spaced digits, Arabic-Indic digits', () => {
    for (const name of ['أوروب 1', 'اوروب1', 'أوروب١', 'أوروـب 1', 'أُوروب 1']) {
      expect(outletIds(run(`وحسب ${name}، فإن الزيارة مهمة.`))).toEqual(['europe-1']);
    }
    expect(outletIds(run('وقالت فرانس ٢٤ إن الوضع هادئ.'))).toEqual(['france-24']);
  });
  it('proclitics: لوكالة، وللصحيفة، بالجزيرة، ولـ', () => {
    expect(patterns(run('وصرح المتحدث لوكالة فرانس برس بأن الحوار مستمر.'), 'afp')).toEqual(['interview_with']);
    expect(patterns(run('وكشف الوزير للشرق الأوسط أن المعبر سيفتح.'), 'asharq-al-awsat')).toEqual(['interview_with']);
    expect(patterns(run('وقال الوزير لوكالة الأنباء الفرنسية إن الحوار مستمر.'), 'afp')).toEqual(['interview_with']);
    expect(patterns(run('وقال الخبير في مداخلة على قناة الجزيرة إن الوضع معقد.'), 'al-jazeera')).toEqual(['interview_with']);
  });
  it('abbreviations and Egyptian ج for a foreign g', () => {
    expect(outletIds(run('وذكرت (واس) أن الملك استقبل الوفد.'))).toEqual(['spa']);
    expect(outletIds(run('وذكرت وكالة أ ف ب أن الحصيلة ارتفعت.'))).toEqual(['afp']);
    expect(outletIds(run('ونقلت صحيفة الجارديان البريطانية عن الباحث قوله إن النتائج مقلقة.'))).toEqual(['the-guardian']);
  });
});

describe('Arabic everyday-word names', () => {
  it('need an outlet context: head noun, quotes, nationality adjective', () => {
    expect(outletIds(run('ذكرت صحيفة الشروق الجزائرية أن الامتحانات تأجلت.'))).toEqual(['echorouk-dz']);
    expect(outletIds(run('وقالت "الخبر" إن الحكومة تدرس القرار.'))).toEqual(['el-khabar']);
    expect(outletIds(run('وقالت قناة العربية إن المحادثات انتهت.'))).toEqual(['al-arabiya']);
  });
  it('are not outlets as ordinary words', () => {
    const decoys = [
      'استيقظ الفلاحون منذ الشروق للعمل في الحقول.',
      'وقالت اليوم وزارة الصحة إن الوضع مستقر.',
      'وتحدث الخبير باللغة العربية عن الأزمة.',
      'وتشهد منطقة الشرق الأوسط توترا متزايدا.',
      'وقالت الحكومة إن الرأي العام يطالب بالإصلاح.',
      'وقع الحادث في وضح النهار.',
      'وصل الوفد إلى ولاية الجزيرة في السودان.',
    ];
    for (const d of decoys) expect(outletIds(run(d)), d).toEqual([]);
  });
  it('shared names are settled by the nationality adjective, else reported as written', () => {
    expect(outletIds(run('ذكرت صحيفة الوطن الكويتية أن البرلمان سيجتمع.'))).toEqual(['alwatan-kw']);
    expect(outletIds(run('وقالت صحيفة الرأي الأردنية إن الأسعار ثابتة.'))).toEqual(['alrai-jo']);
    const a = run('وقالت صحيفة الوطن إن الأسعار ارتفعت.');
    expect(a.attributions[0]?.outlet).toMatchObject({ id: null, known: false, name: 'الوطن' });
    const h = run('وقالت صحيفة الوطن إن الأسعار ارتفعت.', { url: 'https://www.kuna.net.kw/a' });
    expect(outletIds(h)).toEqual(['alwatan-kw']);
  });
  it('press-review phrasings: ونقرأ في «X»، «X» التي أفادت، أما «X» فقد رأت', () => {
    expect(patterns(run('ونقرأ في «الخبر» أن الحكومة ستعلن عن إجراءات جديدة.'), 'el-khabar')).toEqual(['published_by']);
    expect(patterns(run('ونختم من «الخبر» التي أفادت بأن الحكومة ستعلن عن إجراءات.'), 'el-khabar')).toEqual(['reported_by']);
    expect(patterns(run('أما «لوموند» الفرنسية، فقد رأت أن الحكومة أخطأت في تقديرها.'), 'le-monde')).toEqual(['reported_by']);
    expect(run('وجاء في البيان أن الحكومة ستعلن عن إجراءات جديدة.').attributions).toEqual([]);
    expect(patterns(run('وفي "لوموند"، يرى الكاتب أن الحكومة أخطأت.'), 'le-monde')).toEqual(['published_by']);
    expect(patterns(run('أما صحيفة «لوموند» فاختارت لصفحتها الأولى صورة الرئيس.'), 'le-monde')).toEqual(['reported_by']);
    expect(run('وفي "البيت"، جلس الأطفال.').attributions).toEqual([]);
  });
  it('a press review titled "رصيف الصحافة" sets its papers side by side: no original', () => {
    const body = 'نستهل قراءة رصيف صحافة الأربعاء من «الخبر»، التي أوردت أن الحكومة فتحت تحقيقا.\n\nونقرأ في «لوموند» أن الوزارة تعتزم رفع الأسعار.\n\nوذكرت صحيفة «الشروق» أن البرلمان سيجتمع.';
    const review = run(body, {}, 'رصيف الصحافة: تحقيق في صفقات الإطعام المدرسي');
    expect(review.attributions.length).toBeGreaterThanOrEqual(3);
    expect(review.originalOutlet).toBeNull();
  });
  it('editorial verbs of a press review: "وهاجمت صحيفة «لوموند» الحكومة", "ودعت الصحيفة"', () => {
    expect(patterns(run('وهاجمت صحيفة «لوموند» اليسارية الحكومة في افتتاحيتها.'), 'le-monde')).toEqual(['reported_by']);
    expect(run('وهاجمت الشرطة المتظاهرين. ودعت الحكومة إلى الهدوء.').attributions).toEqual([]);
  });
  it('"حسب المصدر ذاته من الجامعة" is a source inside an institution, not the outlet cited before', () => {
    expect(run('وذكرت وكالة رويترز أن اللاعب أصيب.\n\nومن المرتقب، حسب المصدر ذاته من الجامعة، أن يعلن البديل.').attributions.map((x) => x.outlet.id)).toEqual(['reuters']);
    expect(run('وذكرت وكالة رويترز أن اللاعب أصيب.\n\nوحسب المصدر ذاته، فإن البديل سيعلن غدا.').attributions.map((x) => x.outlet.id)).toEqual(['reuters', 'reuters']);
  });
  it('"أما صحيفة «لوموند»، فتناولت" with the verb glued to فـ; a regional adjective after the title ("الكتالونية")', () => {
    expect(patterns(run('أما صحيفة «لوموند»، فتناولت مشروع القانون.'), 'le-monde')).toEqual(['reported_by']);
    expect(run('وأما الحكومة، فتناولت الملف.').attributions).toEqual([]);
    expect(patterns(run('ونختم مع صحيفة «إل باييس» الكتالونية، التي أفادت بأن العدد ارتفع.'), 'el-pais')).toEqual(['reported_by']);
  });
  it('a review titled "عناوين الصحف" has no original', () => {
    const body = 'وأبرزت صحيفة «الأهرام» اجتماع الحكومة.\n\nوذكرت صحيفة «الشروق» أن البرلمان سيجتمع.\n\nونشرت «الخبر» تقريرا عن الأسعار.';
    expect(run(body, {}, 'عناوين الصحف: امتحانات الثانوية العامة').originalOutlet).toBeNull();
    expect(run(body, {}, 'امتحانات الثانوية العامة').originalOutlet?.id).toBe('al-ahram');
  });
  it('a review of "صحف عالمية" (the press of many countries) has no original, in its title or its lede', () => {
    const body = 'وقالت صحيفة نيويورك تايمز الأميركية إن الحصار اشتد.\n\nونشرت صحيفة لوموند تقريرا من المخيمات.\n\nأما صحيفة الغارديان البريطانية فقد ركزت على الجوع.';
    expect(run(body, {}, 'صحف عالمية: الفاشر تحت الحصار').originalOutlet).toBeNull();
    expect(run(`اهتمت صحف عالمية بتطورات الحرب في السودان.\n\n${body}`, {}, 'الفاشر تحت الحصار').originalOutlet).toBeNull();
    // The same paragraphs after a lede that is the news itself keep their lead source.
    expect(run(`اشتد الحصار على الفاشر.\n\n${body}`, {}, 'الفاشر تحت الحصار').originalOutlet?.id).toBe('new-york-times');
  });
  it('an interview "to the agency" paragraphs after the agency was last cited is the site itself; a dated past publication is history', () => {
    const paras = ['ذكرت وكالة رويترز أن الصادرات ارتفعت.', 'وأضافت الوكالة أن الأسعار مستقرة.', 'وتعمل الحكومة على خطة جديدة.', 'وينتظر البرلمان مشروع القانون.'];
    const far = run([...paras, 'ويرى الخبير النفطي أحمد سالم، في حديث للوكالة، أن الخطة جيدة.'].join('\n\n'));
    expect(far.attributions.map((x) => x.pattern)).toEqual(['reported_by', 'reported_by']);
    const near = run([paras[0], 'وقال الخبير النفطي أحمد سالم، في حديث للوكالة، إن الخطة جيدة.'].join('\n\n'));
    expect(near.attributions.map((x) => [x.pattern, x.outlet.id])).toEqual([['reported_by', 'reuters'], ['interview_with', 'reuters']]);
    expect(run('وانطلقت التحقيقات بعد وثيقة نشرها موقع "ميديابارت" عام 2012.').attributions).toEqual([]);
    expect(outletIds(run('وكشفت وثيقة نشرها موقع "ميديابارت" أن التمويل تم نقدا.'))).toEqual(['mediapart']);
  });
  it('a Spanish "El" written apart or glued: "الكونفيدينسيال" for "إل كونفيدينسيال", "إل أونيفرسال" for "الأونيفرسال"', () => {
    expect(outletIds(run('وحسب الكونفيدينسيال، فإن الوزير استقال.'))).toEqual(['el-confidencial']);
    expect(outletIds(run('وذكرت صحيفة إل أونيفرسال المكسيكية أن الوزير استقال.'))).toEqual(['el-universal-mx']);
  });
  it('a reporting verb, an indefinite head noun and an unquoted foreign title up to عن/أن: "نقل موقع ستريتفيلد عن"', () => {
    expect(run('ونقل موقع ستريتفيلد عن مصادر محلية أن القارب غرق.').attributions.map((x) => [x.outlet.name, x.outlet.known])).toEqual([['ستريتفيلد', false]]);
    for (const d of ['ونقل موقع إخباري عن مصادر محلية أن القارب غرق.', 'وذكرت شبكة كبيرة أن القارب غرق.', 'وذكر موقع الحكومة أن القارب غرق.', 'وقالت قناة فرنسية إن القارب غرق.']) {
      expect(run(d).attributions, d).toEqual([]);
    }
  });
  it('"الوكالة الإسبانية" is EFE by itself, but Europa Press after Europa Press was cited', () => {
    expect(outletIds(run('وقالت الوكالة الإسبانية إن الميناء أغلق.'))).toEqual(['efe']);
    const a = run('وذكرت وكالة "أوروبا برس" أن الميناء أغلق. ونقلا عن الوكالة الإسبانية، فإن الحركة توقفت.');
    expect(a.attributions.map((x) => x.outlet.id)).toEqual(['europa-press', 'europa-press']);
  });
  it('"لوكالة X، إن" is an interview even when the speech verb is far back; "وأضاف المصدر ذاته" is a person', () => {
    expect(patterns(run('وقال عبد الرحمن آدم، وهو مزارع نزح مع أسرته من قرية أم صميمة، لوكالة فرانس برس، إن المسلحين دخلوا القرية.'), 'afp')).toEqual(['interview_with']);
    const src = run('وذكرت وكالة فرانس برس أن الفنادق ممتلئة. وقال مدير فندق إن الحجوزات ارتفعت. وأضاف المصدر ذاته أن الأسعار ثابتة.');
    expect(src.attributions.map((x) => x.pattern)).toEqual(['reported_by']);
  });
  it('a foreign title in Arabic letters is found by its consonants: "كومباس" is Kompas, "سيدسفينسكان" Sydsvenskan', () => {
    expect(outletIds(run('وذكرت صحيفة "كومباس" الإندونيسية أن الوكالة احتالت على المعتمرين.'))).toEqual(['kompas']);
    expect(outletIds(run('وذكرت صحيفة "سيدسفينسكان" السويدية أن البلدية ألغت الحصص.'))).toEqual(['sydsvenskan']);
    // Three consonants ("ديتيك", D T K) pass when the story's country is the outlet's.
    expect(outletIds(run('احتالت شركة في إندونيسيا على المعتمرين. وأفاد موقع "ديتيك" الإخباري بأن الشرطة في إندونيسيا فتحت تحقيقا.'))).toEqual(['detik']);
    expect(run('وأفاد موقع "ديتيك" الإخباري بأن الشرطة فتحت تحقيقا.').attributions[0]?.outlet.known).toBe(false);
    // Two consonants ("دون", D N) are too few to trust.
    expect(run('وذكرت صحيفة "دون" الباكستانية أن الرسوم ارتفعت.').attributions[0]?.outlet.known).toBe(false);
  });
  it('a descriptive registry name with another country\'s nationality is that country\'s outlet, unlisted', () => {
    const a = run('وقالت رنا الحسيني لهيئة الإذاعة والتلفزيون السويدية إن الصفوف ألغيت.');
    expect(a.attributions[0]?.outlet).toMatchObject({ id: null, known: false, country: 'SE' });
    expect(outletIds(run('وقالت وكالة الأنباء الفرنسية إن الصفوف ألغيت.'))).toEqual(['afp']);
  });
  it('"إلى" before a bare everyday word is going somewhere, not speaking to a paper: "العودة إلى الديار"', () => {
    expect(run('تناولت "الديار" أوضاع العائلات التي لم تتمكن من العودة إلى الديار، ونقلت عن رئيس بلدية أن الوضع صعب.').attributions.map((x) => x.pattern)).toEqual(['reported_by']);
  });
  it('a head noun of one kind settles a name a channel and a paper share', () => {
    expect(outletIds(run('وذكر تلفزيون "المنار" أن الغارات استهدفت الجنوب.'))).toEqual(['al-manar-tv']);
    expect(outletIds(run('وذكرت صحيفة "المنار" أن البلدية أغلقت السوق.'))).toEqual(['al-manar-ps']);
  });
});

describe('Arabic decoys and other sources', () => {
  it('ordinary عن is not an attribution', () => {
    const a = run('تحدث الوزير عن متانة العلاقات، وأعلن عن خطة، وكشف عن أرقام بعيداً عن التجاذبات، عن طريق الحوار.');
    expect(a.attributions).toEqual([]);
  });
  it('ministries, police and sources are other sources', () => {
    const a = run('وحسب مصادر أمنية مطلعة فإن المشتبه به اعتقل. وقالت وزارة الداخلية إن التحقيق مستمر.');
    expect(a.attributions).toEqual([]);
    expect(a.otherSources.map((s) => s.surface)).toEqual(['وحسب مصادر', 'وقالت وزارة الداخلية']);
  });
  it('the host citing itself, photo credits and outlets as the news subject are not attributions', () => {
    expect(run('وعلمت هسبريس من مصادر أن القرار صدر.', { url: 'https://www.hespress.com/x' }).attributions).toEqual([]);
    expect(run('صورة: أ ف ب\n\nوصل الرئيس إلى المطار.').attributions).toEqual([]);
    expect(run('استحوذت مجموعة على قناة الجزيرة في صفقة كبيرة.').attributions).toEqual([]);
  });
  it('unknown outlets: head noun + quoted name or nationality adjective', () => {
    const a = run('وقالت صحيفة "الصباح الجديد" التونسية إن الانتخابات ستجرى في موعدها.');
    expect(a.attributions[0]?.outlet).toMatchObject({ id: null, known: false, name: 'الصباح الجديد', country: 'TN', medium: 'newspaper' });
    const b = run('وذكر موقع زمان الوصل السوري أن الكهرباء عادت.');
    expect(b.attributions[0]?.outlet).toMatchObject({ known: false, name: 'زمان الوصل', country: 'SY', medium: 'online' });
  });
  it('"وكالة الأنباء الرسمية" is "the official news agency", not the Kuwaiti daily الأنباء; a quoted name after it is the agency', () => {
    expect(run('ونسبت وكالة الأنباء الرسمية إلى مصدر مسؤول قوله إن الرئيس استقبل الوفد.').attributions).toEqual([]);
    expect(outletIds(run('وذكرت وكالة الأنباء الرسمية "سانا" أن الرئيس استقبل الوفد.'))).toEqual(['sana']);
    // The daily itself, with a head noun and its nationality, is still a source.
    expect(outletIds(run('وذكرت صحيفة "الأنباء" الكويتية أن الحكومة ستستقيل.'))).toEqual(['al-anba-kw']);
  });
  it('an outlet that "speaks of" something reports it: وتحدثت صحيفة "لوفيغارو" عن خلافات', () => {
    expect(patterns(run('وتحدثت صحيفة "لوفيغارو" الفرنسية عن خلافات داخل الحكومة.'), 'le-figaro')).toEqual(['reported_by']);
    expect(run('وتحدث الوزير عن خلافات داخل الحكومة.').attributions).toEqual([]);
  });
  it('an everyday-word name with another country\'s nationality is the phrase: "الرأي العام المغربي"', () => {
    expect(run('ويتابع الرأي العام المغربي عن قرب تطورات الملف.').attributions).toEqual([]);
    expect(outletIds(run('وذكرت صحيفة "الرأي" الكويتية أن الحكومة ستستقيل.'))).toEqual(['alrai-kw']);
  });
  it('an outlet that is the subject of the news is no source: its office closed, its correspondent killed', () => {
    expect(run('وأعلنت قناة الجزيرة عن إغلاق مكتبها في رام الله.').attributions).toEqual([]);
    expect(run('وأعلنت وكالة رويترز عن مقتل مراسلها في غزة.').attributions).toEqual([]);
    expect(run('وأعلنت قناة العربية عن إطلاق برنامج جديد.').attributions).toEqual([]);
    // What follows أن is the report itself.
    expect(outletIds(run('وذكرت وكالة رويترز أن الشرطة أعلنت إغلاق مقرها.'))).toEqual(['reuters']);
  });
  it('a headline label points forward to the outlet the body cites: "صحيفة سعودية: ..."', () => {
    const a = runText('صحيفة سعودية: المفاوضات متعثرة\n\nمتابعة\n\nذكرت صحيفة "الوطن" السعودية أن المفاوضات متعثرة.');
    expect(a.attributions.map((x) => [x.pattern, x.outlet.id])).toEqual([['other', 'alwatan-sa'], ['reported_by', 'alwatan-sa']]);
    // A collective label ("وسائل إعلام إسرائيلية:") speaks for no one outlet.
    const b = runText('وسائل إعلام إسرائيلية: الجيش يستعد\n\nمتابعة\n\nذكرت صحيفة "الوطن" السعودية أن الجيش يستعد.');
    expect(b.attributions.map((x) => x.pattern)).toEqual(['reported_by']);
  });
  it('an unknown foreign title spelt in Arabic after its article (لا، إل، دي) needs no nationality adjective', () => {
    expect(run('وذكرت صحيفة لا نويفا كرونيكا أن الصفقة ألغيت.').attributions[0]?.outlet).toMatchObject({ known: false, name: 'لا نويفا كرونيكا' });
    expect(run('وقال موقع إل بويرتو ديجيتال إن الصفقة ألغيت.').attributions[0]?.outlet).toMatchObject({ known: false, name: 'إل بويرتو ديجيتال' });
    // "لا" before a verb is the negation: "a paper that still appears".
    expect(run('وقالت صحيفة لا تزال تصدر في المدينة إن الصفقة ألغيت.').attributions).toEqual([]);
  });
  it('anaphora: وأضافت الصحيفة points back to the last newspaper', () => {
    const a = run('كشفت صحيفة لوموند أن المفاوضات متعثرة. وأضافت الصحيفة أن الوفد غادر.');
    expect(patterns(a, 'le-monde')).toEqual(['reported_by', 'reported_by']);
    expect(a.attributions[1]?.anaphora).toBe(true);
  });
});

describe('Arabic sourcing phrasings: loose clitics, report nouns, عبر', () => {
  it('the article or a clitic written apart before quotes or Latin letters', () => {
    expect(patterns(run('وقال مصدر لشبكة الـCNN إن الاتفاق قريب.'), 'cnn')).toEqual(['interview_with']);
    expect(patterns(run('وذكرت الـ«سي إن إن» أن الاتفاق قريب.'), 'cnn')).toEqual(['reported_by']);
    expect(patterns(run('وقال مصدر للـ«بي بي سي» إن الاتفاق قريب.'), 'bbc')).toEqual(['interview_with']);
  });
  it('a report noun of the outlet: في تقرير لـ، تحقيقا سابقا لشبكة', () => {
    expect(patterns(run('وفي تقرير لصحيفة الغارديان البريطانية، قال مسؤولون إن الاتفاق قريب.'), 'the-guardian')).toEqual(['published_by']);
    expect(outletIds(run('وأشارت الصحيفة إلى أن تحقيقا سابقا لشبكة "سي إن إن" كشف رحلات جوية.'))).toEqual(['cnn']);
  });
  it('عبر + a channel after a speech verb', () => {
    expect(patterns(run('وقال الوزير عبر قناة الجزيرة إن الاتفاق قريب.'), 'al-jazeera')).toEqual(['interview_with']);
  });
  it('decoys: a ministry website, an official account, a UN report, the press in general', () => {
    const decoys = [
      'وقال الوزير عبر حسابه على منصة إكس إن الاتفاق قريب.',
      'وأعلنت الوزارة عبر موقعها الرسمي أن الامتحانات ستجرى في موعدها.',
      'وفي تقرير للأمم المتحدة، جاء أن الوضع الإنساني كارثي.',
      'وقال الوزير في تصريح للصحافة إن الاتفاق قريب.',
      'وكشف تقرير حديث لوزارة الصحة عن ارتفاع الإصابات.',
      'ونشرت الشركة على موقع السوق المالية السعودية بيانا.',
    ];
    for (const d of decoys) expect(outletIds(run(d)), d).toEqual([]);
  });
});

describe('Arabic press reviews and reported speech', () => {
  it('"في صحيفة «لوموند»، كتب" at the start of a sentence; "يعمل في صحيفة ..." is where someone works', () => {
    expect(patterns(run('في صحيفة «لوموند»، كتب المحلل أن الحكومة تواجه أزمة.'), 'le-monde')).toEqual(['published_by']);
    expect(outletIds(run('وقال الصحفي الذي يعمل في صحيفة «لوموند»، إن الحكومة تواجه أزمة.'))).toEqual([]);
  });

  it('press-review verbs: "أما «لوموند» فأفردت", "تبنت «لوموند» لهجة"', () => {
    expect(patterns(run('أما «لوموند» فأفردت صفحتها الأولى للاستطلاع.'), 'le-monde')).toEqual(['reported_by']);
    expect(patterns(run('في المقابل، تبنت «لوموند» لهجة أكثر تفاؤلا.'), 'le-monde')).toEqual(['reported_by']);
  });

  it('a name after إن is in the words said, not whom they were said to', () => {
    expect(outletIds(run('وقال الوزير إن المتحف سيفتح أبوابه لوكالة رويترز وغيرها من وسائل الإعلام.'))).toEqual([]);
    expect(outletIds(run('وقال الوزير للجزيرة إن المتحف هدية مصر.'))).toEqual(['al-jazeera']);
  });
});

describe('social networks in Arabic letters', () => {
  it('"بموقع «فيسبوك»" is a platform, never an unknown outlet', () => {
    expect(outletIds(run('نشرت الإدارة بلاغا على صفحتها الرسمية بموقع "فيسبوك" دعت فيه المواطنين إلى الحذر.'))).toEqual([]);
    expect(outletIds(run('وكتب الوزير في تدوينة على منصة "إكس" أن القرار نهائي.'))).toEqual([]);
  });
});

describe("an outlet's owner described between it and its verb", () => {
  it('"وكانت قناة "الجزيرة" التابعة لشبكة قطرية قد نقلت" is the channel reporting', () => {
    expect(outletIds(run('وكانت قناة "الجزيرة" التابعة لشبكة قطرية قد نقلت في وقت سابق عن مصدر أن الكابل تضرر.'))).toEqual(['al-jazeera']);
    expect(outletIds(run('وكانت الجزيرة التابعة لمحافظة البصرة قد شهدت فيضانات.'))).toEqual([]);
  });
});

describe('a headline label opens its headline', () => {
  it('"الجزيرة: …" is a label; "مطار تونس رويترز: …" closes a phrase of other words', () => {
    expect(outletIds(runText('"الجزيرة": انطلاق دراسة توسعة المحطة\n\nأعلن وزير النقل عن انطلاق الدراسات.'))).toEqual(['al-jazeera']);
    expect(outletIds(runText('مطار تونس رويترز: انطلاق دراسة توسعة المحطة\n\nأعلن وزير النقل عن انطلاق الدراسات.'))).toEqual([]);
  });
});

describe("an institution's own website", () => {
  it('"عبر موقع السوق المالية السعودية" is the exchange\'s site; "موقع زمان الوصل السوري" a news site', () => {
    expect(outletIds(run('وقالت الشركة إنها ستعلن عن أي تطورات جوهرية عبر موقع السوق المالية السعودية.'))).toEqual([]);
    expect(outletIds(run('وذكر موقع زمان الوصل السوري أن الشركة ستعلن عن تطورات.'))).toEqual(['?زمان الوصل']);
  });
});

describe('where a paper appears, and a paper defending a view', () => {
  it('"صحيفة "الجزيرة" الصادرة في الرياض كتبت", "أما صحيفة "الجزيرة" فدافعت عن"', () => {
    expect(outletIds(run('وكتبت صحيفة "الجزيرة" الصادرة في الرياض أن القانون سيصدر قريبا.'))).toEqual(['al-jazeera']);
    expect(outletIds(run('صحيفة "الجزيرة" الصادرة في الرياض كتبت أن القانون سيصدر قريبا.'))).toEqual(['al-jazeera']);
    expect(outletIds(run('أما صحيفة "الجزيرة" فدافعت عن القانون الجديد.'))).toEqual(['al-jazeera']);
  });
});
