package vn.thidua.organisation.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.security.InitialPasswords.Issued;
import vn.thidua.security.Role;

import java.util.List;
import java.util.Set;

/** An account made with a one-time initial password, as the API shows it once. */
record NewAccountResponse(
        String username,
        String individualCode,
        String fullName,
        Set<Role> roles,
        @Schema(description = "one-time initial password; the person must change it at the first sign-in, "
                + "and until then every page and API call is refused")
        String initialPassword) {

    static List<NewAccountResponse> of(List<Issued> issued) {
        return issued == null ? List.of() : issued.stream()
                .map(i -> new NewAccountResponse(i.username(), i.individualCode(), i.fullName(), i.roles(), i.password()))
                .toList();
    }
}
