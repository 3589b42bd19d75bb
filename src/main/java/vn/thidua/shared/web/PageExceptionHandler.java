package vn.thidua.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.UnsupportedFileTypeException;

/**
 * Errors of page controllers rendered as pages of the layout, in the user's language. Forms
 * handle their own validation and stale versions (most through {@link PageActions}); what reaches
 * here is the rest.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageExceptionHandler {

    private final Messages messages;

    public PageExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, messages.of(e), response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, messages.get("error.403.detail"), response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, messages.of(e), response);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, messages.of(e), response);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView concurrentUpdate(ObjectOptimisticLockingFailureException e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, messages.get("error.concurrentUpdate"), response);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e, HttpServletResponse response) {
        String constraint = ConstraintViolations.constraintName(e).orElse("unknown");
        String detail = messages.get("constraint." + constraint);
        if (detail.equals("constraint." + constraint)) {
            detail = messages.get("error.integrity");
        }
        return page(HttpStatus.CONFLICT, detail, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) {
        return page(HttpStatus.CONTENT_TOO_LARGE, messages.get("error.413.detail"), response);
    }

    @ExceptionHandler(UnsupportedFileTypeException.class)
    ModelAndView unsupported(UnsupportedFileTypeException e, HttpServletResponse response) {
        return page(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.of(e), response);
    }

    static ModelAndView page(HttpStatus status, String detail, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error/page");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("detail", detail);
        return view;
    }
}
