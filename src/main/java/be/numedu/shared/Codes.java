package be.numedu.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * Enum values named in addresses, forms and JSON by their constant's name ({@code CONNECTIVITE}, {@code NAMUR}):
 * anything else, a typo or a forged value, is simply no value, which the caller turns into "any" or a French error.
 */
public final class Codes {

	private Codes() {
	}

	public static <E extends Enum<E>> Optional<E> named(Class<E> type, String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst();
	}
}
