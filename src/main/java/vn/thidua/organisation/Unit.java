package vn.thidua.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.thidua.shared.BaseEntity;

/**
 * A unit (đơn vị) of the organisation tree: Văn phòng Chính phủ → Vụ/Cục/đơn vị → phòng.
 * Parent and head are referenced by id; the tree is read whole (a ministry has hundreds of units,
 * not millions).
 */
@Entity
@Table(name = "unit")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Unit extends BaseEntity {

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "head_individual_id")
    private Long headIndividualId;

    @Column(nullable = false)
    private boolean active = true;

    public Unit(String code, String name, Long parentId) {
        this.code = code;
        this.name = name;
        this.parentId = parentId;
    }
}
