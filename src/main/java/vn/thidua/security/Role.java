package vn.thidua.security;

/** DESIGN §2. Roles combine; a unit head is also staff (role hierarchy). */
public enum Role {
    ADMIN, BOARD, UNIT_HEAD, STAFF;

    public String authority() {
        return "ROLE_" + name();
    }
}
