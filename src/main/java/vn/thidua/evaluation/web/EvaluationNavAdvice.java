package vn.thidua.evaluation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/** Which evaluation menu entries the caller sees (no query: from the signed-in account). */
@ControllerAdvice(annotations = Controller.class)
class EvaluationNavAdvice {

    @ModelAttribute("navSelfAssessment")
    boolean selfAssessment() {
        return CurrentUser.find().map(user -> user.individualId() != null).orElse(false);
    }

    @ModelAttribute("navReview")
    boolean review() {
        return CurrentUser.find().map(user -> user.has(Role.UNIT_HEAD) || user.actsAsBoard())
                .orElse(false);
    }
}
