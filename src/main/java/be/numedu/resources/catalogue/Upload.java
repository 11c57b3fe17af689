package be.numedu.resources.catalogue;

/** A file as a person sent it: the name they gave it and its bytes. */
public record Upload(String fileName, byte[] content) {
}
