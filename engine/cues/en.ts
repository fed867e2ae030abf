// English attribution cues. Real-world phrasings covered (one example each):
//   according to / citing / quoting / as reported by / first reported by / as quoted by / cited by / as per / obtained by / seen by
//   Reuters reported / the BBC said / CNN has reported / The Guardian revealed (subject first)
//   ", said the BBC" / ", reported The Times" (inversion after a comma or a quote)
//   published by / published in / an article in / in a report / in an op-ed for / wrote in / aired on
//   told Reuters / told the BBC / in an interview with / speaking to / interviewed by / in comments to
//   Source: AFP
// "has learned" and "understands" are cues too: the host's own ("Metro understands") is dropped as a self-citation.
import { CueKind, type CueDef } from './types';

export const EN_CUES: readonly CueDef[] = [
  { phrases: ['according to', 'as reported by', 'as first reported by', 'first reported by', 'reported by', 'as quoted by', 'quoted by', 'cited by', 'as cited by',
    'as per', 'revealed by', 'obtained by', 'seen by', 'confirmed by', 'via', 'carried by', 'relayed by', 'distributed by', 'picked up by',
    'broadcast by', 'aired by', 'reported first by', 'cited in', 'quoted in', 'as reported in', 'reported in', 'published on', 'posted by'], kinds: CueKind.According },
  { phrases: ['citing', 'quoting'], kinds: CueKind.According | CueKind.Cites },
  { phrases: ['quoted as saying by', 'was quoted as saying by', 'as saying by', 'was quoted by', 'were quoted by', 'told reporters and'], kinds: CueKind.According },
  { phrases: ['reported', 'reports', 'said', 'says', 'wrote', 'writes', 'revealed', 'reveals', 'noted', 'added', 'reported on', 'published', 'broadcast', 'aired',
    'announced', 'confirmed', 'claimed', 'disclosed', 'cited', 'quoted', 'first reported', 'has reported', 'had reported', 'reporting', 'reported earlier',
    'claiming', 'saying', 'suggesting', 'adding', 'revealing', 'writing', 'reports that', 'learned', 'has learned', 'understands', 'obtained', 'said on', 'noting',
    'explained', 'described', 'detailed', 'estimated', 'highlighted', 'warned', 'suggested', 'stated', 'contributed', 'was first to report', 'was the first to report',
    'broke the news', 'broke the story', 'first revealed', 'has revealed', 'has confirmed', 'reported late', 'reported last', 'reported this', 'found', 'showed',
    'shows', 'finds', 'concluded', 'is reporting', 'was reporting', 'are reporting', 'uncovered', 'slams', 'praises', 'warns', 'questions', 'argues', 'notes',
    'insists', 'suggests', 'claims', 'hails', 'criticises', 'criticizes', 'laments', 'describes', 'calls', 'headlined', 'leads with', 'splashes', 'leads on',
    'focuses', 'focuses on', 'highlights', 'strikes', 'features', 'carries', 'runs', 'devotes', 'turns to', 'headlines', 'takes', 'offers', 'added on'], kinds: CueKind.Verb | CueKind.VerbAfter },
  { phrases: ['told', 'in an interview with', 'interview with', 'speaking to', 'talking to', 'spoke to', 'spoke with', 'speaking with', 'interviewed by',
    'in comments to', 'in remarks to', 'in a statement to', 'speaking on', 'in an appearance on', 'in an interview on', 'confirmed to', 'said to',
    'in an interview published by', 'in an interview to', 'speaking with', 'talking with', 'said in an interview with'], kinds: CueKind.Interview },
  { phrases: ['said', 'says', 'added', 'explained', 'insisted', 'stressed', 'noted', 'argued', 'warned', 'admitted', 'acknowledged', 'conceded', 'claimed', 'confirmed', 'told'], kinds: CueKind.Speech },
  { phrases: ['published by', 'published in', 'an article in', 'in an article', 'in a report', 'in an op-ed', 'in a column', 'wrote in', 'writing in', 'in an editorial',
    'broadcast by', 'aired by', 'aired on', 'on the website of', 'a report in', 'a report by', 'in its report', 'appeared in', 'appeared on', 'first appeared in'], kinds: CueKind.Published },
  { phrases: ['source', 'sources'], kinds: CueKind.Footer },
];
