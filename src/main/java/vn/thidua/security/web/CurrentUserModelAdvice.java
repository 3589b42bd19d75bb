package vn.thidua.security.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.security.CurrentUser;

/** What the layout needs on every page: who is signed in (for the navigation) and the mode. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModelAdvice {

    private final boolean demo;

    CurrentUserModelAdvice(@Value("${app.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }
}
