package io.cairn.db.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index directory: a single {@link IndexWriter}, commits after every write so
 * that what was reported done survives a crash, and a {@link SearcherManager} refreshed
 * after each write so the next search sees it. Thread-safe.
 */
final class LuceneStore implements AutoCloseable {

	private final Path path;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	LuceneStore(Path path, IndexWriterConfig config) {
		this.path = path;
		try {
			Files.createDirectories(path);
			this.directory = FSDirectory.open(path);
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			this.writer = new IndexWriter(this.directory, config);
			this.searchers = new SearcherManager(this.writer, new SearcherFactory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the Lucene index at " + path, ex);
		}
	}

	Path path() {
		return this.path;
	}

	/** Applies a change, commits it and makes it visible to searches. */
	void write(IoConsumer<IndexWriter> change) {
		try {
			change.accept(this.writer);
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write to the Lucene index at " + this.path, ex);
		}
	}

	<T> T search(IoFunction<IndexSearcher, T> search) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return search.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not search the Lucene index at " + this.path, ex);
		}
	}

	long count() {
		return search((searcher) -> (long) searcher.getIndexReader().numDocs());
	}

	void clear() {
		write(IndexWriter::deleteAll);
	}

	boolean isOpen() {
		return this.writer.isOpen();
	}

	/** Idempotent: commits pending changes and releases the directory's write lock. */
	@Override
	public synchronized void close() {
		if (!this.writer.isOpen()) {
			return;
		}
		try (Directory toClose = this.directory) {
			this.searchers.close();
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not close the Lucene index at " + this.path, ex);
		}
	}

	@FunctionalInterface
	interface IoConsumer<T> {

		void accept(T value) throws IOException;

	}

	@FunctionalInterface
	interface IoFunction<T, R> {

		R apply(T value) throws IOException;

	}

}
