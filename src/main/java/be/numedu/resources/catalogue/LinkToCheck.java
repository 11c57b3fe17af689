package be.numedu.resources.catalogue;

/** A published resource's link due for a check, as the link check reads it. */
record LinkToCheck(long id, String url) {
}
