package id.go.malangkota.ejkn.governance;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The only beans an expression can see (ADR 1501): the application's own delegates and listeners (beans of this
 * application implementing {@link JavaDelegate}, {@link ExecutionListener} or {@link TaskListener}). Given to the
 * engine as its bean map ({@code ProcessEngineConfiguration#setBeans}), so {@code ${jdbcTemplate}} or any other
 * Spring bean resolves to nothing, whatever a model says. The beans themselves are looked up when an expression
 * first needs them (they depend on the engine, which is built before them).
 */
public final class DelegateBeans extends AbstractMap<Object, Object> {

  static final String APPLICATION_PACKAGE = "id.go.malangkota.ejkn.";

  private final ApplicationContext context;
  private volatile Set<String> names;

  public DelegateBeans(ApplicationContext context) {
    this.context = context;
  }

  /** The registered delegate names (bean names), sorted. */
  public Set<String> names() {
    Set<String> n = names;
    if (n == null) {
      Set<String> found = new TreeSet<>();
      for (Class<?> type : new Class<?>[] {JavaDelegate.class, ExecutionListener.class, TaskListener.class}) {
        for (String name : context.getBeanNamesForType(type, false, false)) {
          Class<?> beanType = context.getType(name, false);
          if (beanType != null && beanType.getName().startsWith(APPLICATION_PACKAGE)) {
            found.add(name);
          }
        }
      }
      names = n = Set.copyOf(found);
    }
    return n;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String s && names().contains(s);
  }

  @Override
  public Object get(Object key) {
    return containsKey(key) ? context.getBean((String) key) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    Map<Object, Object> all = new LinkedHashMap<>();
    for (String name : names()) {
      all.put(name, context.getBean(name));
    }
    return all.entrySet();
  }
}
