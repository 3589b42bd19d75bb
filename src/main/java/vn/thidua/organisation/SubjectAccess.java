package vn.thidua.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.NotFoundException;

import java.util.Optional;

/**
 * Who may do what with a subject (an individual or a unit), the one home of these rules for
 * pledges, evaluations and titles (DESIGN §2–3):
 * <ul>
 *   <li><b>is the subject</b>: the person themself; for a unit, the head of the (active) unit. The
 *       subject writes its pledge and assesses itself.</li>
 *   <li><b>reads</b>: the subject, a head of the subject's unit or of a unit above it, the board and
 *       admins.</li>
 *   <li><b>decides</b> (approves a pledge, reviews an evaluation, proposes for a title): for a person,
 *       a head above them ({@link Supervision}), or the board where no head is above; for a unit,
 *       the board, except a board member about the unit they head.</li>
 * </ul>
 * Lists apply the same rules in SQL ({@link Supervision#DECIDES_ABOUT}, the head's scope
 * {@code units_headed_by}); pages ask a {@link Rights} through their view model, never re-derive.
 */
@Component
public class SubjectAccess {

    /** A person, and (last column) whether the caller decides about them: one statement for both. */
    private static final String INDIVIDUAL = """
            select i.id, i.code, i.full_name, i.unit_id, u.name, i.position, null, i.active, %s
            from individual i join unit u on u.id = i.unit_id where i.id = :id""".formatted(
            Supervision.DECIDES_ABOUT.formatted("i"));

    private static final String UNIT = """
            select u.id, u.code, u.name, u.id, p.name, null, u.head_individual_id, u.active, null
            from unit u left join unit p on p.id = u.parent_id where u.id = :id""";

    private final UnitScope scope;
    private final Supervision supervision;
    private final JdbcClient jdbc;

    SubjectAccess(UnitScope scope, Supervision supervision, JdbcClient jdbc) {
        this.scope = scope;
        this.supervision = supervision;
        this.jdbc = jdbc;
    }

    /** The subject with this id, in one statement. */
    public Optional<Subject> find(SubjectType type, Long id) {
        return findRights(CurrentUser.find().orElse(null), type, id).map(Rights::subject);
    }

    /** The subject, or 404 naming an individual or a unit. */
    public Subject get(SubjectType type, Long id) {
        return find(type, id).orElseThrow(() -> notFound(type, id));
    }

    /** What this caller may do with this subject; each answer is read at most once. */
    public Rights of(CurrentUser user, Subject subject) {
        return new Rights(user, subject, null);
    }

    /**
     * The subject with what the caller may do with it, read together in one statement (the
     * supervision of a person is a column of the same query); 404 for an unknown subject.
     */
    public Rights rights(CurrentUser user, SubjectType type, Long id) {
        return findRights(user, type, id).orElseThrow(() -> notFound(type, id));
    }

    /** As {@link #rights}, empty for an unknown subject. */
    public Optional<Rights> findRights(CurrentUser user, SubjectType type, Long id) {
        if (type == null || id == null) {
            return Optional.empty();
        }
        return jdbc.sql(type == SubjectType.INDIVIDUAL ? INDIVIDUAL : UNIT).param("id", id)
                .param("me", user == null ? -1L : Supervision.me(user)).param("board", user != null && user.actsAsBoard())
                .query((rs, n) -> new Rights(user, new Subject(type, rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getObject(7) == null ? null : rs.getLong(7),
                        rs.getBoolean(8)), (Boolean) rs.getObject(9)))
                .optional();
    }

    private static NotFoundException notFound(SubjectType type, Long id) {
        return new NotFoundException(type == SubjectType.COLLECTIVE ? "unit" : "individual", id);
    }

    /** The person themself, or the head of the active unit. */
    public static boolean isSubject(CurrentUser user, Subject subject) {
        if (user.individualId() == null) {
            return false;
        }
        if (subject.isIndividual()) {
            return subject.id().equals(user.individualId());
        }
        return subject.active() && user.individualId().equals(subject.headIndividualId());
    }

    public boolean mayRead(CurrentUser user, Subject subject) {
        return of(user, subject).mayRead();
    }

    public boolean mayDecide(CurrentUser user, Subject subject) {
        return of(user, subject).mayDecide();
    }

    /**
     * The answers about one caller and one subject. The head's scope and the supervision are read
     * from the database on the first question (a change of head counts at once), then kept.
     */
    public final class Rights {

        private final CurrentUser user;
        private final Subject subject;
        private Boolean read;
        private Boolean decide;

        private Rights(CurrentUser user, Subject subject, Boolean decide) {
            this.user = user;
            this.subject = subject;
            this.decide = decide;
        }

        public Subject subject() {
            return subject;
        }

        public CurrentUser user() {
            return user;
        }

        public boolean isSubject() {
            return SubjectAccess.isSubject(user, subject);
        }

        /** The board or an admin, other than the subject itself. */
        public boolean asBoard() {
            return user.actsAsBoard() && !isSubject();
        }

        public boolean mayRead() {
            if (read == null) {
                read = user.readsEverything() || isSubject() || scope.of(user).contains(subject.unitId());
            }
            return read;
        }

        public boolean mayDecide() {
            if (decide == null) {
                decide = subject.isIndividual() ? supervision.mayDecide(user, subject.id()) : asBoard();
            }
            return decide;
        }

        public void checkRead() {
            if (!mayRead()) {
                throw new AccessDeniedException("subject outside the caller's scope");
            }
        }

        public void checkSubject() {
            if (!isSubject()) {
                throw new AccessDeniedException("only the subject itself may do this");
            }
        }

        /** 403 when the caller may not decide; a caller who may not even read learns nothing more. */
        public void checkDecide() {
            if (!mayDecide()) {
                throw new AccessDeniedException("the caller does not decide about this subject");
            }
        }
    }
}
