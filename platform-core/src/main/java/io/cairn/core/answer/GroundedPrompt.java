package io.cairn.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.MessageType;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * The one prompt format every generator receives: instructions, the numbered sources in
 * {@code <source>} blocks, and the question. Remote models read it as text; the
 * extractive answerer parses it back with {@link #parse(Prompt)}, so both see exactly the
 * same context.
 */
public final class GroundedPrompt {

	/** What a generator answers when the sources do not support an answer. */
	public static final String REFUSAL = "The sources do not answer this question.";

	static final String INSTRUCTIONS = """
			Answer the question using only the numbered sources. Be brief and exact: keep numbers, \
			units, scales (such as "in millions") and periods as the sources state them.
			After every sentence, cite the sources that support it with their numbers in square \
			brackets, for example [2] or [1][3]. Do not use knowledge from outside the sources.
			If the sources do not contain the answer, reply with exactly this sentence and nothing \
			else: %s""".formatted(REFUSAL);

	private static final Pattern SOURCE = Pattern.compile("<source id=\"(\\d+)\"([^>]*)>\\n(.*?)\\n</source>",
			Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

	private static final String QUESTION_LABEL = "\n\nQuestion: ";

	private GroundedPrompt() {
	}

	/** The prompt for {@code question} over {@code sources}, with the given options. */
	public static Prompt of(String question, List<ContextSource> sources, ChatOptions options) {
		return new Prompt(List.of(new SystemMessage(INSTRUCTIONS), new UserMessage(userText(question, sources))),
				options);
	}

	/** The user message: sources, then the question. */
	public static String userText(String question, List<ContextSource> sources) {
		StringBuilder text = new StringBuilder("Sources:");
		for (ContextSource source : sources) {
			text.append("\n<source id=\"")
				.append(source.number())
				.append("\" document=\"")
				.append(attribute(source.documentTitle()))
				.append("\" pages=\"")
				.append(source.pages())
				.append("\">\n")
				.append(source.chunk().text().replace("</source>", "</ source>"))
				.append("\n</source>");
		}
		return text.append(QUESTION_LABEL).append(question.strip()).toString();
	}

	/**
	 * Reads the question and sources back from a prompt in this format (the last user
	 * message holds them).
	 * @throws IllegalArgumentException if the prompt has no user message with a question
	 */
	public static Parsed parse(Prompt prompt) {
		String text = lastUserText(prompt.getInstructions());
		int questionAt = text.lastIndexOf(QUESTION_LABEL);
		String question = (questionAt >= 0) ? text.substring(questionAt + QUESTION_LABEL.length()).strip()
				: text.strip();
		List<Parsed.Source> sources = new ArrayList<>();
		Matcher matcher = SOURCE.matcher((questionAt >= 0) ? text.substring(0, questionAt) : "");
		while (matcher.find()) {
			Matcher attributes = ATTRIBUTE.matcher(matcher.group(2));
			String document = "";
			String pages = "";
			while (attributes.find()) {
				switch (attributes.group(1)) {
					case "document" -> document = attributes.group(2);
					case "pages" -> pages = attributes.group(2);
					default -> {
					}
				}
			}
			sources.add(new Parsed.Source(Integer.parseInt(matcher.group(1)), document, pages, matcher.group(3)));
		}
		if (question.isEmpty()) {
			throw new IllegalArgumentException("The prompt has no question");
		}
		return new Parsed(question, sources);
	}

	/** Whether a generator's text is the refusal (ignoring case, spacing and markers). */
	public static boolean isRefusal(String answer) {
		String normal = answer.replaceAll("\\[\\d+]", "").strip().toLowerCase(Locale.ROOT);
		return normal.startsWith(REFUSAL.toLowerCase(Locale.ROOT).substring(0, REFUSAL.length() - 1));
	}

	private static String lastUserText(List<Message> messages) {
		for (int i = messages.size() - 1; i >= 0; i--) {
			if (messages.get(i).getMessageType() == MessageType.USER) {
				String text = messages.get(i).getText();
				return (text != null) ? text : "";
			}
		}
		throw new IllegalArgumentException("The prompt has no user message");
	}

	private static String attribute(String value) {
		return value.replace('"', '\'').replace('\n', ' ').replace(">", "");
	}

	/**
	 * A prompt read back.
	 *
	 * @param question the question
	 * @param sources the numbered sources, in prompt order
	 */
	public record Parsed(String question, List<Source> sources) {

		/**
		 * One source block.
		 *
		 * @param number its citation number
		 * @param document document title
		 * @param pages page range as written
		 * @param text the chunk text
		 */
		public record Source(int number, String document, String pages, String text) {
		}

	}

}
