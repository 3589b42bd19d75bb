@NamedInterface("report")
package vn.thidua.shared.report;

import org.springframework.modulith.NamedInterface;
