package be.numedu.notifications;

import be.numedu.accounts.PersonView;

/**
 * What one person is told: a French sentence written now (it reads the same later, whatever its subject becomes),
 * the page it leads to, and for the e-mail a short reference and a line saying what it is about.
 *
 * @param to who is told
 * @param text what happened, in a sentence
 * @param link the page it leads to, from the site's root
 * @param reference a short reference for the e-mail's subject ("D-000123", "Ressource 42")
 * @param about what it is about, on one line ("Demande D-000123 : Le Wi-Fi tombe")
 * @param subject what happened, in a few words, for the e-mail's subject
 */
public record Notice(PersonView to, String text, String link, String reference, String about, String subject) {

	/**
	 * Text on one line: line breaks and other control characters become spaces, so that a title can neither add a
	 * header to an e-mail nor lay out lines of its own in a message's body.
	 */
	public static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").strip();
	}
}
