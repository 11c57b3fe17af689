package be.numedu.schools.domain;

/** A school named, for lists that need no more (the other schools of an organising body). */
public record SchoolName(int fase, String name) {
}
