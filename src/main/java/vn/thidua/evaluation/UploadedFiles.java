package vn.thidua.evaluation;

import vn.thidua.shared.Texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded evidence file really is, judged by its content (never by its name): PDF, PNG,
 * JPEG, or an Office Open XML package (a ZIP with [Content_Types].xml and word/document.xml or
 * xl/workbook.xml: DOCX, XLSX). And its name
 * made safe: no path parts ("../x.pdf" is stored as "x.pdf"), no control characters.
 */
final class UploadedFiles {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int NAME_MAX = 255;
    private static final int ZIP_ENTRIES_CHECKED = 2000;

    private UploadedFiles() {
    }

    static Optional<String> contentType(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return officePackage(content);
        }
        return Optional.empty();
    }

    /** A DOCX has [Content_Types].xml and word/document.xml, an XLSX [Content_Types].xml and xl/workbook.xml. */
    private static Optional<String> officePackage(byte[] content) {
        boolean types = false;
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < ZIP_ENTRIES_CHECKED) {
                switch (entry.getName()) {
                    case "[Content_Types].xml" -> types = true;
                    case "word/document.xml" -> word = true;
                    case "xl/workbook.xml" -> excel = true;
                    default -> { }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (types && word) {
            return Optional.of(DOCX);
        }
        if (types && excel) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last path part, without control characters or bidirectional controls, trimmed, at most 255
     * characters; never blank.
     */
    static String safeName(String original, String contentType) {
        String name = original == null ? "" : original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = Texts.withoutForbidden(name.substring(slash + 1).replaceAll("\\p{Cntrl}", "")).strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty()) {
            name = "tep" + extension(contentType);
        }
        if (name.length() > NAME_MAX) {
            name = name.substring(name.length() - NAME_MAX);
        }
        return name;
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            case JPEG -> ".jpg";
            case DOCX -> ".docx";
            case XLSX -> ".xlsx";
            default -> "";
        };
    }
}
