package io.cairn.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ONNX Runtime device.
 *
 * @param device {@code cpu} or {@code cuda}; CUDA needs the {@code onnxruntime_gpu}
 * artifact and a CUDA 12 GPU, otherwise Cairn falls back to the CPU and says so
 * @param strict fail at startup instead of falling back when CUDA is unavailable
 */
@ConfigurationProperties("cairn.onnx")
public record OnnxProperties(@DefaultValue("cpu") String device, @DefaultValue("false") boolean strict) {
}
