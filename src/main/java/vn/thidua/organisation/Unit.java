package vn.thidua.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.shared.BaseEntity;

/**
 * A unit (đơn vị) of the organisation tree: Văn phòng Chính phủ → Vụ/Cục/đơn vị → phòng.
 * Parent and head are referenced by id; the tree is read whole (a ministry has hundreds of units,
 * not millions).
 */
@Entity
@Table(name = "unit")
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

    protected Unit() {
    }

    public Unit(String code, String name, Long parentId) {
        this.code = code;
        this.name = name;
        this.parentId = parentId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getHeadIndividualId() {
        return headIndividualId;
    }

    public void setHeadIndividualId(Long headIndividualId) {
        this.headIndividualId = headIndividualId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
