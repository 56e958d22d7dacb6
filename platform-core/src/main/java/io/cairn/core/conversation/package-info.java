/**
 * Conversations: the questions and answers of a chat session, with each answer's
 * citations, kept so that follow-up questions can be read in context.
 */
@NullMarked
package io.cairn.core.conversation;

import org.jspecify.annotations.NullMarked;
