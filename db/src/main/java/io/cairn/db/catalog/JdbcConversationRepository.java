package io.cairn.db.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.cairn.core.NotFoundException;
import io.cairn.core.conversation.Conversation;
import io.cairn.core.conversation.ConversationMessage;
import io.cairn.core.conversation.ConversationRepository;
import io.cairn.core.conversation.MessageRole;
import io.cairn.core.conversation.NewMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Conversations and messages in PostgreSQL; citations are jsonb. */
public class JdbcConversationRepository implements ConversationRepository {

	private static final String CONVERSATION_COLUMNS = "id, collection_id, title, created_at, updated_at";

	private static final String MESSAGE_COLUMNS = "id, conversation_id, ordinal, role, content, standalone_question, "
			+ "citations, outcome, created_at";

	/**
	 * One statement: the UPDATE takes the conversation's row lock and hands out the
	 * ordinal, so a concurrent append waits and then sees the incremented count. (A
	 * max(ordinal) + 1 subquery would read the old snapshot and collide.)
	 */
	private static final String APPEND = """
			WITH c AS (
			    UPDATE conversation SET message_count = message_count + 1, updated_at = now()
			    WHERE id = :conversation
			    RETURNING id, message_count - 1 AS ordinal)
			INSERT INTO message (conversation_id, ordinal, role, content, standalone_question, citations, outcome)
			SELECT c.id, c.ordinal, :role, :content, :standalone, CAST(:citations AS jsonb), :outcome FROM c
			RETURNING\s""" + MESSAGE_COLUMNS;

	/** From the n-th last user message on; everything when there are fewer turns. */
	private static final String RECENT_TURNS = "SELECT " + MESSAGE_COLUMNS + """
			 FROM message
			WHERE conversation_id = :conversation
			  AND ordinal >= coalesce((SELECT ordinal FROM message
			                           WHERE conversation_id = :conversation AND role = 'user'
			                           ORDER BY ordinal DESC OFFSET :skip LIMIT 1), 0)
			ORDER BY ordinal""";

	private final JdbcClient jdbc;

	public JdbcConversationRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public Conversation create(long collectionId, String title) {
		try {
			return this.jdbc
				.sql("INSERT INTO conversation (collection_id, title) VALUES (?, ?) RETURNING " + CONVERSATION_COLUMNS)
				.params(collectionId, title)
				.query(JdbcConversationRepository::conversation)
				.single();
		}
		catch (DataIntegrityViolationException ex) {
			throw new NotFoundException("No collection with id " + collectionId);
		}
	}

	@Override
	public Optional<Conversation> find(long conversationId) {
		return this.jdbc.sql("SELECT " + CONVERSATION_COLUMNS + " FROM conversation WHERE id = ?")
			.param(conversationId)
			.query(JdbcConversationRepository::conversation)
			.optional();
	}

	@Override
	public List<Conversation> findByCollection(long collectionId, int limit) {
		return this.jdbc
			.sql("SELECT " + CONVERSATION_COLUMNS + " FROM conversation WHERE collection_id = ? "
					+ "ORDER BY updated_at DESC, id DESC LIMIT ?")
			.params(collectionId, limit)
			.query(JdbcConversationRepository::conversation)
			.list();
	}

	@Override
	public ConversationMessage append(long conversationId, NewMessage message) {
		return this.jdbc.sql(APPEND)
			.param("conversation", conversationId)
			.param("role", message.role().code())
			.param("content", message.content())
			.param("standalone", message.standaloneQuestion())
			.param("citations", Json.writeCitations(message.citations()))
			.param("outcome", message.outcome())
			.query(JdbcConversationRepository::message)
			.optional()
			.orElseThrow(() -> new NotFoundException("No conversation with id " + conversationId));
	}

	@Override
	public List<ConversationMessage> messages(long conversationId) {
		return this.jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM message WHERE conversation_id = ? ORDER BY ordinal")
			.param(conversationId)
			.query(JdbcConversationRepository::message)
			.list();
	}

	@Override
	public List<ConversationMessage> recentTurns(long conversationId, int turns) {
		if (turns <= 0) {
			return List.of();
		}
		return this.jdbc.sql(RECENT_TURNS)
			.param("conversation", conversationId)
			.param("skip", turns - 1)
			.query(JdbcConversationRepository::message)
			.list();
	}

	@Override
	public boolean delete(long conversationId) {
		return this.jdbc.sql("DELETE FROM conversation WHERE id = ?").param(conversationId).update() > 0;
	}

	private static Conversation conversation(ResultSet rs, int row) throws SQLException {
		return new Conversation(rs.getLong("id"), rs.getLong("collection_id"), rs.getString("title"),
				Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
	}

	private static ConversationMessage message(ResultSet rs, int row) throws SQLException {
		return new ConversationMessage(rs.getLong("id"), rs.getLong("conversation_id"), rs.getInt("ordinal"),
				MessageRole.fromCode(rs.getString("role")), rs.getString("content"),
				rs.getString("standalone_question"), Json.readCitations(rs.getString("citations")),
				rs.getString("outcome"), Rows.instant(rs, "created_at"));
	}

}
