package be.numedu.resources.collections;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of a collection's items, as the list of their resources' ids: the first is at position 1, and positions
 * stay contiguous whatever is added, removed or moved. The service writes back position {@code i + 1} for the id at
 * index {@code i}, which also closes any gap an older state may have left.
 */
final class Positions {

	/** A move of one place. */
	enum Move {
		UP, DOWN
	}

	private Positions() {
	}

	/** The order with the resource appended at the end. */
	static List<Long> appended(List<Long> order, long resourceId) {
		if (order.contains(resourceId)) {
			throw new IllegalArgumentException("already in the order: " + resourceId);
		}
		List<Long> result = new ArrayList<>(order);
		result.add(resourceId);
		return result;
	}

	/** The order without the resource, the ones after it moving up one place. */
	static List<Long> removed(List<Long> order, long resourceId) {
		List<Long> result = new ArrayList<>(order);
		if (!result.remove(Long.valueOf(resourceId))) {
			throw new IllegalArgumentException("not in the order: " + resourceId);
		}
		return result;
	}

	/**
	 * The order with the resource swapped with its neighbour above or below.
	 *
	 * @throws IllegalArgumentException if the resource is not in the order
	 * @throws IllegalStateException if it is already first (moving up) or last (moving down)
	 */
	static List<Long> moved(List<Long> order, long resourceId, Move move) {
		int index = order.indexOf(resourceId);
		if (index < 0) {
			throw new IllegalArgumentException("not in the order: " + resourceId);
		}
		int other = move == Move.UP ? index - 1 : index + 1;
		if (other < 0 || other >= order.size()) {
			throw new IllegalStateException("already at the " + (move == Move.UP ? "top" : "bottom"));
		}
		List<Long> result = new ArrayList<>(order);
		result.set(other, order.get(index));
		result.set(index, order.get(other));
		return result;
	}

	/** The 1-based position of the resource in the order, or 0 when it is not there. */
	static int positionOf(List<Long> order, long resourceId) {
		return order.indexOf(resourceId) + 1;
	}
}
