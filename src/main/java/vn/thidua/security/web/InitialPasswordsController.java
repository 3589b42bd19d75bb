package vn.thidua.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.thidua.security.InitialPasswordCookies;
import vn.thidua.security.InitialPasswordLists;
import vn.thidua.security.InitialPasswordLists.GoneException;
import vn.thidua.security.InitialPasswords.Issued;
import vn.thidua.shared.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one-time download of a batch's initial passwords as XLSX. A second try (or another browser,
 * or after 24 hours) gets 410 Gone and a page saying it cannot be shown again.
 */
@Controller
@RequestMapping("/admin/initial-passwords")
class InitialPasswordsController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final InitialPasswordLists lists;
    private final Messages messages;

    InitialPasswordsController(InitialPasswordLists lists, Messages messages) {
        this.lists = lists;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    String download(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model)
            throws IOException {
        List<Issued> issued;
        try {
            issued = lists.take(id, InitialPasswordCookies.key(id, request).orElse(null));
        } catch (GoneException e) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("goneMessage", messages.of(e));
            return "security/initial-passwords-gone";
        }
        byte[] xlsx = xlsx(issued);
        InitialPasswordCookies.forget(id, request, response);
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.get("initialPasswords.fileName"), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(xlsx.length);
        response.getOutputStream().write(xlsx);
        return null;
    }

    /** Text no spreadsheet runs as a formula (the names come from an imported file). */
    private static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private byte[] xlsx(List<Issued> issued) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Thi dua", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.get("initialPasswords.sheet"));
        sheet.value(0, 0, messages.get("initialPasswords.heading"));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.inlineString(1, 0, messages.get("initialPasswords.note"));
        String[] headers = {"number", "username", "code", "fullName", "roles", "password"};
        int[] widths = {6, 16, 14, 30, 30, 24};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(3, c, messages.get("initialPasswords.column." + headers[c]));
            sheet.style(3, c).bold().fillColor("DDEBF7").borderStyle("thin").set();
            sheet.width(c, widths[c]);
        }
        int row = 4;
        for (Issued one : issued) {
            sheet.value(row, 0, row - 3);
            sheet.inlineString(row, 1, safe(one.username()));
            sheet.inlineString(row, 2, safe(one.individualCode()));
            sheet.inlineString(row, 3, safe(one.fullName()));
            sheet.inlineString(row, 4, one.roles().stream().sorted().map(r -> messages.get("role." + r.name()))
                    .collect(Collectors.joining(", ")));
            sheet.inlineString(row, 5, one.password());
            sheet.style(row, 5).fontName("Consolas").set();
            row++;
        }
        workbook.finish();
        return out.toByteArray();
    }

}
