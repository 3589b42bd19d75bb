package vn.thidua.shared.report;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * How long the report writers take for 20,000 rows (5 columns of codes, Vietnamese names, units and
 * decimals), and how much the heap holds after the rows have been pushed. Rerun with
 * {@code ./mvnw -Pbenchmark test -Dtest=ReportWritersBenchmark}; prints p50/p95, asserts nothing.
 */
class ReportWritersBenchmark {

    private static final int ROWS = 20_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 50;

    private final ReportTexts texts = ReportFixtures.texts();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    void xlsx() {
        measure("XLSX", (out, header) -> XlsxReport.open(out, header, texts));
    }

    @Test
    void pdf() {
        measure("PDF", (out, header) -> PdfReport.open(out, header, texts));
    }

    private void measure(String format, BiFunction<ReportFixtures.CountingStream, ReportHeader, Report> open) {
        for (int i = 0; i < WARM_UP; i++) {
            write(open, false);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            write(open, false);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        long[] heap = write(open, true);
        System.out.printf("%s of %,d rows: p50 %d ms / p95 %d ms; %,d bytes; heap held after the last row %+,d KB%n",
                format, ROWS, millis[RUNS / 2], millis[RUNS * 95 / 100], heap[1], heap[0] / 1024);
    }

    /** Writes one report; with {@code heap}, returns the heap used (after GC) at the last row less before the first. */
    private long[] write(BiFunction<ReportFixtures.CountingStream, ReportHeader, Report> open, boolean heap) {
        ReportFixtures.CountingStream out = new ReportFixtures.CountingStream();
        long before = heap ? usedAfterGc() : 0;
        long[] atLastRow = {0};
        try (Report report = open.apply(out, ReportFixtures.header(ReportFixtures.VI))) {
            report.section("Cá nhân", "Xếp hạng cá nhân");
            report.table(ReportFixtures.columns(), sink -> {
                for (int i = 1; i <= ROWS; i++) {
                    sink.row(i, ReportFixtures.code(i), ReportFixtures.name(i) + " " + i, "Phòng Tổ chức – Cán bộ",
                            ReportFixtures.total(i % 5000 + 1));
                }
                if (heap) {
                    atLastRow[0] = usedAfterGc();
                }
            });
            report.signatures();
        }
        return new long[] {atLastRow[0] - before, out.count};
    }

    private long usedAfterGc() {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
