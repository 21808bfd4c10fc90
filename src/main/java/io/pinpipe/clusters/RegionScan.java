package io.pinpipe.clusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Lists the clusters of many regions at once, a few at a time. A region that fails (not enabled for the
 * account, access denied) is reported beside the others' clusters instead of failing the scan.
 */
public final class RegionScan {

    /** The clusters found, by region then name, and a sentence for each region that failed. */
    public record Result(List<ClusterSummary> clusters, Map<String, String> failures) {
    }

    /** Told as each region finishes: its clusters, how many regions are done, of how many. */
    @FunctionalInterface
    public interface Progress {
        void region(String region, List<ClusterSummary> clusters, int done, int total);
    }

    private static final Logger log = LoggerFactory.getLogger(RegionScan.class);
    private static final int PARALLEL = 6;

    private RegionScan() {
    }

    public static Result scan(Function<String, MskGateway> gateways, List<String> regions, Progress progress,
                              BooleanSupplier cancelled) {
        var started = System.nanoTime();
        var pool = Executors.newFixedThreadPool(Math.min(PARALLEL, Math.max(1, regions.size())), runnable -> {
            var thread = new Thread(runnable, "pinpipe-msk-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var futures = new TreeMap<String, Future<List<ClusterSummary>>>();
            regions.forEach(region -> futures.put(region, pool.submit(
                    () -> gateways.apply(region).listClusters(ClusterPages.NONE, cancelled))));
            var clusters = new ArrayList<ClusterSummary>();
            var failures = new TreeMap<String, String>();
            var done = 0;
            for (var entry : futures.entrySet()) {
                List<ClusterSummary> found = List.of();
                try {
                    found = entry.getValue().get();
                    clusters.addAll(found);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof CancellationException cancel) {
                        throw cancel;
                    }
                    failures.put(entry.getKey(), e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("The region scan was cancelled");
                }
                progress.region(entry.getKey(), found, ++done, futures.size());
            }
            clusters.sort(Comparator.comparing(ClusterSummary::region).thenComparing(ClusterSummary::name, String.CASE_INSENSITIVE_ORDER));
            log.info("Scanned {} regions in {} ms: {} clusters, {} regions failed", regions.size(),
                    (System.nanoTime() - started) / 1_000_000, clusters.size(), failures.size());
            return new Result(clusters, failures);
        } finally {
            pool.shutdownNow();
        }
    }
}
