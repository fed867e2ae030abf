// French attribution patterns, variants and decoys (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { find, outletIds, patterns, run, runText } from './helpers';

describe('French patterns', () => {
  it('un titre inconnu sujet de « rapporte » est un média, un organisme ou une entreprise non', () => {
    expect(run('Ta Nea rapporte que le ministre va démissionner.').attributions.map((x) => [x.outlet.name, x.outlet.known])).toEqual([['Ta Nea', false]]);
    expect(run("L'information a été rapportée par Proto Thema dimanche.").attributions.map((x) => x.outlet.name)).toEqual(['Proto Thema']);
    expect(run("L'Insee rapporte que le chômage a baissé.").attributions).toEqual([]);
    expect(run('Renault a rapporté un chiffre d’affaires en hausse.').attributions).toEqual([]);
  });
  it('un média inconnu présenté en apposition : « Ta Nea, un quotidien grec, affirme »', () => {
    expect(run('Ta Nea, un quotidien grec, affirme que les négociations ont échoué.').attributions[0]?.outlet).toMatchObject({ name: 'Ta Nea', known: false, country: 'GR' });
    expect(run('Marie Roux, une chroniqueuse radio, affirme que les négociations ont échoué.').attributions).toEqual([]);
  });
  it('un adjectif après le nom de tête (« la radio alémanique SRF ») ; la Croix-Rouge n’est pas La Croix ; une station de métro n’est pas une radio', () => {
    expect(run("C'est ce qu'a déclaré le ministre au quotidien turinois Le Soir.").attributions.map((x) => x.outlet.id)).toEqual(['le-soir']);
    expect(run("Le quotidien zurichois Tages-Blatt affirme que la gare sera rénovée.").attributions[0]?.outlet).toMatchObject({ known: false, name: 'Tages-Blatt' });
    expect(run('La gestion du camp a été confiée à la Croix-Rouge italienne, a déclaré le préfet.').attributions).toEqual([]);
    expect(run("La panne a paralysé la station Brossard. « On n'avait aucune information », a confié un usager qui habite à Brossard.").attributions).toEqual([]);
  });
  it('une participiale citante en tête de phrase : « Reprenant des informations de la radio RFI, le site rapporte » fait de RFI l’original', () => {
    const a = run("Mediapart a révélé mardi que le contrat avait été signé.\n\nReprenant des informations de la radio RFI, le site d'investigation rapporte que la somme atteint 2 milliards.");
    expect(a.attributions.map((x) => x.outlet.id)).toEqual(['mediapart', 'rfi', 'mediapart']);
    expect(a.originalOutlet?.id).toBe('rfi');
    expect(run('Le Monde, qui reprend des informations du Parisien, affirme que le projet avance.').originalOutlet?.id).toBe('le-parisien');
  });
  it('un nom collé avec un chiffre (« 7sur7 ») est le site ; « 7 sur 7 » avec des espaces est l’expression', () => {
    expect(run('Selon 7sur7, le tram sera prolongé.').attributions.map((x) => x.outlet.name)).toEqual(['7sur7']);
    expect(run('Le magasin est ouvert 7 sur 7, selon le gérant.').attributions).toEqual([]);
  });
  it('une édition régionale reste le journal (« Le Parisien du Val-d’Oise ») ; un titre générique suivi d’un lieu est un autre journal', () => {
    expect(run("Selon Le Parisien du Val-d'Oise, le tram sera prolongé.").attributions.map((x) => x.outlet.id)).toEqual(['le-parisien']);
    expect(run('Selon Le Parisien de mardi, le tram sera prolongé.').attributions.map((x) => x.outlet.id)).toEqual(['le-parisien']);
    expect(run('Le quotidien Le Soir de Bretagne affirme que le tram sera prolongé.').attributions.map((x) => [x.outlet.id, x.outlet.name])).toEqual([[null, 'Le Soir de Bretagne']]);
  });
  it('« C’est Le Monde qui a révélé », « au Nieuwsblad » sans article, une radio nommée par sa fréquence, « (L’essentiel/AFP) »', () => {
    expect(patterns(run("C'est Le Monde qui a révélé l'affaire."), 'le-monde')).toEqual(['reported_by']);
    expect(run('Un employé raconte au Parisien que le loyer a doublé.').attributions.map((x) => x.outlet.id)).toEqual(['le-parisien']);
    expect(run('« La situation est intenable », a-t-il dit en entrevue au 98,5 FM mardi.').attributions[0]?.outlet).toMatchObject({ name: '98,5 FM', known: false, medium: 'radio' });
    expect(run('Les 98 députés ont voté.').attributions).toEqual([]);
    const credit = runText("Inondations\n\nPar Jean Roy\n\nLe président a annoncé des fonds d'urgence pour les communes sinistrées de la région mardi soir après une visite.\n\nLes secours poursuivent leurs recherches.\n\n(L'essentiel/AFP)");
    expect(outletIds(credit)).toEqual(['afp']);
    const photo = runText("Inondations\n\nPar Jean Roy\n\nLe président a annoncé des fonds d'urgence pour les communes sinistrées de la région mardi soir après une visite.\n\nLes secours poursuivent leurs recherches.\n\n(Jean Roy/AFP)");
    expect(outletIds(photo)).toEqual([]);
  });
  it('byline_via: "Avec AFP", "Le Figaro avec AFP"', () => {
    expect(patterns(runText('Grève à la SNCF\n\nAvec AFP\n\nLe trafic est perturbé.'), 'afp')).toEqual(['byline_via']);
    const a = runText('Grève à la SNCF\n\nLe Figaro avec AFP\n\nLe trafic est perturbé.', { url: 'https://www.lefigaro.fr/x' });
    expect(outletIds(a)).toEqual(['afp']);
  });
  it('"Le Figaro avec AFP" runs the agency\'s copy; "Par Anne Roux avec AFP" is the reporter\'s story with agency material', () => {
    const body = '\n\nLe trafic est perturbé sur la ligne.\n\nLes syndicats réclament une prime.\n\nLa direction propose une rencontre lundi.';
    expect(runText('Grève à la SNCF\n\nLe Figaro avec AFP' + body, { url: 'https://www.lefigaro.fr/x' }).originalOutlet?.id).toBe('afp');
    const reporter = runText('Grève à la SNCF\n\nPar Anne Roux avec AFP' + body, { url: 'https://www.lefigaro.fr/x' });
    expect(outletIds(reporter)).toEqual(['afp']);
    expect(reporter.originalOutlet).toBeNull();
    expect(runText('Grève à la SNCF\n\nPar la rédaction avec AFP' + body, { url: 'https://www.lefigaro.fr/x' }).originalOutlet?.id).toBe('afp');
  });
  it('according_to: selon, d\'après, à en croire, cité par', () => {
    expect(patterns(run("Selon l'AFP, le bilan s'alourdit."), 'afp')).toEqual(['according_to']);
    expect(patterns(run("D'après Le Monde, la réforme sera reportée."), 'le-monde')).toEqual(['according_to']);
    expect(patterns(run('À en croire Le Parisien, le suspect a été relâché.'), 'le-parisien')).toEqual(['according_to']);
    expect(patterns(run('Un témoin, cité par BFMTV, décrit une scène de panique.'), 'bfmtv')).toEqual(['according_to']);
    expect(patterns(run("Selon un décompte de l'AFP, 40 personnes sont mortes."), 'afp')).toEqual(['according_to']);
  });
  it('reported_by: subject first, and inverted after a comma or a quote', () => {
    expect(patterns(run('Le Parisien affirme que la police a identifié le tireur.'), 'le-parisien')).toEqual(['reported_by']);
    expect(patterns(run('Libération a révélé mardi le contenu du rapport.'), 'liberation')).toEqual(['reported_by']);
    expect(patterns(run('Le Monde fait état de trois interpellations.'), 'le-monde')).toEqual(['reported_by']);
    expect(patterns(run("Le gouvernement hésite encore, rapporte Le Figaro."), 'le-figaro')).toEqual(['reported_by']);
    expect(patterns(run('« Rien n\'est décidé », écrit Le Monde.'), 'le-monde')).toEqual(['reported_by']);
    expect(patterns(run("L'Équipe croit savoir que le transfert est bouclé."), 'lequipe')).toEqual(['reported_by']);
  });
  it('published_by: publié par, paru dans, dans les colonnes du, dans un article du', () => {
    expect(patterns(run('Dans un article publié par Mediapart, les enquêteurs décrivent le montage.'), 'mediapart')).toEqual(['published_by']);
    expect(patterns(run('Un entretien paru dans Le Point relance le débat.'), 'le-point')).toEqual(['published_by']);
    expect(patterns(run('Dans les colonnes du Figaro, le ministre défend sa réforme.'), 'le-figaro')).toEqual(['published_by']);
    expect(patterns(run('Dans un article du Monde, un diplomate raconte les négociations.'), 'le-monde')).toEqual(['published_by']);
  });
  it('wire_dateline: "PARIS (AFP) -"', () => {
    expect(patterns(run("PARIS (AFP) - Le Parlement a adopté le texte dans la nuit."), 'afp')).toEqual(['wire_dateline']);
  });
  it("interview_with: a déclaré à l'AFP, interrogé par, au micro de, sur le plateau de, a confié au Parisien", () => {
    expect(patterns(run("Le maire a déclaré à l'AFP que la situation était sous contrôle."), 'afp')).toEqual(['interview_with']);
    expect(patterns(run('Interrogé par franceinfo, le ministre a reconnu des retards.'), 'franceinfo')).toEqual(['interview_with']);
    expect(patterns(run("Au micro d'Europe 1, la députée a dénoncé la mesure."), 'europe-1')).toEqual(['interview_with']);
    expect(patterns(run('Sur le plateau de BFMTV, le candidat a précisé son programme.'), 'bfmtv')).toEqual(['interview_with']);
    expect(patterns(run("L'entraîneur a confié au Parisien qu'il restait confiant."), 'le-parisien')).toEqual(['interview_with']);
    expect(patterns(run("Jointe par l'AFP, la préfecture n'a pas répondu."), 'afp')).toEqual(['interview_with']);
  });
  it('other: source footers', () => {
    expect(patterns(run('Le trafic reprend lundi.\n\n(Source : Europe1)'), 'europe-1')).toEqual(['other']);
    expect(patterns(run('Le trafic reprend lundi.\n\nSource : AFP'), 'afp')).toEqual(['other']);
  });
  it('A cites B: "rapporte Le Figaro, citant Le Parisien"', () => {
    const a = run('Le suspect a été arrêté, rapporte Le Figaro, citant Le Parisien.');
    expect(outletIds(a)).toEqual(['le-figaro', 'le-parisien']);
    expect(a.originalOutlet?.id).toBe('le-parisien');
  });
});

describe('French variants and decoys', () => {
  it("elision and accents: l'AFP, L'Équipe / L'Equipe", () => {
    expect(outletIds(run("Selon L'Equipe, l'entraîneur sera prolongé."))).toEqual(['lequipe']);
    expect(outletIds(run("Selon L’Équipe, l'entraîneur sera prolongé."))).toEqual(['lequipe']);
  });
  it('everyday words that are outlet names need capitals and context', () => {
    const decoys = [
      'Les agriculteurs manifesteront dimanche soir devant la préfecture.',
      'Le monde agricole attend des réponses du gouvernement.',
      'La police a démantelé un point de deal à Marseille.',
      'La libération des otages a eu lieu samedi.',
      'Le soir, les habitants se retrouvent sur la place.',
    ];
    for (const d of decoys) expect(outletIds(run(d)), d).toEqual([]);
    expect(outletIds(run('Le Soir rapporte que le budget sera revu.'))).toEqual(['le-soir']);
    expect(outletIds(run("Selon L'Express, la liste compte vingt noms."))).toEqual(['lexpress']);
  });
  it('an outlet that is the subject of the news is not a source', () => {
    expect(run("BFMTV a été condamnée à une amende par l'Arcom.").attributions).toEqual([]);
  });
  it('the host citing itself is not an attribution', () => {
    expect(run('Selon nos informations, le ministre va démissionner.', { url: 'https://www.lemonde.fr/x' }).attributions).toEqual([]);
    expect(run('Le Monde a appris que le ministre va démissionner.', { url: 'https://www.lemonde.fr/x' }).attributions).toEqual([]);
  });
  it('unknown outlets: le quotidien + nationality + capitalised name', () => {
    const a = run('Le quotidien espagnol El Mundo affirme que le contrat est signé.');
    expect(a.attributions[0]?.outlet).toMatchObject({ known: false, name: 'El Mundo', country: 'ES', medium: 'newspaper' });
  });
  it('interview_with: the speaker and title between the verb and "sur" + a broadcaster', () => {
    const a = run('« La censure reviendra », a prévenu le premier secrétaire du PS, Olivier Faure, sur BFMTV.');
    expect(patterns(a, 'bfmtv')).toEqual(['interview_with']);
    // "sur" + a newspaper is no broadcast appearance.
    expect(run('« La censure reviendra », a prévenu le premier secrétaire du PS, Olivier Faure, sur Le Monde.').attributions).toEqual([]);
  });
  it('a piece as the subject: "Une enquête de Mediapart montre", "Un article du Monde établit"', () => {
    expect(patterns(run('Une enquête de Mediapart montre que les fonds ont disparu.'), 'mediapart')).toEqual(['published_by']);
    expect(patterns(run('Un article du Monde établit que les fonds ont disparu.'), 'le-monde')).toEqual(['published_by']);
    expect(patterns(run("Dans l'opposition, on rappelle qu'une enquête de Mediapart publiée en 2023 avait pointé des irrégularités."), 'mediapart')).toEqual(['published_by']);
    expect(run('Le monde montre des signes de fatigue.').attributions).toEqual([]);
  });
  it('"nos confrères de X" with any verb, and "les informations de X", are one citation of X', () => {
    expect(patterns(run('Nos confrères du Parisien ont rencontré la mère de la victime.'), 'le-parisien')).toEqual(['according_to']);
    expect(patterns(run('Selon nos confrères du Parisien, la mère de la victime a porté plainte.'), 'le-parisien')).toEqual(['according_to']);
    expect(patterns(run('Les informations de Mediapart ont depuis été confirmées par le parquet.'), 'mediapart')).toEqual(['according_to']);
    expect(run('Les informations du monde entier affluent à la rédaction.').attributions).toEqual([]);
    expect(run('Nos confrères de la presse régionale ont suivi l’affaire.').attributions).toEqual([]);
    // An everyday-word title is a newsroom after "nos confrères de"; a title the preposition swallowed keeps its article.
    expect(patterns(run('Nos confrères du Monde évoquent quant à eux une autre option.'), 'le-monde')).toEqual(['according_to']);
    expect(run('Le Correio do Povo, un quotidien de Porto Alegre, souligne que la ville est inondée.').attributions[0]?.outlet.name).toBe('Correio do Povo');
  });
  it('a speaker named with an age after an anaphoric head noun is a person, not an outlet: "raconte au quotidien régional Didier Lefebvre, 61 ans"', () => {
    const a = run('Nos confrères du Parisien ont rencontré des pêcheurs. « Les phoques se servent », raconte au quotidien régional Didier Lefebvre, 61 ans, pêcheur.');
    expect(a.attributions.map((x) => [x.pattern, x.outlet.id])).toEqual([['according_to', 'le-parisien'], ['interview_with', 'le-parisien']]);
  });
  it('press-review verbs: "revient sur", "s\'attarde", "se penche sur", "a fait ses calculs", with "de son côté" between', () => {
    expect(patterns(run('Le Monde revient sur la hausse des prix.'), 'le-monde')).toEqual(['reported_by']);
    expect(patterns(run('Le Parisien, de son côté, se penche sur la hausse des prix.'), 'le-parisien')).toEqual(['reported_by']);
    expect(patterns(run('Le Figaro a fait ses calculs : la facture grimpe.'), 'le-figaro')).toEqual(['reported_by']);
    expect(run('Le ministre revient sur sa décision.').attributions).toEqual([]);
    // A title inside someone's words, the quote closing before the speech verb: no citation.
    expect(run('« On a lu Le Monde, et on nous remercie avec un rapport anonyme », confie une infirmière.').attributions).toEqual([]);
    expect(patterns(run("Le Monde, de son côté, met l'accent sur le projet."), 'le-monde')).toEqual(['reported_by']);
  });
  it('a bare station name after "révélée … par" confirmed by "la radio régionale"; hyphenated places are no titles', () => {
    const a = run("L'information a été révélée mardi matin par RTN. Selon la radio régionale, l'usine fermera en juin.");
    expect(a.attributions.map((x) => [x.outlet.name, x.outlet.known])).toEqual([['RTN', false], ['RTN', false]]);
    expect(run("L'information a été révélée mardi par l'INSEE. Selon l'institut, le chômage baisse.").attributions).toEqual([]);
    expect(run('Le quotidien de Saint-Sébastien affirme que les migrants sont arrivés.').attributions.map((x) => x.outlet.name)).not.toContain('Saint-Sébastien');
    expect(run('« Il a eu le bon réflexe », a expliqué à la chaîne Kevin Delgado, porte-parole du parc.').attributions.map((x) => x.outlet.name)).not.toContain('Kevin Delgado');
    // A speaker after a head noun spoken to, whatever the given name; a city after "le quotidien de".
    expect(run('« Rien ne va », résume pour le site Erzsébet Tóth, pharmacienne à Budapest.').attributions.map((x) => x.outlet.name)).not.toContain('Erzsébet Tóth');
    expect(run("Selon Le Monde, la récolte baisse. D'après le quotidien d'Antananarivo, les prix montent.").attributions.map((x) => x.outlet.name)).not.toContain('Antananarivo');
  });
  it('a byline that is only an agency\'s everyday-word name ("La Presse Canadienne") is its credit', () => {
    const a = runText('Train léger : la ligne paralysée\n\nLa Presse Canadienne\n\nLa ligne est de nouveau paralysée, a indiqué la Ville mardi.', { url: 'https://www.ledroit.com/actualites/x' });
    expect(a.attributions.map((x) => [x.pattern, x.outlet.id])).toEqual([['byline_via', 'the-canadian-press']]);
  });
  it('a shared short name goes to the outlet already cited under its full name ("APS" after "l\'Agence de presse sénégalaise")', () => {
    const a = run("Selon l'Agence de presse sénégalaise, le train reprendra lundi. APS rapporte que les travaux sont finis.");
    expect(a.attributions.map((x) => x.outlet.id)).toEqual(['aps-senegal', 'aps-senegal']);
  });
  it('a bare unknown name after "selon" is an outlet only when the next sentences call it "le journal"', () => {
    const a = run('Selon Vozpópuli, le gouvernement espagnol prépare un plan pour le port. Le journal numérique espagnol précise que le ministre a validé le budget.');
    expect(a.attributions.map((x) => [x.pattern, x.outlet.name, x.outlet.known])).toEqual([['according_to', 'Vozpópuli', false], ['reported_by', 'Vozpópuli', false]]);
    expect(run('Selon Airbus, les livraisons reprendront en mars. Le site du constructeur précise que tout va bien.').attributions).toEqual([]);
    expect(run('Selon Eurostat, le trafic a augmenté de 4 %. Les autorités portuaires confirment la tendance.').attributions).toEqual([]);
  });
  it('an everyday-word name after an inverted verb, before its own source: ", a appris Le Parisien de source syndicale"', () => {
    expect(patterns(run('La grève continue, a appris Le Parisien de source syndicale.'), 'le-parisien')).toEqual(['reported_by']);
    expect(patterns(run('La grève continue, a appris Le Parisien auprès de la préfecture.'), 'le-parisien')).toEqual(['reported_by']);
  });
  it('a credit in parentheses that holds only outlets: "(Belga).", "(dpa, AFP)"', () => {
    expect(patterns(run("Le trafic a repris vers 21 heures sur l'ensemble de la ligne (AFP)."), 'afp')).toEqual(['other']);
    expect(outletIds(run('Le trafic a repris.\n\njsi/rc (AFP, Reuters)'))).toEqual(['afp', 'reuters']);
    // A short caption line ending in "(AFP)" in the middle of the story is a photo credit.
    expect(run("Le président à l'Élysée, lundi. (AFP)\nLe président a reçu les syndicats.\nLa suite demain.\nFin.").attributions).toEqual([]);
    // An acronym after the full name is no credit.
    expect(run("L'Agence France-Presse (AFP) a été visée par une cyberattaque.").attributions).toEqual([]);
    // The second half of a hyphenated word is no name: "la Croix-Rouge" is not a paper called "Rouge" or "La Croix".
    expect(run("La Croix-Rouge a annoncé l'envoi de secours.").attributions).toEqual([]);
  });
  it('coordination with the preposition repeated: "Avec les informations de Reuters et de l\'Agence France-Presse"', () => {
    expect(outletIds(run("La scierie a fermé.\n\nAvec les informations de Reuters et de l'Agence France-Presse"))).toEqual(['afp', 'reuters']);
    expect(outletIds(run('Selon Le Monde et selon Libération, le texte est retiré.'))).toEqual(['le-monde', 'liberation']);
  });
  it('a sentence adverb between an inverted verb and its subject: "se demande enfin L\'Echo"', () => {
    expect(patterns(run('« Qui paiera ? », note pour sa part Le Figaro.'), 'le-figaro')).toEqual(['reported_by']);
  });
  it("unknown outlets: a regional descriptor, an elided article inside the name, no anaphor on the head noun", () => {
    const a = run("Le journal régional Le Courrier de l'Ouest rapporte que la route est coupée.");
    expect(a.attributions.map((x) => x.outlet.name)).toEqual(["Le Courrier de l'Ouest"]);
    expect(run("Selon le site d'information ivoirien Koaci, le président est rentré.").attributions).toHaveLength(1);
    // "la télévision d'État" is state television, not an outlet called "État".
    expect(run("Le président est arrivé, a indiqué la télévision d'État.").attributions).toEqual([]);
  });
  it('"see also" lines link to other stories: the outlets in their headlines are not cited here', () => {
    const a = run('Le maire a inauguré le pont samedi, selon Le Parisien.\nLire aussi : Selon Le Monde, la réforme sera votée\n» À lire aussi - Le Figaro révèle les coulisses du chantier\nاقرأ أيضا: رويترز: ارتفاع أسعار النفط\nREAD MORE: BBC reveals new plans for the bridge');
    expect(outletIds(a)).toEqual(['le-parisien']);
    // The same words inside a sentence are text.
    expect(outletIds(run('Il faut lire aussi ce que révèle Le Monde sur le chantier.'))).toEqual(['le-monde']);
  });
  it("editions and pages name their paper; a participle may stand apart from its 'dans'", () => {
    expect(outletIds(run("Dans l'édition du jour de Libération, le ministre affirme qu'il a menti."))).toEqual(['liberation']);
    expect(outletIds(run('Selon un article paru dimanche dans Le Parisien, le ministre a menti.'))).toEqual(['le-parisien']);
    expect(run('Il a vécu à Paris dans les années 1990.').attributions).toEqual([]);
  });
  it("an elided article before the head noun: \"l'agence de presse malienne AMAP\"; a city after it is no name", () => {
    expect(run("L'agence de presse malienne AMAP a rapporté les arrestations.").attributions[0]?.outlet).toMatchObject({ known: false, name: 'AMAP' });
    expect(run("Der Spiegel dénonce la réforme. L'hebdomadaire de Hambourg pointe les risques.").attributions.every((a) => a.outlet.known)).toBe(true);
  });
  it("a known name that goes on into a longer title is not that outlet: \"L'Écho des Landes\" is not L'Écho", () => {
    expect(run("Selon L'Express des Alpes, la route est coupée.").attributions.every((a) => a.outlet.id !== 'lexpress')).toBe(true);
    expect(outletIds(run("Selon L'Express, la route est coupée."))).toEqual(['lexpress']);
  });
  it('syndication credit: "Cet article est republié à partir de X"', () => {
    const a = run('La commune a fermé la piscine.\n\nCet article est republié à partir de La Gazette du Littoral sous licence Creative Commons.');
    expect(a.attributions[0]).toMatchObject({ pattern: 'other', outlet: { known: false, name: 'La Gazette du Littoral' } });
  });
  it('anaphora: le quotidien précise, nos confrères', () => {
    const a = run('Le Soir rapporte que le budget sera revu. Le quotidien précise que deux milliards manquent.');
    expect(patterns(a, 'le-soir')).toEqual(['reported_by', 'reported_by']);
    const b = run("Selon Le Parisien, l'adolescent a été blessé. D'après nos confrères, il est hors de danger.");
    expect(find(b, 'le-parisien').length).toBe(2);
  });
  it('other sources: ministries, police, sources', () => {
    const a = run("Selon la préfecture, le feu est maîtrisé. D'après des sources proches du dossier, l'enquête avance.");
    expect(a.attributions).toEqual([]);
    expect(a.otherSources.length).toBe(2);
  });
});

describe('French sourcing phrasings: split cues, inversion, broadcast and interview slots', () => {
  it('a participle split from its "par" by adverbs', () => {
    expect(outletIds(run('Des documents publiés au printemps par Mediapart montrent le montage.'))).toEqual(['mediapart']);
    expect(outletIds(run("L'information, révélée dimanche soir par Le Parisien, a été confirmée."))).toEqual(['le-parisien']);
    expect(outletIds(run("D'après un décompte réalisé par l'AFP, douze villes sont touchées."))).toEqual(['afp']);
    expect(outletIds(run("Selon des sources citées par l'AFP, l'accord est proche."))).toEqual(['afp']);
  });
  it('inversion after que, comme, comme le: "ce que révèle X", "comme le rapportait hier X"', () => {
    expect(patterns(run("C'est ce que révèle Le Point dans son édition de jeudi."), 'le-point')).toEqual(['reported_by']);
    expect(patterns(run('Comme le rapportait hier Le Parisien, le suspect est en fuite.'), 'le-parisien')).toEqual(['according_to']);
    expect(patterns(run('Le suspect, comme le notait alors Le Parisien, est en fuite.'), 'le-parisien')).toEqual(['reported_by']);
    expect(patterns(run("Le gouvernement hésite, rapporte ce mardi Le Figaro."), 'le-figaro')).toEqual(['reported_by']);
  });
  it('sur + a channel after a speech verb, auprès de, and speech verbs of quotes', () => {
    expect(patterns(run('« Nous tiendrons », a-t-elle affirmé sur BFMTV.'), 'bfmtv')).toEqual(['interview_with']);
    expect(patterns(run('« Nous tiendrons », a estimé le ministre mardi soir sur franceinfo.'), 'franceinfo')).toEqual(['interview_with']);
    expect(patterns(run("« C'est un échec », a réagi le maire auprès de l'AFP."), 'afp')).toEqual(['interview_with']);
    expect(patterns(run('« Rien ne bouge », glisse un conseiller à Libération.'), 'liberation')).toEqual(['interview_with']);
    expect(patterns(run('« Rien ne bouge », souffle un proche au Figaro.'), 'le-figaro')).toEqual(['interview_with']);
    expect(patterns(run('Le ministre a répondu aux questions du Parisien.'), 'le-parisien')).toEqual(['interview_with']);
    expect(patterns(run('Sur les ondes de RFI, la ministre a défendu sa réforme.'), 'rfi')).toEqual(['interview_with']);
  });
  it('invité de, with a programme or adverbs before the channel', () => {
    expect(patterns(run('Invité ce dimanche de BFMTV, le ministre a défendu la réforme.'), 'bfmtv')).toEqual(['interview_with']);
    expect(patterns(run("Le ministre était l'invité de la matinale de France 24."), 'france-24')).toEqual(['interview_with']);
  });
  it('a poll for an outlet, a documentary broadcast on a channel', () => {
    expect(patterns(run('Selon un sondage Ifop pour Le Figaro, six Français sur dix approuvent.'), 'le-figaro')).toEqual(['according_to']);
    expect(patterns(run('Un sondage Elabe pour BFMTV montre un recul.'), 'bfmtv')).toEqual(['published_by']);
    expect(outletIds(run('Selon un reportage diffusé dimanche sur TF1, les files d\'attente s\'allongent.'))).toEqual(['tf1']);
  });
  it('relative clauses: que s\'est procuré X, dont X a obtenu copie, que X a pu consulter', () => {
    expect(outletIds(run("Un rapport, que s'est procuré Le Parisien, montre des retards."))).toEqual(['le-parisien']);
    expect(outletIds(run('Un rapport dont Le Monde a obtenu copie montre des retards.'))).toEqual(['le-monde']);
    expect(outletIds(run('Un rapport que Mediapart a pu consulter montre des retards.'))).toEqual(['mediapart']);
  });
  it('coordination after a passive cue: "révélée par Le Monde et Libération"', () => {
    expect(outletIds(run("L'affaire a été révélée par Le Monde et Libération."))).toEqual(['le-monde', 'liberation']);
  });
  it('an anaphor with a modifier and an auxiliary: "Le quotidien du soir avait alors publié"', () => {
    const a = run("Le Monde a révélé l'affaire en mars. Le quotidien du soir avait alors publié des courriels.");
    expect(find(a, 'le-monde').length).toBe(2);
  });
  it('unknown outlets with descriptors before the name', () => {
    expect(run('Le média en ligne Blast affirme que le contrat a été signé.').attributions[0]?.outlet).toMatchObject({ known: false, name: 'Blast' });
    expect(run("Des documents publiés au printemps par le site d'investigation néerlandais Follow the Money montrent le trafic.").attributions[0]?.outlet)
      .toMatchObject({ known: false, name: 'Follow the Money', country: 'NL' });
  });
  it('une revue de presse titre par titre, annoncée par un chapeau sur « les quotidiens », n’a pas de source originale', () => {
    const paras = [
      "C'est le sujet qui fait la une de la plupart des quotidiens ce jeudi : l'Assemblée a voté la suspension de la réforme.",
      'Pour Le Monde, il s’agit d’une victoire pour les socialistes. Le quotidien souligne toutefois le coût de la mesure.',
      'Libération, de son côté, salue « un recul historique ».',
      'Ton différent dans les colonnes du Figaro, qui parle d’un « renoncement ».',
    ];
    const review = runText(`Retraites : la presse divisée\n\nPar Anne Roux\n\n${paras.join('\n\n')}`);
    expect(outletIds(review)).toEqual(['le-figaro', 'le-monde', 'liberation']);
    expect(review.originalOutlet).toBeNull();
    // The same paragraphs under a lede that is the news itself: the first paper is the source.
    const news = runText(`Retraites : le vote\n\nPar Anne Roux\n\n${["L'Assemblée a voté mercredi soir la suspension de la réforme.", ...paras.slice(1)].join('\n\n')}`);
    expect(news.originalOutlet?.id).toBe('le-monde');
  });
  it("une dépêche qui relaie l'entretien d'un autre titre a ce titre pour source originale", () => {
    const text = "Mercosur : l'Italie pas prête\n\nPar Le Point avec AFP\n\nRome (AFP) - Le ministre a affirmé dimanche que l'Italie n'était pas prête à signer.\n\n"
      + "« Nous sommes pour un bon accord », a affirmé au quotidien Le Monde le ministre.\n\nLe quotidien précise que Rome veut des compensations.";
    expect(runText(text).originalOutlet?.id).toBe('le-monde');
    // A side source named once is not what the wire relays.
    expect(runText(text.replace('\n\nLe quotidien précise que Rome veut des compensations.', '')).originalOutlet?.id).toBe('afp');
  });
  it("un adverbe entre le verbe inversé et le titre (« titre d'ailleurs L'Express », « rapporte de son côté Libération »), une conjonction avant un titre inconnu", () => {
    expect(outletIds(run("« Les stades face au défi », titre d'ailleurs L'Express dans son édition de jeudi."))).toEqual(['lexpress']);
    expect(outletIds(run('Le chantier avance, rapporte de son côté Libération.'))).toEqual(['liberation']);
    const a = run('Mais Info-Matin souligne que des écoles restent fermées. Le journal rapporte que les enseignants se déplacent à pied.');
    expect(a.attributions.map((x) => x.outlet.name)).toEqual(['Info-Matin', 'Info-Matin']);
  });
  it('« Sur BFMTV, le ministre a refusé … » : une antenne en tête de phrase encadre ce que l’invité y a dit', () => {
    expect(patterns(run('Sur BFMTV, le ministre a refusé de confirmer la date.'), 'bfmtv')).toEqual(['interview_with']);
    expect(patterns(run('Le ton est offensif. La veille, sur BFMTV, le président du groupe refusait tout compromis.'), 'bfmtv')).toEqual(['interview_with']);
    // A paper: what follows was read in it.
    expect(patterns(run("Dans Le Monde, enfin, c'est la candidature du maire qui retient l'attention."), 'le-monde')).toEqual(['published_by']);
    expect(run('Le ministre a publié sur Le Monde des Livres une tribune.').attributions.map((x) => x.pattern)).not.toContain('interview_with');
  });
  it("un scoop du site en tête (« a appris Le Parisien ») fait de l'article un travail de première main, même cité une fois", () => {
    const text = 'Reprise du dialogue\n\nPar Anne Roux\n\nUne délégation est attendue mardi à Alger, a appris Le Parisien de sources concordantes.\n\nL\'AFP a rapporté lundi soir que les ministres s\'étaient parlé.';
    expect(runText(text, { url: 'https://www.leparisien.fr/x' }).originalOutlet).toBeNull();
    // Without the scoop, the agency that reports it is the source.
    expect(runText(text.replace(', a appris Le Parisien de sources concordantes', ''), { url: 'https://www.leparisien.fr/x' }).originalOutlet?.id).toBe('afp');
  });
  it("« une source au sein de la BBC », « a source within the BBC » : l'organisation vue de l'intérieur, pas une source de presse", () => {
    expect(run('Une source au sein de la BBC évoque même un départ.').attributions).toEqual([]);
    expect(run('A source within the BBC said the director would leave.').attributions).toEqual([]);
    expect(outletIds(run('La BBC évoque même un départ.'))).toEqual(['bbc']);
  });
  it("« Le Soir apporte un autre éclairage » : un verbe de revue de presse", () => {
    expect(patterns(run('Le Soir apporte un autre éclairage sur le budget.'), 'le-soir')).toEqual(['reported_by']);
    expect(run('Le ministre apporte une réponse au syndicat.').attributions).toEqual([]);
  });
  it("« nos confrères d'Ici Breizh Izel » : les radios locales de France Bleu, rebaptisées « ici », ne sont pas des lieux", () => {
    expect(run("Le port est saturé, a-t-il expliqué à nos confrères d'Ici Breizh Izel.").attributions.map((x) => x.outlet.name)).toEqual(['Ici Breizh Izel']);
    expect(run("Le port est saturé, a-t-il expliqué à nos confrères de Lorient.").attributions.map((x) => x.outlet.name)).toEqual([]);
  });
  it('a wire credit in the byline beats an outlet first cited deep in the body', () => {
    const a = runText('Le vote est fixé\n\nAvec AFP\n\nLe gouvernement a fixé la date du vote.\n\nLe ministre a défendu le texte devant les députés.\n\nComme le rapporte Le Monde, plusieurs élus préparent un contre-projet.');
    expect(a.originalOutlet?.id).toBe('afp');
  });
  it('decoys: administrations, platforms, shows and lower-case words', () => {
    const decoys = [
      'Le rapport, publié mardi par le ministère de la Santé, montre une hausse.',
      'Le film, diffusé dimanche sur Netflix, a battu des records.',
      'La vidéo, partagée par des milliers d\'internautes sur X, montre l\'incendie.',
      'Invité par le Conseil, le ministre a présenté son plan.',
      'Le maire a expliqué à la population que les travaux dureraient un mois.',
      'Selon une publication Facebook de la mairie, la route est coupée.',
      'Sur le plateau de l\'émission, le ministre a défendu son bilan.',
      'Le monde entier regarde, selon le ministre.',
    ];
    for (const d of decoys) expect(outletIds(run(d)), d).toEqual([]);
  });
});

describe('French decoys: residents named like magazines', () => {
  it('a first name followed by a surname or an age is a person', () => {
    expect(outletIds(run('« On a tout perdu », raconte Metro Dupont, la voix nouée.'))).toEqual([]);
    expect(outletIds(run('« On a tout perdu », confie Metro, 45 ans.'))).toEqual([]);
    expect(outletIds(run('Le ministre va partir, rapporte Metro.'))).toEqual(['metro-uk']);
  });
  it("un média sujet de l'information n'est pas une source", () => {
    expect(outletIds(run('BFMTV a annoncé des suppressions de postes dans sa rédaction.'))).toEqual([]);
    expect(outletIds(run('BFMTV a annoncé la mort du chanteur, citant sa famille.'))).toEqual(['bfmtv']);
  });
});

describe('« une information de », « les révélations du »', () => {
  it('according_to', () => {
    expect(patterns(run("Le parquet a ouvert une enquête, a-t-on appris mardi de source judiciaire, confirmant une information de Mediapart."), 'mediapart')).toEqual(['according_to']);
    expect(patterns(run('Selon une information du Monde, le ministre va démissionner.'), 'le-monde')).toEqual(['according_to']);
    expect(outletIds(run('Il a donné des informations de première main.'))).toEqual([]);
  });
});

describe("France Bleu's local stations, renamed « ici » in 2025", () => {
  it('"interrogé par ici Orléans", "au micro d\'ici Béarn Bigorre" cite the station; "d\'ici Noël" is a date', () => {
    const names = (text: string) => run(text).attributions.map((a) => a.outlet.name);
    expect(names('Le maire, interrogé par ici Orléans, a justifié le calendrier.')).toEqual(['ici Orléans']);
    expect(names("Le maire a défendu le projet au micro d'ici Béarn Bigorre.")).toEqual(['ici Béarn Bigorre']);
    expect(names("Les travaux seront terminés d'ici Noël, a indiqué la mairie.")).toEqual([]);
  });
});

describe('a channel airing an event is not a source', () => {
  it('"des matchs toujours diffusés par TF1" is not an attribution; "un reportage diffusé par TF1" is', () => {
    expect(outletIds(run("Les matchs des Bleus seront toujours diffusés par TF1 jusqu'en 2028."))).toEqual([]);
    expect(outletIds(run('Selon un reportage diffusé par TF1 dimanche, les prix ont doublé.'))).toEqual(['tf1']);
  });
});

describe('a time phrase after an everyday-word title', () => {
  it('"comme le rapportait Le Monde l\'an dernier", "… la semaine dernière"; "le monde en mars dernier" stays the world', () => {
    expect(outletIds(run("Comme le rapportait Le Monde l'an dernier, les festivals fonctionnent ainsi."))).toEqual(['le-monde']);
    expect(outletIds(run('Comme le rapportait Libération la semaine dernière, les commerçants se plaignent.'))).toEqual(['liberation']);
    expect(outletIds(run('Il a parcouru le monde en mars dernier avec sa famille.'))).toEqual([]);
  });
});

describe('a region named like a paper', () => {
  it('"le Sud-Ouest affiche des prix plus bas" is the region; "Sud Ouest affiche en une" and "selon le Sud-Ouest" are the paper', () => {
    expect(outletIds(run('Dans le Centre, les prix montent, tandis que le Sud-Ouest affiche des niveaux plus bas.'))).toEqual([]);
    expect(outletIds(run('Sud Ouest affiche en une la colère des viticulteurs.'))).toEqual(['sud-ouest']);
    expect(outletIds(run('Selon le Sud-Ouest, la récolte est la plus faible depuis 1991.'))).toEqual(['sud-ouest']);
  });
});

describe('« comme le rappelait »', () => {
  it('a paper recalled is cited like one reporting; a minister recalled is no outlet', () => {
    expect(outletIds(run("Comme le rappelait Le Monde dans son édition du 2 février, l'échéance a été repoussée."))).toEqual(['le-monde']);
    expect(outletIds(run("Comme l'a souligné Libération, les travaux ont pris du retard."))).toEqual(['liberation']);
    expect(outletIds(run("Comme le rappelait le ministre, l'échéance a été repoussée."))).toEqual([]);
  });
});

describe('press-review verbs', () => {
  it('"Le Monde fait le point", "Libération fait sa une sur"', () => {
    expect(outletIds(run('Le Monde fait le point sur la grève des dockers.'))).toEqual(['le-monde']);
    expect(outletIds(run('Libération fait sa une sur la grève des dockers.'))).toEqual(['liberation']);
    expect(outletIds(run('Le monde agricole fait le point sur la sécheresse.'))).toEqual([]);
  });
});

describe('unknown stations named with their broadcast word', () => {
  it('"nos confrères de Radio Pulsar" is Radio Pulsar; "la radio Pulsar" is Pulsar', () => {
    expect(outletIds(run('Nos confrères de Radio Pulsar rapportaient que la grève continue.'))).toEqual(['?Radio Pulsar']);
    expect(outletIds(run('Le maire a déclaré au micro de Télé Zinzine que la route rouvrira.'))).toEqual(['?Télé Zinzine']);
    expect(outletIds(run('Selon la radio Pulsar, la grève continue.'))).toEqual(['?Pulsar']);
  });
});

describe('a list after « selon » and the subject of the reported clause', () => {
  it('"Selon Le Parisien, TF1 aurait prolongé" cites Le Parisien only; "selon Le Monde, Libération et Le Figaro" cites all three', () => {
    expect(outletIds(run('Selon Le Parisien, TF1 aurait prolongé le contrat de l\'animateur.'))).toEqual(['le-parisien']);
    expect(outletIds(run('Selon Le Monde, Libération et Le Figaro, le contrat a été prolongé.'))).toEqual(['le-figaro', 'le-monde', 'liberation']);
  });
  it('choice verbs of a press review: "Le Figaro, de son côté, choisit", "Le Monde préfère"; a clause opened by a participle', () => {
    expect(outletIds(run('Reprenant les informations du Parisien, Le Figaro ajoute que la vente est proche.'))).toEqual(['le-figaro', 'le-parisien']);
    expect(outletIds(run('Le Figaro, de son côté, choisit un angle plus intime.'))).toEqual(['le-figaro']);
    expect(outletIds(run('En région, Le Monde préfère regarder vers l\'avenir.'))).toEqual(['le-monde']);
    expect(outletIds(run('Le maire, de son côté, choisit un angle plus intime.'))).toEqual([]);
  });
});

describe('a channel where someone hosts a show', () => {
  it('"Sur France Inter, il anime La Bande originale" is no source; "Sur BFMTV, il a assuré" is', () => {
    expect(outletIds(run('Sur BFMTV, il anime toujours La Bande originale, chaque matin.'))).toEqual([]);
    expect(outletIds(run('Sur BFMTV, elle présente la matinale depuis 2019.'))).toEqual([]);
    expect(outletIds(run('Sur BFMTV, il a assuré que la réforme passera.'))).toEqual(['bfmtv']);
  });
});

describe('a guest of a news bulletin', () => {
  it('"Invité du journal de 20 heures de TF1", "au JT de BFMTV" are interviews with the channel', () => {
    expect(outletIds(run('Invité du journal de 20 heures de TF1 mercredi, le directeur a promis des coupures moins longues.'))).toEqual(['tf1']);
    expect(outletIds(run("Il l'a annoncé au JT de BFMTV dimanche soir."))).toEqual(['bfmtv']);
    expect(outletIds(run('Il rentre au journal de 20 heures de sa journée de travail.'))).toEqual([]);
  });
});

describe('colleagues at large', () => {
  it('"la plupart de nos confrères jugent" points to no paper; "nos confrères ajoutent" to the last one cited', () => {
    expect(patterns(run('Le Monde revient sur la grève. La plupart de nos confrères jugent la réforme brutale.'), 'le-monde')).toEqual(['reported_by']);
    expect(patterns(run('Le Monde revient sur la grève. Nos confrères ajoutent que le riz manque.'), 'le-monde')).toEqual(['reported_by', 'reported_by']);
  });
});

describe('owners and broadcast words around a name', () => {
  it('"dans les colonnes du quotidien d\'État Le Figaro": the owner after the head noun; "Joint par Radio Zinzine": a station named with its word', () => {
    expect(outletIds(run("Dans les colonnes du quotidien d'État Le Figaro, le directeur promet une relance."))).toEqual(['le-figaro']);
    expect(outletIds(run('Joint par Radio Zinzine, le ministre a assuré que les vols reprendront.'))).toEqual(['?Radio Zinzine']);
    expect(outletIds(run('Le ministre a parlé de Radio Days à Paris.'))).toEqual([]);
  });
});

describe('a share on the stock market', () => {
  it('"Le titre Forvia a gagné 6 % en séance" is a share; "le titre Gazeta rapporte" is a paper', () => {
    expect(outletIds(run('Forvia poursuit sa cure. Le titre Forvia a gagné jusqu\'à 6,2 % en séance, selon Le Monde. Forvia précise que rien n\'est signé.'))).toEqual(['le-monde']);
    expect(outletIds(run('Le titre Gazeta rapporte que la vente est proche.'))).toEqual(['?Gazeta']);
  });
});

describe("a wire's sign-off in lower case", () => {
  it('"ats/jpr", "(afp)" closing the copy credit the agency; a closing word that only looks like one does not', () => {
    const body = 'Le tunnel sera fermé lundi.\n\nLes automobilistes sont prévenus.\n\n';
    expect(outletIds(runText(`Titre\n\nPar Anne Roux\n\n${body}afp/vl`))).toEqual(['afp']);
    expect(outletIds(runText(`Titre\n\nPar Anne Roux\n\n${body}(afp)`))).toEqual(['afp']);
    expect(outletIds(runText(`Titre\n\nPar Anne Roux\n\n${body}à suivre`))).toEqual([]);
  });
  it('press-review verbs: "Le Monde s\'amuse", "Libération raille", "sur les antennes de BFMTV"', () => {
    expect(outletIds(run("Le Monde s'amuse de la polémique."))).toEqual(['le-monde']);
    expect(outletIds(run('Libération raille le gouvernement.'))).toEqual(['liberation']);
    expect(outletIds(run('Sur les antennes de BFMTV, le ministre a promis une reprise.'))).toEqual(['bfmtv']);
  });
});

describe('« a eu connaissance »', () => {
  it('"un document dont Le Monde a eu connaissance" cites the paper, and it is the original beside an agency footer', () => {
    const a = runText("Distributeurs\n\nPar Anne Roux\n\nSelon un document interne dont Le Monde a eu connaissance, la moitié des automates disparaîtront.\n\nLa direction a confirmé à l'AFP.\n\n(AFP)");
    expect(outletIds(a)).toEqual(['afp', 'le-monde']);
    expect(a.originalOutlet?.id).toBe('le-monde');
  });
});

describe('footage a channel aired, and a photo credit', () => {
  it('"Des images diffusées par TF1 montrent" cites the channel; "Photo : AFP" does not', () => {
    expect(outletIds(run('Le train est resté bloqué. Des images diffusées par TF1 montrent des dizaines de voyageurs.'))).toEqual(['tf1']);
    expect(outletIds(run('Le train est resté bloqué. Photo : AFP'))).toEqual([]);
  });
});

describe('a head noun that belongs to something else', () => {
  it('"l\'agence de notation", "le site de l\'établissement" point to no outlet; "le site d\'information ajoute" does', () => {
    expect(patterns(run("Selon l'AFP, la note est maintenue. L'agence de notation avait pointé la dette."), 'afp')).toEqual(['according_to']);
    expect(patterns(run("Selon Le Monde, la galerie ferme. Il l'a dit dans un entretien publié sur le site de l'établissement."), 'le-monde')).toEqual(['according_to']);
    expect(patterns(run("Selon Le Monde, la galerie ferme. Le site d'information ajoute que les visites reprendront."), 'le-monde')).toEqual(['according_to', 'reported_by']);
  });
});
