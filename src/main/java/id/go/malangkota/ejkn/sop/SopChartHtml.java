package id.go.malangkota.ejkn.sop;

import static id.go.malangkota.ejkn.sop.PublicPage.esc;

import java.util.Set;

/**
 * The SOP-AP matrix for the page: an HTML table (readable as a table without the drawing, and as cards on a phone)
 * whose Pelaksana cells carry the flowchart of {@link SopChart}: the step's symbol as inline SVG with a title, and
 * the pieces of line as positioned spans (styles {@code .sop-ap} in ejkn-public.css), so the drawing follows the
 * height of each row and prints.
 */
final class SopChartHtml {

  private SopChartHtml() {}

  static String table(Sop sop) {
    SopChart chart = SopChart.of(sop);
    StringBuilder b = new StringBuilder("<div class=\"table-wrap\"><table class=\"sop-table sop-ap\" data-lanes=\"")
        .append(chart.columns().size()).append("\"><caption class=\"sr-only\">Uraian prosedur dan diagram alir ")
        .append(esc(sop.service().title())).append("</caption>");
    b.append("<colgroup><col class=\"c-no\"><col class=\"c-kegiatan\">");
    chart.columns().forEach(c -> b.append("<col class=\"c-lane\">"));
    b.append("<col class=\"c-kelengkapan\"><col class=\"c-waktu\"><col class=\"c-output\"><col class=\"c-keterangan\"></colgroup>");
    b.append("<thead><tr><th rowspan=\"2\" scope=\"col\">No</th><th rowspan=\"2\" scope=\"col\">Kegiatan</th>")
        .append("<th colspan=\"").append(chart.columns().size()).append("\" scope=\"colgroup\">Pelaksana</th>")
        .append("<th colspan=\"3\" scope=\"colgroup\">Mutu Baku</th><th rowspan=\"2\" scope=\"col\">Keterangan</th></tr><tr>");
    chart.columns().forEach(c -> b.append("<th scope=\"col\" class=\"lane-head\">").append(esc(c)).append("</th>"));
    b.append("<th scope=\"col\">Kelengkapan</th><th scope=\"col\">Waktu</th><th scope=\"col\">Output</th></tr></thead><tbody>");
    for (Sop.Step step : sop.steps()) {
      row(b, chart, step);
    }
    return b.append("</tbody></table></div>").toString();
  }

  private static void row(StringBuilder b, SopChart chart, Sop.Step step) {
    b.append("<tr id=\"langkah-").append(step.no()).append("\" data-step=\"").append(esc(step.id())).append("\"")
        .append(step.notApplicable() ? " class=\"na\"" : "").append("><td data-label=\"No\">").append(step.no())
        .append("</td><th scope=\"row\" data-label=\"Kegiatan\">").append(esc(step.kegiatan()));
    switch (step.kind()) {
      case PERSON -> b.append(" <span class=\"badge person\">Petugas</span>");
      case SYSTEM -> b.append(" <span class=\"badge system\">Otomatis</span>");
      case START -> b.append(" <span class=\"badge start\">Mulai</span>");
      default -> { }
    }
    if (!step.pelaksanaDetail().isBlank()) {
      b.append("<span class=\"detail\">").append(esc(step.pelaksanaDetail())).append("</span>");
    }
    b.append("</th>");
    SopChart.Row row = chart.row(step.no());
    for (int c = 0; c < chart.columns().size(); c++) {
      lane(b, chart, step, row, c);
    }
    b.append("<td data-label=\"Kelengkapan\">").append(esc(step.kelengkapan())).append("</td><td data-label=\"Waktu\" class=\"time\">")
        .append(esc(step.waktu())).append("</td><td data-label=\"Output\">").append(esc(step.output()))
        .append("</td><td data-label=\"Keterangan\">");
    if (!step.keterangan().isEmpty()) {
      b.append("<ul class=\"notes\">");
      step.keterangan().forEach(k -> b.append("<li>").append(esc(k)).append("</li>"));
      b.append("</ul>");
    }
    b.append("</td></tr>");
  }

  /** One Pelaksana cell: the lines through it, and in the step's own column its symbol and connectors. */
  private static void lane(StringBuilder b, SopChart chart, Sop.Step step, SopChart.Row row, int column) {
    boolean here = column == row.column();
    Set<SopChart.Segment> segments = chart.segments(step.no(), column);
    b.append("<td class=\"lane").append(here ? " here " + shapeClass(row.shape()) : "").append("\"")
        .append(here ? " data-label=\"Pelaksana\"" : "").append(">");
    for (SopChart.Segment s : segments) {
      b.append("<span class=\"seg seg-").append(s.name().toLowerCase()).append("\" aria-hidden=\"true\"></span>");
    }
    if (here) {
      String title = chart.describe(step);
      b.append("<svg class=\"sym\" viewBox=\"0 0 48 28\" width=\"48\" height=\"28\" role=\"img\" aria-label=\"")
          .append(esc(title)).append("\"><title>").append(esc(title)).append("</title>").append(shape(row.shape()))
          .append("<text x=\"24\" y=\"18\" text-anchor=\"middle\">").append(step.no()).append("</text></svg>")
          .append("<span class=\"lane-name\">").append(esc(chart.columns().get(column))).append("</span>");
      connectors(b, chart, step, segments);
    }
    b.append("</td>");
  }

  private static void connectors(StringBuilder b, SopChart chart, Sop.Step step, Set<SopChart.Segment> segments) {
    Set<Integer> to = chart.connectorsTo(step.no());
    if (!to.isEmpty()) {
      String side = !segments.contains(SopChart.Segment.OUT) ? "below"
          : segments.contains(SopChart.Segment.RIGHT) && !segments.contains(SopChart.Segment.LEFT) ? "left" : "right";
      String label = SopChart.label(to);
      b.append("<span class=\"conn conn-out conn-").append(side).append("\" title=\"Bersambung ke langkah ")
          .append(label).append("\">").append(pentagon(label)).append("<span class=\"sr-only\">Bersambung ke langkah ")
          .append(label).append("</span></span>");
    }
    Set<Integer> from = chart.connectorsFrom(step.no());
    if (!from.isEmpty()) {
      String label = SopChart.label(from);
      b.append("<span class=\"conn conn-in\" title=\"Sambungan dari langkah ").append(label).append("\">")
          .append(pentagon(label)).append("<span class=\"sr-only\">Sambungan dari langkah ").append(label)
          .append("</span></span>");
    }
  }

  private static String pentagon(String label) {
    int w = Math.max(14, label.length() * 6 + 6);
    return "<svg viewBox=\"0 0 " + w + " 14\" width=\"" + w + "\" height=\"14\" aria-hidden=\"true\"><polygon points=\"0.5,0.5 "
        + (w - 0.5) + ",0.5 " + (w - 0.5) + ",9 " + w / 2.0 + ",13.5 0.5,9\"/><text x=\"" + w / 2.0
        + "\" y=\"8.5\" text-anchor=\"middle\">" + esc(label) + "</text></svg>";
  }

  private static String shapeClass(SopChart.Shape shape) {
    return "sym-" + shape.name().toLowerCase();
  }

  private static String shape(SopChart.Shape shape) {
    return switch (shape) {
      case TERMINATOR -> "<rect x=\"2\" y=\"3\" width=\"44\" height=\"22\" rx=\"11\"/>";
      case ACTIVITY -> "<rect x=\"2\" y=\"3\" width=\"44\" height=\"22\"/>";
      case DECISION -> "<polygon points=\"24,0.5 47.5,14 24,27.5 0.5,14\"/>";
    };
  }
}
