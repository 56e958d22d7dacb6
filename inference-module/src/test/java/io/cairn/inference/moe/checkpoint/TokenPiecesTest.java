package io.cairn.inference.moe.checkpoint;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenPiecesTest {

	@Test
	void byteLevelSymbolsDecodeToTheirBytes() {
		char[] symbols = TokenPieces.byteToUnicode();
		String token = "" + symbols[' '] + "h" + symbols[0xC3] + symbols[0xA9];
		assertThat(new String(TokenPieces.decode(token, true), StandardCharsets.UTF_8)).isEqualTo(" hé");
	}

	@Test
	void sentencePieceMarksAndByteFallbackDecode() {
		assertThat(new String(TokenPieces.decode("\u2581Hello", false), StandardCharsets.UTF_8)).isEqualTo(" Hello");
		assertThat(TokenPieces.decode("<0x0A>", false)).containsExactly(0x0A);
	}

}
