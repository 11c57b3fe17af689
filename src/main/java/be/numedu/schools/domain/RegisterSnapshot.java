package be.numedu.schools.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;

/**
 * What a FASE file says, once read and checked: the organising bodies, schools, implantations and offerings of its
 * good rows, the rows it could not take, and the FASE numbers those bad rows name (which an import must not retire,
 * since the file does not really say they are gone).
 */
record RegisterSnapshot(Map<Integer, BodyRecord> bodies, Map<Integer, SchoolRecord> schools,
		Map<Integer, SiteRecord> sites, Set<OfferingKey> offerings, List<RowError> errors, Kept kept,
		int rowCount, boolean readToEnd, String refusal) {

	record BodyRecord(int fase, String name, String bce, Address address) {
	}

	record SchoolRecord(int fase, String name, String bce, Network network, Zone zone, String district,
			Address address, int bodyFase) {
	}

	record SiteRecord(int fase, Address address, Double latitude, Double longitude) {
	}

	record OfferingKey(int schoolFase, int siteFase, TeachingType teachingType) {
	}

	/** A row the import could not take: its line in the file (the header is line 1) and why, in French. */
	record RowError(long line, String message) {
	}

	/** FASE numbers named by rows in error: what they identify stays as it is. */
	record Kept(Set<Integer> bodies, Set<Integer> schools, Set<Integer> sites, Set<OfferingKey> offerings) {

		static Kept none() {
			return new Kept(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
		}
	}

	/** A file refused as a whole (not a FASE file, wrong separator, not UTF-8…): nothing of it is imported. */
	static RegisterSnapshot refused(String reason) {
		return new RegisterSnapshot(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
				new LinkedHashSet<>(), List.of(), Kept.none(), 0, false, reason);
	}

	boolean isRefused() {
		return refusal != null;
	}
}
