package be.numedu.support.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import be.numedu.support.dashboard.DashboardController.PeriodChoice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboards' periods as people ask for them, and the bars drawn from the figures. */
class DashboardPeriodUnitTests {

	static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");

	@Test
	void chosenDaysAreWholeBrusselsDaysBothIncluded() {
		PeriodChoice choice = DashboardController.period(null, "2026-03-01", "2026-03-31", NOW);

		assertThat(choice.errorKey()).isNull();
		assertThat(choice.period().chosen()).isTrue();
		// Brussels is on winter time on 1 March and on summer time on 31 March
		assertThat(choice.period().from()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
		assertThat(choice.period().to()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
		assertThat(choice.period().firstDay()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(choice.period().lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void daysAreReadAsPeopleTypeThemAndShownBackTheSameWay() {
		PeriodChoice choice = DashboardController.period(null, "1/3/2026", "31/03/2026", NOW);

		assertThat(choice.errorKey()).isNull();
		assertThat(choice.period().firstDay()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(choice.period().lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(choice.firstDay()).isEqualTo("01/03/2026");
		assertThat(choice.lastDay()).isEqualTo("31/03/2026");
	}

	@Test
	void presetsAreTheLastDaysAndAnythingElseTheLast90() {
		assertThat(DashboardController.period("30", null, null, NOW).period().from())
			.isEqualTo(Instant.parse("2026-10-23T15:00:00Z"));
		for (String nonsense : List.of("0", "-1", "91", "abc", "1e3", "", "3650000000")) {
			PeriodChoice choice = DashboardController.period(nonsense, null, null, NOW);
			assertThat(choice.period().days()).as(nonsense).isEqualTo(90);
			assertThat(choice.errorKey()).isNull();
		}
	}

	@Test
	void wrongDatesAreSaidAndTheLast90DaysShown() {
		assertThat(DashboardController.period(null, "2026-03-01", null, NOW).errorKey())
			.isEqualTo("dashboard.period.error.both");
		assertThat(DashboardController.period(null, "2026-03-31", "2026-03-01", NOW).errorKey())
			.isEqualTo("dashboard.period.error.order");
		assertThat(DashboardController.period(null, "2026-02-30", "2026-04-01", NOW).errorKey())
			.isEqualTo("dashboard.period.error.date");
		assertThat(DashboardController.period(null, "31.03.2026", "2026-04-01", NOW).errorKey())
			.isEqualTo("dashboard.period.error.date");
		assertThat(DashboardController.period(null, "1900-01-01", "2026-01-01", NOW).errorKey())
			.isEqualTo("dashboard.period.error.span");
		PeriodChoice hostile = DashboardController.period("365", "<script>alert(1)</script>", "2026-01-01", NOW);
		assertThat(hostile.period().days()).isEqualTo(365);
		assertThat(hostile.firstDay()).hasSizeLessThanOrEqualTo(10);
	}

	@Test
	void barsAreScaledToTheLargestValueAndCarryTheirShare() {
		BarChart chart = BarChart.of("x", "Par zone", "Zone", "Demandes", List.of(new BarChart.Entry("A", "A", 4),
				new BarChart.Entry("B", "B", 1), new BarChart.Entry("C", "C", 0)), 5);

		assertThat(chart.bars()).extracting(BarChart.Bar::barWidth).containsExactly(480, 120, 0);
		assertThat(chart.bars()).extracting(BarChart.Bar::percent).containsExactly(80, 20, 0);
		assertThat(chart.bars()).extracting(BarChart.Bar::barY).containsExactly(21, 65, 109);
		assertThat(chart.viewBox()).isEqualTo("0 0 600 132");
	}

	@Test
	void aTinyValueStaysVisibleAndNothingDividesByZero() {
		BarChart tiny = BarChart.of("x", "t", "c", "u", List.of(new BarChart.Entry("A", "A", 1000),
				new BarChart.Entry("B", "B", 1)), 1001);
		assertThat(tiny.bars().get(1).barWidth()).isEqualTo(2);
		BarChart empty = BarChart.of("x", "t", "c", "u", List.of(new BarChart.Entry("A", "A", 0)), 0);
		assertThat(empty.bars().get(0).barWidth()).isZero();
		assertThat(empty.bars().get(0).percent()).isNull();
	}
}
