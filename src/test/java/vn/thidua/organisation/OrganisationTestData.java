package vn.thidua.organisation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** State changes the organisation tests need beyond {@code support.Fixtures}, written straight to the tables. */
@Component
class OrganisationTestData {

    private final UnitRepository units;
    private final IndividualRepository individuals;
    private final TransactionTemplate transaction;

    OrganisationTestData(UnitRepository units, IndividualRepository individuals, TransactionTemplate transaction) {
        this.units = units;
        this.individuals = individuals;
        this.transaction = transaction;
    }

    Unit deactivate(Unit unit) {
        return transaction.execute(status -> {
            Unit fresh = units.findById(unit.getId()).orElseThrow();
            fresh.setActive(false);
            return fresh;
        });
    }

    Individual deactivate(Individual individual) {
        return transaction.execute(status -> {
            Individual fresh = individuals.findById(individual.getId()).orElseThrow();
            fresh.setActive(false);
            return fresh;
        });
    }

    Individual individual(Long unitId, String fullName, String position, String email) {
        return transaction.execute(status -> individuals.save(new Individual(vn.thidua.support.Fixtures.unique("P"),
                fullName, unitId, position, email)));
    }

    /** {@code count} active people named "{prefix} 001"... in one transaction. */
    void people(Long unitId, String prefix, int count) {
        transaction.executeWithoutResult(status -> {
            for (int i = 1; i <= count; i++) {
                individuals.save(new Individual(vn.thidua.support.Fixtures.unique("P"),
                        String.format("%s %03d", prefix, i), unitId, null, null));
            }
        });
    }

    Unit reload(Unit unit) {
        return units.findById(unit.getId()).orElseThrow();
    }

    Individual reload(Individual individual) {
        return individuals.findById(individual.getId()).orElseThrow();
    }
}
