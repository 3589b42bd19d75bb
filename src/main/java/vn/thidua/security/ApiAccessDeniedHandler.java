package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import vn.thidua.shared.web.Messages;

import java.io.IOException;

/** API authenticated but not allowed (or a missing CSRF header): 403 problem details. */
@Component
class ApiAccessDeniedHandler implements AccessDeniedHandler {

    private final Messages messages;
    private final ProblemWriter writer;

    ApiAccessDeniedHandler(Messages messages, ProblemWriter writer) {
        this.messages = messages;
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        String detail = exception instanceof CsrfException
                ? messages.get("error.403.csrf") : messages.get("error.403.detail");
        writer.write(request, response, HttpStatus.FORBIDDEN, messages.get("error.403.title"), detail);
    }
}
