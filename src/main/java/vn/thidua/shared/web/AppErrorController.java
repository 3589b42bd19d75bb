package vn.thidua.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.Messages;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whatever fails outside a controller (unknown path, security filter, container error) ends
 * here: a page of the layout for browsers (text/html), problem details for everything else.
 * The API always answers problem details, even to a browser. Never a stack trace.
 */
@Controller
public class AppErrorController implements ErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Messages messages;

    public AppErrorController(Messages messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = "text/html")
    public ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            ModelAndView problem = new ModelAndView(problemView(request, status));
            problem.setStatus(status);
            return problem;
        }
        return PageExceptionHandler.page(status, text(status, "detail"), response);
    }

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ApiError.of(status, text(status, "title"),
                text(status, "detail"));
    }

    private View problemView(HttpServletRequest request, HttpStatus status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", text(status, "title"));
        body.put("status", status.value());
        body.put("detail", text(status, "detail"));
        body.put("instance", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String json = JSON.writeValueAsString(body);
        return (model, req, res) -> {
            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            res.setCharacterEncoding(StandardCharsets.UTF_8.name());
            res.getWriter().write(json);
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
    }

    /** error.<status>.title / .detail, or the generic wording for a status without its own. */
    private String text(HttpStatus status, String part) {
        String key = "error." + status.value() + "." + part;
        String text = messages.get(key);
        return text.equals(key) ? messages.get("error.other." + part) : text;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
