// French attribution cues. Real-world phrasings covered (one example each):
//   selon / d'après / à en croire / citant / cité par / repris par / relayé par / comme le rapporte / révélé par
//   ", rapporte Le Monde" / ", écrit Libération" (inversion after a comma or a quote)
//   Le Parisien affirme / Le Monde a révélé / l'AFP indique / Mediapart croit savoir (subject first)
//   publié par / paru dans / dans les colonnes du / dans un article du / à la une du / diffusé par
//   interrogé par / au micro d'Europe 1 / à l'antenne de / sur le plateau de / invité de / a déclaré à l'AFP / a confié au Parisien
//   Source : AFP / (Source Europe1)
//   selon des informations de / d'après une information de / confirmant une information de / les révélations du / selon une enquête du / selon un sondage Ifop pour
//   comme l'a révélé / comme l'indique / comme le rapportait hier / ce que révèle Le Canard enchaîné (inversion after que/comme)
//   publiées au printemps par / révélée dimanche par / un décompte réalisé par (a participle split from its "par")
//   a-t-elle affirmé sur BFMTV / a annoncé sur France 2 / a estimé le ministre sur franceinfo / sur les ondes de RMC
//   a réagi auprès de l'AFP / glisse un conseiller à Libération / souffle un proche au Figaro / a répondu aux questions du Parisien
//   invité ce dimanche de BFMTV / l'invité de la matinale de France Inter / s'est exprimé dans Le JDD
//   un rapport que s'est procuré Le Parisien / dont Le Monde a obtenu copie / que Libération a pu consulter
//   Le quotidien du soir avait alors publié (auxiliary and adverb between subject and participle)
// "a appris" is a cue: the host's own "X a appris" is dropped with every self-citation; "selon nos informations" names no outlet.
import { CueKind, type CueDef } from './types';

/** Agreement forms of a French past participle: publié → publiée, publiés, publiées; obtenu → obtenue...; repris → reprise, reprises. */
export function agree(base: string): string[] {
  if (base.endsWith('s')) return [base, base + 'e', base + 'es'];
  return [base, base + 'e', base + 's', base + 'es'];
}

/**
 * Past participles that take the outlet as agent ("publié par", "révélée dimanche par"). The grammar also
 * accepts them a few words before their "par" (participle + adverbs + par + outlet).
 */
export const FR_PARTICIPLES: readonly { words: readonly string[]; kinds: number }[] = [
  { words: ['publié', 'paru', 'diffusé', 'mis en ligne', 'rendu public', 'édité', 'posté', 'partagé', 'relayé', 'repris', 'retransmis'], kinds: CueKind.Published },
  { words: ['interrogé', 'contacté', 'sollicité', 'joint', 'interviewé', 'questionné', 'recueilli', 'approché', 'rencontré', 'reçu'], kinds: CueKind.Interview },
  { words: ['révélé', 'rapporté', 'cité', 'dévoilé', 'obtenu', 'consulté', 'confirmé', 'avancé', 'évoqué', 'mentionné', 'signalé', 'repéré', 'réalisé',
    'mené', 'effectué', 'commandé', 'compilé', 'établi', 'relaté', 'décrit', 'raconté', 'détaillé', 'analysé', 'authentifié', 'vérifié', 'produit',
    'lu', 'vu', 'annoncé', 'indiqué', 'affirmé', 'précisé', 'souligné', 'chiffré', 'estimé', 'recensé', 'compté', 'dénoncé', 'documenté', 'enquêté', 'divulgué',
    'ébruité', 'éventé', 'exhumé', 'mis au jour', 'mise au jour', 'rapportés', 'consulté', 'examiné', 'transmis', 'communiqué', 'fourni',
    // A satirical weekly's or an investigative site's targets: "épinglé par Le Canard enchaîné", "mis en cause par Mediapart".
    'épinglé', 'mis en cause', 'étrillé', 'égratigné'], kinds: CueKind.According },
];

const BULLETINS = ['journal de 20 heures', 'journal de 13 heures', 'journal de 19 heures', 'journal de 20h', 'journal de 13h', 'journal télévisé', 'JT', 'JT de 20 heures',
  'JT de 20h', 'JT de 13h', '20 heures', '13 heures', '20h', '13h', 'journal du soir', 'grand journal', 'journal parlé', 'journal de la mi-journée'];
const BULLETIN_SLOTS = ['invité du', 'invitée du', 'au', 'dans le', 'sur le plateau du', 'sur le plateau de son'].flatMap((pre) =>
  BULLETINS.flatMap((b) => [`${pre} ${b} de`, `${pre} ${b} du`, `${pre} ${b} d'`]));

const REPORTING = ['rapporte', 'rapportent', 'a rapporté', 'rapportait', 'affirme', 'a affirmé', 'affirmait', 'révèle', 'a révélé', 'révélait',
  'indique', 'a indiqué', 'indiquait', 'écrit', 'a écrit', 'écrivait', 'précise', 'a précisé', 'assure', 'a assuré', 'explique', 'a expliqué',
  'souligne', 'a souligné', 'annonce', 'a annoncé', 'relate', 'raconte', 'a raconté', 'note', 'ajoute', 'a ajouté', 'poursuit', 'détaille',
  'dévoile', 'a dévoilé', 'croit savoir', 'signale', 'a signalé', 'publie', 'a publié', 'confirme', 'a confirmé', 'estime', 'relève', 'observe',
  'évoque', 'évoquent', 'a évoqué', 'fait état', 'a fait état', 'fait également état', 'fait aussi état', 'a également fait état', 'a aussi fait état', 'faisait état', 'font état', 'mentionne', 'a mentionné', 'a appris', 'apprend', 'affirmait', 'assurent', 'affirment', 'révèlent', 'indiquent', 'écrivent',
  'précisent', 'rapportaient', 'annoncent', 'soulignent', 'notent', 'relèvent', 'évoquait', 'titre', 'titrait', 'a titré',
  // An editorial's judgement: "le Globe and Mail qualifiait la mesure de dangereuse".
  'qualifie', 'qualifiait', 'a qualifié', 'qualifient',
  'ont révélé', 'ont rapporté', 'ont indiqué', 'ont affirmé', 'ont expliqué', 'ont annoncé', 'ont dévoilé', 'ont publié', 'ont précisé', 'ont évoqué', 'ont écrit',
  'a raconté', 'raconte', 'détaille', 'a détaillé', 'a rappelé', 'rappelle', 'a souligné', 'a noté', 'note', 'résume', 'ajoutait', 'poursuivait',
  'fait le point', 'font le point', 'fait sa une', 'font leur une', 'fait sa manchette', 'barre sa une', 'consacre sa une', 'consacrent leur une',
  'a eu connaissance', 'ont eu connaissance', 'avait eu connaissance', 'a pris connaissance', 'a eu vent', "s'est fait l'écho", "s'en est fait l'écho", "se fait l'écho", "se font l'écho", "s'en fait l'écho", 'fait écho', 'se faisait l écho',
  "s'amuse", 'raille', 'se moque', 'plaide', 'adopte',
  'ajoutent', 'expliquent', 'estiment', 'racontent', 'détaillent', 'confirment', 'relatent', 'replace', 'choisit', 'préfère', 'privilégie',
  'avait détaillé', 'avait expliqué', 'avait confirmé', 'avait relayé', 'avait consacré', 'avait raconté',
  'rappelait', 'avait rappelé', 'soulignait', 'avait souligné', 'relevait', 'a relevé', 'signalait', 'relatait', 'a relaté', 'racontait', 'notait', 'expliquait',
  // Press-review verbs: "Le quotidien conservateur salue", "la FAZ s'inquiète", "Bild ironise".
  'pointe', 'salue', 'voit', 'ironise', "s'inquiète", 'se montre', 'juge', 'dénonce', 'fustige', 'critique', 'déplore', 'regrette', "s'interroge", 'se félicite',
  'alerte', 'avertit', 'constate', 'analyse', 'décrypte', 'cite', 'affiche', 'martèle', 'insiste', 'prévient', 'qualifie', 'parle', 'évoquent', 'pointent', 'saluent',
  'jugent', 'dénoncent', "s'inquiètent", 'titrent', 'a annoncé', 'a confirmé', 'a indiqué', 'apporte un', 'apporte des', 'apporte une',
  // "Le Soleil revient sur", "Le Devoir s'attarde", "Le Quotidien se penche", "Le journal donne la parole", "La Presse a fait ses calculs".
  'reviennent', 'reviennent sur', 'se penchent', "s'intéressent", "s'attardent", 'donnent la parole', "met l'accent", "mettent l'accent", 'consacrent',
  'revient', 'revient sur', 'est revenu', 'est revenue', "s'attarde", "s'attarde sur", "s'est attardé", "s'intéresse", "s'intéresse à", "s'est intéressé",
  'se penche', 'se penche sur', "s'est penché", "s'est penchée", 'donne la parole', 'a donné la parole', 'tend le micro', 'fait ses calculs', 'a fait ses calculs',
  'a fait le calcul', 'fait le calcul', 'reproche', 'décrit', 'vante', 'consacre', 'dresse', 'brosse', 'épingle', 'met en avant', 'met en garde', 'a interrogé',
  "s'alarme", "s'indigne", "s'étonne", "s'attaque à", "s'attaque aux", "s'en prend à", "s'en prend aux", 'rend compte', 'rendent compte', 'a rendu compte', 'abonde', 'abondent', 'emboîte le pas', 'livre', 'publie', 'rappelle', 'retrace', 'cite', 'ouvre', 'enquête', 'a enquêté', 'a suivi', 'suit', 'a rencontré',
  // Broadcasting and sourcing: "TF1 diffusait un reportage", "un rapport dont Le Monde a obtenu copie", "que s'est procuré Le Parisien".
  'a obtenu', 'a pu consulter', 'a consulté', 'a pu lire', 'a pu se procurer', "s'est procuré", "s'est procurée",
  "s'est procurés", "s'est procurées", 'se sont procuré', 'a eu accès', 'a pu avoir accès', 'a recueilli', 'a interrogé', 'a interviewé', 'a contacté', 'a sondé',
  'rapportaient', 'a relayé', 'relaie', 'relayait', 'reprend', 'a repris', 'cite', 'citait', 'a cité', 'a dévoilé', 'dévoilait', 'a publié', 'publiait', 'publient',
  'avait révélé', 'avait rapporté', 'avait publié', 'avait indiqué', 'avait écrit', 'avait affirmé', 'avait annoncé', 'avait dévoilé', 'avait évoqué', 'avait précisé',
  'avaient révélé', 'avaient rapporté', 'aurait appris', 'assurait', 'affirmaient', 'révélaient', 'indiquaient', 'écrivaient', 'précisait', 'soulignait', 'expliquait',
  'croyait savoir', 'explique', 'confie', 'glisse', 'souffle', 'résume', 'tranche', 'conclut', 'rappelle', 'complète', 'nuance', 'assène',
  'tempère', 'relativise', 'refroidit', 'douche',
  // The plural of a review's verbs, for titles that take it: "Les Échos citent", "Les Dernières Nouvelles d'Alsace racontent".
  'citent', 'rappellent', 'constatent', 'analysent', 'décrivent', 'ironisent', 'raillent', 'se montrent', 'déplorent', 'critiquent', 'fustigent',
  'alertent', 'avertissent', 'reprennent', 'relaient', 'livrent', 'retracent', 'affichent', 'vantent', 'dressent', 'épinglent', 'mettent en avant',
  'mettent en garde', 'plaident', 'concluent', 'nuancent', 'résument', 'tempèrent', 'observent', 'interrogent', "s'alarment", "s'indignent",
  // What the outlet's own reporter saw: "…, a constaté un journaliste de l'AFP".
  ...['a constaté', 'a pu constater', 'a observé', 'a vu'].flatMap((v) => ['un journaliste de', 'une journaliste de', 'un correspondant de', 'une correspondante de', 'un photographe de',
    'une photographe de', 'un vidéaste de', 'une équipe de', 'le correspondant de', 'la correspondante de'].map((n) => `${v} ${n}`)),
  ...['ont constaté', 'ont pu constater', 'ont observé', 'ont vu'].flatMap((v) => ['des journalistes de', 'des correspondants de', 'des photographes de'].map((n) => `${v} ${n}`)),
  // A press review's verbs of tone: "soupire ainsi WalfQuotidien", "ironise Le Canard".
  'soupire', 'grince', 'persifle', 'cingle', 'tacle', 'fulmine', 'soupirait', 'ironisait', 'commente', 'commentait',
  'notait', 'relevait', 'révélait', 'annonçait', 'signalait', 'observait', 'racontait', 'détaillait', 'dévoilait', 'évoquait', 'mentionnait', 'confirmait',
  'a titré', 'titrait', 'barre sa une', 'fait sa une', 'consacre sa une', 'a consacré', 'ouvre sur', 'ouvre avec', 'ouvre son édition', 'choisit de titrer',
  // A piece as the subject: "Une enquête de Mediapart montre", "un article du Monde établit".
  'montre', 'montrent', 'a montré', 'démontre', 'a démontré', 'établit', 'a établi', 'met en lumière', 'a mis en lumière', 'met au jour', 'a mis au jour',
  'chiffre', 'recense', 'a recensé', 'conclut', 'a conclu', 'se demande', 'se demandent', 'se demandait', 'interroge', 'questionne',
  // "Het Nieuwsblad va plus loin", and a participle agreeing with the object before it: "la rumeur qu'a reprise le quotidien X",
  // "l'information qu'a révélée Le Monde".
  // "Comme l'a d'abord rapporté Le Soleil": the adverb between the auxiliary and the participle.
  "a d'abord rapporté", "a d'abord révélé", "a d'abord annoncé", "a d'abord publié", "avait d'abord rapporté", "avait d'abord révélé",
  'a depuis confirmé', 'a depuis révélé', 'a ensuite précisé', 'a finalement confirmé', 'a également rapporté', 'a aussi rapporté',
  'donne le ton', 'a donné le ton', 'plante le décor', 'annonce la couleur', 'sonne l\'alarme', 'tire la sonnette d\'alarme',
  'va plus loin', 'vont plus loin', 'est allé plus loin', 'est allée plus loin', 'allait plus loin',
  // Imperfects of a report's findings: "Dans une enquête publiée en mars, Le Monde recensait".
  'recensait', 'chiffrait', 'pointait', 'dénonçait', 'estimait', 'décrivait', 'montrait', 'listait', 'comptait', 'calculait', 'relevait', 'notait',
  'a reprise', 'a reprises', 'a relayée', 'a relayées', 'a révélée', 'a révélées', 'a publiée', 'a publiées', 'a rapportée', 'a rapportées', 'a dévoilée', 'a évoquée'];

// "Le Times of Israel a pour sa part rapporté", "Le Monde a de son côté révélé": an aside between the auxiliary and the participle.
const ASIDES = ['pour sa part', 'de son côté', 'quant à lui', 'quant à elle', 'lui aussi', 'elle aussi', 'également', 'aussi', 'déjà', 'en outre', 'ensuite', 'pour leur part', 'de leur côté'];
const ASIDE_PARTICIPLES = ['rapporté', 'révélé', 'indiqué', 'écrit', 'affirmé', 'annoncé', 'précisé', 'publié', 'évoqué', 'relayé', 'dévoilé', 'confirmé', 'souligné', 'assuré'];
const ASIDE_REPORTING = ['a', 'avait', 'ont', 'avaient'].flatMap((aux) => ASIDES.flatMap((aside) => ASIDE_PARTICIPLES.map((p) => `${aux} ${aside} ${p}`)))
  .filter((phrase) => !REPORTING.includes(phrase));

/** Speech verbs (present and past participle) that make an interview with "à/au/auprès de" + outlet or "sur" + a channel. */
const SPEECH = ['déclaré', 'confié', 'expliqué', 'indiqué', 'affirmé', 'assuré', 'précisé', 'raconté', 'dit', 'témoigné', 'souligné', 'estimé', 'lancé',
  'répondu', 'martelé', 'insisté', 'confirmé', 'jugé', 'dénoncé', 'regretté', 'rappelé', 'reconnu', 'défendu', 'annoncé', 'promis', 'admis', 'démenti', 'nié',
  'plaidé', 'appelé', 'averti', 'prévenu', 'glissé', 'soufflé', 'résumé', 'lâché', 'tranché', 'réagi', 'commenté', 'critiqué', 'concédé', 'avoué', 'contesté',
  'rétorqué', 'répliqué', 'nuancé', 'détaillé', 'justifié', 'argué', 'ajouté', 'poursuivi', 'observé', 'noté', 'exprimé', 'évoqué', 'mis en garde', 'alerté',
  'salué', 'déploré', 'fustigé', 'qualifié', 'décrit', 'relaté', 'signalé', 'révélé', 'exposé', 'insisté', 'précisé', 'certifié', 'garanti', 'juré', 'confessé',
  // Demands made on air: "a réclamé mercredi sur France Inter la publication du rapport".
  'réclamé', 'demandé', 'exigé', 'proposé', 'suggéré', 'réclame', 'exige', 'suggère',
  // Reflexive ones: "s'est félicité sur BFMTV le préfet", "s'est inquiétée à l'AFP".
  'félicité', 'félicitée', 'inquiété', 'inquiétée', 'réjoui', 'réjouie', 'emporté', 'emportée', 'félicite', 'inquiète', 'réjouit',
  'déclare', 'confie', 'explique', 'indique', 'affirme', 'assure', 'précise', 'raconte', 'témoigne', 'souligne', 'estime', 'lance', 'répond', 'martèle', 'insiste',
  'confirme', 'juge', 'dénonce', 'regrette', 'rappelle', 'reconnaît', 'reconnait', 'défend', 'annonce', 'promet', 'admet', 'dément', 'nie', 'plaide', 'appelle',
  'avertit', 'prévient', 'glisse', 'souffle', 'résume', 'lâche', 'tranche', 'réagit', 'commente', 'critique', 'concède', 'avoue', 'conteste', 'rétorque', 'réplique',
  'nuance', 'détaille', 'justifie', 'argue', 'ajoute', 'poursuit', 'observe', 'note', 'exprime', 'évoque', 'alerte', 'salue', 'déplore', 'fustige', 'décrit',
  'expliquait', 'déclarait', 'confiait', 'assurait', 'affirmait', 'indiquait', 'racontait', 'estimait', 'précisait', 'soulignait', 'ajoutait', 'répondait',
  'déclarent', 'confient', 'expliquent', 'affirment', 'assurent', 'témoignent', 'estiment', 'racontent', 'dénoncent', 'regrettent', 'répondent',
  'entretien', 'interview', 'entrevue', 'confidences', 'déclarations', 'déclaration', 'propos', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles', 'exprimée', 'confiée',
  'explique-t-il', 'explique-t-elle', 'précise-t-il', 'précise-t-elle', 'confie-t-il', 'confie-t-elle', 'assure-t-il', 'assure-t-elle', 'ajoute-t-il', 'ajoute-t-elle'];

export const FR_CUES: readonly CueDef[] = [
  { phrases: ['selon', "d'après", 'à en croire', "si l'on en croit", 'si on en croit', 'de source', 'cité par', 'citée par', 'cités par', 'repris par', 'reprise par', 'relayé par', 'relayée par', 'relayés par',
    'rapporté par', 'rapportée par', 'rapportés par', 'rapportées par', 'révélé par', 'révélée par', 'révélés par', 'révélées par', 'dévoilé par', 'dévoilée par',
    'comme le rapporte', "comme l'a rapporté", 'comme le révèle', "comme l'a révélé", "comme l'indique", "comme l'a indiqué", 'comme le souligne', "comme l'écrit",
    "comme l'a écrit", 'comme le précise', 'ainsi que le rapporte', 'confirmé par', 'confirmée par', 'obtenu par', 'obtenus par', 'obtenue par', 'obtenues par',
    'consulté par', 'consultés par', 'consultée par', 'consultées par', 'dévoilés par', 'dévoilées par', 'publiées par', 'publiés par', 'diffusés par', 'diffusées par',
    'cité dans', 'citée dans', 'cités dans', 'relaté par', 'relatée par', 'rapporté dans', 'rapportée dans', 'lu dans', 'selon les informations de', 'selon les révélations de',
    'repéré par', 'repérée par', 'repérés par', 'signalé par', 'signalée par', 'mis au jour par', 'mise au jour par', "comme l'a raconté", "comme l'a expliqué",
    ...FR_PARTICIPLES.filter((p) => p.kinds === CueKind.According).flatMap((p) => p.words.flatMap((w) => agree(w).map((f) => `${f} par`))),
    'avec les informations de', 'avec les informations du', "avec les informations d'", 'avec des informations de', 'avec la collaboration de', 'avec la contribution de',
    'selon des informations de', 'selon des informations du', "selon l'information de", 'selon une information de', 'une information de', 'une information du', "une information d'", 'des informations de', 'des informations du',
    'les révélations de', 'les révélations du', 'des révélations de', 'des révélations du', 'aux révélations de', 'aux révélations du', "d'après des informations de",
    "d'après les informations de", "d'après une information de", 'selon les révélations du', 'selon les informations obtenues par', 'comme le rapportait',
    "comme l'écrivait", "comme l'indiquait", "comme l'annonçait", "comme l'affirmait", 'comme le révélait', 'comme le précisait', 'comme le souligne',
    "comme l'explique", "comme l'a annoncé", "comme l'avait révélé", "comme l'avait rapporté", "comme l'avait annoncé", "comme l'avait indiqué", "comme l'avait écrit",
    'ainsi que le rapportait', "ainsi que l'a révélé", "ainsi que l'indique", 'à lire dans', 'à lire sur',
    'les informations de', 'les informations du', "les informations d'", 'aux informations de', 'aux informations du',
    // "Nos confrères de La Voix du Nord ont rencontré …": the colleagues are the outlet, whatever the verb.
    'nos confrères de', 'nos confrères du', "nos confrères d'", 'nos confrères des', 'nos consœurs de', 'nos consœurs du', "nos consœurs d'"], kinds: CueKind.According },
  { phrases: ['citant', 'en citant', 'qui cite', 'reprenant', 'reprenant des informations de', 'reprenant des informations du', 'reprenant les informations de', 'reprenant les informations du', "s'appuyant sur des informations de", "s'appuyant sur des informations du", "en s'appuyant sur des informations de", "en s'appuyant sur des informations du", "s'appuyant sur", "en s'appuyant sur", "sur la foi d'informations de", "sur la foi d'informations du", 'qui reprend', 'qui reprend des informations de', 'qui reprend des informations du', 'qui relaie', 'qui relaie des informations de', 'qui relaie des informations du', 'relayant'], kinds: CueKind.According | CueKind.Cites },
  { phrases: [...REPORTING, ...ASIDE_REPORTING], kinds: CueKind.Verb | CueKind.VerbAfter | CueKind.Speech },
  { phrases: ['déclaré', 'a déclaré', 'confié', 'a confié', 'expliqué', 'indiqué', 'affirmé', 'assuré', 'précisé', 'raconté', 'dit', 'a dit', 'déclare', 'confie',
    'explique', 'indique', 'affirme', 'assure', 'précise', 'raconte', 'témoigne', 'témoigné', 'souligné', 'estimé', 'lancé', 'répondu', 'martelé', 'insisté',
    'entretien', 'interview', 'confidences', 'déclarations', 'propos', 'a-t-il', 'a-t-elle', 'confirmé', 'confirmée', 'estimé', 'jugé', 'dénoncé', 'regretté',
    'rappelé', 'reconnu', 'expliquait', 'déclarait', 'confiait', 'assurait', 'martèle', 'juge', 'dénonce', 'regrette', ...SPEECH], kinds: CueKind.Speech },
  { phrases: ['publié par', 'publiée par', 'publiés par', 'publiées par', 'paru dans', 'parue dans', 'parus dans', 'publié dans', 'publiée dans', 'dans les colonnes de',
    'dans les colonnes du', 'dans les colonnes d', 'dans un article', 'dans une enquête', 'dans un entretien publié', 'dans son numéro', 'dans sa livraison',
    ...FR_PARTICIPLES.filter((p) => p.kinds === CueKind.Published).flatMap((p) => p.words.flatMap((w) => agree(w).map((f) => `${f} par`))), 'dans un reportage', 'dans un éditorial', 'dans une tribune', 'dans son édition',
    'à la une de', 'à la une du', 'en une de', 'en une du', 'la une de', 'la une du', 'la une des', "la une d'", 'la manchette de', 'la manchette du', 'diffusé par', 'diffusée par', 'diffusé sur', 'diffusée sur', 'sur le site de', 'sur le site du', 'mis en ligne par',
    "dans l'édition du jour de", "dans l'édition du jour du", "dans l'édition de", "dans l'édition du", "dans l'édition dominicale de", "dans l'édition dominicale du",
    'dans les pages de', 'dans les pages du', 'dans les pages des', 'dans les colonnes des',
    'republié à partir de', 'initialement publié dans', 'initialement publié par', 'initialement publié sur', 'publié initialement dans', 'publié initialement par', 'publié initialement sur', 'initialement paru dans', 'paru initialement dans'], kinds: CueKind.Published },
  { phrases: ['interrogé par', 'interrogée par', 'interrogés par', 'interrogées par', 'au micro de', "au micro d'", "à l'antenne de", "à l'antenne d'", "sur l'antenne de",
    "sur l'antenne d'", 'sur le plateau de', 'sur le plateau d', 'invité de', 'invitée de', "invité d'", "invitée d'", 'dans un entretien', 'dans une interview',
    'dans un entretien accordé', 'dans une interview accordée', 'interviewé par', 'interviewée par', 'en entrevue à', 'en entrevue avec', 'en entrevue', 'joint par', 'jointe par',
    'joints par', 'jointes par', 'contacté par', 'contactée par', 'contactés par', 'sollicité par', 'sollicitée par', 'au téléphone de', 'invité sur', 'invitée sur',
    'recueillis par', 'recueillie par', 'recueilli par', 'propos recueillis par', 'répondant à', 'répondant aux questions de', 'questionné par', 'questionnée par',
    ...FR_PARTICIPLES.filter((p) => p.kinds === CueKind.Interview).flatMap((p) => p.words.flatMap((w) => agree(w).map((f) => `${f} par`))),
    'sur les ondes de', 'sur les ondes d', 'sur les ondes du', 'sur les antennes de', 'sur les antennes du', "sur les antennes d'", 'aux questions de', 'aux questions du', 'aux questions d', 'répondu aux questions', 'répondant aux questions',
    // ("en direct sur" alone is a broadcast, "le match sera à suivre en direct sur la RTBF": a speaker before "sur" makes it an
    // interview through the rule for "sur" + a channel.)
    'invité', 'invitée', 'invités', 'invitées', 'était l invité', 'en duplex sur', 'dans la matinale de', 'dans la matinale d', 'dans la matinale du',
    'a accordé un entretien', 'a accordé une interview', 'accordé un entretien', 'accordé une interview', 'dans un entretien exclusif', 'dans une interview exclusive',
    "s'est confié à", "s'est confiée à", "s'est confié au", "s'est confiée au", "s'est exprimé dans", "s'est exprimée dans", "s'est exprimé sur", "s'est exprimée sur",
    "s'est exprimé auprès", "s'est exprimée auprès", 'interrogé sur', 'interrogée sur', 'en entretien à', 'en entretien avec',
    // "Le directeur de la centrale a reçu Le Dauphiné Libéré pour détailler l'incident": receiving the paper's reporter.
    'a reçu', 'ont reçu', 'avait reçu', 'recevait',
    // "Invité du journal de 20 heures de Gabon 1ère", "au JT de la RTB", "dans le 13 heures de TF1".
    ...BULLETIN_SLOTS], kinds: CueKind.Interview },
  // Broadcasting verbs: "TF1 diffusait jeudi un reportage", "un reportage diffusé dimanche sur France 2".
  { phrases: ['diffuse', 'a diffusé', 'diffusait', 'diffusent', 'diffusé', 'diffusée', 'rediffuse', 'a rediffusé'], kinds: CueKind.Verb | CueKind.VerbAfter | CueKind.Published },
  // Bare participles after an auxiliary and adverbs: "Le quotidien du soir avait alors publié", "Le Monde a d'ailleurs révélé".
  { phrases: ['publié', 'révélé', 'rapporté', 'écrit', 'indiqué', 'affirmé', 'annoncé', 'dévoilé', 'évoqué', 'précisé', 'titré', 'obtenu', 'consulté', 'souligné',
    'relayé', 'expliqué', 'assuré', 'détaillé', 'confirmé', 'mis en ligne', 'appris', 'raconté', 'recueilli'], kinds: CueKind.VerbAfter },
  { phrases: ['source', 'sources'], kinds: CueKind.Footer },
];
