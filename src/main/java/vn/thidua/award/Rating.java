package vn.thidua.award;

/** A year rating: Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
public enum Rating {
    EXCELLENT, GOOD, PASS, FAIL
}
