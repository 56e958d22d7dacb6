package io.cairn.db.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.cairn.core.NotFoundException;
import io.cairn.core.answer.Citation;
import io.cairn.core.collection.Language;
import io.cairn.core.conversation.Conversation;
import io.cairn.core.conversation.ConversationMessage;
import io.cairn.core.conversation.MessageRole;
import io.cairn.core.conversation.NewMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The conversation store against a real PostgreSQL. Runs nested in each catalog IT, which
 * empties the tables before every test.
 */
abstract class ConversationRepositoryContract {

	private static final Citation CITATION = new Citation(1, "7-0-abc", 7, "Annual report", 3, 4,
			List.of("Results", "Revenue"), "Revenue rose 12%", 10, 26);

	private JdbcConversationRepository conversations;

	private long collection;

	protected abstract DataSource dataSource();

	@BeforeEach
	void repositories() {
		this.conversations = new JdbcConversationRepository(dataSource());
		this.collection = new JdbcCollectionRepository(dataSource()).create("chat", Language.ENGLISH, "general").id();
	}

	@Test
	void messagesKeepTheirOrderCitationsAndRewrites() {
		Conversation conversation = this.conversations.create(this.collection, "Revenue");
		assertThat(conversation.collectionId()).isEqualTo(this.collection);
		ConversationMessage question = this.conversations.append(conversation.id(),
				NewMessage.user("What was the revenue in 2019?", null));
		ConversationMessage answer = this.conversations.append(conversation.id(),
				NewMessage.assistant("Revenue rose 12% [1].", List.of(CITATION), "answered"));
		ConversationMessage followUp = this.conversations.append(conversation.id(),
				NewMessage.user("and in 2018?", "What was the revenue in 2018?"));
		assertThat(List.of(question.ordinal(), answer.ordinal(), followUp.ordinal())).containsExactly(0, 1, 2);
		assertThat(answer.citations()).containsExactly(CITATION);
		assertThat(answer.role()).isEqualTo(MessageRole.ASSISTANT);
		assertThat(question.citations()).isEmpty();
		assertThat(followUp.standaloneQuestion()).isEqualTo("What was the revenue in 2018?");
		assertThat(this.conversations.messages(conversation.id())).containsExactly(question, answer, followUp);
		assertThat(this.conversations.find(conversation.id())).get()
			.satisfies((c) -> assertThat(c.updatedAt()).isAfterOrEqualTo(followUp.createdAt()));
	}

	@Test
	void recentTurnsStartAtAUserMessage() {
		long id = this.conversations.create(this.collection, "t").id();
		assertThat(this.conversations.recentTurns(id, 2)).isEmpty();
		for (int turn = 0; turn < 3; turn++) {
			this.conversations.append(id, NewMessage.user("q" + turn, null));
			this.conversations.append(id, NewMessage.assistant("a" + turn, List.of(), "answered"));
		}
		this.conversations.append(id, NewMessage.user("q3", null));
		assertThat(this.conversations.recentTurns(id, 2)).extracting(ConversationMessage::content)
			.containsExactly("q2", "a2", "q3");
		assertThat(this.conversations.recentTurns(id, 10)).hasSize(7);
		assertThat(this.conversations.recentTurns(id, 0)).isEmpty();
	}

	@Test
	void conversationsAreListedMostRecentlyActiveFirst() {
		Conversation first = this.conversations.create(this.collection, "first");
		Conversation second = this.conversations.create(this.collection, "second");
		this.conversations.append(first.id(), NewMessage.user("again", null));
		assertThat(this.conversations.findByCollection(this.collection, 10)).extracting(Conversation::title)
			.containsExactly("first", "second");
		assertThat(this.conversations.findByCollection(this.collection, 1)).hasSize(1);
		assertThat(this.conversations.delete(first.id())).isTrue();
		assertThat(this.conversations.delete(first.id())).isFalse();
		assertThat(this.conversations.messages(first.id())).isEmpty();
		assertThat(this.conversations.findByCollection(this.collection, 10)).containsExactly(second);
	}

	@Test
	void concurrentAppendsGetDistinctOrdinals() throws Exception {
		long id = this.conversations.create(this.collection, "busy").id();
		int appends = 40;
		List<Callable<ConversationMessage>> tasks = new ArrayList<>();
		for (int i = 0; i < appends; i++) {
			String text = "m" + i;
			tasks.add(() -> this.conversations.append(id, NewMessage.user(text, null)));
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (Future<ConversationMessage> future : pool.invokeAll(tasks)) {
				future.get();
			}
		}
		assertThat(this.conversations.messages(id)).extracting(ConversationMessage::ordinal)
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, appends).boxed().toList());
	}

	@Test
	void missingConversationsAndCollectionsAreReported() {
		assertThat(this.conversations.find(987654)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.conversations.append(987654, NewMessage.user("q", null)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.conversations.create(987654, "t"));
	}

	@Test
	void deletingTheCollectionDeletesItsConversations() {
		long id = this.conversations.create(this.collection, "gone").id();
		this.conversations.append(id, NewMessage.user("q", null));
		new JdbcCollectionRepository(dataSource()).delete(this.collection);
		assertThat(this.conversations.find(id)).isEmpty();
		assertThat(this.conversations.messages(id)).isEmpty();
	}

}
