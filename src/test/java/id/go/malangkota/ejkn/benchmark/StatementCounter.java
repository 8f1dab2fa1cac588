package id.go.malangkota.ejkn.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements (each execute, each batched entry) and commits the application sends through its
 * DataSource. Work done on a thread marked with {@link #notCounted()} (the benchmark's own polling) is left out.
 */
final class StatementCounter implements BeanPostProcessor {

  static final AtomicLong STATEMENTS = new AtomicLong();
  static final AtomicLong COMMITS = new AtomicLong();
  private static final ThreadLocal<Boolean> EXCLUDED = ThreadLocal.withInitial(() -> false);

  static void notCounted() {
    EXCLUDED.set(true);
  }

  static long[] snapshot() {
    return new long[] {STATEMENTS.get(), COMMITS.get()};
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
    }
    if (result instanceof PreparedStatement ps) {
      return proxy(PreparedStatement.class, ps, StatementCounter::statement);
    }
    if (result instanceof Statement s) {
      return proxy(Statement.class, s, StatementCounter::statement);
    }
    return result;
  }

  private static Object statement(Object target, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (!EXCLUDED.get() && (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch")))) {
      STATEMENTS.incrementAndGet();
    }
    return invoke(target, method, args);
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
