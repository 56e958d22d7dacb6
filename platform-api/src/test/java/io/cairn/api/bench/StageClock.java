package io.cairn.api.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.cairn.core.job.JobState;

/**
 * Times the product's ports from outside: {@link #wrap} puts a proxy in front of an
 * interface that adds each method's time to a named total, and job progress calls record
 * when each job state was first entered.
 */
final class StageClock {

	private final Map<String, AtomicLong> nanos = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

	private final Map<JobState, Long> entered = new EnumMap<>(JobState.class);

	<T> T wrap(Class<T> type, T target, String name) {
		Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (self, method, args) -> {
			if (method.getDeclaringClass() == Object.class) {
				return method.invoke(target, args);
			}
			if (method.getName().equals("progress") && args != null && args[1] instanceof JobState state) {
				enter(state);
			}
			else if (method.getName().equals("complete") && target instanceof io.cairn.core.job.JobRepository) {
				enter(JobState.DONE);
			}
			long start = System.nanoTime();
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			finally {
				String key = name + "." + method.getName();
				this.nanos.computeIfAbsent(key, (k) -> new AtomicLong()).addAndGet(System.nanoTime() - start);
				this.calls.computeIfAbsent(key, (k) -> new AtomicLong()).incrementAndGet();
			}
		});
		return type.cast(proxy);
	}

	private synchronized void enter(JobState state) {
		this.entered.putIfAbsent(state, System.nanoTime());
	}

	/** When the job first entered {@code state} ({@link System#nanoTime()}), or -1. */
	synchronized long entered(JobState state) {
		return this.entered.getOrDefault(state, -1L);
	}

	double seconds(String key) {
		AtomicLong total = this.nanos.get(key);
		return (total != null) ? total.get() / 1e9 : 0;
	}

	long calls(String key) {
		AtomicLong count = this.calls.get(key);
		return (count != null) ? count.get() : 0;
	}

	/** Every timed method, by name. */
	Map<String, Double> all() {
		Map<String, Double> all = new TreeMap<>();
		this.nanos.forEach((key, value) -> all.put(key, value.get() / 1e9));
		return all;
	}

	synchronized void reset() {
		this.nanos.clear();
		this.calls.clear();
		this.entered.clear();
	}

}
