package be.numedu.resources.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Spelling suggestions for queries that find little: each word absent from the catalogue's titles and keywords is
 * replaced by the closest more frequent word (at most two edits away) that is there. The words come from the
 * resources' index itself, read through a Lucene reader opened on its directory and refreshed at most every three
 * seconds, so the vocabulary follows the catalogue without a dictionary to maintain.
 */
@Component
class Spelling implements AutoCloseable {

	static final String FIELD = "spell";

	private static final Duration REFRESH = Duration.ofSeconds(3);

	private final Path indexDirectory;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private DirectoryReader reader;

	private Instant refreshedAt = Instant.EPOCH;

	Spelling(@Value("${numedu.index-directory:./data/index}") Path indexRoot) {
		this.indexDirectory = indexRoot.resolve("resource");
		checker.setMaxEdits(2);
		checker.setMinPrefix(1);
	}

	/** The query with its unknown words corrected, if any word was unknown and has a correction. */
	Optional<String> suggest(String words) {
		DirectoryReader current = reader();
		if (current == null || words.isBlank()) {
			return Optional.empty();
		}
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		try {
			for (String word : words.split("\\s+")) {
				String folded = fold(word);
				if (folded.length() < 3 || current.docFreq(new Term(FIELD, folded)) > 0) {
					corrected.add(word);
					continue;
				}
				SuggestWord[] suggestions = checker.suggestSimilar(new Term(FIELD, folded), 1, current,
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

	private synchronized DirectoryReader reader() {
		Instant now = Instant.now();
		if (reader != null && now.isBefore(refreshedAt.plus(REFRESH))) {
			return reader;
		}
		refreshedAt = now;
		try {
			if (reader == null) {
				if (!Files.isDirectory(indexDirectory)) {
					return null;
				}
				FSDirectory directory = FSDirectory.open(indexDirectory);
				if (!DirectoryReader.indexExists(directory)) {
					directory.close();
					return null;
				}
				reader = DirectoryReader.open(directory);
			}
			else {
				DirectoryReader newer = DirectoryReader.openIfChanged(reader);
				if (newer != null) {
					reader.close();
					reader = newer;
				}
			}
			return reader;
		}
		catch (IOException e) {
			return reader;
		}
	}

	@Override
	public synchronized void close() throws IOException {
		if (reader != null) {
			reader.close();
			reader.directory().close();
			reader = null;
		}
	}
}
