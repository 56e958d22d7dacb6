package io.cairn.db.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.retrieval.Hit;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.VectorIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.VectorUtil;

/**
 * HNSW vector index of one vector space in a Lucene directory (embedded mode). Vectors
 * are stored normalised and compared by dot product, which is their cosine; Lucene's
 * score {@code (1 + cos) / 2} is mapped back to the cosine so scores match pgvector's.
 */
public class LuceneVectorIndex implements VectorIndex {

	static final String VECTOR = "vector";

	private final LuceneStore store;

	private final int dimensions;

	private final LuceneVectorOptions options;

	/**
	 * Opens (or creates) the index in {@code directory}.
	 * @throws IllegalStateException if the directory holds vectors of other dimensions
	 */
	public LuceneVectorIndex(Path directory, int dimensions, LuceneVectorOptions options) {
		if (dimensions < 1 || dimensions > 1024) {
			throw new IllegalArgumentException("Lucene vector fields take 1 to 1024 dimensions, got " + dimensions);
		}
		this.dimensions = dimensions;
		this.options = options;
		this.store = new LuceneStore(directory, new IndexWriterConfig().setCodec(new HnswCodec(options)));
		checkExistingDimensions();
	}

	private void checkExistingDimensions() {
		int existing = this.store.search((searcher) -> {
			FieldInfo info = FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(VECTOR);
			return (info != null) ? info.getVectorDimension() : this.dimensions;
		});
		if (existing != this.dimensions) {
			this.store.close();
			throw new IllegalStateException("The vector index at " + this.store.path() + " holds " + existing
					+ "-dimensional vectors, not " + this.dimensions + ": the encoder changed. Delete that directory; "
					+ "it is rebuilt from the catalog at the next start.");
		}
	}

	@Override
	public int dimensions() {
		return this.dimensions;
	}

	@Override
	public void upsert(List<IndexedChunk> chunks) {
		for (IndexedChunk chunk : chunks) {
			checkDimensions(chunk.vector(), "chunk " + chunk.chunkId());
		}
		if (chunks.isEmpty()) {
			return;
		}
		this.store.write((writer) -> {
			for (IndexedChunk chunk : chunks) {
				Document document = LuceneFields.document(chunk);
				document
					.add(new KnnFloatVectorField(VECTOR, unit(chunk.vector()), VectorSimilarityFunction.DOT_PRODUCT));
				writer.updateDocument(LuceneFields.id(chunk.chunkId()), document);
			}
		});
	}

	@Override
	public List<Hit> search(float[] query, int k, SearchFilter filter) {
		checkDimensions(query, "query");
		if (k < 1) {
			return List.of();
		}
		// Gathering more candidates than k raises recall, like ef_search in pgvector.
		// With a filter,
		// Lucene searches exactly when few documents match, so selective filters get the
		// true top k.
		int candidates = Math.max(k, this.options.numCandidates());
		Query filterQuery = LuceneFields.filter(filter);
		float[] target = unit(query);
		Query knn = (filterQuery != null) ? new KnnFloatVectorQuery(VECTOR, target, candidates, filterQuery)
				: new KnnFloatVectorQuery(VECTOR, target, candidates);
		return this.store.search((searcher) -> hits(searcher.storedFields(), searcher.search(knn, k)));
	}

	private static List<Hit> hits(StoredFields stored, TopDocs top) throws IOException {
		List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
		for (ScoreDoc scoreDoc : top.scoreDocs) {
			hits.add(new Hit(LuceneFields.chunkId(stored, scoreDoc.doc), 2 * scoreDoc.score - 1));
		}
		return hits;
	}

	@Override
	public void deleteDocument(long documentId) {
		this.store.write((writer) -> writer.deleteDocuments(LuceneFields.document(documentId)));
	}

	@Override
	public long count() {
		return this.store.count();
	}

	@Override
	public void clear() {
		this.store.clear();
	}

	@Override
	public void close() {
		this.store.close();
	}

	boolean isOpen() {
		return this.store.isOpen();
	}

	private void checkDimensions(float[] vector, String what) {
		if (vector.length != this.dimensions) {
			throw new IllegalArgumentException("The " + what + " has " + vector.length
					+ " dimensions, but the index at " + this.store.path() + " holds " + this.dimensions);
		}
	}

	/**
	 * A normalised copy; the zero vector stays as is (it has no direction to compare).
	 */
	private static float[] unit(float[] vector) {
		float[] copy = vector.clone();
		double norm = Math.sqrt(VectorUtil.dotProduct(copy, copy));
		if (norm > 0) {
			VectorUtil.l2normalize(copy);
		}
		return copy;
	}

	@Override
	public String toString() {
		return "LuceneVectorIndex[" + this.store.path() + ", dimensions=" + this.dimensions + "]";
	}

}
