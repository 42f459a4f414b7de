package io.iislint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How files are spread over threads: results in the files' order, and a file that ran out of heap beside the
 * others is linted again on its own, only once every first attempt is over (HostileInputTest runs the real case).
 */
class FileRunsTest {
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private String attempt(Integer i) {
        if (i == 5) sleep(300); // still running when item 1 has failed: its second try must wait for this one
        events.add("attempt " + i);
        return i == 1 || i == 4 ? null : "linted " + i;
    }

    private String alone(Integer i) {
        events.add("alone " + i);
        return "alone " + i;
    }

    @Test
    void anItemThatRanOutOfHeapIsRunAgainAloneAfterAllTheAttempts() {
        List<String> results = FileRuns.inParallel(List.of(0, 1, 2, 3, 4, 5), 2, this::attempt, this::alone);

        assertThat(results).containsExactly("linted 0", "alone 1", "linted 2", "linted 3", "alone 4", "linted 5");
        assertThat(events).hasSize(8).endsWith("alone 1", "alone 4");
        assertThat(events.subList(0, 6))
                .containsExactlyInAnyOrder(
                        "attempt 0", "attempt 1", "attempt 2", "attempt 3", "attempt 4", "attempt 5");
    }

    @Test
    void anItemWhoseAttemptRanOutOfHeapAroundItsOwnGuardIsRunAgainAloneToo() {
        // out of heap while a class was being initialised (ExceptionInInitializerError), or thrown as it is outside
        // the attempt's own catch: both mean the heap, not a defect, and the item gets its second try alone
        List<String> results = FileRuns.inParallel(
                List.of(0, 1, 2),
                2,
                i -> {
                    if (i == 1) throw new ExceptionInInitializerError(new OutOfMemoryError("Java heap space"));
                    if (i == 2) throw new OutOfMemoryError("Java heap space");
                    return "linted " + i;
                },
                this::alone);
        assertThat(results).containsExactly("linted 0", "alone 1", "alone 2");
    }

    @Test
    void anyOtherErrorAroundAnAttemptIsADefectNotARetry() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileRuns.inParallel(
                        List.of(0, 1),
                        2,
                        i -> {
                            if (i == 1) throw new ExceptionInInitializerError(new IllegalArgumentException("a bug"));
                            return "linted " + i;
                        },
                        this::alone))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("linting failed");
    }

    @Test
    void oneJobRunsEveryItemAloneInOrder() {
        List<String> results = FileRuns.inParallel(List.of(0, 1, 2), 1, this::attempt, this::alone);

        assertThat(results).containsExactly("alone 0", "alone 1", "alone 2");
        assertThat(events).containsExactly("alone 0", "alone 1", "alone 2");
    }

    @Test
    void aSingleItemIsRunAloneWhateverTheJobs() {
        assertThat(FileRuns.inParallel(List.of(4), 8, this::attempt, this::alone))
                .containsExactly("alone 4");
        assertThat(FileRuns.inParallel(List.<Integer>of(), 8, this::attempt, this::alone))
                .isEmpty();
        assertThat(events).containsExactly("alone 4");
    }

    /** Each call records which thread ran it and how many ran at once. */
    private final java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();

    private String counted(Integer i) {
        threads.add(Thread.currentThread());
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        sleep(5);
        running.decrementAndGet();
        return "linted " + i;
    }

    /** --jobs 100000 made a thread per file, up to the system's limit (40,000 files failed after two minutes). */
    @Test
    void jobsAreCappedAtFourThreadsPerProcessor() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) items.add(i);
        int cap = 4 * Runtime.getRuntime().availableProcessors();

        List<String> results = FileRuns.inParallel(items, 100_000, this::counted, this::alone);

        assertThat(results).hasSize(300).startsWith("linted 0").endsWith("linted 299");
        assertThat(threads.size()).isBetween(2, cap);
        assertThat(most.get()).isLessThanOrEqualTo(cap);
        assertThat(FileRuns.threads(100_000, 300)).isEqualTo(Math.min(cap, 300));
        assertThat(FileRuns.threads(3, 300)).isEqualTo(3);
        assertThat(FileRuns.threads(100_000, 2)).isEqualTo(2);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
