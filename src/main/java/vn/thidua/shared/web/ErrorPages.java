package vn.thidua.shared.web;

import java.util.Set;

final class ErrorPages {

    private static final Set<Integer> DEDICATED = Set.of(400, 403, 404, 409, 413, 415, 500);

    private ErrorPages() {
    }

    static String viewFor(int status) {
        return DEDICATED.contains(status) ? "error/" + status : "error/other";
    }
}
