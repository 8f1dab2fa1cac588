package id.go.malangkota.ejkn.application;

import id.go.malangkota.ejkn.application.Application.Member;
import id.go.malangkota.ejkn.application.Application.Submitter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register of applications (ADR 1401) and the only code that touches its tables: {@code ejkn_application},
 * {@code ejkn_application_member} (the family card and each candidate's way through the application),
 * {@code ejkn_open_candidate} (a person has at most one open request: the primary key settles races) and the yearly
 * number sequences. Written inside the engine's transaction (same DataSource), so a refused start leaves no row.
 */
@Repository
public class ApplicationRegister {

  private static final String APPLICATION_COLUMNS = "application_number, process_instance_id, request_type, "
      + "kelurahan_code, family_card_number, address, phone, email, submitted_by_relation, submitted_by_name, "
      + "submitted_by_nik, power_of_attorney, documents, hospital_admission, overall_deadline, created_by, created_at";
  private static final String MEMBER_COLUMNS = "nik, name, birth_date, relationship, candidate, bpjs_status, "
      + "bpjs_segment, card_number, care_class, arrears, eligible, reason, reason_text, fktp_code, fktp_name, outcome, "
      + "outcome_reason, outcome_text";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separate;
  private final Clock clock;
  private final ZoneId zone;
  private final Set<Integer> yearsReady = ConcurrentHashMap.newKeySet();
  private volatile Boolean postgres;

  @org.springframework.beans.factory.annotation.Autowired
  public ApplicationRegister(JdbcTemplate jdbc, PlatformTransactionManager transactions,
      @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this(jdbc, transactions, Clock.systemUTC(), ZoneId.of(zone));
  }

  public ApplicationRegister(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, ZoneId zone) {
    this.jdbc = jdbc;
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.zone = zone;
  }

  // ---------------------------------------------------------------- reads of one transaction

  /**
   * What this transaction has read from the register: the steps of one engine command (a task's file, the
   * eligibility, the consolidation, the next task's file) ask for the same application several times, and nothing but
   * this class writes its tables (ArchitectureTest). Any write of this class empties it; it lives as long as the
   * transaction (a transaction suspended for a separate one keeps its own).
   */
  private static final class ReadCache implements TransactionSynchronization {
    final ApplicationRegister owner;
    final Map<String, Object> values = new HashMap<>();

    ReadCache(ApplicationRegister owner) {
      this.owner = owner;
    }
  }

  private ReadCache readCache(boolean create) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof ReadCache c && c.owner == this) {
        return c;
      }
    }
    if (!create) {
      return null;
    }
    ReadCache c = new ReadCache(this);
    TransactionSynchronizationManager.registerSynchronization(c);
    return c;
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String key, java.util.function.Supplier<T> read) {
    ReadCache c = readCache(true);
    if (c == null) {
      return read.get();
    }
    if (c.values.containsKey(key)) {
      return (T) c.values.get(key);
    }
    T value = read.get();
    c.values.put(key, value);
    return value;
  }

  /** After every write: this transaction reads the register again. */
  private void written() {
    ReadCache c = readCache(false);
    if (c != null) {
      c.values.clear();
    }
  }

  // ---------------------------------------------------------------- numbers

  /**
   * The next readable number of this year, e.g. {@code JKN-2026-000123}, from the year's database sequence: no row
   * lock is held until the start commits, so officers filing at the same moment never wait for each other. A refused
   * start leaves a gap in the series (the register shows every number that was given).
   */
  public String nextApplicationNumber() {
    int year = LocalDate.now(clock.withZone(zone)).getYear();
    ensureSequence(year);
    String name = sequenceName(year);
    Long value = jdbc.queryForObject(isPostgres() ? "SELECT nextval('" + name + "')"
        : "SELECT NEXT VALUE FOR " + name, Long.class);
    return String.format("JKN-%d-%06d", year, value);
  }

  /**
   * At start and every night: this year's and next year's sequences exist before an officer needs a number, so an
   * intake never opens the separate transaction below. (It holds its own connection while it waits for a second one:
   * twenty officers filing the first applications of a fresh database at once held every pooled connection, each
   * waiting for one more — TwoNodeClusterIT.)
   */
  @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationStartedEvent.class)
  @org.springframework.scheduling.annotation.Scheduled(cron = "0 0 1 * * *", zone = "${ejkn.timezone:Asia/Jakarta}")
  public void prepareNumbering() {
    int year = LocalDate.now(clock.withZone(zone)).getYear();
    ensureSequence(year);
    ensureSequence(year + 1);
  }

  /** Creates the year's sequence in a transaction of its own (also safe when two nodes do it at once). */
  public void ensureSequence(int year) {
    if (yearsReady.contains(year)) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        separate.executeWithoutResult(s -> {
          if (!sequenceExists(year)) {
            Long last = jdbc.query("SELECT last_value FROM ejkn_application_sequence WHERE seq_year = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, year);
            jdbc.execute("CREATE SEQUENCE IF NOT EXISTS " + sequenceName(year) + " START WITH " + (last + 1));
          }
        });
        yearsReady.add(year);
        return;
      } catch (DataAccessException raced) {
        // another transaction created it at the same moment (PostgreSQL's IF NOT EXISTS is not race-free)
        if (attempt >= 3) {
          throw raced;
        }
      }
    }
  }

  private boolean sequenceExists(int year) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.sequences WHERE LOWER(sequence_name) = ?",
        Integer.class, sequenceName(year)) > 0;
  }

  static String sequenceName(int year) {
    return "ejkn_application_seq_" + year;
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }
    return postgres;
  }

  // ---------------------------------------------------------------- open candidates

  /**
   * Reserves the people for this request; refuses if any of them already has an open one. The primary key settles
   * races between two officers entering the same person at the same moment.
   */
  public void reserve(List<String> niks, String applicationNumber, String processInstanceId, String requestType) {
    written();
    for (String nik : niks) {
      Optional<OpenRequest> open = openRequestOf(nik);
      if (open.isPresent()) {
        throw new CandidateAlreadyOpenException(List.of(nik), open.get().number());
      }
    }
    for (String nik : niks) {
      try {
        jdbc.update("INSERT INTO ejkn_open_candidate (nik, application_number, process_instance_id, request_type) "
            + "VALUES (?, ?, ?, ?)", nik, applicationNumber, processInstanceId, requestType);
      } catch (DuplicateKeyException e) {
        throw new CandidateAlreadyOpenException(List.of(nik), "permohonan lain");
      }
    }
  }

  /** A person's open request: its number and type ({@code NEW}, …, {@code DEACTIVATION}). */
  public record OpenRequest(String number, String requestType) {}

  public Optional<OpenRequest> openRequestOf(String nik) {
    return jdbc.query("SELECT application_number, request_type FROM ejkn_open_candidate WHERE nik = ?",
        (rs, i) -> new OpenRequest(rs.getString(1), rs.getString(2)), nik).stream().findFirst();
  }

  public void release(String applicationNumber) {
    written();
    jdbc.update("DELETE FROM ejkn_open_candidate WHERE application_number = ?", applicationNumber);
  }

  // ---------------------------------------------------------------- applications

  public void insert(Application a) {
    written();
    jdbc.update("INSERT INTO ejkn_application (" + APPLICATION_COLUMNS + ", applicant_name, applicant_birth_date) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        a.number(), a.processInstanceId(), a.type().name(), a.kelurahanCode(), a.familyCardNumber(), a.address(),
        a.phone(), a.email(), a.submittedBy().relation(), a.submittedBy().name(), a.submittedBy().nik(),
        a.submittedBy().powerOfAttorney(), String.join(",", a.documents()), ts(a.hospitalAdmission()),
        ts(a.overallDeadline()), a.createdBy(), ts(a.createdAt()), a.applicant().name(), a.applicant().birthDate());
    insertMembers(a);
  }

  /** The officer's correction replaces the family card, contact data and documents; results start again. */
  public void correct(Application a) {
    written();
    jdbc.update("UPDATE ejkn_application SET family_card_number = ?, address = ?, phone = ?, email = ?, "
            + "submitted_by_relation = ?, submitted_by_name = ?, submitted_by_nik = ?, power_of_attorney = ?, "
            + "documents = ?, applicant_name = ?, applicant_birth_date = ?, correction_reasons = NULL "
            + "WHERE application_number = ?",
        a.familyCardNumber(), a.address(), a.phone(), a.email(), a.submittedBy().relation(), a.submittedBy().name(),
        a.submittedBy().nik(), a.submittedBy().powerOfAttorney(), String.join(",", a.documents()),
        a.applicant().name(), a.applicant().birthDate(), a.number());
    jdbc.update("DELETE FROM ejkn_application_member WHERE application_number = ?", a.number());
    insertMembers(a);
  }

  private void insertMembers(Application a) {
    List<Object[]> rows = new ArrayList<>();
    int seq = 0;
    for (Member m : a.members()) {
      rows.add(new Object[] {a.number(), seq++, m.nik(), m.name(), m.birthDate(), m.relationship(), m.candidate(),
          m.candidate() ? CandidateResult.IN_PROGRESS : null});
    }
    jdbc.batchUpdate("INSERT INTO ejkn_application_member (application_number, seq, nik, name, birth_date, "
        + "relationship, candidate, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  /**
   * Forgets applications that ended before {@code cutoff} (UU 27/2022: kept as long as their history): the
   * application, its members and any leftover reservation. Their documents go with them ({@link DocumentStore}).
   * Returns the numbers forgotten.
   */
  public List<String> purgeEndedBefore(Instant cutoff) {
    written();
    List<String> numbers = jdbc.queryForList("SELECT application_number FROM ejkn_application WHERE ended_at < ?",
        String.class, Timestamp.from(cutoff));
    for (String number : numbers) {
      jdbc.update("DELETE FROM ejkn_application_member WHERE application_number = ?", number);
      jdbc.update("DELETE FROM ejkn_open_candidate WHERE application_number = ?", number);
      jdbc.update("DELETE FROM ejkn_application WHERE application_number = ?", number);
    }
    return numbers;
  }

  /** True before the first application (the demo data fill only an empty register). */
  public boolean isEmpty() {
    return Boolean.TRUE.equals(jdbc.queryForObject("SELECT CASE WHEN EXISTS (SELECT 1 FROM ejkn_application) THEN FALSE ELSE TRUE END",
        Boolean.class));
  }

  public Optional<Application> find(String numberOrProcessInstanceId) {
    return cached("application " + numberOrProcessInstanceId, () -> read(numberOrProcessInstanceId));
  }

  private Optional<Application> read(String numberOrProcessInstanceId) {
    List<Application> found = jdbc.query("SELECT " + APPLICATION_COLUMNS + " FROM ejkn_application "
        + "WHERE application_number = ? OR process_instance_id = ?", (rs, i) -> application(rs, List.of()),
        numberOrProcessInstanceId, numberOrProcessInstanceId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Application a = found.get(0);
    List<Member> members = jdbc.query("SELECT nik, name, birth_date, relationship, candidate FROM ejkn_application_member "
            + "WHERE application_number = ? ORDER BY seq",
        (rs, i) -> new Member(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
            rs.getBoolean(5)), a.number());
    members = List.copyOf(members);
    return Optional.of(new Application(a.number(), a.processInstanceId(), a.type(), a.kelurahanCode(),
        a.familyCardNumber(), a.address(), a.phone(), a.email(), a.submittedBy(), members, a.documents(),
        a.hospitalAdmission(), a.overallDeadline(), a.createdBy(), a.createdAt()));
  }

  public Application get(String number) {
    return find(number).orElseThrow(() -> new IllegalStateException("application " + number + " is not registered"));
  }

  private static Application application(ResultSet rs, List<Member> members) throws SQLException {
    String docs = rs.getString(13);
    Set<String> documents = docs == null || docs.isBlank() ? Set.of()
        : new LinkedHashSet<>(Arrays.asList(docs.split(",")));
    return new Application(rs.getString(1), rs.getString(2), RequestType.valueOf(rs.getString(3)), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
        new Submitter(rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12)), members, documents,
        instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15)), rs.getString(16), instant(rs.getTimestamp(17)));
  }

  /** What lists and the public status page need, without the family card. */
  public record Summary(String applicationNumber, String processInstanceId, RequestType type, String kelurahanCode,
      String applicantName, LocalDate applicantBirthDate, String submittedByRelation, String createdBy,
      Instant createdAt) {}

  private static final String SUMMARY_COLUMNS = "application_number, process_instance_id, request_type, kelurahan_code, "
      + "applicant_name, applicant_birth_date, submitted_by_relation, created_by, created_at";

  private static Summary summary(ResultSet rs) throws SQLException {
    return new Summary(rs.getString(1), rs.getString(2), RequestType.valueOf(rs.getString(3)), rs.getString(4),
        rs.getString(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8),
        instant(rs.getTimestamp(9)));
  }

  /** The application (or deactivation) by its number or the id of its own process instance. */
  public Optional<Summary> summary(String numberOrProcessInstanceId) {
    return jdbc.query("SELECT " + SUMMARY_COLUMNS + " FROM ejkn_application WHERE application_number = ? "
            + "OR process_instance_id = ?", (rs, i) -> summary(rs), numberOrProcessInstanceId, numberOrProcessInstanceId)
        .stream().findFirst();
  }

  /** The newest applications of the given kelurahan groups. */
  public List<Summary> recent(List<String> kelurahanCodes, int limit) {
    if (kelurahanCodes.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", Collections.nCopies(kelurahanCodes.size(), "?"));
    List<Object> args = new ArrayList<>(kelurahanCodes);
    args.add(limit);
    return jdbc.query("SELECT " + SUMMARY_COLUMNS + " FROM ejkn_application WHERE kelurahan_code IN (" + in + ") "
        + "ORDER BY created_at DESC, application_number DESC FETCH FIRST ? ROWS ONLY", (rs, i) -> summary(rs),
        args.toArray());
  }

  /** The application's own process instance ended (same transaction as the end). */
  public void markEnded(String processInstanceId, Instant endedAt) {
    written();
    jdbc.update("UPDATE ejkn_application SET ended_at = ? WHERE process_instance_id = ?", Timestamp.from(endedAt),
        processInstanceId);
  }

  /** Numbers of applications that ended in [from, to), oldest first (the KPI's catch-up). */
  public List<String> endedBetween(Instant from, Instant to) {
    return jdbc.queryForList("SELECT application_number FROM ejkn_application WHERE ended_at >= ? AND ended_at < ? "
        + "ORDER BY ended_at", String.class, Timestamp.from(from), Timestamp.from(to));
  }

  /** What the auditors' search filters by; null means any. */
  public record Search(String numberPrefix, String nik, String kelurahanCode, Instant createdFrom, Instant createdTo,
      Boolean ended, int limit, int offset) {}

  /** A page of the register for the auditors' search, newest first, and the total count. */
  public record Page(long total, List<Summary> rows, Map<String, Instant> endedAt) {}

  public Page search(Search s) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (s.numberPrefix() != null) {
      where.append(" AND application_number LIKE ?");
      args.add(s.numberPrefix().replace("%", "").replace("_", "\\_") + "%");
    }
    if (s.nik() != null) {
      where.append(" AND (application_number IN (SELECT application_number FROM ejkn_application_member WHERE nik = ?) "
          + "OR submitted_by_nik = ?)");
      args.add(s.nik());
      args.add(s.nik());
    }
    if (s.kelurahanCode() != null) {
      where.append(" AND kelurahan_code = ?");
      args.add(s.kelurahanCode());
    }
    if (s.createdFrom() != null) {
      where.append(" AND created_at >= ? AND created_at < ?");
      args.add(Timestamp.from(s.createdFrom()));
      args.add(Timestamp.from(s.createdTo()));
    }
    if (s.ended() != null) {
      where.append(s.ended() ? " AND ended_at IS NOT NULL" : " AND ended_at IS NULL");
    }
    long total = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_application" + where, Long.class, args.toArray());
    List<Object> page = new ArrayList<>(args);
    page.add(s.limit());
    page.add(s.offset());
    Map<String, Instant> ended = new java.util.HashMap<>();
    List<Summary> rows = jdbc.query("SELECT " + SUMMARY_COLUMNS + ", ended_at FROM ejkn_application" + where
        + " ORDER BY created_at DESC, application_number DESC LIMIT ? OFFSET ?", (rs, i) -> {
          Summary summary = summary(rs);
          if (rs.getTimestamp(10) != null) {
            ended.put(summary.applicationNumber(), rs.getTimestamp(10).toInstant());
          }
          return summary;
        }, page.toArray());
    return new Page(total, rows, ended);
  }

  public void recordSignature(String number, String userId) {
    written();
    jdbc.update("UPDATE ejkn_application SET signed_by = ?, signed_at = ? WHERE application_number = ?", userId,
        new Timestamp(clock.millis()), number);
  }

  public Optional<String> signedBy(String number) {
    return jdbc.queryForList("SELECT signed_by FROM ejkn_application WHERE application_number = ?", String.class,
        number).stream().filter(s -> s != null).findFirst();
  }

  public void recordCorrectionReasons(String number, String reasons) {
    written();
    jdbc.update("UPDATE ejkn_application SET correction_reasons = ? WHERE application_number = ?",
        reasons.length() > 2000 ? reasons.substring(0, 2000) : reasons, number);
  }

  public Optional<String> correctionReasons(String number) {
    return jdbc.queryForList("SELECT correction_reasons FROM ejkn_application WHERE application_number = ?", String.class,
        number).stream().filter(s -> s != null).findFirst();
  }

  // ---------------------------------------------------------------- candidates

  public List<CandidateResult> candidates(String number) {
    return cached("candidates " + number, () -> List.copyOf(jdbc.query("SELECT " + MEMBER_COLUMNS + " FROM ejkn_application_member WHERE application_number = ? "
        + "AND candidate = ? ORDER BY seq", (rs, i) -> new CandidateResult(rs.getString(1), rs.getString(2),
            rs.getDate(3).toLocalDate().toString(), rs.getString(4), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), (Long) rs.getObject(10, Long.class), (Boolean) rs.getObject(11, Boolean.class),
            rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
            rs.getString(18)), number, true)));
  }

  /** Applies the change to every candidate and writes those that changed; returns the candidates after it. */
  public List<CandidateResult> updateCandidates(String number, java.util.function.UnaryOperator<CandidateResult> change) {
    List<CandidateResult> before = candidates(number);
    List<CandidateResult> after = before.stream().map(change).toList();
    saveCandidates(number, before, after);
    return after;
  }

  /** Writes the candidates whose results differ from what the register holds (one statement per changed person). */
  public void saveCandidates(String number, List<CandidateResult> before, List<CandidateResult> after) {
    written();
    Map<String, CandidateResult> old = before.stream().collect(Collectors.toMap(CandidateResult::nik, c -> c));
    List<Object[]> rows = new ArrayList<>();
    for (CandidateResult c : after) {
      if (c.equals(old.get(c.nik()))) {
        continue;
      }
      rows.add(new Object[] {c.bpjsStatus(), c.bpjsSegment(), c.cardNumber(), c.careClass(), c.arrears(), c.eligible(),
          c.reason(), cut(c.reasonText(), 500), c.fktpCode(), c.fktpName(), c.outcome(), c.outcomeReason(),
          cut(c.outcomeText(), 1000), number, c.nik()});
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("UPDATE ejkn_application_member SET bpjs_status = ?, bpjs_segment = ?, card_number = ?, "
          + "care_class = ?, arrears = ?, eligible = ?, reason = ?, reason_text = ?, fktp_code = ?, fktp_name = ?, "
          + "outcome = ?, outcome_reason = ?, outcome_text = ? WHERE application_number = ? AND nik = ?", rows);
    }
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
