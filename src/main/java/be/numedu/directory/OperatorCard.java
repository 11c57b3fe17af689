package be.numedu.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;

/**
 * An operator's card as a value: every field the circular lists, plus what numedu needs around them. A {@code null}
 * text or an empty set means the information is still to be completed ("à compléter").
 *
 * @param slug the card's identifier in addresses, e.g. {@code cirb}
 * @param name the operator's full name
 * @param shortName its acronym or short name
 * @param category the kind of support it gives
 * @param byAffiliation whether schools come to it through their organising body's affiliation (federations, WBE)
 * @param missions its missions in educational digital matters
 * @param interventionDetails the types of intervention, described
 * @param coverageNote anything about the levels, types, networks and zone the sets below do not say
 * @param interactionMode the interaction that formalises the start of handling a request
 * @param responseDelay the average response delay, as the operator states it
 * @param contactNote the preferred means of contact, described
 * @param contactEmail the contact address
 * @param contactPhone the contact telephone number
 * @param website the operator's website
 * @param responsibleName the person responsible for keeping the card current
 * @param responsibleEmail that person's address
 * @param sourceNote where the card's information comes from
 * @param needs the needs it answers (types of intervention, for the finder)
 * @param networks the networks it serves
 * @param zones the zones it serves
 * @param teachingTypes the teaching types (levels and kinds) it serves
 * @param modes its intervention modes
 * @param toPrepare what to prepare to make exchanges easier
 * @param serviceLevel the delays it commits to and its opening hours
 * @param updatedAt the date of the last update
 * @param retired whether the card has been retired
 * @param version the card's version, for optimistic locking
 */
public record OperatorCard(String slug, String name, String shortName, OperatorCategory category,
		boolean byAffiliation, String missions, String interventionDetails, String coverageNote,
		String interactionMode, String responseDelay, String contactNote, String contactEmail, String contactPhone,
		String website, String responsibleName, String responsibleEmail, String sourceNote, Set<Need> needs,
		Set<Network> networks, Set<Zone> zones, Set<TeachingType> teachingTypes, Set<InterventionMode> modes,
		List<String> toPrepare, ServiceLevel serviceLevel, Instant updatedAt, boolean retired, long version) {

	/** Whether the card serves this network, zone and at least one of these teaching types. */
	public boolean covers(Network network, Zone zone, Set<TeachingType> types) {
		return networks.contains(network) && zones.contains(zone) && types.stream().anyMatch(teachingTypes::contains);
	}

	/** Whether any field the circular asks for is still to be completed. */
	public boolean incomplete() {
		return interactionMode == null || responseDelay == null || (contactEmail == null && contactPhone == null
				&& contactNote == null) || modes.isEmpty() || toPrepare.isEmpty() || responsibleName == null;
	}
}
