package vn.thidua.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Texts;

import java.util.Map;

/**
 * Every parameter of a page or API request (query string and form), before any controller reads it:
 * a control character other than tab and line breaks (U+0000 above all, which PostgreSQL refuses in
 * text) is refused naming the parameter, as a 400 page or 400 problem details. Uploads are left to
 * their controllers, which parse them (and answer their size limits) themselves; static resources and
 * the actuator read no parameters.
 */
final class ParameterCharacters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // only our controllers: their refusal is answered by PageExceptionHandler or ApiExceptionHandler
        if (!(handler instanceof HandlerMethod method)
                || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Controller.class)) {
            return true;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                int control = Texts.controlCharacter(value);
                if (control >= 0) {
                    throw new InvalidInputException(parameter.getKey(), "validation.parameter.character",
                            parameter.getKey(), Texts.codePoint(control));
                }
            }
        }
        return true;
    }
}
