package be.numedu.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value named by a fixed label in the FASE register. The label is data (it is what the file holds); what a person
 * reads comes from the message bundles, under the enum's simple name and constant (e.g. {@code Zone.BRUXELLES}).
 */
public interface FaseLabelled {

	String faseLabel();

	static <E extends Enum<E> & FaseLabelled> Optional<E> fromFaseLabel(Class<E> type, String label) {
		if (label == null) {
			return Optional.empty();
		}
		String wanted = label.strip();
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.faseLabel().equalsIgnoreCase(wanted)).findFirst();
	}
}
