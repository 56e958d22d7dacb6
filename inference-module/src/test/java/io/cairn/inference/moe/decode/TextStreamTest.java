package io.cairn.inference.moe.decode;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextStreamTest {

	@Test
	void multiByteCharactersSplitAcrossTokensAreEmittedWhole() {
		byte[] e = "é".getBytes(StandardCharsets.UTF_8);
		TextStream stream = new TextStream(List.of());
		assertThat(stream.add(new byte[] { 'a', e[0] })).isEqualTo("a");
		assertThat(stream.add(new byte[] { e[1], 'b' })).isEqualTo("éb");
		assertThat(stream.finish()).isEmpty();
	}

	@Test
	void aStopStringIsHeldBackAndCut() {
		TextStream stream = new TextStream(List.of("END"));
		StringBuilder out = new StringBuilder();
		for (String piece : List.of("hel", "lo E", "N", "D more")) {
			out.append(stream.add(piece.getBytes(StandardCharsets.UTF_8)));
		}
		assertThat(stream.stopped()).isTrue();
		out.append(stream.finish());
		assertThat(out).hasToString("hello ");
	}

	@Test
	void textThatOnlyLooksLikeAStopStringIsReleased() {
		TextStream stream = new TextStream(List.of("END"));
		String first = stream.add("EN".getBytes(StandardCharsets.UTF_8));
		assertThat(first).isEmpty();
		assertThat(first + stream.add("X".getBytes(StandardCharsets.UTF_8)) + stream.finish()).isEqualTo("ENX");
	}

	@Test
	void aSentencePieceAnswerLosesOnlyItsFirstSpace() {
		TextStream stream = new TextStream(List.of(), true);
		String out = stream.add(" Sure".getBytes(StandardCharsets.UTF_8))
				+ stream.add(" thing".getBytes(StandardCharsets.UTF_8)) + stream.finish();
		assertThat(out).isEqualTo("Sure thing");
	}

}
