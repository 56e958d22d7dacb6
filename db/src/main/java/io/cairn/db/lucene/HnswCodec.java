package io.cairn.db.lucene;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * The default codec with our HNSW parameters for vector fields. Segments record the
 * codec's name ({@code Lucene104}) and the per-field format's name, so indexes stay
 * readable without this class.
 */
final class HnswCodec extends Lucene104Codec {

	private final KnnVectorsFormat vectors;

	HnswCodec(LuceneVectorOptions options) {
		this.vectors = new Lucene99HnswVectorsFormat(options.maxConn(), options.beamWidth());
	}

	@Override
	public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
		return this.vectors;
	}

}
