package be.numedu.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * The teaching type ("type d'enseignement") of an implantation, as in the FASE register: one row of the register per
 * implantation and teaching type. Each type has one level and is ordinary or specialised.
 */
public enum TeachingType implements FaseLabelled {

	MATERNEL_ORDINAIRE("Maternel ordinaire", Level.FONDAMENTAL, false),
	PRIMAIRE_ORDINAIRE("Primaire ordinaire", Level.FONDAMENTAL, false),
	MATERNEL_SPECIALISE("Maternel spécialisé", Level.FONDAMENTAL, true),
	PRIMAIRE_SPECIALISE("Primaire spécialisé", Level.FONDAMENTAL, true),
	SECONDAIRE_ORDINAIRE("Secondaire ordinaire", Level.SECONDAIRE, false),
	SECONDAIRE_CEFA("Secondaire CEFA", Level.SECONDAIRE, false),
	SECONDAIRE_SPECIALISE("Secondaire spécialisé", Level.SECONDAIRE, true),
	PROMOTION_SOCIALE_SECONDAIRE("Promotion sociale secondaire", Level.SECONDAIRE, false),
	PROMOTION_SOCIALE_CEFA("Promotion sociale CEFA", Level.SECONDAIRE, false),
	ARTISTIQUE_HORAIRE_REDUIT("Artistique à horaire réduit", Level.SECONDAIRE, false),
	PROMOTION_SOCIALE_SUPERIEUR("Promotion sociale supérieur", Level.SUPERIEUR, false),
	HAUTE_ECOLE("Haute École", Level.SUPERIEUR, false),
	ECOLE_SUPERIEURE_ARTS("École supérieure des Arts", Level.SUPERIEUR, false),
	UNIVERSITE("Université", Level.SUPERIEUR, false);

	private final String faseLabel;

	private final Level level;

	private final boolean specialised;

	TeachingType(String faseLabel, Level level, boolean specialised) {
		this.faseLabel = faseLabel;
		this.level = level;
		this.specialised = specialised;
	}

	@Override
	public String faseLabel() {
		return faseLabel;
	}

	/** The level of the type; the register's "Niveau" and "Genre" columns must agree with it. */
	public Level level() {
		return level;
	}

	public boolean specialised() {
		return specialised;
	}

	/**
	 * The teaching types the circular on the support directory concerns: ordinary and specialised nursery, primary and
	 * secondary teaching, alternating secondary (CEFA).
	 */
	public static Set<TeachingType> compulsoryEducation() {
		return EnumSet.of(MATERNEL_ORDINAIRE, PRIMAIRE_ORDINAIRE, MATERNEL_SPECIALISE, PRIMAIRE_SPECIALISE,
				SECONDAIRE_ORDINAIRE, SECONDAIRE_CEFA, SECONDAIRE_SPECIALISE);
	}
}
