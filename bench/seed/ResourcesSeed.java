import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * bench/seed/ResourcesSeed.java: writes the resources of bench/resources as CSV files (UTF-8, a header line, RFC 4180
 * quoting, an empty unquoted field for NULL), which H2 reads with CSVREAD and PostgreSQL with COPY: the same rows on
 * both databases, run after run (one SplittableRandom with a fixed seed, one row after the other, so the first rows
 * are the same whatever the count).
 *
 * <pre>java -Dfile.encoding=UTF-8 bench/seed/ResourcesSeed.java COUNT PREFIX [ROWS_PER_FILE]</pre>
 *
 * Rows get ids 1..COUNT; owner_id is not in the file (the seeding sets it to the bench's author). What a row looks
 * like, in French, as a teacher or a partner would write it:
 * <ul>
 * <li>a discipline (Mathématiques 17 %, FLA 16 %, Sciences 11 %…), a second one for 15 % of them, and a subject of
 * that discipline (about 20 subjects each, with their accents: "les fractions équivalentes", "la photosynthèse");
 * the title says the kind ("Fiche d'exercices", "Séquence", "Capsule vidéo"…), the subject and a way of working
 * ("pas à pas", "par le jeu"…); about 70 words of summary, 80 to 250 words of description drawn from sentences about
 * the subject, the class and the way of working; 2 to 6 keywords; 1 to 3 authors; a publisher by provenance;</li>
 * <li>1 to 4 consecutive years of one stage (primaire 42 %, secondaire inférieur 24 %, supérieur 16 %, maternel 10 %,
 * promotion sociale and teacher training the rest), French for 90 % of them, a licence (CC BY 24 %, all rights
 * reserved with use in class 17 %, CC BY-NC-SA 15 %…), one to three audiences, accessibility features for half of
 * them, reasonable accommodations for 12 %, DigComp 2.2 or DigCompEdu competence keys (digcomp-2.2:1.1) for 30 %;</li>
 * <li>status: published 92 %, then drafts, submitted, under review, returned, refused and withdrawn ones; created over
 * the last five years, published a few days to weeks later; 35 % evaluated (ranking 0.3 to 0.9, 1 to 15 evaluations),
 * the others with ranking 0.</li>
 * </ul>
 */
public class ResourcesSeed {

	/** The columns of the file, in order: those of the table resource (V9__resources.sql) but owner_id. */
	static final List<String> COLUMNS = List.of("id", "status", "title", "summary", "description", "type", "years",
			"disciplines", "language", "authors", "publisher", "licence", "url", "duration_minutes", "audiences",
			"accessibility_features", "accessibility_summary", "accommodations", "accommodations_note", "competences",
			"keywords", "provenance", "content_version", "created_at", "updated_at", "submitted_at", "published_at",
			"withdrawn_at", "link_status", "link_checked_at", "link_failure", "link_failures", "ranking",
			"evaluation_count", "version");

	static final long SEED = 0x6e756d65647545L; // "numeduE"

	static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

	static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx").withZone(ZoneOffset.UTC);

	// --- Disciplines: code, weight, the stages they are mostly taught at (index into STAGE_YEARS), the subjects.
	record Discipline(String code, int weight, String label, String[] subjects, String[] keywords) {
	}

	static final Discipline[] DISCIPLINES = {
		new Discipline("MATHEMATIQUES", 17, "mathématiques", new String[] { "les fractions équivalentes",
				"la proportionnalité", "les nombres décimaux", "le théorème de Pythagore", "les équations du premier degré",
				"la symétrie axiale", "les aires et les périmètres", "la division écrite", "les statistiques descriptives",
				"le calcul mental", "les solides et leurs développements", "la règle de trois", "les nombres relatifs",
				"les angles et leur mesure", "les fonctions affines", "la multiplication des nombres entiers",
				"les probabilités", "le système métrique", "les puissances et les racines carrées",
				"la résolution de problèmes", "les tables de multiplication", "le repérage dans le plan" },
				new String[] { "fractions", "calcul", "géométrie", "problèmes", "nombres", "mesures", "algèbre" }),
		new Discipline("FLA", 16, "français", new String[] { "l'accord du participe passé", "la lecture à voix haute",
				"le texte argumentatif", "les homophones grammaticaux", "la conjugaison du passé simple",
				"le récit d'aventure", "la compréhension à la lecture", "l'orthographe d'usage", "la poésie et ses rimes",
				"le conte merveilleux", "la production d'écrit", "les classes de mots", "le discours rapporté",
				"l'analyse de la phrase", "le théâtre classique", "la mythologie grecque", "le latin au quotidien",
				"le vocabulaire des émotions", "la prise de parole en public", "le résumé de texte" },
				new String[] { "grammaire", "lecture", "écriture", "orthographe", "conjugaison", "littérature",
						"vocabulaire" }),
		new Discipline("SCIENCES", 11, "sciences", new String[] { "la photosynthèse", "le cycle de l'eau",
				"les états de la matière", "le système solaire", "la chaîne alimentaire", "l'électricité statique",
				"la digestion", "les volcans et les séismes", "la classification du vivant", "la respiration cellulaire",
				"les forces et le mouvement", "la biodiversité en forêt", "le corps humain", "les mélanges et solutions",
				"la lumière et les couleurs", "le réchauffement climatique", "la germination des graines",
				"les réactions chimiques", "l'énergie renouvelable", "le son et les vibrations" },
				new String[] { "expérience", "démarche scientifique", "observation", "environnement", "vivant", "énergie",
						"matière" }),
		new Discipline("LANGUES_MODERNES", 9, "langues modernes", new String[] { "se présenter en néerlandais",
				"les couleurs en anglais", "la famille en allemand", "commander au restaurant en néerlandais",
				"les verbes irréguliers anglais", "décrire sa maison en anglais", "les nombres en néerlandais",
				"parler de ses loisirs en allemand", "la météo en anglais", "les jours et les mois en néerlandais",
				"raconter ses vacances en anglais", "l'expression de l'opinion en néerlandais",
				"la compréhension à l'audition en anglais", "les questions simples en allemand" },
				new String[] { "néerlandais", "anglais", "allemand", "oral", "vocabulaire", "compréhension",
						"expression" }),
		new Discipline("FHGES", 9, "histoire et géographie", new String[] { "la révolution belge de 1830",
				"les paysages de Wallonie", "la ligne du temps", "l'Empire romain", "l'économie circulaire",
				"la Première Guerre mondiale", "les fleuves de Belgique", "la lecture de cartes", "le Moyen Âge",
				"la colonisation du Congo", "les institutions belges", "la mondialisation", "la Préhistoire",
				"l'industrialisation en Wallonie", "les migrations", "la démocratie athénienne", "Bruxelles au fil du temps",
				"la Seconde Guerre mondiale", "les climats du monde" },
				new String[] { "histoire", "géographie", "citoyenneté", "cartes", "sources", "patrimoine", "économie" }),
		new Discipline("FMTTN", 7, "formation technique et numérique", new String[] { "la programmation avec Scratch",
				"les circuits électriques", "la pensée informatique", "le traitement de texte", "les algorithmes",
				"la modélisation en 3D", "les robots pédagogiques", "la sécurité sur internet", "le tableur",
				"les objets techniques", "la fabrication d'un pont en carton", "les réseaux sociaux",
				"l'intelligence artificielle", "le codage binaire", "la découpe laser" },
				new String[] { "numérique", "programmation", "technologie", "informatique", "robotique", "codage",
						"citoyenneté numérique" }),
		new Discipline("EPC", 5, "philosophie et citoyenneté", new String[] { "le débat philosophique",
				"les droits de l'enfant", "le harcèlement à l'école", "la liberté d'expression", "le vivre-ensemble",
				"l'esprit critique face à l'information", "la justice et l'équité", "les stéréotypes",
				"la démocratie en classe", "le respect des différences", "la pensée éthique" },
				new String[] { "citoyenneté", "débat", "éthique", "esprit critique", "droits", "vivre-ensemble" }),
		new Discipline("ECA", 6, "éducation culturelle et artistique", new String[] { "la perspective en dessin",
				"le rythme musical", "la bande dessinée belge", "l'art de Magritte", "la danse contemporaine",
				"le chant choral", "la photographie", "le théâtre d'ombres", "les couleurs primaires", "le cinéma d'animation",
				"l'architecture Art nouveau", "la sculpture en argile", "l'écoute musicale" },
				new String[] { "arts", "musique", "dessin", "culture", "créativité", "patrimoine", "théâtre" }),
		new Discipline("EPBES", 4, "éducation physique et santé", new String[] { "l'équilibre alimentaire",
				"la course d'orientation", "les jeux de ballon", "le sommeil et la santé", "la natation",
				"l'échauffement", "la gymnastique au sol", "les gestes qui sauvent", "l'hygiène corporelle",
				"l'endurance" },
				new String[] { "santé", "sport", "bien-être", "alimentation", "motricité", "coopération" }),
		new Discipline("CREATIVITE_ENTREPRENDRE", 3, "créativité et esprit d'entreprendre", new String[] {
				"le projet de classe", "la mini-entreprise", "le remue-méninges", "la gestion d'un budget",
				"le marché de Noël", "la créativité collective", "l'innovation sociale" },
				new String[] { "projet", "entrepreneuriat", "créativité", "coopération", "autonomie" }),
		new Discipline("APPRENDRE_A_APPRENDRE", 3, "apprendre à apprendre", new String[] { "la prise de notes",
				"la planification du travail", "la mémorisation", "les cartes mentales", "l'autoévaluation",
				"la gestion du stress avant un examen", "le travail à domicile", "la métacognition" },
				new String[] { "méthode de travail", "autonomie", "métacognition", "mémoire", "organisation" }),
		new Discipline("QUALIFIANT", 5, "enseignement qualifiant", new String[] {
				"l'hygiène en cuisine professionnelle", "la soudure à l'arc", "la comptabilité de base",
				"les soins aux personnes âgées", "l'électricité domestique", "la coiffure", "la mécanique automobile",
				"la vente et l'accueil du client", "la menuiserie", "l'agronomie", "les premiers secours en entreprise",
				"le dessin technique" },
				new String[] { "qualifiant", "métier", "stage", "sécurité", "pratique professionnelle", "CTA" }),
		new Discipline("PEDAGOGIE", 5, "pédagogie", new String[] { "la différenciation en classe",
				"l'évaluation formative", "la classe inversée", "les aménagements raisonnables", "le tutorat entre pairs",
				"la gestion de classe", "le plan de pilotage", "le dossier d'accompagnement de l'élève",
				"la pédagogie de projet", "le numérique en classe", "le tronc commun", "la co-intervention",
				"l'accueil des élèves primo-arrivants", "la relation école-familles" },
				new String[] { "pédagogie", "différenciation", "évaluation", "formation continuée",
						"pratiques enseignantes", "tronc commun" }),
	};

	// --- Kinds of resource: code, weight, how a title starts.
	record Kind(String code, int weight, String[] prefixes) {
	}

	static final Kind[] KINDS = {
		new Kind("EXERCISE", 20, new String[] { "Exercices", "Fiche d'exercices", "Série d'exercices" }),
		new Kind("SEQUENCE", 14, new String[] { "Séquence", "Séquence d'apprentissage", "Parcours" }),
		new Kind("TOOL_SHEET", 9, new String[] { "Fiche-outil", "Fiche pratique" }),
		new Kind("VIDEO", 9, new String[] { "Capsule vidéo", "Vidéo" }),
		new Kind("LECTURE", 6, new String[] { "Leçon", "Synthèse" }),
		new Kind("QUESTIONNAIRE", 5, new String[] { "Questionnaire", "Quiz" }),
		new Kind("SELF_ASSESSMENT", 4, new String[] { "Autoévaluation", "Grille d'autoévaluation" }),
		new Kind("GAME", 5, new String[] { "Jeu", "Jeu de cartes", "Escape game" }),
		new Kind("EXAM", 3, new String[] { "Évaluation certificative", "Épreuve" }),
		new Kind("SIMULATION", 3, new String[] { "Simulation", "Simulateur" }),
		new Kind("EXPERIMENT", 3, new String[] { "Expérience", "Manipulation" }),
		new Kind("PROBLEM_STATEMENT", 3, new String[] { "Situation-problème", "Défi" }),
		new Kind("SLIDE", 3, new String[] { "Diaporama", "Présentation" }),
		new Kind("COURSE", 3, new String[] { "Module en ligne", "Cours" }),
		new Kind("AUDIO", 2, new String[] { "Podcast", "Enregistrement" }),
		new Kind("NARRATIVE_TEXT", 2, new String[] { "Texte", "Récit" }),
		new Kind("DIAGRAM", 2, new String[] { "Schéma", "Carte mentale" }),
		new Kind("FIGURE", 1, new String[] { "Illustration", "Affiche" }),
		new Kind("GRAPH", 1, new String[] { "Graphique" }),
		new Kind("TABLE", 1, new String[] { "Tableau", "Tableau de synthèse" }),
		new Kind("INDEX", 1, new String[] { "Répertoire", "Sitographie" }),
	};

	static final String[] WAYS = { "pas à pas", "par le jeu", "en autonomie", "en équipe", "avec le numérique",
			"pour débuter", "pour aller plus loin", "en contexte", "par la manipulation", "au quotidien",
			"en différenciation", "en classe inversée", "à l'extérieur", "en atelier", "en trois séances",
			"pour tous les élèves", "avec des albums jeunesse", "à partir de documents authentiques", "en dix minutes",
			"par l'enquête" };

	static final String[] OPENINGS = { "Cette ressource permet aux élèves de découvrir", "Ce document aide à aborder",
			"Cette activité propose de travailler", "Un support clé en main pour enseigner",
			"Des pistes concrètes pour exercer", "Une approche progressive de", "Un outil pour consolider",
			"Une proposition originale pour réviser", "Ce dossier rassemble des activités sur",
			"Cette séquence amène les élèves à comprendre" };

	static final String[] SENTENCES = { "Les consignes sont rédigées dans une langue simple et accessible à tous.",
			"Chaque étape est accompagnée d'un exemple corrigé.", "La ressource s'utilise en classe entière ou en petits groupes.",
			"Un corrigé détaillé est fourni à l'enseignant.", "Les élèves travaillent d'abord seuls, puis comparent leurs réponses.",
			"L'activité dure environ deux périodes de cinquante minutes.",
			"Des variantes permettent de différencier selon le rythme de chacun.",
			"Elle s'inscrit dans les attendus des référentiels du tronc commun.",
			"Le matériel nécessaire est disponible dans toutes les écoles.",
			"Une grille d'observation aide à suivre les progrès des élèves.",
			"Les documents sont imprimables et projetables au tableau interactif.",
			"Une version adaptée aux élèves présentant des troubles dys est proposée.",
			"La démarche part des représentations initiales des élèves.",
			"Une mise en commun structure les apprentissages en fin de séance.",
			"Des prolongements sont suggérés pour les élèves plus rapides.",
			"Les illustrations ont été choisies pour leur clarté.",
			"Elle a été testée dans plusieurs classes de la Fédération Wallonie-Bruxelles.",
			"Le vocabulaire spécifique est expliqué dans un lexique.",
			"Les élèves sont invités à verbaliser leur raisonnement.",
			"Une évaluation formative clôture la séquence.", "Le travail peut se poursuivre à la maison avec les parents.",
			"Des liens vers des ressources complémentaires sont indiqués.",
			"La progression va du concret vers l'abstrait.", "Les erreurs fréquentes sont analysées avec la classe.",
			"Elle favorise la coopération et l'entraide entre élèves.",
			"Une fiche de synthèse reprend l'essentiel à retenir.",
			"Les textes sont lus à voix haute avant d'être exploités.",
			"Le dispositif convient aussi à l'enseignement spécialisé.",
			"Les élèves manipulent avant de formaliser.", "Une capsule vidéo introduit la notion de façon ludique.",
			"Le rôle de l'enseignant est décrit à chaque étape.",
			"Les critères de réussite sont communiqués dès le départ.",
			"Les productions des élèves peuvent être exposées en classe.",
			"Une version numérique interactive est également disponible.",
			"La ressource respecte les principes de l'accessibilité numérique.",
			"Elle peut servir de point de départ à un projet interdisciplinaire.",
			"Les exemples sont tirés de la vie quotidienne des élèves.",
			"Un questionnaire permet de vérifier la compréhension.",
			"Les réponses attendues sont discutées en fin d'activité.",
			"Le niveau de difficulté augmente progressivement." };

	static final String[] TOPIC_SENTENCES = { "La notion de %s est introduite à partir d'une situation de départ motivante.",
			"Les élèves découvrent %s à travers des activités variées.",
			"L'enseignant guide la classe dans l'étude de %s.",
			"Plusieurs exercices permettent de s'entraîner sur %s.",
			"Un travail sur %s complète la séquence.",
			"Cette partie revient sur %s avec des exemples concrets." };

	static final String[] FIRST_NAMES = { "Marie", "Jean", "Sophie", "Luc", "Nathalie", "Céline", "Frédéric", "Anaïs",
			"Benoît", "Hélène", "François", "Aurélie", "Jérôme", "Valérie", "Stéphane", "Émilie", "Grégoire", "Laurence",
			"Thierry", "Géraldine", "Noémie", "Cédric", "Isabelle", "Michaël", "Chloé", "Rémi", "Zoé", "Loïc",
			"Françoise", "Raphaël" };

	static final String[] LAST_NAMES = { "Dubois", "Lambert", "Peeters", "Janssens", "Dupont", "Renard", "Leclercq",
			"Michel", "Lejeune", "Lambotte", "Martin", "Simon", "Laurent", "Hermans", "Goossens", "Wouters", "Claes",
			"Mertens", "Willems", "Maes", "Dumont", "Lemaire", "Gérard", "Collard", "Delvaux", "Lefèvre", "Bodart",
			"Thiry", "Gilson", "Denis", "Hubert", "Pirard", "Defraigne", "Lhoest", "Crèvecœur", "Bastogne" };

	// --- Provenance: code, weight, the publishers it gives.
	record Source(String code, int weight, String[] publishers, String site) {
	}

	static final Source[] SOURCES = {
		new Source("COMMUNAUTE", 48, new String[] { null, null, "Athénée royal de Namur", "École communale de Jambes",
				"Institut Saint-Joseph de Charleroi", "Lycée Émile Jacqmain", "École fondamentale de Spa",
				"Collège Saint-Hadelin de Visé", "Athénée Léonie de Waha", "École Decroly" }, "https://padlet.com/"),
		new Source("ENSEIGNEMENT_BE", 18, new String[] { "Enseignement.be", "Administration générale de l'Enseignement" },
				"https://www.enseignement.be/ressources/"),
		new Source("CONSORTIUMS", 12, new String[] { "Consortium UCLouvain", "Consortium ULiège", "Consortium ULB",
				"Consortium UMONS", "Consortium UNamur", "HELMo", "HEPH-Condorcet", "Haute École Léonard de Vinci" },
				"https://www.consortiums-tronc-commun.be/"),
		new Source("CRP", 8, new String[] { "Centre de ressources pédagogiques" }, "https://crp.cfwb.be/"),
		new Source("RTBF_SONUMA", 8, new String[] { "RTBF", "SONUMA", "RTBF Éducation" }, "https://www.sonuma.be/"),
		new Source("APEDA_NUMABIB", 6, new String[] { "APEDA", "NumaBib" }, "https://www.numabib.be/"),
	};

	static final String[] STAGE_YEARS = { "M1 M2 M3", "P1 P2 P3 P4 P5 P6", "S1 S2 S3", "S4 S5 S6 S7", "EPS",
			"FORMATION" };

	static final int[] STAGE_WEIGHTS = { 10, 42, 24, 16, 3, 5 };

	static final String[] LANGUAGES = { "fr", "nl", "en", "de", "es", "it", "la", "zxx" };

	static final int[] LANGUAGE_WEIGHTS = { 900, 35, 35, 12, 5, 3, 5, 5 };

	static final String[] LICENCES = { "CC_BY", "CC_BY_SA", "CC_BY_NC", "CC_BY_NC_SA", "CC_BY_ND", "CC_BY_NC_ND", "CC0",
			"PUBLIC_DOMAIN", "ALL_RIGHTS_RESERVED_EDUCATIONAL" };

	static final int[] LICENCE_WEIGHTS = { 24, 13, 9, 15, 3, 7, 9, 3, 17 };

	static final String[] STATUSES = { "PUBLISHED", "DRAFT", "SUBMITTED", "UNDER_REVIEW", "RETURNED", "REFUSED",
			"WITHDRAWN" };

	static final int[] STATUS_WEIGHTS = { 920, 30, 15, 8, 7, 8, 12 };

	static final String[] FEATURES = { "ALTERNATIVE_TEXT", "CAPTIONS", "TRANSCRIPT", "AUDIO_DESCRIPTION", "SIGN_LANGUAGE",
			"LARGE_PRINT", "HIGH_CONTRAST", "STRUCTURAL_NAVIGATION", "READING_ORDER", "TABLE_OF_CONTENTS",
			"DISPLAY_TRANSFORMABILITY", "TAGGED_PDF", "MATHML", "SYNCHRONIZED_AUDIO_TEXT" };

	static final int[] FEATURE_WEIGHTS = { 30, 10, 10, 3, 2, 6, 5, 12, 8, 10, 4, 6, 2, 2 };

	static final String[] ACCOMMODATIONS = { "TROUBLES_DYS", "TDAH", "DEFICIENCE_VISUELLE", "DEFICIENCE_AUDITIVE",
			"DEFICIENCE_MOTRICE", "TSA", "HAUT_POTENTIEL", "FRANCAIS_LANGUE_SECONDE" };

	static final int[] ACCOMMODATION_WEIGHTS = { 40, 15, 8, 6, 4, 10, 5, 12 };

	/** DigComp 2.2 (21 competences) and DigCompEdu (22), as numedu's framework files name them. */
	static final String[] COMPETENCES;

	static {
		List<String> keys = new ArrayList<>();
		for (String c : "1.1 1.2 1.3 2.1 2.2 2.3 2.4 2.5 2.6 3.1 3.2 3.3 3.4 4.1 4.2 4.3 4.4 5.1 5.2 5.3 5.4".split(" ")) {
			keys.add("digcomp-2.2:" + c);
		}
		for (String c : "1.1 1.2 1.3 1.4 2.1 2.2 2.3 3.1 3.2 3.3 3.4 4.1 4.2 4.3 5.1 5.2 5.3 6.1 6.2 6.3 6.4 6.5"
			.split(" ")) {
			keys.add("digcompedu:" + c);
		}
		COMPETENCES = keys.toArray(String[]::new);
	}

	static final String[] ACCESSIBILITY_SUMMARIES = {
			"Les images ont un texte alternatif ; la structure des titres permet la navigation au clavier.",
			"La vidéo est sous-titrée et une transcription complète est fournie.",
			"Le document PDF est balisé et lisible par un lecteur d'écran.",
			"Police agrandie et contrastes renforcés ; quelques schémas restent sans description." };

	static final int[] DISCIPLINE_WEIGHTS = weights(DISCIPLINES.length, i -> DISCIPLINES[i].weight);

	static final int[] KIND_WEIGHTS = weights(KINDS.length, i -> KINDS[i].weight);

	static final int[] SOURCE_WEIGHTS = weights(SOURCES.length, i -> SOURCES[i].weight);

	static final String[] GENERAL_KEYWORDS = { "numérique", "différenciation", "travail de groupe", "évaluation",
			"autonomie", "tronc commun", "coopération", "remédiation", "jeu", "projet" };

	final SplittableRandom random = new SplittableRandom(SEED);

	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 3) {
			System.err.println("usage: java ResourcesSeed.java COUNT PREFIX [ROWS_PER_FILE]");
			System.exit(2);
		}
		int count = Integer.parseInt(args[0]);
		int perFile = args.length == 3 ? Integer.parseInt(args[2]) : 100_000;
		new ResourcesSeed().write(count, args[1], perFile);
	}

	/**
	 * Writes PREFIX-001.csv, PREFIX-002.csv… of ROWS_PER_FILE rows each, every one with the header line: H2 stores each
	 * file in its own transaction (one transaction of a million rows grows its undo log and its file far more than ten of
	 * 100,000), and PostgreSQL copies them one after the other. Prints the files' names, one a line.
	 */
	void write(int count, String prefix, int perFile) throws IOException {
		String header = String.join(",", COLUMNS) + "\n";
		StringBuilder row = new StringBuilder(4096);
		int files = (count + perFile - 1) / perFile;
		for (int f = 0; f < files; f++) {
			Path file = Path.of(String.format("%s-%03d.csv", prefix, f + 1));
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				out.write(header);
				int last = Math.min(count, (f + 1) * perFile);
				for (int id = f * perFile + 1; id <= last; id++) {
					row.setLength(0);
					row(id, row);
					out.append(row);
				}
			}
			System.out.println(file.toAbsolutePath());
		}
	}

	void row(long id, StringBuilder row) {
		Discipline discipline = DISCIPLINES[pick(DISCIPLINE_WEIGHTS)];
		TreeSet<String> disciplines = new TreeSet<>();
		disciplines.add(discipline.code);
		Discipline second = null;
		if (random.nextInt(100) < 15) {
			second = DISCIPLINES[random.nextInt(DISCIPLINES.length)];
			disciplines.add(second.code);
		}
		String subject = one(discipline.subjects);
		Kind kind = KINDS[pick(KIND_WEIGHTS)];
		String way = one(WAYS);
		String title = one(kind.prefixes) + " : " + subject + (random.nextInt(100) < 70 ? " " + way : "");
		String status = STATUSES[pick(STATUS_WEIGHTS)];

		// Years: 1 to 4 consecutive years of one stage (discipline-agnostic, but pedagogy leans to teacher training).
		int stage = discipline.code.equals("PEDAGOGIE") && random.nextInt(100) < 60 ? 5
				: discipline.code.equals("QUALIFIANT") ? 3 : pick(STAGE_WEIGHTS);
		String[] stageYears = STAGE_YEARS[stage].split(" ");
		int span = Math.min(stageYears.length, 1 + random.nextInt(4));
		int first = random.nextInt(stageYears.length - span + 1);
		List<String> years = new ArrayList<>();
		for (int k = first; k < first + span; k++) {
			years.add(stageYears[k]);
		}
		years.sort(null); // SchoolYear order is the enum's; the stored order does not matter to reading

		String summary = one(OPENINGS) + " " + subject + " " + (random.nextBoolean() ? way : "en " + levelWords(stage))
				+ ". " + one(SENTENCES) + " " + one(SENTENCES);
		StringBuilder description = new StringBuilder(1500);
		int sentences = 5 + random.nextInt(12);
		for (int k = 0; k < sentences; k++) {
			if (k > 0) {
				description.append(k % 5 == 0 ? "\n\n" : " ");
			}
			if (k == 0 || random.nextInt(100) < 20) {
				description.append(String.format(one(TOPIC_SENTENCES), subject));
			}
			else {
				description.append(one(SENTENCES));
			}
		}
		if (second != null) {
			description.append(" Elle fait aussi le lien avec ").append(one(second.subjects)).append(" en ")
				.append(second.label).append('.');
		}

		List<String> keywords = new ArrayList<>();
		int keywordCount = 2 + random.nextInt(5);
		for (int k = 0; k < keywordCount; k++) {
			String word = random.nextInt(100) < 75 ? one(discipline.keywords)
					: one(GENERAL_KEYWORDS);
			if (!keywords.contains(word)) {
				keywords.add(word);
			}
		}
		List<String> authors = new ArrayList<>();
		int authorCount = 1 + (random.nextInt(100) < 30 ? 1 + random.nextInt(2) : 0);
		for (int k = 0; k < authorCount; k++) {
			authors.add(one(FIRST_NAMES) + " " + one(LAST_NAMES));
		}
		Source source = SOURCES[pick(SOURCE_WEIGHTS)];
		String publisher = one(source.publishers);
		String licence = source.code.equals("RTBF_SONUMA") ? "ALL_RIGHTS_RESERVED_EDUCATIONAL"
				: LICENCES[pick(LICENCE_WEIGHTS)];
		String language = discipline.code.equals("LANGUES_MODERNES") && random.nextBoolean()
				? one(new String[] { "nl", "en", "de" }) : LANGUAGES[pick(LANGUAGE_WEIGHTS)];
		String url = random.nextInt(100) < 75 ? source.site + id : null;
		Integer duration = random.nextInt(100) < 60 ? 10 * (1 + random.nextInt(24)) : null;

		TreeSet<String> audiences = new TreeSet<>();
		if (stage == 5 || random.nextInt(100) < 55) {
			audiences.add("ENSEIGNANT");
		}
		if (stage != 5 && (audiences.isEmpty() || random.nextInt(100) < 60)) {
			audiences.add("ELEVE");
		}
		if (stage <= 1 && random.nextInt(100) < 12) {
			audiences.add("PARENT");
		}
		TreeSet<String> features = new TreeSet<>();
		if (random.nextBoolean()) {
			int n = 1 + random.nextInt(3);
			for (int k = 0; k < n; k++) {
				features.add(FEATURES[pick(FEATURE_WEIGHTS)]);
			}
		}
		String accessibilitySummary = features.isEmpty() || random.nextInt(100) < 50 ? null
				: one(ACCESSIBILITY_SUMMARIES);
		TreeSet<String> accommodations = new TreeSet<>();
		String accommodationsNote = null;
		if (random.nextInt(100) < 12 || source.code.equals("APEDA_NUMABIB")) {
			int n = 1 + random.nextInt(2);
			for (int k = 0; k < n; k++) {
				accommodations.add(ACCOMMODATIONS[pick(ACCOMMODATION_WEIGHTS)]);
			}
			accommodationsNote = random.nextBoolean() ? null
					: "Police adaptée, consignes découpées et pictogrammes ; version audio sur demande.";
		}
		TreeSet<String> competences = new TreeSet<>();
		if (random.nextInt(100) < 30 || discipline.code.equals("FMTTN")) {
			int n = 1 + random.nextInt(3);
			boolean edu = stage == 5 || discipline.code.equals("PEDAGOGIE");
			for (int k = 0; k < n; k++) {
				competences.add(COMPETENCES[edu ? 21 + random.nextInt(22) : random.nextInt(21)]);
			}
		}

		// Dates: created over the last five years; the workflow's dates follow from the status.
		long created = NOW.getEpochSecond() - 60 - (long) (random.nextDouble() * 5 * 365.25 * 86400);
		long submitted = created + 3600 + random.nextInt(20 * 86400);
		long published = submitted + 3600 + random.nextInt(15 * 86400);
		Long submittedAt = null, publishedAt = null, withdrawnAt = null;
		long updated = created + random.nextInt(2 * 86400);
		switch (status) {
			case "PUBLISHED", "WITHDRAWN" -> {
				submittedAt = submitted;
				publishedAt = Math.min(published, NOW.getEpochSecond() - 30);
				updated = Math.max(updated, publishedAt);
				if (status.equals("WITHDRAWN")) {
					withdrawnAt = publishedAt + 86400 + random.nextInt(200 * 86400);
					withdrawnAt = Math.min(withdrawnAt, NOW.getEpochSecond() - 20);
					updated = withdrawnAt;
				}
			}
			case "SUBMITTED", "UNDER_REVIEW", "RETURNED", "REFUSED" -> {
				submittedAt = submitted;
				updated = Math.max(updated, submitted);
			}
			default -> {
			}
		}
		updated = Math.min(updated, NOW.getEpochSecond() - 10);
		int contentVersion = 1 + (random.nextInt(100) < 20 ? 1 + random.nextInt(3) : 0);
		String linkStatus = "UNCHECKED";
		Long linkCheckedAt = null;
		String linkFailure = null;
		int linkFailures = 0;
		if (url != null && publishedAt != null) {
			int r = random.nextInt(100);
			linkStatus = r < 90 ? "OK" : r < 96 ? "FAILING" : "DEAD";
			linkCheckedAt = NOW.getEpochSecond() - random.nextInt(7 * 86400);
			if (!linkStatus.equals("OK")) {
				linkFailure = r < 93 ? "HTTP_404" : "TIMEOUT";
				linkFailures = linkStatus.equals("DEAD") ? 2 + random.nextInt(3) : 1;
			}
		}
		double ranking = 0;
		int evaluations = 0;
		if (publishedAt != null && random.nextInt(100) < 35) {
			evaluations = 1 + random.nextInt(15);
			ranking = Math.round((0.3 + 0.6 * random.nextDouble()) * 10000) / 10000.0;
		}

		row.append(id).append(',');
		field(row, status);
		field(row, title);
		field(row, summary);
		field(row, description.toString());
		field(row, kind.code);
		field(row, codes(years));
		field(row, codes(disciplines));
		field(row, language);
		field(row, String.join("\n", authors));
		field(row, publisher);
		field(row, licence);
		field(row, url);
		field(row, duration == null ? null : duration.toString());
		field(row, codes(audiences));
		field(row, codes(features));
		field(row, accessibilitySummary);
		field(row, codes(accommodations));
		field(row, accommodationsNote);
		field(row, codes(competences));
		field(row, String.join("\n", keywords));
		field(row, source.code);
		field(row, Integer.toString(contentVersion));
		field(row, ts(created));
		field(row, ts(updated));
		field(row, ts(submittedAt));
		field(row, ts(publishedAt));
		field(row, ts(withdrawnAt));
		field(row, linkStatus);
		field(row, ts(linkCheckedAt));
		field(row, linkFailure);
		field(row, Integer.toString(linkFailures));
		field(row, Double.toString(ranking));
		field(row, Integer.toString(evaluations));
		row.append("0\n");
	}

	static String levelWords(int stage) {
		return switch (stage) {
			case 0 -> "maternelle";
			case 1 -> "primaire";
			case 2 -> "début de secondaire";
			case 3 -> "fin de secondaire";
			case 4 -> "promotion sociale";
			default -> "formation des enseignants";
		};
	}

	/** |A|B| as CodeSets writes it, or null for none. */
	static String codes(java.util.Collection<String> values) {
		return values.isEmpty() ? null : "|" + String.join("|", values) + "|";
	}

	static String ts(Long epochSecond) {
		return epochSecond == null ? null : TS.format(Instant.ofEpochSecond(epochSecond));
	}

	/** A CSV field and its comma: NULL as nothing, any text quoted (quotes doubled). */
	static void field(StringBuilder row, String value) {
		if (value != null) {
			row.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		row.append(',');
	}

	String one(String[] values) {
		return values[random.nextInt(values.length)];
	}

	int pick(int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	static int[] weights(int n, java.util.function.IntUnaryOperator weight) {
		int[] w = new int[n];
		for (int i = 0; i < n; i++) {
			w[i] = weight.applyAsInt(i);
		}
		return w;
	}
}
