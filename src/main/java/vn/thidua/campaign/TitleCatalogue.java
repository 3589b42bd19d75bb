package vn.thidua.campaign;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The titles campaigns may open for registration, in the catalogue's order. */
@Service
@Transactional(readOnly = true)
public class TitleCatalogue {

    private final TitleRepository titles;

    TitleCatalogue(TitleRepository titles) {
        this.titles = titles;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Title> findAll() {
        return titles.findAllByOrderByPositionAsc();
    }

    /** One title by its code; an unknown code is 404. */
    @PreAuthorize("isAuthenticated()")
    public Title get(String code) {
        return titles.findById(code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new vn.thidua.shared.NotFoundException("title", code));
    }
}
