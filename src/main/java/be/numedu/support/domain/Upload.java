package be.numedu.support.domain;

/** A file a person sends with a message, before it is checked and stored. */
public record Upload(String fileName, byte[] content) {
}
