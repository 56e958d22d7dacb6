package io.cairn.api.answer;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.cairn.api.support.TestDatabases;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that leaves in the middle of a stream stops the producer: the generator's
 * subscription is cancelled instead of running on for nobody.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
class StreamDisconnectIT {

	static final CountDownLatch cancelled = new CountDownLatch(1);

	static final AtomicLong produced = new AtomicLong();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
	}

	@Test
	void clientDisconnectCancelsTheStream() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /test/endless-stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String received = "";
			while (!received.contains("data:")) {
				byte[] buffer = new byte[256];
				int read = in.read(buffer);
				assertThat(read).isPositive();
				received += new String(buffer, 0, read, StandardCharsets.UTF_8);
			}
		}
		assertThat(cancelled.await(10, TimeUnit.SECONDS)).as("stream cancelled after the client left").isTrue();
		long afterCancel = produced.get();
		Thread.sleep(300);
		assertThat(produced.get()).as("nothing produced after cancellation").isEqualTo(afterCancel);
	}

	@TestConfiguration
	static class EndlessStream {

		@Bean
		EndlessStreamController endlessStreamController() {
			return new EndlessStreamController();
		}

	}

	@RestController
	static class EndlessStreamController {

		@GetMapping("/test/endless-stream")
		SseEmitter endless() {
			Flux<Long> ticks = Flux.interval(Duration.ofMillis(20))
				.doOnNext((tick) -> produced.incrementAndGet())
				.doOnCancel(cancelled::countDown);
			return AnswerStreams.emit(ticks, (emitter, tick) -> emitter.send(SseEmitter.event().data(tick)),
					(error) -> error.toString());
		}

	}

}
