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
}
