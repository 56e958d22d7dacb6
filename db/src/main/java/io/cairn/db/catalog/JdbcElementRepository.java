package io.cairn.db.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.cairn.core.ingest.ElementRepository;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.media.MediaAsset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Parsed elements in PostgreSQL; saving a page is the ingest's checkpoint. */
public class JdbcElementRepository implements ElementRepository {

	private static final String INSERT = """
			INSERT INTO element (document_id, ordinal, page, kind, text, heading_path, heading_level, table_json,
			                     box, start_ms, end_ms, asset)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
			ON CONFLICT (document_id, ordinal) DO UPDATE SET page = excluded.page, kind = excluded.kind,
			    text = excluded.text, heading_path = excluded.heading_path,
			    heading_level = excluded.heading_level, table_json = excluded.table_json, box = excluded.box,
			    start_ms = excluded.start_ms, end_ms = excluded.end_ms, asset = excluded.asset""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public JdbcElementRepository(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Override
	public void savePage(long documentId, long jobId, int page, int pagesTotal, List<Element> elements,
			List<MediaAsset> assets) {
		this.transaction.executeWithoutResult((status) -> {
			// Saving a page twice (a retried checkpoint) leaves the same rows: replace
			// the page.
			this.jdbc.update("DELETE FROM element WHERE document_id = ? AND page = ?", documentId, page);
			this.jdbc.update("DELETE FROM media_asset WHERE document_id = ? AND page = ?", documentId, page);
			ParameterizedPreparedStatementSetter<Element> setter = (ps, element) -> bind(ps, documentId, element);
			this.jdbc.batchUpdate(INSERT, elements, 500, setter);
			JdbcMediaAssetRepository.insert(this.jdbc, documentId, assets);
			this.jdbc.update("""
					UPDATE ingest_job SET pages_done = ?, pages_total = ?, heartbeat_at = now(), updated_at = now()
					WHERE id = ?""", page, pagesTotal, jobId);
		});
	}

	@Override
	public List<Element> findByDocument(long documentId) {
		return this.jdbc.query("SELECT * FROM element WHERE document_id = ? ORDER BY ordinal",
				JdbcElementRepository::element, documentId);
	}

	@Override
	public void deleteFromPage(long documentId, int fromPage) {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM element WHERE document_id = ? AND page >= ?", documentId, fromPage);
			this.jdbc.update("DELETE FROM media_asset WHERE document_id = ? AND page >= ?", documentId, fromPage);
		});
	}

	private static void bind(PreparedStatement ps, long documentId, Element element) throws SQLException {
		ps.setLong(1, documentId);
		ps.setInt(2, element.ordinal());
		ps.setInt(3, element.page());
		ps.setString(4, element.kind().name());
		ps.setString(5, element.text());
		ps.setArray(6, SqlArrays.texts(ps.getConnection(), element.headingPath()));
		ps.setInt(7, element.headingLevel());
		ps.setString(8, Json.write(element.table()));
		ps.setArray(9, MediaColumns.box(ps.getConnection(), element.box()));
		MediaColumns.setTime(ps, 10, element.time());
		ps.setString(12, element.asset());
	}

	private static Element element(ResultSet rs, int row) throws SQLException {
		return new Element(rs.getInt("ordinal"), ElementKind.valueOf(rs.getString("kind")), rs.getString("text"),
				rs.getInt("page"), SqlArrays.readTexts(rs, "heading_path"), rs.getInt("heading_level"),
				Json.readTable(rs.getString("table_json")), MediaColumns.readBox(rs, "box"), MediaColumns.readTime(rs),
				rs.getString("asset"));
	}

}
