package vn.thidua.pledge;

import org.springframework.stereotype.Component;
import vn.thidua.organisation.SubjectAccess;
import vn.thidua.organisation.SubjectType;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.NotFoundException;

import java.util.Optional;

/**
 * The subject of a pledge with what the caller may do with it ({@link SubjectAccess}): the subject
 * writes and submits its pledge; the head above a person, or the board for a unit, decides; the
 * subject, its heads and the board read.
 */
@Component
class PledgeSubjects {

    private final SubjectAccess access;

    PledgeSubjects(SubjectAccess access) {
        this.access = access;
    }

    SubjectAccess.Rights of(Pledge pledge) {
        return find(pledge.getSubjectType(), pledge.getSubjectId())
                .orElseThrow(() -> new NotFoundException("pledge", pledge.getId()));
    }

    Optional<SubjectAccess.Rights> find(SubjectType type, Long id) {
        return access.findRights(CurrentUser.get(), type, id);
    }
}
