package vn.thidua.evaluation;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** OPEN → SUBMITTED (self-assessment handed in) → REVIEWED → FINALISED (DESIGN §3). */
public enum EvaluationStatus {
    OPEN, SUBMITTED, REVIEWED, FINALISED;

    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {"evaluation.status." + name()}, name());
    }
}
