package vn.thidua.security.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

import java.util.List;

@RestController
class MeApiController {

    @GetMapping("/api/v1/me")
    MeResponse me() {
        CurrentUser user = CurrentUser.get();
        return new MeResponse(user.username(), user.roles().stream().sorted().map(Role::name).toList(),
                user.individualId(), user.unitId());
    }

    record MeResponse(String username, List<String> roles, Long individualId, Long unitId) {
    }
}
