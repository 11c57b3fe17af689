package be.numedu.resources.standards;

/** A file refused whole, with the French reason: nothing of it is stored. */
public class ImportRefused extends Exception {

	ImportRefused(String frenchMessage) {
		super(frenchMessage);
	}
}
