package vn.thidua.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever fails outside a controller (unknown path, security filter, container error) ends
 * here: a page of the layout for browsers (text/html), problem details for everything else.
 * Never a stack trace.
 */
@Controller
public class AppErrorController implements ErrorController {

    private final Messages messages;

    public AppErrorController(Messages messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = "text/html")
    public ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        return PageExceptionHandler.page(status, messages.get("error." + status.value() + ".detail"), response);
    }

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ApiError.of(status, messages.get("error." + status.value() + ".title"),
                messages.get("error." + status.value() + ".detail"));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
