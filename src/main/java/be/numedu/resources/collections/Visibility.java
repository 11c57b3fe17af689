package be.numedu.resources.collections;

/**
 * Who sees a collection: its owner alone, everyone, or everyone as a selection of the platform's team (public, listed
 * first and named as the platform's on the resources it holds; only SGNE administrators make one).
 */
public enum Visibility {

	PRIVATE, PUBLIC, PLATFORM
}
