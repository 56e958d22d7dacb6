package io.cairn.encoders.onnx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OnnxDeviceTest {

	@Test
	void parsesConfigurationValues() {
		assertThat(OnnxDevice.parse("cpu")).isEqualTo(OnnxDevice.CPU);
		assertThat(OnnxDevice.parse(" CUDA ")).isEqualTo(OnnxDevice.CUDA);
		assertThat(OnnxDevice.parse("gpu")).isEqualTo(OnnxDevice.CUDA);
	}

	@Test
	void rejectsUnknownDevices() {
		assertThatIllegalArgumentException().isThrownBy(() -> OnnxDevice.parse("tpu"))
			.withMessageContaining("'tpu'")
			.withMessageContaining("'cpu' or 'cuda'");
	}

	@Test
	void settingsValidateThreadsAndDeviceId() {
		assertThatIllegalArgumentException().isThrownBy(() -> OnnxSettings.cpu(0))
			.withMessageContaining("intraOpThreads");
		assertThatIllegalArgumentException().isThrownBy(() -> new OnnxSettings(OnnxDevice.CUDA, -1, 1, false))
			.withMessageContaining("deviceId");
		OnnxSettings strictCuda = OnnxSettings.cpu(2).withDevice(OnnxDevice.CUDA).withStrict(true);
		assertThat(strictCuda).isEqualTo(new OnnxSettings(OnnxDevice.CUDA, 0, 2, true));
		assertThat(OnnxSettings.defaults().intraOpThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

}
