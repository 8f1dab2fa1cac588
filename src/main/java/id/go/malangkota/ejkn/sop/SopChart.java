package id.go.malangkota.ejkn.sop;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SOP-AP flowchart (PermenPANRB 35/2012) of an SOP as a grid, for the PDF and the page to draw alike: one row
 * per step, one column per Pelaksana (lane order), the step's symbol in its Pelaksana's column, and a connector for
 * every way from a step to the next one.
 *
 * <p>A way is drawn as a line when it goes down the table and no step in between sits in the target's column: down
 * from the symbol, across its own row to the target's column, then straight down into the target. Any other way (a
 * loop back, or a line that would run through another symbol) is a pair of connectors labelled with the other
 * end's step number. Each cell then knows which pieces of line pass through it ({@link #segments}), so a renderer
 * only needs the cell's rectangle, whatever the height of the row.
 */
public record SopChart(List<String> columns, List<Row> rows, List<Edge> edges) {

  public enum Shape {
    /** start or end: a rounded terminator (capsule) */
    TERMINATOR,
    /** an activity: a rectangle */
    ACTIVITY,
    /** a decision: a diamond */
    DECISION
  }

  /** How a way is drawn: a line through the grid, or a pair of labelled connectors. */
  public enum Route { LINE, CONNECTOR }

  /** A piece of line inside one cell; "bend" is the level just below the symbols where lines turn across a row. */
  public enum Segment {
    /** from the top of the cell down into the symbol, with an arrowhead */
    IN,
    /** from the bottom of the symbol down to the bend */
    OUT,
    /** along the bend from the left side of the cell to its middle */
    LEFT,
    /** along the bend from the middle of the cell to its right side */
    RIGHT,
    /** from the bend straight down to the bottom of the cell */
    DOWN,
    /** straight through the cell from top to bottom */
    THROUGH
  }

  /** A step's row: its number, the column of its symbol, the symbol, and whether it is not done for this service. */
  public record Row(int step, int column, Shape shape, boolean notApplicable) {}

  /** A way from one step to another (step numbers). */
  public record Edge(int from, int to, Route route, String label) {}

  public static SopChart of(Sop sop) {
    List<String> columns = new ArrayList<>(sop.lanes());
    sop.steps().stream().map(Sop.Step::pelaksana).filter(p -> !columns.contains(p)).distinct().forEach(columns::add);
    List<Row> rows = new ArrayList<>();
    for (Sop.Step step : sop.steps()) {
      rows.add(new Row(step.no(), columns.indexOf(step.pelaksana()), shape(step), step.notApplicable()));
    }
    List<Edge> edges = new ArrayList<>();
    for (Sop.Step step : sop.steps()) {
      for (Sop.Next next : step.next()) {
        if (!next.ends() && index(rows, next.step()) >= 0) {
          edges.add(new Edge(step.no(), next.step(), free(rows, step.no(), next.step()) ? Route.LINE : Route.CONNECTOR,
              next.label()));
        }
      }
    }
    return new SopChart(List.copyOf(columns), List.copyOf(rows), List.copyOf(edges));
  }

  static Shape shape(Sop.Step step) {
    if (step.kind() == Sop.Kind.START || step.ends()) {
      return Shape.TERMINATOR;
    }
    return step.decision() ? Shape.DECISION : Shape.ACTIVITY;
  }

  /** A line can go down from one row to a later one unless a symbol in between sits in the target's column. */
  private static boolean free(List<Row> rows, int from, int to) {
    int a = index(rows, from);
    int b = index(rows, to);
    if (b <= a) {
      return false;
    }
    int column = rows.get(b).column();
    for (int k = a + 1; k < b; k++) {
      if (rows.get(k).column() == column) {
        return false;
      }
    }
    return true;
  }

  private static int index(List<Row> rows, int step) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).step() == step) {
        return i;
      }
    }
    return -1;
  }

  public Row row(int step) {
    return rows.get(index(rows, step));
  }

  /** The pieces of line that pass through the cell of a step's row and a column. */
  public Set<Segment> segments(int step, int column) {
    int here = index(rows, step);
    Set<Segment> set = EnumSet.noneOf(Segment.class);
    for (Edge e : edges) {
      if (e.route() != Route.LINE) {
        continue;
      }
      int from = index(rows, e.from());
      int to = index(rows, e.to());
      int source = rows.get(from).column();
      int target = rows.get(to).column();
      if (here == from) {
        if (column == source) {
          set.add(Segment.OUT);
        }
        int lo = Math.min(source, target);
        int hi = Math.max(source, target);
        if (column > lo && column <= hi) {
          set.add(Segment.LEFT);
        }
        if (column >= lo && column < hi) {
          set.add(Segment.RIGHT);
        }
        if (column == target) {
          set.add(Segment.DOWN);
        }
      } else if (here > from && here < to && column == target) {
        set.add(Segment.THROUGH);
      } else if (here == to && column == target) {
        set.add(Segment.IN);
      }
    }
    return set;
  }

  /** The steps a step's outgoing connectors lead to (drawn below its symbol). */
  public Set<Integer> connectorsTo(int step) {
    Set<Integer> to = new TreeSet<>();
    edges.stream().filter(e -> e.route() == Route.CONNECTOR && e.from() == step).forEach(e -> to.add(e.to()));
    return to;
  }

  /** The steps whose connectors lead to a step (drawn above its symbol). */
  public Set<Integer> connectorsFrom(int step) {
    Set<Integer> from = new TreeSet<>();
    edges.stream().filter(e -> e.route() == Route.CONNECTOR && e.to() == step).forEach(e -> from.add(e.from()));
    return from;
  }

  /** Words for a symbol (title, screen readers): its shape, step and where the flow goes next. */
  public String describe(Sop.Step step) {
    Row row = row(step.no());
    String shape = switch (row.shape()) {
      case TERMINATOR -> step.kind() == Sop.Kind.START ? "Mulai" : "Selesai";
      case DECISION -> "Keputusan";
      case ACTIVITY -> "Kegiatan";
    };
    StringBuilder b = new StringBuilder(shape).append(" langkah ").append(step.no()).append(": ").append(step.kegiatan())
        .append(" (").append(columns.get(row.column())).append(")");
    Set<String> ways = new LinkedHashSet<>();
    for (Sop.Next next : step.next()) {
      String label = next.label().isBlank() || next.ends() ? "" : next.label() + ": ";
      ways.add(next.ends() ? (next.label().isBlank() ? "selesai" : next.label()) : label + "ke langkah " + next.step());
    }
    if (!ways.isEmpty()) {
      b.append("; ").append(String.join("; ", ways));
    }
    return b.toString();
  }

  /** "5" or "5,7": the label of a connector. */
  static String label(Set<Integer> steps) {
    return String.join(",", steps.stream().map(String::valueOf).toList());
  }
}
