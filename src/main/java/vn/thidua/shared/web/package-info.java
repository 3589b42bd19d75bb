@NamedInterface("web")
package vn.thidua.shared.web;

import org.springframework.modulith.NamedInterface;
