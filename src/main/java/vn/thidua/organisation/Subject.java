package vn.thidua.organisation;

/**
 * Who is pledged, scored and proposed for a title: an individual or a unit (DESIGN §3). Read in
 * one statement by {@link SubjectAccess#find}, with what the access rules and the pages need.
 *
 * @param unitId           the unit the subject belongs to: the person's unit; a unit itself
 * @param unitName         the unit shown beside the subject: the person's unit; the unit's parent (null at the top)
 * @param position         the person's position (chức vụ); null for a unit
 * @param headIndividualId the unit's head; null for a person
 * @param active           the person or the unit is active
 */
public record Subject(SubjectType type, Long id, String code, String name, Long unitId, String unitName,
                      String position, Long headIndividualId, boolean active) {

    public boolean isIndividual() {
        return type == SubjectType.INDIVIDUAL;
    }
}
