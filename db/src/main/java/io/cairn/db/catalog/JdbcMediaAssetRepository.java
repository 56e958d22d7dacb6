package io.cairn.db.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.cairn.core.media.AssetKind;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.MediaAssetRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Document images in PostgreSQL, written with their page by
 * {@link JdbcElementRepository}.
 */
public class JdbcMediaAssetRepository implements MediaAssetRepository {

	private static final String INSERT = """
			INSERT INTO media_asset (document_id, key, kind, page, box, start_ms, end_ms, media_type, width, height,
			                         perceptual_hash, bytes)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (document_id, key) DO UPDATE SET kind = excluded.kind, page = excluded.page,
			    box = excluded.box, start_ms = excluded.start_ms, end_ms = excluded.end_ms,
			    media_type = excluded.media_type, width = excluded.width, height = excluded.height,
			    perceptual_hash = excluded.perceptual_hash, bytes = excluded.bytes""";

	private final JdbcTemplate jdbc;

	public JdbcMediaAssetRepository(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public Optional<MediaAsset> find(long documentId, String key) {
		return this.jdbc
			.query("SELECT * FROM media_asset WHERE document_id = ? AND key = ?", JdbcMediaAssetRepository::asset,
					documentId, key)
			.stream()
			.findFirst();
	}

	@Override
	public Optional<MediaAsset> findPageImage(long documentId, int page) {
		return this.jdbc
			.query("SELECT * FROM media_asset WHERE document_id = ? AND page = ? AND kind = 'PAGE_IMAGE'"
					+ " ORDER BY key LIMIT 1", JdbcMediaAssetRepository::asset, documentId, page)
			.stream()
			.findFirst();
	}

	@Override
	public List<MediaAsset> findByDocument(long documentId) {
		return this.jdbc.query("SELECT * FROM media_asset WHERE document_id = ? ORDER BY page, start_ms, key",
				JdbcMediaAssetRepository::asset, documentId);
	}

	/** Inserts within the caller's transaction (the page checkpoint). */
	static void insert(JdbcTemplate jdbc, long documentId, List<MediaAsset> assets) {
		jdbc.batchUpdate(INSERT, assets, 50, (ps, asset) -> bind(ps, documentId, asset));
	}

	private static void bind(PreparedStatement ps, long documentId, MediaAsset asset) throws SQLException {
		ps.setLong(1, documentId);
		ps.setString(2, asset.key());
		ps.setString(3, asset.kind().name());
		ps.setInt(4, asset.page());
		ps.setArray(5, MediaColumns.box(ps.getConnection(), asset.box()));
		MediaColumns.setTime(ps, 6, asset.time());
		ps.setString(8, asset.mediaType());
		ps.setInt(9, asset.width());
		ps.setInt(10, asset.height());
		ps.setLong(11, asset.perceptualHash());
		ps.setBytes(12, asset.bytes());
	}

	private static MediaAsset asset(ResultSet rs, int row) throws SQLException {
		return new MediaAsset(rs.getString("key"), AssetKind.valueOf(rs.getString("kind")), rs.getInt("page"),
				MediaColumns.readBox(rs, "box"), MediaColumns.readTime(rs), rs.getString("media_type"),
				rs.getInt("width"), rs.getInt("height"), rs.getLong("perceptual_hash"), rs.getBytes("bytes"));
	}

}
