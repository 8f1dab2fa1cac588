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
 * Counts the SQL statements (each execute, each batched entry) and commits the application sends through its
 * DataSource, in total and by kind ({@link #kind}: "insert into act_hi_detail", "select act_ru_task", …). Work done
 * on a thread marked with {@link #notCounted()} (the benchmark's own polling) is left out.
 */
final class StatementCounter implements BeanPostProcessor {

  static final AtomicLong STATEMENTS = new AtomicLong();
  static final AtomicLong COMMITS = new AtomicLong();
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
        return result instanceof Connection c ? proxy(Connection.class, c, StatementCounter::connection) : result;
      });
    }
    return bean;
  }

  private static Object connection(Object target, Method method, Object[] args) throws Throwable {
    Object result = invoke(target, method, args);
    if ("commit".equals(method.getName()) && !EXCLUDED.get()) {
      COMMITS.incrementAndGet();
      COMMITS_BY_THREAD.computeIfAbsent(Thread.currentThread().getName().replaceAll("[-#]?\\d+", ""),
          k -> new LongAdder()).increment();
      traced("COMMIT");
    }
    String prepared = method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
        ? sql : null;
    if (result instanceof PreparedStatement ps) {
      return proxy(PreparedStatement.class, ps, (t, m, a) -> statement(t, m, a, prepared));
    }
    if (result instanceof Statement s) {
      return proxy(Statement.class, s, (t, m, a) -> statement(t, m, a, null));
    }
    return result;
  }

  private static Object statement(Object target, Method method, Object[] args, String prepared) throws Throwable {
    String name = method.getName();
    if (!EXCLUDED.get() && (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch")))) {
      STATEMENTS.incrementAndGet();
      String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : prepared;
      BY_KIND.computeIfAbsent(kind(sql), k -> new LongAdder()).increment();
      traced(sql == null ? "(no sql)" : sql.replaceAll("\\s+", " "));
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
