package vn.thidua.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** Everybody starts from the campaigns: that is where their work is. */
    @GetMapping("/")
    String home() {
        return "redirect:/campaigns";
    }
}
