/**
 * The append-only audit trail (DESIGN §3): who changed what, when, from what to what, and why.
 * Every module writes it through {@link vn.thidua.audit.AuditLog}; nothing updates or deletes it.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"shared", "shared :: web"})
package vn.thidua.audit;

import org.springframework.modulith.ApplicationModule;
