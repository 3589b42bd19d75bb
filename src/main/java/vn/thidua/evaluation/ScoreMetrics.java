package vn.thidua.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The scores saved, by side ({@code self} or {@code review}): one per criterion whose points or note changed. */
final class ScoreMetrics {

    private ScoreMetrics() {
    }

    static Counter saved(MeterRegistry metrics, String side) {
        return Counter.builder("thidua.scores.saved").tag("side", side)
                .description("Scores saved: a criterion's points or note changed on a self-assessment or a review")
                .register(metrics);
    }
}
