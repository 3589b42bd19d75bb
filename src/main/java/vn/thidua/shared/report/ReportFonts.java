package vn.thidua.shared.report;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (regular and bold) from the jar (src/main/resources/fonts, licence beside it), embedded as
 * Identity-H subsets so every Vietnamese letter prints on a machine without fonts. Parsed once: a
 * BaseFont is read-only after creation and shared by all documents (each PdfWriter keeps its own glyph
 * subset).
 */
final class ReportFonts {

    static final BaseFont REGULAR = load("DejaVuSans.ttf");
    static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private ReportFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
