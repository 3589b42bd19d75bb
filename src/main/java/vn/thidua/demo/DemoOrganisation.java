package vn.thidua.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.ImportResult;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualRepository;
import vn.thidua.organisation.OrganisationImport;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.organisation.UnitService;
import vn.thidua.security.AccountRepository;
import vn.thidua.security.AccountService;
import vn.thidua.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Government Office (Văn phòng Chính phủ) as of 2020 and its people, imported from
 * {@code demo/organisation.csv} through the import, then the heads of units and the demo accounts
 * (all with the password {@code app.demo.password}, shown on the login page):
 * <ul>
 *     <li>{@code admin}: the emulation office (ADMIN), no person;</li>
 *     <li>{@code hoidong1}, {@code hoidong2}: two deputy heads of the Office on the board (BOARD, STAFF);</li>
 *     <li>{@code truong.<unit code>} for each unit head, e.g. {@code truong.vth} (heading the unit makes them
 *     UNIT_HEAD);</li>
 *     <li>the employee code for everybody else, e.g. {@code nv0101}.</li>
 * </ul>
 * Employee codes are NV + unit number + person number; person 00 of each unit is its head.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
class DemoOrganisation implements DemoStep {

    static final String ROOT = "VPCP";
    static final String FILE = "demo/organisation.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
    private static final Pattern DEMO_CODE = Pattern.compile("^NV\\d{4}$");
    private static final Pattern HEAD_CODE = Pattern.compile("^NV\\d{2}00$");
    private static final List<String> BOARD_MEMBERS = List.of("NV0001", "NV0002");
    /** 01/01/2020 00:00 in Viet Nam: when the demo's units and people are recorded as in place. */
    static final java.time.Instant IN_PLACE_SINCE = java.time.LocalDate.of(2020, 1, 1)
            .atStartOfDay(vn.thidua.shared.OfficeTime.ZONE).toInstant();

    private final OrganisationImport imports;
    private final UnitService unitService;
    private final UnitRepository units;
    private final IndividualRepository individuals;
    private final AccountService accountService;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String password;

    DemoOrganisation(OrganisationImport imports, UnitService unitService, UnitRepository units,
                     IndividualRepository individuals, AccountService accountService, AccountRepository accounts,
                     PasswordEncoder passwordEncoder, @Value("${app.demo.password}") String password) {
        this.imports = imports;
        this.unitService = unitService;
        this.units = units;
        this.individuals = individuals;
        this.accountService = accountService;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.password = password;
    }

    @Override
    public boolean alreadyLoaded() {
        return units.existsByCode(ROOT);
    }

    @Override
    public void load() {
        long start = System.nanoTime();
        ImportResult imported = imports.importFile(demoFile());
        long afterImport = System.nanoTime();

        Map<Long, Unit> unitsById = units.findAll().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        List<Individual> people = individuals.findAll().stream()
                .filter(i -> DEMO_CODE.matcher(i.getCode()).matches())
                .sorted(Comparator.comparing(Individual::getCode))
                .toList();
        // The office as it stood in 2020: everybody was in their unit before the 2020 campaign opened.
        units.recordAddedSince(unitsById.keySet(), IN_PLACE_SINCE);
        individuals.recordJoinedUnitSince(people.stream().map(Individual::getId).toList(), IN_PLACE_SINCE);
        for (Individual person : people) {
            if (HEAD_CODE.matcher(person.getCode()).matches()) {
                Unit unit = unitsById.get(person.getUnitId());
                unitService.update(unit.getId(), new UnitService.UnitChanges(unit.getCode(), unit.getName(),
                        unit.getParentId(), unit.isActive(), person.getId(), unit.getVersion()));
            }
        }
        long afterHeads = System.nanoTime();
        // One hash for all: PBKDF2 is slow on purpose, and ~150 accounts share the password.
        String hash = passwordEncoder.encode(password);
        long hashed = System.nanoTime();
        List<AccountService.NewAccount> toCreate = new ArrayList<>();
        // A deployment may have made "admin" already (APP_ADMIN_USERNAME): keep that one.
        if (!accounts.existsByUsername("admin")) {
            toCreate.add(account("admin", EnumSet.of(Role.ADMIN), null));
        }
        for (Individual person : people) {
            int board = BOARD_MEMBERS.indexOf(person.getCode());
            if (board >= 0) {
                toCreate.add(account("hoidong" + (board + 1), EnumSet.of(Role.BOARD, Role.STAFF), person.getId()));
            } else if (HEAD_CODE.matcher(person.getCode()).matches()) {
                String unitCode = unitsById.get(person.getUnitId()).getCode().toLowerCase(Locale.ROOT);
                toCreate.add(account("truong." + unitCode, EnumSet.of(Role.STAFF), person.getId()));
            } else {
                toCreate.add(account(person.getCode().toLowerCase(Locale.ROOT), EnumSet.of(Role.STAFF), person.getId()));
            }
        }
        accountService.provisionAllWithHash(toCreate, hash);
        long end = System.nanoTime();
        log.info("Demo organisation: {} units, {} individuals, {} accounts in {} ms "
                        + "(import {} ms, heads {} ms, password hash {} ms, accounts {} ms)",
                imported.unitsCreated(), imported.individualsCreated(), toCreate.size(), millis(start, end),
                millis(start, afterImport), millis(afterImport, afterHeads), millis(afterHeads, hashed),
                millis(hashed, end));
    }

    private static AccountService.NewAccount account(String username, Set<Role> roles, Long individualId) {
        return new AccountService.NewAccount(username, null, roles, individualId);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static byte[] demoFile() {
        try {
            return new ClassPathResource(FILE).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo organisation " + FILE + " is missing", e);
        }
    }
}
