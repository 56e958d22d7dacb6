package io.cairn.db.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.cairn.core.multimodal.ImageHit;
import io.cairn.core.multimodal.ImageVector;
import io.cairn.core.multimodal.ImageVectorIndex;
import io.cairn.core.multimodal.TopImageHits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Image vectors in PostgreSQL ({@code image_vector}), one row per document, asset and
 * image model. Rows go with their document by foreign key, so deleting a document removes
 * its vectors in the same transaction. Search is an exact cosine scan in Java over the
 * collection's vectors of this model: it needs no pgvector (the embedded mode has none),
 * and a collection's images number in the thousands. Vectors are stored as float32
 * little-endian bytes, which read far faster than {@code real[]}.
 */
public class JdbcImageVectorIndex implements ImageVectorIndex {

	private static final String UPSERT = """
			INSERT INTO image_vector (document_id, asset_key, model, collection_id, page, box, start_ms, end_ms, vector)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (document_id, asset_key, model) DO UPDATE SET collection_id = excluded.collection_id,
			    page = excluded.page, box = excluded.box, start_ms = excluded.start_ms, end_ms = excluded.end_ms,
			    vector = excluded.vector""";

	private static final String SEARCH = """
			SELECT document_id, asset_key, page, box, start_ms, end_ms, vector FROM image_vector
			WHERE collection_id = ? AND model = ?""";

	private static final int FETCH_SIZE = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final String model;

	/**
	 * @param dataSource the catalog
	 * @param model the image model's name: vectors of other models (a model swapped in
	 * the configuration) are not compared with this one's queries
	 */
	public JdbcImageVectorIndex(DataSource dataSource, String model) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.model = model;
	}

	@Override
	public void upsert(List<ImageVector> vectors) {
		if (!vectors.isEmpty()) {
			this.jdbc.batchUpdate(UPSERT, vectors, 100, this::bind);
		}
	}

	@Override
	public void deleteDocument(long documentId) {
		this.jdbc.update("DELETE FROM image_vector WHERE document_id = ?", documentId);
	}

	@Override
	public void replaceDocument(long documentId, List<ImageVector> vectors) {
		this.transactions.executeWithoutResult((status) -> {
			deleteDocument(documentId);
			upsert(vectors);
		});
	}

	@Override
	public List<ImageHit> search(long collectionId, float[] query, int k) {
		TopImageHits top = new TopImageHits(query, k);
		// In a transaction so that the driver streams rows by the fetch size.
		this.transactions.executeWithoutResult((status) -> this.jdbc.query(SEARCH, (ResultSet rs) -> {
			float[] vector = floats(rs.getBytes("vector"));
			if (vector.length == query.length) {
				top.offer(new ImageVector(collectionId, rs.getLong("document_id"), rs.getString("asset_key"),
						rs.getInt("page"), MediaColumns.readBox(rs, "box"), MediaColumns.readTime(rs), vector));
			}
		}, collectionId, this.model));
		return top.hits();
	}

	/** Rows of this index's model. */
	public long count() {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM image_vector WHERE model = ?", Long.class,
				this.model);
		return (count != null) ? count : 0;
	}

	private void bind(PreparedStatement ps, ImageVector v) throws SQLException {
		ps.setLong(1, v.documentId());
		ps.setString(2, v.assetKey());
		ps.setString(3, this.model);
		ps.setLong(4, v.collectionId());
		ps.setInt(5, v.page());
		ps.setArray(6, MediaColumns.box(ps.getConnection(), v.box()));
		MediaColumns.setTime(ps, 7, v.time());
		ps.setBytes(9, bytes(v.vector()));
	}

	static byte[] bytes(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	static float[] floats(byte[] bytes) {
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}

}
