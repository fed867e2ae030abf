// Given names and role words for spotting people the gazetteer does not know, and a few key organisations.
//
// Approach: an unknown person is a run of name-like words that either follows a role ("وزير الخارجية ناصر
// بوريطة", "le ministre de l'Intérieur Bruno Retailleau", "Interior Minister Bruno Retailleau") or starts
// with a common given name ("محمد العلوي", "Jean Dupont"). These lists hold the given names and the role
// heads (matching forms are computed at load). Organisations are a short curated list with their names in
// the three languages.
//
// Limits: given names cover the commonest Maghreb/Mashreq, French and English ones, not every name; a
// Wikidata id is given for an organisation only when certain.

import { normalizeForMatch } from './normalize';
import { wordForms } from './tokenize';
import { trieInsert, type Trie } from './trie';
import { ARABIC_GIVEN_AMBIGUOUS, ARABIC_GIVEN_NAMES, FOREIGN_GIVEN_AMBIGUOUS_AR, FOREIGN_GIVEN_NAMES_AR, LATIN_GIVEN_NAMES } from './given-names';

const n = (list: readonly string[]): Set<string> => new Set(list.map((w) => normalizeForMatch(w)));

export const ARABIC_GIVEN = n([
  ...ARABIC_GIVEN_NAMES,
  ...ARABIC_GIVEN_AMBIGUOUS,
  ...FOREIGN_GIVEN_NAMES_AR,
  ...FOREIGN_GIVEN_AMBIGUOUS_AR,
  'سامر', 'نورة', 'نورا', 'كاظم', 'حيدر', 'عباس', 'غادة', 'عبير', 'مليكة', 'شيماء', 'ياسمينة', 'فراس', 'ليث', 'معتز', 'مهند', 'بسام', 'مرتضى', 'جعفر', 'يزن',
  'متعب', 'سعود', 'منذر', 'تالا', 'ميار', 'حليمة', 'آمنة', 'دعاء', 'قاسم', 'صادق', 'جهاد', 'كريمة', 'نجاة', 'هالة',
  // More given names across the region (Levant, Gulf, Maghreb, Egypt), men's and women's.
  'صالح', 'سعد', 'فارس', 'رائد', 'نضال', 'جبران', 'نبيه', 'شادي', 'فادي', 'طلال', 'نايف', 'مشعل', 'بندر', 'تركي', 'حازم', 'هيثم', 'مازن', 'باسل', 'أكرم',
  'أشرف', 'محسن', 'حميد', 'رضا', 'مراد', 'توفيق', 'فتحي', 'لطفي', 'منير', 'شكري', 'حاتم', 'رياض', 'غسان', 'سليم', 'جميل', 'خليل', 'إياد', 'رانيا', 'دينا',
  'هبة', 'نوال', 'سميرة', 'فريدة', 'جميلة', 'وفاء', 'سهام', 'إيمان', 'نجلاء', 'رشا', 'منى', 'مها', 'لبنى', 'يسرى', 'سارة', 'ريم', 'لينا', 'داليا', 'نسرين',
  'كوثر', 'عائشة', 'حياة', 'زهرة', 'خالدة', 'أنور', 'عدنان', 'عاطف', 'سامح', 'شريف', 'عمرو', 'مجدي', 'مدحت', 'ممدوح', 'جلال', 'بهاء', 'حسني', 'حمدي', 'نزيه',
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'عمر', 'عثمان', 'حسن', 'حسين', 'إبراهيم', 'يوسف', 'خالد', 'سعيد', 'رشيد', 'عبد', 'عبدالله', 'عبدالرحمن', 'عبدالعزيز',
  'عبداللطيف', 'عبدالإله', 'عبدالمجيد', 'عبدالقادر', 'كريم', 'سمير', 'نبيل', 'فؤاد', 'جمال', 'كمال', 'هشام', 'طارق', 'وليد', 'ياسين', 'ياسر', 'أنس', 'أمين', 'أيمن',
  'إدريس', 'إسماعيل', 'عزيز', 'نزار', 'نور', 'نورالدين', 'صلاح', 'فيصل', 'ناصر', 'منصور', 'سلمان', 'فهد', 'تميم', 'حمد', 'زايد', 'بشار', 'نجيب', 'ميشال', 'جورج',
  'إيمانويل', 'دونالد', 'جو', 'فلاديمير', 'رجب', 'بنيامين', 'مارين', 'جان', 'بيار', 'بيير', 'برونو', 'جيرالد', 'إريك', 'فرانسوا', 'نيكولا', 'إيمانويل', 'غابرييل',
  'فاطمة', 'خديجة', 'عائشة', 'مريم', 'زينب', 'سعاد', 'نادية', 'ليلى', 'سلمى', 'هند', 'أمينة', 'نعيمة', 'حنان', 'سناء', 'رجاء', 'لطيفة', 'كاتي', 'أنطونيو', 'عزيز',
  'مولاي', 'سيدي', 'لحسن', 'الحسن', 'الحسين', 'المهدي', 'العربي', 'الطيب', 'الهادي', 'الشريف', 'الحبيب', 'الطاهر', 'المنجي', 'الصادق', 'المختار', 'البشير', 'الأمين', 'مهدي',
  'أيوب', 'آدم', 'باسم', 'يونس', 'إسحاق', 'عز', 'سيف', 'نور', 'علاء', 'عصام', 'حسام', 'عماد', 'وائل', 'رامي', 'سامي', 'هاني', 'ماهر', 'زياد', 'جواد', 'قيس', 'لؤي', 'مروان', 'نواف', 'جوزاف', 'ميشيل', 'أنطوان', 'إيلي', 'شادي', 'فادي', 'خليل', 'ريم', 'رنا', 'دينا', 'منى', 'هدى', 'سارة', 'نوال', 'وفاء', 'مايا', 'رشيدة', 'حياة', 'بشرى', 'إيمان', 'أسماء', 'ياسمين', 'نجلاء', 'عبلة', 'سهام', 'منير', 'نجيب', 'توفيق', 'لطفي', 'منجي', 'سليم', 'بلقاسم', 'عبدالكريم', 'ابراهيم', 'إدريس', 'عمرو', 'طه', 'أشرف', 'هيثم', 'تامر', 'شريف', 'حميد', 'عبدالحميد', 'عبدالوافي', 'شكيب', 'مراد', 'توفيق',
  'عادل', 'بلال', 'حمزة', 'زكرياء', 'زكريا', 'يحيى', 'إلياس', 'سفيان', 'أسامة', 'معاذ', 'سليمان', 'داود', 'موسى', 'عيسى', 'هارون', 'ماجد', 'راشد', 'سالم', 'سلطان',
]);

export const LATIN_GIVEN = n([
  ...LATIN_GIVEN_NAMES,
  'Mohamed', 'Mohammed', 'Muhammad', 'Ahmed', 'Ahmad', 'Abdel', 'Abdellatif', 'Abdelouafi', 'Abdelhamid', 'Abdelaziz', 'Abdelmadjid', 'Abdelilah', 'Aziz', 'Nasser',
  'Youssef', 'Yassine', 'Karim', 'Rachid', 'Said', 'Saïd', 'Khalid', 'Khaled', 'Omar', 'Ali', 'Hassan', 'Hussein', 'Ibrahim', 'Mustapha', 'Mustafa', 'Driss', 'Fouad',
  'Nizar', 'Hicham', 'Tarik', 'Tariq', 'Walid', 'Anas', 'Amine', 'Mehdi', 'Nabil', 'Samir', 'Jamal', 'Kamal', 'Fatima', 'Fatiha', 'Khadija', 'Leila', 'Nadia', 'Salma',
  'Emmanuel', 'Bruno', 'Gérald', 'Gerald', 'Jean', 'Pierre', 'Paul', 'Jacques', 'Michel', 'François', 'Nicolas', 'Marine', 'Marie', 'Anne', 'Sophie', 'Catherine',
  'Isabelle', 'Nathalie', 'Valérie', 'Christine', 'Élisabeth', 'Elisabeth', 'Gabriel', 'Édouard', 'Edouard', 'Laurent', 'Olivier', 'Philippe', 'Thierry', 'Éric', 'Eric',
  'Patrick', 'Christophe', 'Stéphane', 'Sébastien', 'Julien', 'Thomas', 'Antoine', 'Alexandre', 'Mathieu', 'Matthieu', 'Vincent', 'Xavier', 'Yves', 'Alain', 'Bernard',
  'Dominique', 'Frédéric', 'Hervé', 'Jérôme', 'Manuel', 'Rachida', 'Najat', 'Jordan', 'Ségolène', 'Martine', 'Arnaud', 'Benoît', 'Fabien', 'Raphaël', 'Clément',
  'John', 'James', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Charles', 'Daniel', 'Mark', 'Donald', 'Joe', 'Kamala', 'Hillary', 'Barack', 'George',
  'Boris', 'Keir', 'Rishi', 'Theresa', 'Tony', 'Gordon', 'Justin', 'Angela', 'Olaf', 'Friedrich', 'Giorgia', 'Pedro', 'Vladimir', 'Volodymyr', 'Sergei', 'Sergey',
  'Recep', 'Benjamin', 'Antonio', 'António', 'Ursula', 'Josep', 'Xi', 'Narendra', 'Jair', 'Luiz', 'Javier', 'Carlos', 'José', 'Juan', 'Luis', 'Miguel', 'Sarah',
  'Elizabeth', 'Mary', 'Jennifer', 'Linda', 'Susan', 'Jessica', 'Karen', 'Emily', 'Laura', 'Emma', 'Anna', 'Maria', 'Peter', 'Andrew', 'Steven', 'Kevin', 'Brian',
  'Tayeb', 'Abdelmadjid', 'Kaïs', 'Kais', 'Abdel', 'Bachar', 'Bashar', 'Tamim', 'Salman', 'Mohammad', 'Marco', 'Elon', 'Jeff', 'Bill', 'Mike', 'Chris', 'Ron', 'Ted',
]);

/** Role heads: the word that opens a role written before or after a name. Arabic without the article. */
export const ROLE_HEADS = n([
  'وزير', 'وزيرة', 'رئيس', 'رئيسة', 'ملك', 'الملك', 'ملكة', 'عاهل', 'أمير', 'أميرة', 'ولي', 'شيخ', 'سلطان', 'نظيره', 'نظيرته', 'نظيرها', 'نظيرهم', 'مدير', 'مديرة', 'أمين',
  'سفير', 'سفيرة', 'ناطق', 'متحدث', 'متحدثة', 'جنرال', 'عقيد', 'لواء', 'مشير', 'قاضي', 'قاضية', 'نائب', 'نائبة', 'عضو', 'زعيم', 'زعيمة', 'قائد', 'مستشار',
  'مستشارة', 'كاتب', 'كاتبة', 'صحفي', 'صحافي', 'صحفية', 'صحافية', 'محلل', 'خبير', 'باحث', 'باحثة', 'مدرب', 'لاعب', 'دكتور', 'دكتورة', 'عمدة', 'والي', 'مفوض',
  'بابا', 'إمام', 'مرشد', 'حاكم', 'محافظ', 'مندوب', 'ممثل', 'مبعوث', 'سكرتير', 'مؤسس', 'مراسل', 'مراسلة', 'محامي', 'محام', 'المحامي', 'مسؤول', 'منسق', 'قنصل',
  // The arts, the professions and the pitch: "المخرج السوري جود سعيد", "المحامية سنية الزغلامي", "مديرته كوليت نوفل".
  'محامية', 'مخرج', 'مخرجة', 'ممثلة', 'فنان', 'فنانة', 'مغني', 'مغنية', 'مطرب', 'مطربة', 'شاعر', 'شاعرة', 'روائي', 'روائية', 'ناشط', 'ناشطة', 'أستاذ',
  'أستاذة', 'طبيب', 'طبيبة', 'مهندس', 'مهندسة', 'مذيع', 'مذيعة', 'منتج', 'منتجة', 'مهاجم', 'حارس', 'لاعبة', 'مدافع', 'ظهير', 'دولي', 'الدولي',
  'مديره', 'مديرته', 'مديرها', 'رئيسه', 'رئيسها', 'مدربها',
  // An election's people: "المرشح المستقل عاطف الجمل".
  'مرشح', 'مرشحة',
  // A dean, and in Libya a municipality's mayor: "عميد بلدية بنغازي، صقر بوجواري".
  'عميد', 'عميدة',
  'ministre', 'président', 'présidente', 'roi', 'reine', 'prince', 'princesse', 'directeur', 'directrice', 'secrétaire', 'porte-parole', 'ambassadeur', 'ambassadrice',
  'représentant', 'représentante',
  'général', 'colonel', 'juge', 'procureur', 'procureure', 'député', 'députée', 'sénateur', 'sénatrice', 'maire', 'chef', 'patron', 'patronne', 'pdg', 'fondateur',
  'fondatrice', 'entraîneur', 'sélectionneur', 'joueur', 'journaliste', 'avocat', 'avocate', 'chancelier', 'chancelière', 'commissaire', 'préfet', 'préfète',
  'gouverneur', 'émir', 'cheikh', 'pape', 'imam', 'sultan', 'homologue', 'conseiller', 'conseillère', 'dirigeant', 'leader', 'patriarche', 'wali', 'élu', 'élue',
  'minister', 'president', 'king', 'queen', 'premier', 'director', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'general',
  'judge', 'justice', 'prosecutor', 'senator', 'representative', 'mayor', 'chief', 'ceo', 'executive', 'founder', 'coach', 'manager', 'player', 'journalist', 'lawyer', 'chancellor',
  'commissioner', 'governor', 'emir', 'sheikh', 'pope', 'counterpart', 'adviser', 'advisor', 'chairman', 'chairwoman', 'envoy', 'commander', 'minister',
  'analyst', 'economist', 'économiste', 'expert', 'experte', 'researcher', 'chercheur', 'chercheuse', 'professor', 'professeur', 'professeure', 'teacher', 'doctor', 'médecin',
  'midfielder', 'striker', 'defender', 'goalkeeper', 'winger', 'midfielders', 'strikers', 'defenders', 'goalkeepers', 'wingers', 'forward', 'forwards',
  'all-rounder', 'allrounder', 'spinner', 'batter', 'batsman', 'opener', 'pacer', 'seamer', 'wicketkeeper', 'wicketkeeper-batter', 'skipper', 'paceman',
  'flanker', 'fly-half', 'scrum-half', 'fullback', 'full-back', 'sprinter', 'hurdler', 'swimmer', 'cyclist', 'boxer', 'milieu', 'attaquant', 'défenseur', 'gardien', 'ailier', 'activist', 'militant', 'militante', 'candidate', 'candidat', 'candidate',
  'columnist', 'clerk', 'resident', 'owner', 'farmer', 'nurse', 'engineer', 'student', 'officer', 'official', 'worker', 'driver', 'pilot', 'scientist', 'historian',
  'fisherman', 'firefighter', 'councillor', 'councilor', 'superintendent', 'inspector', 'sheriff', 'detective', 'constable', 'captain', 'editor', 'author', 'writer',
  'commentator', 'campaigner', 'organiser', 'organizer', 'lawmaker', 'legislator', 'strategist', 'consultant', 'bishop', 'priest', 'rabbi', 'cleric', 'mp', 'boss',
  'chroniqueur', 'chroniqueuse', 'éditorialiste', 'habitant', 'habitante', 'riverain', 'riveraine', 'agriculteur', 'agricultrice', 'éleveur', 'éleveuse', 'infirmier',
  'infirmière', 'ingénieur', 'ingénieure', 'étudiant', 'étudiante', 'responsable', 'délégué', 'déléguée', 'syndicaliste', 'gérant', 'gérante', 'commerçant',
  'commerçante', 'pêcheur', 'adjoint', 'adjointe', 'coordinateur', 'coordinatrice', 'bourgmestre', 'échevin', 'échevine', 'vétérinaire', 'historien', 'historienne',
  'sociologue', 'politologue', 'analyste', 'capitaine', 'lieutenant', 'commandant',
  // "Former Speaker Nancy Pelosi", "Its convenor, Ranjan Jayalal", "actor Rob Lowe", "quarterback Josh Allen".
  'speaker', 'member', 'convenor', 'convener', 'chair', 'chairperson', 'principal', 'headteacher', 'actor', 'actress', 'singer', 'rapper', 'musician',
  'comedian', 'presenter', 'treasurer', 'dean', 'lecturer', 'surgeon', 'paramedic', 'pharmacist', 'novelist', 'filmmaker', 'producer', 'entrepreneur',
  'investor', 'billionaire', 'businessman', 'businesswoman', 'tycoon', 'aide', 'whistleblower', 'veteran', 'survivor', 'quarterback', 'pitcher',
  // The stage and the track: "Olympic champion Faith Kipyegon", "le saxophoniste Kamasi Washington", "la chanteuse Angèle".
  'champion', 'championne', 'athlete', 'athlète', 'runner', 'coureur', 'coureuse', 'pianist', 'pianiste', 'saxophonist', 'saxophoniste', 'guitarist', 'guitariste',
  'drummer', 'batteur', 'composer', 'compositeur', 'compositrice', 'chanteur', 'chanteuse', 'comédien', 'comédienne', 'acteur', 'actrice', 'réalisateur', 'réalisatrice',
  'artiste', 'écrivain', 'écrivaine', 'autrice', 'auteure', 'danseur', 'danseuse', 'dancer', 'choreographer', 'chorégraphe', 'violinist', 'violoniste', 'artist', 'painter', 'peintre',
  'قيادي', 'القيادي', 'ناشط', 'الناشط', 'ناشطة', 'الناخب', 'أستاذ', 'الأستاذ', 'طبيب', 'الطبيب', 'متوسط', 'مهاجم', 'المهاجم', 'حارس', 'الحارس', 'المدافع', 'مدافع', 'الداعية', 'المتحدث',
  // Ordinary people quoted in the story: "بائعة الشاي آمنة إدريس", "المعلمة شيلان محمد", "المزارع أحمد".
  'معلمة', 'أستاذة', 'طبيبة', 'طالبة', 'بائع', 'بائعة', 'تاجر', 'مزارع', 'مزارعة', 'سائق', 'موظف', 'موظفة', 'ممرض', 'ممرضة', 'مواطن', 'مواطنة', 'مهندس',
  'مهندسة', 'صياد', 'متقاعد', 'متقاعدة', 'ربة',
  // "المتطوعة رزان العبداللات", "الفلاح منصف الخراط", "النازحة أم محمد". (Not the trades that are family names too:
  // حداد، نجار، خباز، جزار.)
  'فلاح', 'فلاحة', 'متطوع', 'متطوعة', 'عاملة', 'نازح', 'نازحة', 'لاجئ', 'لاجئة', 'مسعف', 'مسعفة', 'مقاول', 'تلميذ', 'تلميذة',
  'أرملة', 'جندي', 'ضابط', 'حرفي', 'سمسار', 'مدرس',
  // Courts, councils and weather desks: "Defence attorney Petrus Venter", "Magistrate Sanele Nkosi", "la mairesse Maude
  // Marquis-Bissonnette", "Bureau senior forecaster Leanne Whitfield", "Independent TD Noel Grealish", "MEC Faith Mazibuko".
  'attorney', 'solicitor', 'barrister', 'magistrate', 'magistrat', 'forecaster', 'meteorologist', 'météorologue', 'météorologiste',
  'prévisionniste', 'climatologue', 'mairesse', 'councilman', 'councilwoman', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman',
  'congressman', 'congresswoman', 'td', 'mla', 'mep', 'mec', 'mentri', 'menteri', 'dg', 'tavana', 'greffier', 'greffière', 'huissier', 'notaire', 'bâtonnier',
  'recteur', 'rectrice', 'doyen', 'doyenne', 'proviseur', 'proviseure', 'instituteur', 'institutrice', 'pharmacien', 'pharmacienne', 'chirurgien',
  'chirurgienne', 'pédiatre', 'urbaniste', 'architecte', 'entrepreneur', 'entrepreneure', 'restaurateur', 'restauratrice', 'boulanger', 'boulangère',
  'arbitre', 'referee', 'umpire', 'buteur', 'meneur', 'capitaine',
  // People met by a reporter: "Passenger Chan Mei-ling, 45", "shopper Aisha Bello", "Homeowner Melissa Grant".
  // Feminine forms: "la gouverneure du Lualaba, Fifi Masuka Saini", "la cheffe néodémocrate Marit Stiles".
  'gouverneure', 'cheffe', 'autrice', 'consule', 'rapporteuse', 'inspectrice', 'commandante', 'capitaine', 'entraîneuse', 'sélectionneuse', 'porte-parole',
  'counsel', 'steward', 'critic', 'chairperson', 'caucus', 'attaché', 'attache', 'envoy', 'trustee', 'warden', 'registrar', 'auditor', 'ombudsman',
  'passenger', 'shopper', 'customer', 'motorist', 'pedestrian', 'homeowner', 'neighbour', 'neighbor', 'witness', 'voter',
  'passager', 'passagère', 'usager', 'usagère', 'cliente', 'client', 'automobiliste', 'voisin', 'voisine', 'témoin', 'électeur', 'électrice',
  // Pitch and venue staff, Canadian football and crafts: "curator Sujan Mukherjee", "le secondeur Tyrice Beverette", "الحرفية مبروكة الزغلامي".
  'curator', 'groundsman', 'receveur', 'secondeur', 'botteur', 'quart-arrière', 'plaqueur', 'demi', 'maraudeur', 'linebacker', 'receiver', 'kicker', 'tailback',
  'حرفية', 'الحرفية', 'نساجة',
]);

/**
 * Positions and jobs that are also everyday words, read as a role only in lower case before a name: "wing Leolin Zas",
 * "hooker Bongi Mbonambi", "substitute Ollie Clarke", "guard Coby White" (not "Paycom Center", "Ross River Dam").
 */
export const LOWER_ROLE_HEADS = n([
  'wing', 'winger', 'centre', 'center', 'guard', 'forward', 'prop', 'lock', 'hooker', 'flanker', 'scrumhalf', 'flyhalf', 'fullback', 'spinner', 'opener',
  'batter', 'batsman', 'bowler', 'seamer', 'pacer', 'keeper', 'substitute', 'remplaçant', 'remplaçante', 'latéral', 'arrière', 'pivot', 'ailière',
  'widow', 'widower', 'wife', 'husband', 'daughter', 'mother', 'father', 'brother', 'sister', 'épouse', 'époux', 'mari', 'fils', 'fille', 'mère', 'père',
  'frère', 'sœur', 'jarvey', 'retiree', 'pensioner', 'retraité', 'retraitée', 'vendor', 'trader', 'shopkeeper', 'landlord', 'tenant', 'commuter',
  // "lifeguard supervisor Mick Strauss", "site foreman Dele Adeyemi", "le contremaître Luc Martin".
  'supervisor', 'foreman', 'lifeguard', 'contremaître', 'surveillant', 'surveillante',
]);

/** Words that may stand before a Latin role head and belong to the role ("Interior Minister", "Prime Minister"). */
export const ROLE_MODIFIERS = n([
  'interior', 'foreign', 'prime', 'defence', 'defense', 'finance', 'justice', 'health', 'deputy', 'vice', 'former', 'ex', 'executive', 'state', 'home', 'economy',
  'education', 'attorney', 'crown', 'opposition', 'security', 'intelligence', 'army', 'police', 'chief', 'general', 'senior', 'top', 'acting', 'then', 'trade',
  'energy', 'transport', 'labour', 'labor', 'culture', 'sports', 'agriculture', 'environment', 'communications', 'economic', 'budget', 'treasury', 'national',
  'ancien', 'ancienne', 'premier', 'première', 'vice', 'grand', 'besar',
]);

/** Titles before a name: M. Retailleau, Mme Dati, Mr Starmer, Dr Tedros. */
export const LATIN_TITLES = n(['M', 'Mme', 'Mlle', 'Mr', 'Mrs', 'Ms', 'Dr', 'Me', 'Pr', 'Sir', 'Dame', 'Lord', 'Sen', 'Rep', 'Gen', 'Col', 'Sgt', 'Capt', 'Prof', 'Gov', 'Lt', 'Maj', 'Adm', 'Insp', 'Supt', 'Det', 'Rev', 'Amb', 'Cmdr', 'Cpl', 'Mgr',
  // "Cllr Pat Dunphy", "Mdm Lee", "Datuk Seri Amirudin Shari", "Alhaji Musa Sani", "Baroness Neville-Rolfe". A title may stand before
  // one name alone, so everyday words ("Justice Department", "Lady Chapel") are left out.
  'Cllr', 'Mdm', 'Datuk', 'Dato', 'Datin', 'Alhaji', 'Hajia', 'Haji', 'Hajji', 'Malam', 'Mallam', 'Baroness', 'Cr', 'Ald']);

export interface OrgRecord {
  name: string;
  wikidata: string | null;
  names: readonly string[];
}

export const ORGS: readonly OrgRecord[] = [
  { name: 'DGST (Direction générale de la surveillance du territoire)', wikidata: null, names: ['مديرية مراقبة التراب الوطني', 'المديرية العامة لمراقبة التراب الوطني', 'DGST', 'Direction générale de la surveillance du territoire'] },
  { name: 'DGSN (Direction générale de la sûreté nationale)', wikidata: null, names: ['المديرية العامة للأمن الوطني', 'DGSN', 'Direction générale de la sûreté nationale'] },
  { name: 'Moroccan Civil Protection', wikidata: null, names: ['الحماية المدنية المغربية', 'الحماية المدنية', 'Protection civile', 'Civil Protection'] },
  { name: 'United Nations', wikidata: 'Q1065', names: ['الأمم المتحدة', 'منظمة الأمم المتحدة', 'Nations unies', 'ONU', 'United Nations', 'UN'] },
  { name: 'European Union', wikidata: 'Q458', names: ['الاتحاد الأوروبي', 'Union européenne', 'UE', 'European Union', 'EU'] },
  { name: 'NATO', wikidata: 'Q7184', names: ['حلف شمال الأطلسي', 'الناتو', 'حلف الناتو', 'OTAN', 'NATO'] },
  { name: 'World Health Organization', wikidata: 'Q7817', names: ['منظمة الصحة العالمية', 'Organisation mondiale de la santé', 'OMS', 'World Health Organization', 'WHO'] },
  { name: 'International Monetary Fund', wikidata: 'Q7804', names: ['صندوق النقد الدولي', 'Fonds monétaire international', 'FMI', 'International Monetary Fund', 'IMF'] },
  { name: 'World Bank', wikidata: null, names: ['البنك الدولي', 'Banque mondiale', 'World Bank'] },
  { name: 'African Union', wikidata: null, names: ['الاتحاد الأفريقي', 'الاتحاد الإفريقي', 'Union africaine', 'African Union'] },
  { name: 'Arab League', wikidata: null, names: ['جامعة الدول العربية', 'الجامعة العربية', 'Ligue arabe', 'Arab League'] },
  { name: 'UN Security Council', wikidata: null, names: ['مجلس الأمن الدولي', 'مجلس الأمن', 'Conseil de sécurité', 'Security Council'] },
  { name: 'International Criminal Court', wikidata: null, names: ['المحكمة الجنائية الدولية', 'Cour pénale internationale', 'CPI', 'International Criminal Court', 'ICC'] },
  { name: 'Interpol', wikidata: null, names: ['الإنتربول', 'الانتربول', 'Interpol'] },
  { name: 'Europol', wikidata: null, names: ['يوروبول', 'Europol'] },
  { name: 'Polisario Front', wikidata: null, names: ['جبهة البوليساريو', 'البوليساريو', 'Front Polisario', 'Polisario'] },
  { name: 'Hamas', wikidata: null, names: ['حماس', 'حركة حماس', 'Hamas'] },
  { name: 'Hezbollah', wikidata: null, names: ['حزب الله', 'Hezbollah', 'Hizbollah'] },
  { name: 'Islamic State', wikidata: null, names: ['داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية', 'Daech', 'État islamique', 'Islamic State', 'ISIS'] },
  { name: 'Al-Qaeda', wikidata: null, names: ['تنظيم القاعدة', 'Al-Qaïda', 'Al-Qaeda'] },
  { name: 'DGSE', wikidata: null, names: ['المديرية العامة للأمن الخارجي', 'DGSE', 'Direction générale de la sécurité extérieure'] },
  { name: 'DGSI', wikidata: null, names: ['المديرية العامة للأمن الداخلي', 'DGSI', 'Direction générale de la sécurité intérieure'] },
  { name: 'FBI', wikidata: null, names: ['مكتب التحقيقات الفيدرالي', 'FBI'] },
  { name: 'CIA', wikidata: null, names: ['وكالة المخابرات المركزية', 'CIA'] },
  { name: 'Mossad', wikidata: null, names: ['الموساد', 'Mossad'] },
  { name: 'UNESCO', wikidata: null, names: ['اليونسكو', 'UNESCO', 'Unesco'] },
  { name: 'UNICEF', wikidata: null, names: ['اليونيسف', 'UNICEF', 'Unicef'] },
  { name: 'UNHCR', wikidata: null, names: ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'UNHCR', 'HCR'] },
  { name: 'Red Cross', wikidata: null, names: ['الصليب الأحمر', 'Croix-Rouge', 'Red Cross'] },
];

export interface OrgEntry { tokens: string[]; org: OrgRecord; acronym: boolean; }

export const ORG_TRIE: Trie<OrgEntry> = new Map();
for (const org of ORGS) {
  for (const name of org.names) {
    const tokens = wordForms(name);
    if (tokens.length === 0) continue;
    trieInsert(ORG_TRIE, tokens, { tokens, org, acronym: /^[A-Z]{2,6}$/.test(name) });
  }
}
