package vn.thidua.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organisation.OrganisationAccounts.NewAccounts;
import vn.thidua.security.InitialPasswordCookies;

import java.io.Serializable;
import java.util.List;

/**
 * What a page shows after accounts were made: counts, people left without one, and the link to
 * the one-time list of initial passwords. The list's key goes to the browser in a cookie, never
 * into the flash (which is kept in the session table).
 */
public record NewAccountsLink(int created, List<String> usernamesTaken, List<String> usernamesInvalid,
                              String downloadPath) implements Serializable {

    static final String ATTRIBUTE = "newAccounts";

    static void give(NewAccounts made, RedirectAttributes redirect, HttpServletRequest request,
                     HttpServletResponse response) {
        String path = null;
        if (made.ticket() != null) {
            InitialPasswordCookies.give(made.ticket(), request, response);
            path = InitialPasswordCookies.downloadPath(made.ticket().id());
        }
        redirect.addFlashAttribute(ATTRIBUTE, new NewAccountsLink(made.created(), List.copyOf(made.usernamesTaken()),
                List.copyOf(made.usernamesInvalid()), path));
    }
}
