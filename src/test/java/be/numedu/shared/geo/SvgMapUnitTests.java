package be.numedu.shared.geo;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The small maps drawn from the municipality outlines. */
class SvgMapUnitTests {

	static final Municipalities MUNICIPALITIES = new Municipalities(JsonMapper.builder().build());

	@Test
	void aPlaceIsDrawnInsideTheViewBoxWithItsMunicipalityHighlighted() {
		// the Athénée royal d'Evere, in Evere
		SvgMap map = SvgMap.around(List.of(new SvgMap.Place(1, 4.4042, 50.8700, "Evere")), MUNICIPALITIES, 400, 300);

		assertThat(map.points()).singleElement().satisfies(point -> {
			assertThat(point.x()).isBetween(0.0, 400.0);
			assertThat(point.y()).isBetween(0.0, 300.0);
		});
		assertThat(map.areas()).filteredOn(SvgMap.Area::highlighted).extracting(SvgMap.Area::name).containsExactly("Evere");
		assertThat(map.areas()).extracting(SvgMap.Area::name).contains("Schaerbeek");
	}

	@Test
	void distantPlacesAreAllOnTheMap() {
		SvgMap map = SvgMap.around(List.of(new SvgMap.Place(1, 4.86, 50.47, "Namur"), new SvgMap.Place(3, 5.57, 50.63, "Liège")),
				MUNICIPALITIES, 400, 300);

		assertThat(map.points()).allSatisfy(point -> {
			assertThat(point.x()).isBetween(0.0, 400.0);
			assertThat(point.y()).isBetween(0.0, 300.0);
		});
		assertThat(map.areas()).filteredOn(SvgMap.Area::highlighted).extracting(SvgMap.Area::name)
			.containsExactlyInAnyOrder("Namur", "Liège");
		assertThat(map.points()).extracting(SvgMap.Point::number).containsExactly(1, 3);
	}

	@Test
	void noPlaceNoMap() {
		assertThat(SvgMap.around(List.of(), MUNICIPALITIES, 400, 300).areas()).isEmpty();
	}
}
