package be.numedu.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Alphabetical order as a French reader expects it: "École" between "Ecole" and "Ed", not after "Z". */
public final class FrenchCollation {

	private static final Collator COLLATOR;

	static {
		COLLATOR = Collator.getInstance(Locale.FRENCH);
		COLLATOR.setStrength(Collator.SECONDARY);
	}

	public static final Comparator<String> ORDER = (a, b) -> {
		synchronized (COLLATOR) {
			return COLLATOR.compare(a, b);
		}
	};

	private FrenchCollation() {
	}
}
