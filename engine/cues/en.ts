// English attribution cues. Real-world phrasings covered (one example each):
//   according to / citing / quoting / as reported by / first reported by / as quoted by / cited by / as per / obtained by / seen by
//   Reuters reported / the BBC said / CNN has reported / The Guardian revealed (subject first)
//   ", said the BBC" / ", reported The Times" (inversion after a comma or a quote)
//   published by / published in / an article in / in a report / in an op-ed for / wrote in / aired on
//   told Reuters / told the BBC / in an interview with / speaking to / interviewed by / in comments to
//   Source: AFP / Additional reporting by Reuters (a credit line at the foot of the story)
//   per Axios / reported on Tuesday by the FT / first disclosed last month by Bloomberg (a participle split from its "by")
//   the Guardian can reveal / the BBC has seen / Sky News has been told / the paper has obtained
//   Axios' Barak Ravid reported / CNN's Jake Tapper reported (a journalist between the outlet and the verb)
//   writing for the Telegraph / in a piece for / in an essay for / wrote for
//   confirmed the news to TechCrunch / made the comments to the BBC / explained to CNN (a speech verb a few words before "to")
//   said in an interview aired Sunday on CBS News / said on Fox News (a speech verb with "on" + a broadcaster)
// "has learned" and "understands" are cues too: the host's own ("Metro understands") is dropped as a self-citation.
import { CueKind, type CueDef } from './types';

/** Past participles that take the outlet as agent ("reported by", "reported on Tuesday by"). */
export const EN_PARTICIPLES: readonly { words: readonly string[]; kinds: number }[] = [
  { words: ['published', 'aired', 'broadcast', 'posted', 'shared', 'carried', 'released', 'printed', 'syndicated', 'republished', 'televised', 'streamed'], kinds: CueKind.Published },
  { words: ['interviewed', 'contacted', 'reached', 'approached', 'questioned', 'asked'], kinds: CueKind.Interview },
  { words: ['reported', 'revealed', 'disclosed', 'cited', 'quoted', 'obtained', 'seen', 'reviewed', 'confirmed', 'first reported', 'conducted', 'commissioned',
    'compiled', 'verified', 'analysed', 'analyzed', 'described', 'detailed', 'uncovered', 'broken', 'leaked', 'relayed', 'picked up', 'found', 'documented',
    'examined', 'estimated', 'tallied', 'counted', 'geolocated', 'authenticated', 'shown', 'provided', 'made public', 'exposed', 'unearthed', 'flagged',
    'identified', 'corroborated', 'spotted', 'highlighted', 'tracked', 'mapped', 'investigated', 'probed', 'scrutinised', 'scrutinized', 'broken first',
    'first spotted', 'first exposed', 'first flagged', 'first identified'], kinds: CueKind.According },
];

export const EN_CUES: readonly CueDef[] = [
  { phrases: ['according to', 'as reported by', 'as first reported by', 'first reported by', 'reported by', 'as quoted by', 'quoted by', 'cited by', 'as cited by',
    'as per', 'revealed by', 'obtained by', 'seen by', 'confirmed by', 'via', 'carried by', 'relayed by', 'distributed by', 'picked up by',
    'broadcast by', 'aired by', 'reported first by', 'cited in', 'quoted in', 'as reported in', 'reported in', 'published on', 'posted by', 'per',
    ...EN_PARTICIPLES.filter((p) => p.kinds === CueKind.According).flatMap((p) => p.words.map((w) => `${w} by`)), 'as first reported in', 'first reported in',
    'as reported earlier by', 'reporting by', 'information from', 'material from', 'with files from', 'includes reporting from', 'includes reporting by', 'contains reporting from', 'additional reporting by', 'with reporting from', 'additional reporting from', 'as previously reported by', 'as first revealed by', 'first revealed by', 'as revealed by', 'as disclosed by'], kinds: CueKind.According },
  { phrases: ['citing', 'quoting'], kinds: CueKind.According | CueKind.Cites },
  // Material handed to an outlet: "documents leaked to the BBC", "figures released to the FT", "data provided to Reuters".
  { phrases: ['leaked to', 'provided to', 'released to', 'given to', 'sent to', 'a letter to', 'a letter sent to', 'passed to', 'handed to', 'supplied to', 'disclosed to', 'made available to'], kinds: CueKind.According },
  { phrases: ['quoted as saying by', 'was quoted as saying by', 'as saying by', 'was quoted by', 'were quoted by', 'told reporters and'], kinds: CueKind.According },
  { phrases: ['reported', 'reports', 'said', 'says', 'wrote', 'writes', 'revealed', 'reveals', 'noted', 'added', 'reported on', 'published', 'broadcast', 'aired',
    'announced', 'confirmed', 'claimed', 'disclosed', 'cited', 'quoted', 'first reported', 'has reported', 'had reported', 'reporting', 'reported earlier',
    'claiming', 'saying', 'suggesting', 'adding', 'revealing', 'writing', 'reports that', 'learned', 'has learned', 'understands', 'obtained', 'said on', 'noting',
    'explained', 'described', 'detailed', 'estimated', 'highlighted', 'warned', 'suggested', 'stated', 'contributed', 'was first to report', 'was the first to report',
    'broke the news', 'broke the story', 'first revealed', 'has revealed', 'has confirmed', 'reported late', 'reported last', 'reported this', 'found', 'showed',
    'shows', 'finds', 'concluded', 'is reporting', 'was reporting', 'are reporting', 'uncovered', 'uncovers', 'exposes', 'unearths', 'slams', 'praises', 'warns', 'questions', 'argues', 'notes',
    'insists', 'suggests', 'claims', 'hails', 'criticises', 'criticizes', 'laments', 'describes', 'calls', 'headlined', 'leads with', 'splashes', 'leads on',
    'focuses', 'focuses on', 'highlights', 'strikes', 'features', 'carries', 'runs', 'devotes', 'turns to', 'headlines', 'takes', 'offers', 'added on',
    // Press-review phrasings: "The Irish Times has the story of", "The Daily Express goes with", "The Sun has a lighter take".
    'looks at', 'looked at', 'sees', 'saw', 'backs', 'backed', 'takes the side', 'sides with', 'interviews', 'examines', 'explores', 'dwells on',
    'gave space', 'gives space', 'gave prominence', 'gives prominence', 'devoted', 'zeroes in', 'homes in',
    'took a', 'struck a', 'adopted a', 'took aim', 'takes aim', 'ran a', 'ran an', 'runs a', 'runs an', 'welcomed', 'welcomes', 'adds', 'has the story', 'has a story', 'has an exclusive', 'has an interview', 'has a report', 'has a lighter take', 'has a different take', 'has a front page', 'has a lighter front page', 'has a striking front page', 'goes with', 'opens with',
    'can reveal', 'can confirm', 'can disclose', 'can report', 'has seen', 'had seen', 'has obtained', 'had obtained', 'has been told', 'was told', 'were told', 'has established',
    'has reviewed', 'reviewed', 'has verified', 'verified', 'analysed', 'analyzed', 'has analysed', 'has analyzed', 'has reported', 'was first to reveal', 'first disclosed',
    'first published', 'published on', 'aired on', 'broadcast on', 'reported overnight', 'reported separately', 'reported citing', 'cited sources', 'quoted sources',
    'was the first to reveal', 'previously reported', 'also reported', 'put it', 'puts it', 'argued', 'carried a report', 'carried an interview', 'ran an interview', 'ran a report', 'ran a story', 'ran an article', 'ran a piece',
    'published a report', 'published an article', 'published a story', 'aired an interview', 'aired a report', 'broadcast an interview', 'painted', 'paints', 'devoted', 'focused', 'focused on', 'led with', 'splashed', 'featured', 'turned to', 'printed', 'quotes', 'points to', 'pointed to', 'cites', 'portrayed', 'portrays', 'depicted', 'depicts', 'framed', 'frames', 'exclusively reported', 'exclusively revealed', 'published an interview', 'ran a story', 'alleged', 'alleges', 'has alleged',
    // Editorials and columns: "the Deccan Herald's editorial raised concerns", "The Hindu's editorial questioned".
    'raised', 'raises', 'questioned', 'flagged', 'flags', 'cautioned', 'cautions', 'lamented',
    // "The magazine pointed out that". (Not "observed": "Blueprint observed that" is a Nigerian paper's own reporter
    // looking on.)
    'pointed out', 'points out'], kinds: CueKind.Verb | CueKind.VerbAfter },
  { phrases: ['told', 'tells', 'telling', 'in an interview with', 'interview with', 'speaking to', 'talking to', 'spoke to', 'spoke with', 'speaking with', 'interviewed by',
    'in comments to', 'in remarks to', 'in a statement to', 'speaking on', 'in an appearance on', 'in an interview on', 'confirmed to', 'said to',
    'in an interview published by', 'in an interview to', 'speaking with', 'talking with', 'said in an interview with',
    ...EN_PARTICIPLES.filter((p) => p.kinds === CueKind.Interview).flatMap((p) => p.words.map((w) => `${w} by`)), 'comments to', 'remarks to', 'in a statement to',
    'in an email to', 'in a text message to', 'in a message to', 'in a letter to', 'said to', 'explained to', 'confirmed to', 'described to', 'admitted to', 'revealed to',
    'in an interview aired', 'in an interview broadcast', 'appearing on', 'in an appearance on', 'on the sidelines of an interview with', 'a guest on', 'speaking on',
    'wrote to', 'questions from', 'a question from', 'in response to questions from', 'responding to questions from', 'in response to a question from',
    'asked by', 'when asked by', 'questioned by'], kinds: CueKind.Interview },
  { phrases: ['said', 'says', 'added', 'explained', 'insisted', 'stressed', 'noted', 'argued', 'warned', 'admitted', 'acknowledged', 'conceded', 'claimed', 'confirmed', 'told',
    'comments', 'remarks', 'statement', 'interview', 'denied', 'described', 'revealed', 'announced', 'disclosed', 'explained', 'defended', 'suggested', 'predicted',
    'vowed', 'promised', 'pledged', 'complained', 'recalled', 'replied', 'responded', 'wrote', 'tweeted', 'confided', 'signalled', 'signaled', 'indicated',
    'grumbled', 'lamented', 'fumed', 'griped', 'vented', 'joked', 'quipped', 'recounted', 'pleaded', 'urged', 'cautioned',
    'said on', 'added on', 'says on', 'announced on', 'confirmed on', 'revealed on', 'claimed on', 'insisted on'], kinds: CueKind.Speech },
  { phrases: ['published by', 'published in', 'an article in', 'in an article', 'in a report', 'in an op-ed', 'in a column', 'wrote in', 'writing in', 'in an editorial',
    'broadcast by', 'aired by', 'aired on', 'on the website of', 'a report in', 'a report by', 'in its report',
    // With a word before it: "a separate report by Mint", "an earlier report in the Sunday Times".
    'report by', 'report in', 'reports by', 'reports in', 'article by', 'story by', 'story in',
    // "An editorial in The Hindu said", "a leader in The Economist".
    'an editorial in', 'editorial in', 'an op-ed in', 'an opinion piece in', 'a leader in', 'an analysis in', 'an investigation in', 'appeared in', 'appeared on', 'first appeared in',
    ...EN_PARTICIPLES.filter((p) => p.kinds === CueKind.Published).flatMap((p) => p.words.map((w) => `${w} by`)), 'writing for', 'wrote for', 'written for',
    'in a piece for', 'in an article for', 'in an essay for', 'in a column for', 'in an op-ed for', 'in an opinion piece for', 'in a guest column for', 'in a piece in',
    'in an essay in', 'in a letter to the editor of', 'originally appeared in', 'originally published in', 'originally published by', 'was originally published in',
    'first published in', 'first published by', 'in an investigation by', 'an investigation by', 'in an investigation published by', 'an analysis by', 'a survey by',
    'a poll by', 'a poll for', 'a survey for', 'a tally by', 'a count by', 'in a documentary by', 'a documentary by',
    'a column in', 'a commentary for', 'in a commentary for', 'in a commentary in', 'in the sunday edition of', 'in the latest edition of', 'in the latest issue of',
    'in the weekend edition of', 'in the print edition of', 'in its print edition', 'on the front page of', 'the front page of', 'in a post on', 'in a blog post on',
    'a documentary for', 'in a documentary for', 'in a film for', 'a film for', 'in a programme for', 'in a program for', 'in a series for',
    'republished from', 'republished with permission from', 'reprinted from', 'reprinted with permission from', 'reproduced with permission from', 'produced in partnership with', 'originally appeared on', 'first appeared on',
    // Egypt Independent's footer under what it takes from its Arabic sister paper: "Edited translation from Al-Masry Al-Youm".
    'translated from', 'translation from', 'edited translation from'], kinds: CueKind.Published },
  // "Contributing: Reuters", USA Today's credit line at the foot of a story.
  { phrases: ['source', 'sources', 'contributing'], kinds: CueKind.Footer },
];
