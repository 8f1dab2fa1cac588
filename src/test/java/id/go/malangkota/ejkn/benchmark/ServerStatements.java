package id.go.malangkota.ejkn.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own count of the statements and commits of the benchmark's database (pg_stat_statements, top-level
 * statements; the benchmark's PostgreSQL preloads it), as the issue measured them: a check of {@link StatementCounter}.
 */
final class ServerStatements {

  private static final String OF_THIS_DATABASE = " FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database "
      + "WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'";

  private ServerStatements() {
  }

  /** Empties the counts; false when the extension is not there (the figures are then left out). */
  static boolean reset(JdbcTemplate jdbc) {
    try {
      jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      jdbc.execute("SELECT pg_stat_statements_reset()");
      return true;
    } catch (org.springframework.dao.DataAccessException e) {
      System.out.println("  (pg_stat_statements not available: " + e.getMostSpecificCause().getMessage() + ")");
      return false;
    }
  }

  /** Statements (without BEGIN, COMMIT, ROLLBACK) and transactions since {@link #reset}, every session of the database. */
  static long[] read(JdbcTemplate jdbc) {
    Long statements = jdbc.queryForObject("SELECT coalesce(sum(calls), 0)" + OF_THIS_DATABASE
        + " AND upper(query) NOT IN ('BEGIN', 'COMMIT', 'ROLLBACK')", Long.class);
    // PgJDBC opens each transaction with BEGIN (tracked) and ends it with COMMIT or ROLLBACK (not tracked)
    Long transactions = jdbc.queryForObject("SELECT coalesce(sum(calls), 0)" + OF_THIS_DATABASE
        + " AND upper(query) = 'BEGIN'", Long.class);
    return new long[] {statements, transactions};
  }
}
