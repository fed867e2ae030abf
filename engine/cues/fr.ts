// French attribution cues. Real-world phrasings covered (one example each):
//   selon / d'après / à en croire / citant / cité par / repris par / relayé par / comme le rapporte / révélé par
//   ", rapporte Le Monde" / ", écrit Libération" (inversion after a comma or a quote)
//   Le Parisien affirme / Le Monde a révélé / l'AFP indique / Mediapart croit savoir (subject first)
//   publié par / paru dans / dans les colonnes du / dans un article du / à la une du / diffusé par
//   interrogé par / au micro d'Europe 1 / à l'antenne de / sur le plateau de / invité de / a déclaré à l'AFP / a confié au Parisien
//   Source : AFP / (Source Europe1)
// "a appris" is a cue: the host's own "X a appris" is dropped with every self-citation; "selon nos informations" names no outlet.
import { CueKind, type CueDef } from './types';

const REPORTING = ['rapporte', 'rapportent', 'a rapporté', 'rapportait', 'affirme', 'a affirmé', 'affirmait', 'révèle', 'a révélé', 'révélait',
  'indique', 'a indiqué', 'indiquait', 'écrit', 'a écrit', 'écrivait', 'précise', 'a précisé', 'assure', 'a assuré', 'explique', 'a expliqué',
  'souligne', 'a souligné', 'annonce', 'a annoncé', 'relate', 'raconte', 'a raconté', 'note', 'ajoute', 'a ajouté', 'poursuit', 'détaille',
  'dévoile', 'a dévoilé', 'croit savoir', 'signale', 'a signalé', 'publie', 'a publié', 'confirme', 'a confirmé', 'estime', 'relève', 'observe',
  'évoque', 'évoquent', 'a évoqué', 'mentionne', 'a mentionné', 'a appris', 'apprend', 'affirmait', 'assurent', 'affirment', 'révèlent', 'indiquent', 'écrivent',
  'précisent', 'rapportaient', 'annoncent', 'soulignent', 'notent', 'relèvent', 'évoquait', 'titre', 'titrait', 'a titré',
  'ont révélé', 'ont rapporté', 'ont indiqué', 'ont affirmé', 'ont expliqué', 'ont annoncé', 'ont dévoilé', 'ont publié', 'ont précisé', 'ont évoqué', 'ont écrit',
  'a raconté', 'raconte', 'détaille', 'a détaillé', 'a rappelé', 'rappelle', 'a souligné', 'a noté', 'note', 'résume', 'ajoutait', 'poursuivait',
  // Press-review verbs: "Le quotidien conservateur salue", "la FAZ s'inquiète", "Bild ironise".
  'pointe', 'salue', 'voit', 'ironise', "s'inquiète", 'se montre', 'juge', 'dénonce', 'fustige', 'critique', 'déplore', 'regrette', "s'interroge", 'se félicite',
  'alerte', 'avertit', 'constate', 'analyse', 'décrypte', 'cite', 'affiche', 'martèle', 'insiste', 'prévient', 'qualifie', 'parle', 'évoquent', 'pointent', 'saluent',
  'jugent', 'dénoncent', "s'inquiètent", 'titrent', 'a annoncé', 'a confirmé', 'a indiqué'];

export const FR_CUES: readonly CueDef[] = [
  { phrases: ['selon', "d'après", 'à en croire', 'de source', 'cité par', 'citée par', 'cités par', 'repris par', 'reprise par', 'relayé par', 'relayée par', 'relayés par',
    'rapporté par', 'rapportée par', 'rapportés par', 'rapportées par', 'révélé par', 'révélée par', 'révélés par', 'révélées par', 'dévoilé par', 'dévoilée par',
    'comme le rapporte', "comme l'a rapporté", 'comme le révèle', "comme l'a révélé", "comme l'indique", "comme l'a indiqué", 'comme le souligne', "comme l'écrit",
    "comme l'a écrit", 'comme le précise', 'ainsi que le rapporte', 'confirmé par', 'confirmée par', 'obtenu par', 'obtenus par', 'obtenue par', 'obtenues par',
    'consulté par', 'consultés par', 'consultée par', 'consultées par', 'dévoilés par', 'dévoilées par', 'publiées par', 'publiés par', 'diffusés par', 'diffusées par',
    'cité dans', 'citée dans', 'cités dans', 'relaté par', 'relatée par', 'rapporté dans', 'rapportée dans', 'lu dans', 'selon les informations de', 'selon les révélations de',
    'repéré par', 'repérée par', 'repérés par', 'signalé par', 'signalée par', 'mis au jour par', 'mise au jour par', "comme l'a raconté", "comme l'a expliqué"], kinds: CueKind.According },
  { phrases: ['citant', 'en citant', 'qui cite', 'reprenant'], kinds: CueKind.According | CueKind.Cites },
  { phrases: REPORTING, kinds: CueKind.Verb | CueKind.VerbAfter | CueKind.Speech },
  { phrases: ['déclaré', 'a déclaré', 'confié', 'a confié', 'expliqué', 'indiqué', 'affirmé', 'assuré', 'précisé', 'raconté', 'dit', 'a dit', 'déclare', 'confie',
    'explique', 'indique', 'affirme', 'assure', 'précise', 'raconte', 'témoigne', 'témoigné', 'souligné', 'estimé', 'lancé', 'répondu', 'martelé', 'insisté',
    'entretien', 'interview', 'confidences', 'déclarations', 'propos', 'a-t-il', 'a-t-elle', 'confirmé', 'confirmée', 'estimé', 'jugé', 'dénoncé', 'regretté',
    'rappelé', 'reconnu', 'expliquait', 'déclarait', 'confiait', 'assurait', 'martèle', 'juge', 'dénonce', 'regrette'], kinds: CueKind.Speech },
  { phrases: ['publié par', 'publiée par', 'publiés par', 'publiées par', 'paru dans', 'parue dans', 'parus dans', 'publié dans', 'publiée dans', 'dans les colonnes de',
    'dans les colonnes du', 'dans les colonnes d', 'dans un article', 'dans une enquête', 'dans un reportage', 'dans un éditorial', 'dans une tribune', 'dans son édition',
    'à la une de', 'à la une du', 'en une de', 'en une du', 'diffusé par', 'diffusée par', 'diffusé sur', 'diffusée sur', 'sur le site de', 'sur le site du', 'mis en ligne par'], kinds: CueKind.Published },
  { phrases: ['interrogé par', 'interrogée par', 'interrogés par', 'interrogées par', 'au micro de', "au micro d'", "à l'antenne de", "à l'antenne d'", "sur l'antenne de",
    "sur l'antenne d'", 'sur le plateau de', 'sur le plateau d', 'invité de', 'invitée de', "invité d'", "invitée d'", 'dans un entretien', 'dans une interview',
    'dans un entretien accordé', 'dans une interview accordée', 'interviewé par', 'interviewée par', 'en entrevue à', 'en entrevue avec', 'en entrevue', 'joint par', 'jointe par',
    'joints par', 'jointes par', 'contacté par', 'contactée par', 'contactés par', 'sollicité par', 'sollicitée par', 'au téléphone de', 'invité sur', 'invitée sur',
    'recueillis par', 'recueillie par', 'recueilli par', 'propos recueillis par', 'répondant à', 'répondant aux questions de', 'questionné par', 'questionnée par'], kinds: CueKind.Interview },
  { phrases: ['source', 'sources'], kinds: CueKind.Footer },
];
