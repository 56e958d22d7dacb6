package io.cairn.inference.moe.checkpoint;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.cairn.inference.moe.testing.TinyCheckpoint;
import io.cairn.inference.moe.testing.TinySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad checkpoint directories are refused with a message that names what is wrong. */
class CheckpointValidationIT {

	@TempDir
	Path dir;

	private Path write(TinySpec spec) throws IOException {
		TinyCheckpoint.write(spec, this.dir);
		return this.dir;
	}

	@Test
	void aGoodCheckpointOpensWithItsArchitecture() throws IOException {
		try (Checkpoint checkpoint = Checkpoint.open(write(TinySpec.deepseek()), null)) {
			ModelConfig config = checkpoint.config();
			assertThat(config.family()).isEqualTo(Family.DEEPSEEK);
			assertThat(config.moe().experts()).isEqualTo(5);
			assertThat(config.isMoeLayer(0)).isFalse();
			assertThat(config.isMoeLayer(1)).isTrue();
			assertThat(config.eosTokenIds()).containsExactly(266);
			assertThat(checkpoint.tokenizer().encode("the")).isNotEmpty();
		}
	}

	@Test
	void aTokenizerThatAddsAStartTokenGetsItOnlyWhenAsked() throws IOException {
		write(TinySpec.llama());
		String tokenizer = Files.readString(this.dir.resolve("tokenizer.json"));
		String bos = "{\"id\":267,\"content\":\"<s>\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,"
				+ "\"normalized\":false,\"special\":true}";
		String template = "{\"type\":\"TemplateProcessing\",\"single\":[{\"SpecialToken\":{\"id\":\"<s>\",\"type_id\":0}},"
				+ "{\"Sequence\":{\"id\":\"A\",\"type_id\":0}}],\"pair\":[{\"SpecialToken\":{\"id\":\"<s>\",\"type_id\":0}},"
				+ "{\"Sequence\":{\"id\":\"A\",\"type_id\":0}},{\"Sequence\":{\"id\":\"B\",\"type_id\":1}}],"
				+ "\"special_tokens\":{\"<s>\":{\"id\":\"<s>\",\"ids\":[267],\"tokens\":[\"<s>\"]}}}";
		Files.writeString(this.dir.resolve("tokenizer.json"),
				tokenizer.replace("\"added_tokens\":[", "\"added_tokens\":[" + bos + ",")
					.replace("\"post_processor\":null", "\"post_processor\":" + template));
		try (Checkpoint checkpoint = Checkpoint.open(this.dir, null)) {
			int[] plain = checkpoint.tokenizer().encode("the cat");
			int[] withStart = checkpoint.tokenizer().encode("the cat", true);
			assertThat(withStart[0]).isEqualTo(267);
			assertThat(java.util.Arrays.copyOfRange(withStart, 1, withStart.length)).containsExactly(plain);
			assertThat(checkpoint.tokenizer().pieces().isSpecial(267)).isTrue();
		}
	}

	@Test
	void missingWeightsAreNamed() throws IOException {
		write(TinySpec.mixtral());
		Files.delete(this.dir.resolve("model.safetensors"));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("No *.safetensors");
	}

	@Test
	void aMissingShardIsNamed() throws IOException {
		write(TinySpec.deepseek());
		Files.delete(this.dir.resolve("model-00002-of-00002.safetensors"));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("model-00002-of-00002.safetensors")
			.hasMessageContaining("missing");
	}

	@Test
	void aTruncatedFileIsNamed() throws IOException {
		write(TinySpec.mixtral());
		Path file = this.dir.resolve("model.safetensors");
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(Files.size(file) - 100);
		}
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("truncated");
	}

	@Test
	void shapesThatDisagreeWithTheConfigAreNamed() throws IOException {
		write(TinySpec.mixtral());
		String config = Files.readString(this.dir.resolve("config.json"));
		Files.writeString(this.dir.resolve("config.json"),
				config.replace("\"intermediate_size\" : 24", "\"intermediate_size\" : 20"));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("block_sparse_moe.experts.0")
			.hasMessageContaining("disagrees with config.json");
	}

	@Test
	void aMissingExpertIsNamed() throws IOException {
		write(TinySpec.mixtral());
		String config = Files.readString(this.dir.resolve("config.json"));
		Files.writeString(this.dir.resolve("config.json"),
				config.replace("\"num_local_experts\" : 4", "\"num_local_experts\" : 5"));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("no tensor model.layers.0.block_sparse_moe.experts.4.w1.weight");
	}

	@Test
	void aTokenizerThatDoesNotMatchTheVocabularyIsRefused() throws IOException {
		write(TinySpec.llama());
		String tokenizer = Files.readString(this.dir.resolve("tokenizer.json"));
		Files.writeString(this.dir.resolve("tokenizer.json"), tokenizer.replace("\"id\":266", "\"id\":300"));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("token id 300")
			.hasMessageContaining("vocab_size is 272");
		Files.writeString(this.dir.resolve("tokenizer.json"), tokenizer);
		String config = Files.readString(this.dir.resolve("config.json"));
		Files.writeString(this.dir.resolve("config.json"),
				config.replace("\"vocab_size\" : 272", "\"vocab_size\" : 200"));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("200 rows of 32");
	}

	@Test
	void unknownArchitecturesAreRefusedNamingWhatIsMissing() throws IOException {
		write(TinySpec.llama());
		String config = Files.readString(this.dir.resolve("config.json"));
		Files.writeString(this.dir.resolve("config.json"), config.replace("\"llama\"", "\"gpt_neox\""));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("gpt_neox")
			.hasMessageContaining("supported are");
		Files.writeString(this.dir.resolve("config.json"), config.replace("\"llama\"", "\"deepseek_v3\""));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("multi-head latent attention");
		Files.writeString(this.dir.resolve("config.json"), config.replace("\"hidden_size\"", "\"hidden\""));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("hidden_size");
	}

	@Test
	void missingTokenizerAndConfigAreNamed() throws IOException {
		write(TinySpec.llama());
		Files.delete(this.dir.resolve("tokenizer.json"));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).hasMessageContaining("No tokenizer.json");
		Files.delete(this.dir.resolve("config.json"));
		assertThatThrownBy(() -> Checkpoint.open(this.dir, null)).hasMessageContaining("No config.json");
	}

}
