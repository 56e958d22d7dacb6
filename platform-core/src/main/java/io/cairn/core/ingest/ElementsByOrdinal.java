package io.cairn.core.ingest;

import java.util.List;

import io.cairn.core.ingest.parse.Element;

/** A document's elements, looked up by ordinal range (the span a chunk covers). */
final class ElementsByOrdinal {

	private final List<Element> elements;

	/**
	 * @param elements in reading order, as the element repository returns them
	 */
	ElementsByOrdinal(List<Element> elements) {
		this.elements = elements;
	}

	/** The elements with ordinals from {@code first} to {@code last}, inclusive. */
	List<Element> range(int first, int last) {
		int from = lowerBound(first);
		int to = lowerBound(last + 1);
		return this.elements.subList(from, Math.max(from, to));
	}

	private int lowerBound(int ordinal) {
		int low = 0;
		int high = this.elements.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.elements.get(mid).ordinal() < ordinal) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
