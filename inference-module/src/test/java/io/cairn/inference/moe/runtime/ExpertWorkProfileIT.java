package io.cairn.inference.moe.runtime;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.inference.moe.checkpoint.Checkpoint;
import io.cairn.inference.moe.graph.DecoderGraphBuilder;
import io.cairn.inference.moe.testing.ReferenceForward;
import io.cairn.inference.moe.testing.TinyCheckpoint;
import io.cairn.inference.moe.testing.TinyModel;
import io.cairn.inference.moe.testing.TinySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence from ONNX Runtime's own profiler, independent of the graph's row-count output:
 * every matrix multiplication of an expert that no token chose ran on zero rows, and each
 * chosen expert's ran on exactly the tokens routed to it.
 */
class ExpertWorkProfileIT {

	private static final Logger logger = LoggerFactory.getLogger(ExpertWorkProfileIT.class);

	private static final Pattern EXPERT_NODE = Pattern.compile("^L(\\d+)/moe/expert(\\d+)/MatMul");

	@Test
	void unselectedExpertsMultiplyNoRows(@TempDir Path dir) throws Exception {
		TinySpec spec = TinySpec.qwen3Moe();
		TinyModel model = TinyCheckpoint.write(spec, dir.resolve("model"));
		int[] tokens = { 17, 200, 3 };
		ReferenceForward reference = new ReferenceForward(model, 0);
		reference.logits(tokens);
		long[][] routed = reference.expertTokens();
		Path graph = Files.createDirectories(dir.resolve("graph"));
		Map<String, Long> rowsByNode = new HashMap<>();
		try (Checkpoint checkpoint = Checkpoint.open(model.directory(), null)) {
			Path onnx = DecoderGraphBuilder.build(checkpoint, 16, graph);
			OrtEnvironment env = OnnxEnvironment.get();
			try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
				options.setIntraOpNumThreads(1);
				options.enableProfiling(dir.resolve("profile").toString());
				try (OrtSession session = env.createSession(onnx.toString(), options)) {
					runPrefill(env, session, spec, tokens);
					String profile = session.endProfiling();
					collectRows(Path.of(profile), rowsByNode);
				}
			}
		}
		logger.info("expert MatMul rows from the profiler: {}", rowsByNode);
		int unselected = 0;
		for (int layer = 0; layer < spec.layers(); layer++) {
			for (int e = 0; e < spec.experts(); e++) {
				Long rows = rowsByNode.get(layer + "/" + e);
				assertThat(rows).as("layer %d expert %d was profiled", layer, e).isNotNull();
				assertThat(rows).as("layer %d expert %d rows", layer, e).isEqualTo(routed[layer][e]);
				unselected += (routed[layer][e] == 0) ? 1 : 0;
			}
		}
		assertThat(unselected).as("a 3-token prompt with top-1 of 8 experts leaves experts idle").isPositive();
	}

	/** Records, per layer and expert, the largest row count any of its MatMuls saw. */
	private static void collectRows(Path profile, Map<String, Long> rowsByNode) throws Exception {
		JsonNode events = JsonMapper.shared().readTree(Files.readString(profile));
		for (JsonNode event : events) {
			String name = event.path("name").asString("");
			Matcher m = EXPERT_NODE.matcher(name);
			if (!event.path("cat").asString("").equals("Node") || !m.find()) {
				continue;
			}
			JsonNode firstInput = event.path("args").path("input_type_shape").path(0);
			JsonNode dims = firstInput.properties().iterator().next().getValue();
			long rows = dims.path(0).asLong();
			rowsByNode.merge(m.group(1) + "/" + m.group(2), rows, Math::max);
		}
	}

	private static void runPrefill(OrtEnvironment env, OrtSession session, TinySpec spec, int[] tokens)
			throws Exception {
		int n = tokens.length;
		long[] ids = new long[n];
		long[] positions = new long[n];
		float[] bias = new float[n * n];
		for (int i = 0; i < n; i++) {
			ids[i] = tokens[i];
			positions[i] = i;
			for (int j = i + 1; j < n; j++) {
				bias[i * n + j] = -1e30f;
			}
		}
		Map<String, OnnxTensor> feed = new HashMap<>();
		feed.put(DecoderGraphBuilder.INPUT_IDS,
				OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] { 1, n }));
		feed.put(DecoderGraphBuilder.POSITION_IDS,
				OnnxTensor.createTensor(env, LongBuffer.wrap(positions), new long[] { 1, n }));
		feed.put(DecoderGraphBuilder.ATTN_BIAS,
				OnnxTensor.createTensor(env, FloatBuffer.wrap(bias), new long[] { 1, 1, 1, n, n }));
		feed.put(DecoderGraphBuilder.TOKEN_VALID,
				OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] { 1, 1, 1 }), new long[] { 1, n }));
		feed.put(DecoderGraphBuilder.LOGIT_INDEX,
				OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] { n - 1 }), new long[] { 1, 1 }));
		long[] empty = { 1, spec.kvHeads(), 0, spec.headDim() };
		for (int l = 0; l < spec.layers(); l++) {
			feed.put(DecoderGraphBuilder.pastKey(l), OnnxTensor.createTensor(env, FloatBuffer.allocate(0), empty));
			feed.put(DecoderGraphBuilder.pastValue(l), OnnxTensor.createTensor(env, FloatBuffer.allocate(0), empty));
		}
		try (OrtSession.Result result = session.run(feed)) {
			assertThat(result.get(DecoderGraphBuilder.LOGITS)).isPresent();
		}
		finally {
			feed.values().forEach(OnnxTensor::close);
		}
	}

}
