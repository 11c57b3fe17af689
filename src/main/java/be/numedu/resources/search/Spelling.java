package be.numedu.resources.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.springframework.stereotype.Component;

/**
 * Spelling suggestions for queries that find nothing: each word absent from the catalogue's titles and keywords is
 * replaced by the closest more frequent word (at most two edits away) that is there. The words come from the
 * resources' index itself, read through the reader the search already holds, so the vocabulary follows the catalogue
 * as it is indexed, without a dictionary to maintain.
 */
@Component
class Spelling {

	static final String FIELD = "spell";

	private final DirectSpellChecker checker = new DirectSpellChecker();

	Spelling() {
		checker.setMaxEdits(2);
		checker.setMinPrefix(1);
	}

	/** The query with its unknown words corrected, if any word was unknown and has a correction. */
	Optional<String> suggest(IndexReader reader, String words) {
		if (words.isBlank()) {
			return Optional.empty();
		}
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		try {
			for (String word : words.split("\\s+")) {
				String folded = fold(word);
				if (folded.length() < 3 || reader.docFreq(new Term(FIELD, folded)) > 0) {
					corrected.add(word);
					continue;
				}
				SuggestWord[] suggestions = checker.suggestSimilar(new Term(FIELD, folded), 1, reader,
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				if (suggestions.length > 0) {
					corrected.add(suggestions[0].string);
					changed = true;
				}
				else {
					corrected.add(word);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
	}

	/** As the index's "name" analyser writes a word: lower case, accents folded. */
	static String fold(String word) {
		String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replace("œ", "oe").replace("æ", "ae");
	}
}
