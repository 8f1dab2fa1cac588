package id.go.malangkota.ejkn.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements and commits the application's DataSource sends to the database, in total and by kind
 * ({@link #kind}: "insert into act_hi_detail", "select act_ru_task", …). Work done on a thread marked with
 * {@link #notCounted()} (the benchmark's own polling) is counted apart ({@link #notCountedSnapshot()}), so the
 * database's own count (pg_stat_statements) can be compared with this one.
 */
final class StatementCounter implements BeanPostProcessor {

  static final AtomicLong STATEMENTS = new AtomicLong();
  static final AtomicLong COMMITS = new AtomicLong();
  static final AtomicLong NOT_COUNTED_STATEMENTS = new AtomicLong();
  static final AtomicLong NOT_COUNTED_TRANSACTIONS = new AtomicLong();
  static final AtomicLong ROLLBACKS = new AtomicLong();
  static final Map<String, LongAdder> BY_KIND = new ConcurrentHashMap<>();
  static final Map<String, LongAdder> COMMITS_BY_THREAD = new ConcurrentHashMap<>();
  /** When set, every counted statement and commit is also written here (thread, kind; the benchmark's trace). */
  static volatile java.io.PrintWriter trace;
  private static final ThreadLocal<Boolean> EXCLUDED = ThreadLocal.withInitial(() -> false);
  private static final Pattern WORD = Pattern.compile("[a-z_][a-z0-9_.]*");
  private static final Pattern FROM = Pattern.compile("\\bfrom\\s+\\(?\\s*([a-z_][a-z0-9_.]*)");
  private static final Map<String, String> KINDS = new ConcurrentHashMap<>();

  static void notCounted() {
    EXCLUDED.set(true);
  }

  static long[] snapshot() {
    return new long[] {STATEMENTS.get(), COMMITS.get()};
  }

  /** Statements and transactions (commits and rollbacks) of the threads marked with {@link #notCounted()}. */
  static long[] notCountedSnapshot() {
    return new long[] {NOT_COUNTED_STATEMENTS.get(), NOT_COUNTED_TRANSACTIONS.get()};
  }

  /** Rollbacks that reached the database, of the counted threads. */
  static long rollbacks() {
    return ROLLBACKS.get();
  }

  static Map<String, Long> kinds() {
    return copy(BY_KIND);
  }

  /** Commits by the kind of thread that made them ("http-nio-exec", "camundaTaskExecutor", …). */
  static Map<String, Long> commitsByThread() {
    return copy(COMMITS_BY_THREAD);
  }

  private static Map<String, Long> copy(Map<String, LongAdder> counts) {
    Map<String, Long> copy = new HashMap<>();
    counts.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  /**
   * The statement's kind: its verb and first table ("insert into act_hi_varinst", "update act_ru_execution",
   * "delete from act_ru_variable", "select act_ru_task" — the first table after FROM).
   */
  static String kind(String sql) {
    if (sql == null) {
      return "(no sql)";
    }
    return KINDS.computeIfAbsent(sql, s -> {
      String text = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
      Matcher words = WORD.matcher(text);
      String verb = words.find() ? words.group() : "?";
      switch (verb) {
        case "insert", "delete" -> {
          String into = words.find() ? words.group() : "?";
          String table = words.find() ? words.group() : "?";
          return verb + " " + into + " " + table;
        }
        case "update" -> {
          return "update " + (words.find() ? words.group() : "?");
        }
        case "select", "with" -> {
          Matcher from = FROM.matcher(text);
          while (from.find()) {
            if (!from.group(1).equals("select")) {
              return "select " + from.group(1);
            }
          }
          return "select (no table)";
        }
        default -> {
          return verb;
        }
      }
    });
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, ds, (target, method, args) -> {
        Object result = invoke(target, method, args);
        if (result instanceof Connection c) {
          boolean[] open = {false}; // a statement ran since the last commit or rollback
          return proxy(Connection.class, c, (t, m, a) -> connection(t, m, a, open));
        }
        return result;
      });
    }
    return bean;
  }

  /**
   * A commit counts when it reaches the database: PgJDBC sends no COMMIT for a transaction that ran no statement
   * (the engine's success listener after each job, an empty request transaction), so neither does the count.
   */
  private static Object connection(Object target, Method method, Object[] args, boolean[] open) throws Throwable {
    Object result = invoke(target, method, args);
    if ("commit".equals(method.getName()) || "rollback".equals(method.getName())) {
      if (open[0] && EXCLUDED.get()) {
        NOT_COUNTED_TRANSACTIONS.incrementAndGet();
      } else if (open[0] && "rollback".equals(method.getName())) {
        ROLLBACKS.incrementAndGet();
      } else if (open[0]) {
        COMMITS.incrementAndGet();
        COMMITS_BY_THREAD.computeIfAbsent(Thread.currentThread().getName().replaceAll("[-#]?\\d+", ""),
            k -> new LongAdder()).increment();
        traced("COMMIT");
      }
      open[0] = false;
    }
    String prepared = method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
        ? sql : null;
    if (result instanceof PreparedStatement ps) {
      java.util.List<String> batch = new java.util.ArrayList<>();
      return proxy(PreparedStatement.class, ps, (t, m, a) -> statement(t, m, a, prepared, batch, open));
    }
    if (result instanceof Statement s) {
      java.util.List<String> batch = new java.util.ArrayList<>();
      return proxy(Statement.class, s, (t, m, a) -> statement(t, m, a, null, batch, open));
    }
    return result;
  }

  /**
   * Each execute is one statement. A batch counts what the driver sends: one statement per entry, except a batch of
   * inserts the driver rewrote into multi-row INSERTs ({@code reWriteBatchedInserts}; it then answers every row with
   * SUCCESS_NO_INFO), which goes as one statement per block of up to 128 rows, the blocks being powers of two (PgJDBC's
   * {@code PgPreparedStatement.transformQueriesAndParameters}: 7 rows are sent as 4 + 2 + 1).
   */
  private static Object statement(Object target, Method method, Object[] args, String prepared,
      java.util.List<String> batch, boolean[] open) throws Throwable {
    String name = method.getName();
    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : prepared;
    if (name.equals("addBatch")) {
      batch.add(sql);
      open[0] = true;
      return invoke(target, method, args);
    }
    if (name.equals("clearBatch")) {
      batch.clear();
      return invoke(target, method, args);
    }
    if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
      Object result = invoke(target, method, args);
      int rows = batch.size();
      // a rewritten batch answers SUCCESS_NO_INFO for the rows of every block of more than one row
      boolean rewritten = rows > 1 && result instanceof int[] counts && java.util.Arrays.stream(counts)
          .anyMatch(c -> c == Statement.SUCCESS_NO_INFO) && kind(batch.get(0)).startsWith("insert");
      int sent = rewritten ? rows / 128 + Integer.bitCount(rows % 128) : rows;
      if (EXCLUDED.get()) {
        NOT_COUNTED_STATEMENTS.addAndGet(sent);
      } else if (rows > 0) {
        STATEMENTS.addAndGet(sent);
        BY_KIND.computeIfAbsent(kind(batch.get(0)), k -> new LongAdder()).add(sent);
        String text = batch.get(0) == null ? "(no sql)" : batch.get(0).replaceAll("\\s+", " ");
        traced(rows == 1 ? text : "[" + rows + " rows in " + sent + " statement(s)] " + text);
      }
      batch.clear();
      return result;
    }
    if (name.startsWith("execute")) {
      open[0] = true;
      if (EXCLUDED.get()) {
        NOT_COUNTED_STATEMENTS.incrementAndGet();
      } else {
        STATEMENTS.incrementAndGet();
        BY_KIND.computeIfAbsent(kind(sql), k -> new LongAdder()).increment();
        traced(sql == null ? "(no sql)" : sql.replaceAll("\\s+", " "));
      }
    }
    return invoke(target, method, args);
  }

  private static void traced(String what) {
    java.io.PrintWriter out = trace;
    if (out != null) {
      synchronized (out) {
        out.printf("%-28s %s%n", Thread.currentThread().getName(), what.length() > 240 ? what.substring(0, 240) : what);
      }
    }
  }

  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Object target, Handler handler) {
    InvocationHandler h = (p, method, args) -> {
      if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
        return target;
      }
      return handler.handle(target, method, args);
    };
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
