package io.cairn.api.conversation;

import java.time.Instant;
import java.util.List;

import io.cairn.api.collection.Collections;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.NotFoundException;
import io.cairn.api.answer.AnswerView.CitationView;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.conversation.Conversation;
import io.cairn.core.conversation.ConversationMessage;
import io.cairn.core.conversation.ConversationRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The conversations held for a collection. */
@RestController
@RequestMapping("/api/collections/{collection}/conversations")
@Tag(name = "Conversations")
public class ConversationController {

	private static final int MAX_LIMIT = 200;

	private final ConversationRepository conversations;

	private final Collections lookup;

	public ConversationController(ConversationRepository conversations, Collections lookup) {
		this.conversations = conversations;
		this.lookup = lookup;
	}

	@GetMapping
	@Operation(summary = "List conversations, the most recently active first")
	public List<ConversationView> list(@PathVariable String collection, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
		}
		KnowledgeCollection found = this.lookup.require(collection);
		return this.conversations.findByCollection(found.id(), limit).stream().map(ConversationView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a conversation with its messages and their citations")
	public ConversationDetail get(@PathVariable String collection, @PathVariable long id) {
		Conversation conversation = require(collection, id);
		return new ConversationDetail(conversation.id(), conversation.title(), conversation.createdAt(),
				conversation.updatedAt(),
				this.conversations.messages(id)
					.stream()
					.map((message) -> MessageView.of(collection, message))
					.toList());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a conversation and its messages")
	public void delete(@PathVariable String collection, @PathVariable long id) {
		require(collection, id);
		this.conversations.delete(id);
	}

	private Conversation require(String collection, long id) {
		KnowledgeCollection found = this.lookup.require(collection);
		return this.conversations.find(id)
			.filter((conversation) -> conversation.collectionId() == found.id())
			.orElseThrow(() -> new NotFoundException("No conversation " + id + " in collection '" + collection + "'"));
	}

	/**
	 * A conversation.
	 *
	 * @param id id
	 * @param title title
	 * @param createdAt creation time
	 * @param updatedAt time of the last message
	 */
	public record ConversationView(long id, String title, Instant createdAt, Instant updatedAt) {

		static ConversationView of(Conversation conversation) {
			return new ConversationView(conversation.id(), conversation.title(), conversation.createdAt(),
					conversation.updatedAt());
		}

	}

	/**
	 * A conversation with its messages.
	 *
	 * @param id id
	 * @param title title
	 * @param createdAt creation time
	 * @param updatedAt time of the last message
	 * @param messages the messages, in order
	 */
	public record ConversationDetail(long id, String title, Instant createdAt, Instant updatedAt,
			List<MessageView> messages) {
	}

	/**
	 * A message.
	 *
	 * @param ordinal position, from 0
	 * @param role {@code user} or {@code assistant}
	 * @param content the text
	 * @param standaloneQuestion for a question, how it was rewritten to stand alone
	 * @param citations for an answer, its citations
	 * @param outcome for an answer, how it ended
	 * @param createdAt when it was stored
	 */
	public record MessageView(int ordinal, String role, String content, @Nullable String standaloneQuestion,
			List<CitationView> citations, @Nullable String outcome, Instant createdAt) {

		static MessageView of(String collection, ConversationMessage message) {
			return new MessageView(message.ordinal(), message.role().code(), message.content(),
					message.standaloneQuestion(),
					message.citations().stream().map((citation) -> CitationView.of(collection, citation)).toList(),
					message.outcome(), message.createdAt());
		}

	}

}
