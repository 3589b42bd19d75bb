package vn.thidua.campaign;

/** A title of the catalogue is an emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng). */
public enum TitleKind {
    TITLE, COMMENDATION
}
