package be.numedu.resources.collections;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order of a collection's items: appended at the end, removed without leaving a gap, moved one place. */
class CollectionPositionsUnitTests {

	@Test
	void appendingPutsTheResourceLastAndRefusesItTwice() {
		assertThat(Positions.appended(List.of(), 7L)).containsExactly(7L);
		assertThat(Positions.appended(List.of(3L, 1L), 7L)).containsExactly(3L, 1L, 7L);
		assertThatThrownBy(() -> Positions.appended(List.of(3L, 7L), 7L)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void removingMovesTheFollowingOnesUp() {
		List<Long> order = Positions.removed(List.of(10L, 20L, 30L, 40L), 20L);
		assertThat(order).containsExactly(10L, 30L, 40L);
		assertThat(Positions.positionOf(order, 30L)).isEqualTo(2);
		assertThat(Positions.positionOf(order, 40L)).isEqualTo(3);
		assertThat(Positions.positionOf(order, 20L)).isZero();
		assertThat(Positions.removed(List.of(10L), 10L)).isEmpty();
		assertThatThrownBy(() -> Positions.removed(List.of(10L), 11L)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void movingSwapsWithTheNeighbour() {
		List<Long> order = List.of(10L, 20L, 30L);
		assertThat(Positions.moved(order, 30L, Positions.Move.UP)).containsExactly(10L, 30L, 20L);
		assertThat(Positions.moved(order, 10L, Positions.Move.DOWN)).containsExactly(20L, 10L, 30L);
		assertThat(Positions.moved(order, 20L, Positions.Move.UP)).containsExactly(20L, 10L, 30L);
		// the original is left alone
		assertThat(order).containsExactly(10L, 20L, 30L);
	}

	@Test
	void movingPastEitherEndOrAnAbsentResourceIsRefused() {
		List<Long> order = List.of(10L, 20L);
		assertThatThrownBy(() -> Positions.moved(order, 10L, Positions.Move.UP)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> Positions.moved(order, 20L, Positions.Move.DOWN))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> Positions.moved(order, 30L, Positions.Move.UP))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Positions.moved(List.of(10L), 10L, Positions.Move.DOWN))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void positionsAreOneBasedAndContiguous() {
		List<Long> order = List.of(5L, 9L, 2L);
		assertThat(order.stream().map(id -> Positions.positionOf(order, id)).toList()).containsExactly(1, 2, 3);
	}
}
