package io.cairn.core.answer;

/**
 * An earlier question of the conversation.
 *
 * @param question as the user asked it
 * @param standaloneQuestion as it was searched, after rewriting
 */
public record PriorTurn(String question, String standaloneQuestion) {
}
