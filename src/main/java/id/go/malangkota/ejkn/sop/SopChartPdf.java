package id.go.malangkota.ejkn.sop;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The SOP-AP matrix for the PDF: a table No | Kegiatan | one column per Pelaksana | Kelengkapan | Waktu | Output |
 * Keterangan, whose Pelaksana cells draw the flowchart of {@link SopChart} on the page (a cell event per cell: the
 * symbol and the pieces of line that pass through it).
 */
final class SopChartPdf {

  /** Where something of the chart landed on the page (for tests): a symbol (step &gt; 0) or a Pelaksana header (step 0). */
  record Placed(int step, int column, float left, float right, float centerX) {}

  static final Color HEAD = new Color(0xE8, 0xF1, 0xEC);
  static final Color NA = new Color(0xF2, 0xF2, 0xF2);
  private static final Color TERMINAL = new Color(0xD8, 0xEE, 0xE0);
  private static final Color DECISION = new Color(0xFB, 0xEF, 0xD5);
  private static final Color INK = new Color(0x22, 0x22, 0x22);
  static final float ROW_HEIGHT = 50;
  /** half the height of the tallest symbol (the diamond): lines turn across a row just below it */
  private static final float HALF = 11;
  private static final float PAGE_WIDTH = 786;

  private final SopChart chart;
  private final Sop sop;
  private final Consumer<Placed> placed;
  private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
  private final Font normal = FontFactory.getFont(FontFactory.HELVETICA, 7);
  private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 6, Font.NORMAL, Color.DARK_GRAY);
  private final Font header = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 6);
  private final BaseFont numbers = bold.getCalculatedBaseFont(false);

  SopChartPdf(Sop sop, Consumer<Placed> placed) {
    this.sop = sop;
    this.chart = SopChart.of(sop);
    this.placed = placed;
  }

  PdfPTable table() {
    int lanes = chart.columns().size();
    float lane = Math.min(80, (PAGE_WIDTH - 425) / lanes);
    float spare = (PAGE_WIDTH - 425 - lane * lanes) / 4;
    float[] widths = new float[lanes + 6];
    widths[0] = 18;
    widths[1] = 105 + spare;
    for (int i = 0; i < lanes; i++) {
      widths[2 + i] = lane;
    }
    widths[lanes + 2] = 80 + spare;
    widths[lanes + 3] = 42;
    widths[lanes + 4] = 80 + spare;
    widths[lanes + 5] = 100 + spare;
    PdfPTable table = new PdfPTable(widths);
    table.setTotalWidth(PAGE_WIDTH);
    table.setLockedWidth(true);
    table.setHeaderRows(2);
    headers(table);
    for (Sop.Step step : sop.steps()) {
      row(table, step);
    }
    return table;
  }

  private void headers(PdfPTable table) {
    table.addCell(head("No", 2, 1));
    table.addCell(head("Kegiatan", 2, 1));
    table.addCell(head("Pelaksana", 1, chart.columns().size()));
    table.addCell(head("Mutu Baku", 1, 3));
    table.addCell(head("Keterangan", 2, 1));
    for (int c = 0; c < chart.columns().size(); c++) {
      PdfPCell cell = head(chart.columns().get(c), 1, 1);
      int column = c;
      cell.setCellEvent((PdfPCell x, Rectangle r, PdfContentByte[] canvases) ->
          placed.accept(new Placed(0, column, r.getLeft(), r.getRight(), (r.getLeft() + r.getRight()) / 2)));
      table.addCell(cell);
    }
    table.addCell(head("Kelengkapan", 1, 1));
    table.addCell(head("Waktu", 1, 1));
    table.addCell(head("Output", 1, 1));
  }

  private void row(PdfPTable table, Sop.Step step) {
    Color bg = step.notApplicable() ? NA : null;
    table.addCell(text(new Phrase(String.valueOf(step.no()), normal), bg, Element.ALIGN_CENTER));
    Phrase what = new Phrase(step.kegiatan(), bold);
    String who = switch (step.kind()) {
      case PERSON -> "petugas";
      case SYSTEM -> "otomatis";
      default -> "";
    };
    if (!step.pelaksanaDetail().isBlank()) {
      who += (who.isEmpty() ? "" : " · ") + step.pelaksanaDetail();
    }
    if (!who.isEmpty()) {
      what.add(new Chunk("\n" + who, small));
    }
    table.addCell(text(what, bg, Element.ALIGN_LEFT));
    for (int c = 0; c < chart.columns().size(); c++) {
      PdfPCell cell = new PdfPCell(new Phrase(""));
      cell.setMinimumHeight(ROW_HEIGHT);
      if (bg != null) {
        cell.setBackgroundColor(bg);
      }
      int column = c;
      cell.setCellEvent((PdfPCell x, Rectangle r, PdfContentByte[] canvases) ->
          draw(step, column, r, canvases[PdfPTable.LINECANVAS]));
      table.addCell(cell);
    }
    table.addCell(text(new Phrase(step.kelengkapan(), normal), bg, Element.ALIGN_LEFT));
    table.addCell(text(new Phrase(step.waktu(), bold), bg, Element.ALIGN_LEFT));
    table.addCell(text(new Phrase(step.output(), normal), bg, Element.ALIGN_LEFT));
    // Helvetica (WinAnsi) has no arrow
    table.addCell(text(new Phrase(String.join("\n", step.keterangan().stream().map(k -> "• " + k.replace(" → ", " — ")).toList()), small), bg,
        Element.ALIGN_LEFT));
  }

  /** One Pelaksana cell of a step's row: the lines through it, and the step's symbol if it is this column. */
  private void draw(Sop.Step step, int column, Rectangle r, PdfContentByte cb) {
    SopChart.Row row = chart.row(step.no());
    float cx = (r.getLeft() + r.getRight()) / 2;
    float cy = (r.getTop() + r.getBottom()) / 2 + 3;
    float bend = bend(cy);
    Set<SopChart.Segment> segments = chart.segments(step.no(), column);
    cb.saveState();
    cb.setColorStroke(INK);
    cb.setLineWidth(0.7f);
    for (SopChart.Segment s : segments) {
      switch (s) {
        case IN -> line(cb, cx, r.getTop(), cx, cy + half(row.shape()) + 3.5f);
        case OUT -> line(cb, cx, cy - half(row.shape()), cx, bend);
        case LEFT -> line(cb, r.getLeft(), bend, cx, bend);
        case RIGHT -> line(cb, cx, bend, r.getRight(), bend);
        case DOWN -> line(cb, cx, bend, cx, r.getBottom());
        case THROUGH -> line(cb, cx, r.getTop(), cx, r.getBottom());
      }
    }
    cb.stroke();
    if (segments.contains(SopChart.Segment.IN)) {
      arrow(cb, cx, cy + half(row.shape()));
    }
    if (column == row.column()) {
      symbol(cb, row, cx, cy, r.getWidth());
      connectors(cb, step, cx, cy, r, segments);
      placed.accept(new Placed(step.no(), column, r.getLeft(), r.getRight(), cx));
    }
    cb.restoreState();
  }

  private static float half(SopChart.Shape shape) {
    return shape == SopChart.Shape.DECISION ? HALF : 8;
  }

  private void symbol(PdfContentByte cb, SopChart.Row row, float cx, float cy, float cellWidth) {
    float w = Math.min(cellWidth - 12, 42);
    float h = half(row.shape());
    cb.setLineWidth(0.9f);
    if (row.notApplicable()) {
      cb.setLineDash(2, 1.5f, 0);
    }
    cb.setColorFill(row.notApplicable() ? Color.WHITE : switch (row.shape()) {
      case TERMINATOR -> TERMINAL;
      case DECISION -> DECISION;
      case ACTIVITY -> Color.WHITE;
    });
    switch (row.shape()) {
      case TERMINATOR -> cb.roundRectangle(cx - w / 2, cy - h, w, 2 * h, h);
      case ACTIVITY -> cb.rectangle(cx - w / 2, cy - h, w, 2 * h);
      case DECISION -> {
        cb.moveTo(cx, cy + h);
        cb.lineTo(cx + w / 2 + 2, cy);
        cb.lineTo(cx, cy - h);
        cb.lineTo(cx - w / 2 - 2, cy);
        cb.closePath();
      }
    }
    cb.fillStroke();
    cb.setLineDash(0);
    if (row.step() == 0) {
      return;
    }
    cb.setColorFill(row.notApplicable() ? Color.GRAY : INK);
    cb.beginText();
    cb.setFontAndSize(numbers, 7);
    cb.showTextAligned(Element.ALIGN_CENTER, String.valueOf(row.step()), cx, cy - 2.5f, 0);
    cb.endText();
  }

  /**
   * The connectors of a step. Below the symbol the steps its far ways lead to: straight under it when no line
   * leaves it, else hanging from the line where it turns, on the side where no line runs (the line is then the
   * branch that leads to the connector). Above the symbol, beside the incoming line, the steps whose far ways lead
   * here.
   */
  private void connectors(PdfContentByte cb, Sop.Step step, float cx, float cy, Rectangle r, Set<SopChart.Segment> segments) {
    SopChart.Shape shape = chart.row(step.no()).shape();
    float h = half(shape);
    cb.setLineWidth(0.7f);
    Set<Integer> to = chart.connectorsTo(step.no());
    if (!to.isEmpty() && !segments.contains(SopChart.Segment.OUT)) {
      line(cb, cx, cy - h, cx, cy - h - 4);
      cb.stroke();
      pentagon(cb, cx, cy - h - 4, SopChart.label(to));
    } else if (!to.isEmpty()) {
      boolean right = segments.contains(SopChart.Segment.RIGHT) && !segments.contains(SopChart.Segment.LEFT);
      float x = cx + (right ? -13 : 13);
      float bend = bend(cy);
      line(cb, cx, bend, x, bend);
      line(cb, x, bend, x, bend - 2);
      cb.stroke();
      pentagon(cb, x, bend - 2, SopChart.label(to));
    }
    Set<Integer> from = chart.connectorsFrom(step.no());
    if (!from.isEmpty()) {
      String label = SopChart.label(from);
      float x = cx + 4 + width(label) / 2;
      float tip = cy + edge(shape, h, x - cx, r.getWidth());
      pentagon(cb, x, tip + 13, label);
      line(cb, x, tip + 5, x, tip + 3.5f);
      cb.stroke();
      arrow(cb, x, tip);
    }
  }

  /** How far above (or below) the middle the symbol's outline is at dx from its centre. */
  private static float edge(SopChart.Shape shape, float h, float dx, float cellWidth) {
    float halfWidth = Math.min(cellWidth - 12, 42) / 2;
    float d = Math.abs(dx);
    return switch (shape) {
      case ACTIVITY -> h;
      case DECISION -> Math.max(0, h * (1 - d / (halfWidth + 2)));
      case TERMINATOR -> d <= halfWidth - h ? h
          : (float) Math.sqrt(Math.max(0, h * h - Math.pow(d - (halfWidth - h), 2)));
    };
  }

  private float width(String label) {
    return Math.max(10, numbers.getWidthPoint(label, 5) + 4);
  }

  /** The level just below the symbols where lines turn across a row. */
  private static float bend(float cy) {
    return cy - HALF - 5;
  }

  /** An off-page connector (a pentagon pointing down) with its top edge at y, labelled with step numbers. */
  private void pentagon(PdfContentByte cb, float x, float top, String label) {
    float w = width(label) / 2;
    cb.setLineWidth(0.7f);
    cb.setColorFill(Color.WHITE);
    cb.moveTo(x - w, top);
    cb.lineTo(x + w, top);
    cb.lineTo(x + w, top - 5.5f);
    cb.lineTo(x, top - 8);
    cb.lineTo(x - w, top - 5.5f);
    cb.closePath();
    cb.fillStroke();
    cb.setColorFill(INK);
    cb.beginText();
    cb.setFontAndSize(numbers, 5);
    cb.showTextAligned(Element.ALIGN_CENTER, label, x, top - 5, 0);
    cb.endText();
  }

  private static void line(PdfContentByte cb, float x1, float y1, float x2, float y2) {
    cb.moveTo(x1, y1);
    cb.lineTo(x2, y2);
  }

  /** An arrowhead pointing down, its tip at (x, y). */
  private static void arrow(PdfContentByte cb, float x, float y) {
    cb.setColorFill(INK);
    cb.moveTo(x, y);
    cb.lineTo(x - 2.3f, y + 4);
    cb.lineTo(x + 2.3f, y + 4);
    cb.closePath();
    cb.fill();
  }

  /** The key to the symbols, for under the matrix. */
  PdfPTable legend() {
    PdfPTable t = new PdfPTable(new float[] {0.5f, 1.6f, 0.5f, 1.2f, 0.5f, 1.2f, 0.5f, 3.2f});
    t.setWidthPercentage(100);
    t.setSpacingBefore(6);
    legendItem(t, SopChart.Shape.TERMINATOR, "Mulai / selesai (kegiatan pertama dan terakhir)");
    legendItem(t, SopChart.Shape.ACTIVITY, "Kegiatan");
    legendItem(t, SopChart.Shape.DECISION, "Keputusan (lebih dari satu jalan)");
    PdfPCell symbol = new PdfPCell(new Phrase(""));
    symbol.setBorder(Rectangle.NO_BORDER);
    symbol.setMinimumHeight(22);
    symbol.setCellEvent((PdfPCell x, Rectangle r, PdfContentByte[] c) ->
        pentagon(c[PdfPTable.LINECANVAS], (r.getLeft() + r.getRight()) / 2, r.getTop() - 5, "N"));
    t.addCell(symbol);
    t.addCell(legendText("Penghubung: bersambung ke / dari langkah N (alur kembali ke langkah sebelumnya, atau melewati kegiatan lain). "
        + "Garis dengan panah: alur ke langkah berikutnya; nomor di dalam simbol = nomor langkah."));
    return t;
  }

  private void legendItem(PdfPTable t, SopChart.Shape shape, String text) {
    PdfPCell symbol = new PdfPCell(new Phrase(""));
    symbol.setBorder(Rectangle.NO_BORDER);
    symbol.setMinimumHeight(22);
    symbol.setCellEvent((PdfPCell x, Rectangle r, PdfContentByte[] c) -> {
      c[PdfPTable.LINECANVAS].saveState();
      symbol(c[PdfPTable.LINECANVAS], new SopChart.Row(0, 0, shape, false), (r.getLeft() + r.getRight()) / 2,
          (r.getTop() + r.getBottom()) / 2, 50);
      c[PdfPTable.LINECANVAS].restoreState();
    });
    t.addCell(symbol);
    t.addCell(legendText(text));
  }

  private PdfPCell legendText(String text) {
    PdfPCell c = new PdfPCell(new Phrase(text, small));
    c.setBorder(Rectangle.NO_BORDER);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return c;
  }

  private PdfPCell head(String text, int rows, int cols) {
    PdfPCell c = text(new Phrase(text, header), HEAD, Element.ALIGN_CENTER);
    c.setRowspan(rows);
    c.setColspan(cols);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return c;
  }

  private static PdfPCell text(Phrase phrase, Color background, int align) {
    PdfPCell c = new PdfPCell(phrase);
    c.setPadding(3);
    c.setHorizontalAlignment(align);
    if (background != null) {
      c.setBackgroundColor(background);
    }
    return c;
  }
}
