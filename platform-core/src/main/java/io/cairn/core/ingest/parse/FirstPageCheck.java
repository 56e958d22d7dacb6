package io.cairn.core.ingest.parse;

import java.util.List;

/** Stops a parse at its first page: the file opened and is within the limits. */
final class FirstPageCheck implements PageSink {

	@Override
	public void pageCount(int total) {
	}

	@Override
	public void page(int pageNumber, List<Element> elements) {
		throw new Stop();
	}

	static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

}
