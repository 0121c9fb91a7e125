package eu.od4growth.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a scheduled job the way two replicas would when their schedules coincide: on two threads released together by
 * a latch, each in its own transactions against the same database. A failure of either (a deadlock, a constraint
 * violation) fails the test.
 */
public final class Replicas {

    private Replicas() {
    }

    /** The two runs' results, once both have finished. */
    public static <T> List<T> runTwoAtOnce(Callable<T> job) throws Exception {
        return atOnce(List.of(job, job));
    }

    /** Each call on its own thread, all released together; their results in order, once all have finished. */
    public static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> runs = new ArrayList<>();
            for (Callable<T> call : calls) {
                runs.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
