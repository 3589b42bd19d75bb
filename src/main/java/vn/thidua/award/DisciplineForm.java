package vn.thidua.award;

/**
 * Forms of discipline of cán bộ, công chức, viên chức, lightest first: khiển trách, cảnh cáo, hạ bậc
 * lương, giáng chức, cách chức, buộc thôi việc. Every form counts as "disciplined (khiển trách or above)".
 */
public enum DisciplineForm {
    REPRIMAND, WARNING, SALARY_REDUCTION, DEMOTION, REMOVAL, DISMISSAL
}
