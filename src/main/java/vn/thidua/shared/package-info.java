/**
 * What every feature may use: the base entity, the explained failures, text helpers and the
 * office's clock; {@code shared.web} (page and API plumbing) and {@code shared.report} (the PDF and
 * XLSX writers) are its two named interfaces. {@code shared} depends on no feature.
 */
package vn.thidua.shared;
