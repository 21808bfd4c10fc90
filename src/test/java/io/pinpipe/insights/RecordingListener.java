package io.pinpipe.insights;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a run told its listener, with when. */
final class RecordingListener implements InsightsListener {

    final List<InsightsSnapshot> snapshots = new CopyOnWriteArrayList<>();
    final List<Long> snapshotNanos = new CopyOnWriteArrayList<>();
    final List<String> problems = new CopyOnWriteArrayList<>();
    final List<Long> resumptions = new CopyOnWriteArrayList<>();
    final List<String> stops = new CopyOnWriteArrayList<>();

    @Override
    public void snapshot(InsightsSnapshot snapshot) {
        snapshots.add(snapshot);
        snapshotNanos.add(System.nanoTime());
    }

    @Override
    public void problem(String sentence) {
        problems.add(sentence);
    }

    @Override
    public void resumed() {
        resumptions.add(System.nanoTime());
    }

    @Override
    public void stopped(String sentence) {
        stops.add(sentence);
    }

    InsightsSnapshot last() {
        return snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
    }
}
