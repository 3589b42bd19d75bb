package vn.thidua.ranking;

import org.springframework.http.MediaType;
import vn.thidua.shared.report.PdfReport;
import vn.thidua.shared.report.Report;
import vn.thidua.shared.report.ReportHeader;
import vn.thidua.shared.report.ReportTexts;
import vn.thidua.shared.report.XlsxReport;

import java.io.OutputStream;

/** The files a ranking or summary is exported as. */
public enum ExportFormat {
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    PDF("pdf", MediaType.APPLICATION_PDF);

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    Report open(OutputStream out, ReportHeader header, ReportTexts texts) {
        return this == PDF ? PdfReport.open(out, header, texts) : XlsxReport.open(out, header, texts);
    }
}
