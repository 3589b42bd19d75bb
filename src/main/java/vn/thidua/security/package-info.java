/**
 * Accounts, sign-in, roles and the caller ({@link vn.thidua.security.CurrentUser}). Knows people
 * only through {@link vn.thidua.security.AccountHolders}, which the organisation implements.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"shared", "shared :: web", "audit"})
package vn.thidua.security;

import org.springframework.modulith.ApplicationModule;
