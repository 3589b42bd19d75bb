package vn.thidua.award.record.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.award.Records;
import vn.thidua.award.SubjectRecord;
import vn.thidua.organisation.SubjectType;
import vn.thidua.security.CurrentUser;

/**
 * A person's or a unit's record (hồ sơ thi đua), year by year, printable: the same readers as the
 * API (the subject, its heads above it, the board, admins; others 403).
 */
@Controller
class RecordController {

    private final Records records;

    RecordController(Records records) {
        this.records = records;
    }

    @GetMapping("/individuals/{id}/record")
    String individual(@PathVariable Long id, Model model) {
        return show(records.of(SubjectType.INDIVIDUAL, id), model);
    }

    @GetMapping("/units/{id}/record")
    String unit(@PathVariable Long id, Model model) {
        return show(records.of(SubjectType.COLLECTIVE, id), model);
    }

    /** "Hồ sơ thi đua của tôi": the signed-in person's own record. */
    @GetMapping("/my/record")
    String mine() {
        Long me = CurrentUser.get().individualId();
        if (me == null) {
            throw new AccessDeniedException("the account is not a person");
        }
        return "redirect:/individuals/" + me + "/record";
    }

    private static String show(SubjectRecord record, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("subject", record.subject());
        model.addAttribute("isAdmin", CurrentUser.get().isAdmin());
        return "award/record";
    }
}
