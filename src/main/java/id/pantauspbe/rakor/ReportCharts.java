package id.pantauspbe.rakor;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.framework.FrameworkSpan;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * The charts of the PDF report drawn server-side with Java2D (no browser): the index trend with
 * predikat bands and targets, horizontal bars of domain or aspect values, and the change by domain.
 * Colours follow the dashboard's (predikat bands as in {@code base.ui.Predikats}).
 */
final class ReportCharts {

    static final Color OFFICIAL = new Color(0x1d4f91);
    private static final Color OTHER = new Color(0xa14a00);
    private static final Color TARGET = new Color(0x6a1b9a);
    private static final Color PREVIOUS = new Color(0x9aa0a6);
    private static final Color TEXT = new Color(0x1f2328);
    static final Color MUTED = new Color(0x4a4f55);
    private static final Color GRID = new Color(0xdadce0);
    private static final Color UP = new Color(0x1b6e3a);
    private static final Color DOWN = new Color(0xa1271c);
    static final Color[] BAND = {
        new Color(0xd9efe0), new Color(0xdae8f5), new Color(0xe8efd6), new Color(0xf7e6cc), new Color(0xf6dad7)
    };
    private static final double MAX = 5;

    /** A labelled value with the previous year's value beside it (null when none). */
    record Bar(String label, BigDecimal value, BigDecimal previous) {}

    private ReportCharts() {}

    /** The index across years: official line, other stages dashed, targets, predikat bands. */
    static byte[] trend(Overview overview, Function<String, String> text) {
        int w = 1600;
        int h = 760;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        List<Overview.TrendPoint> points = overview.trend();
        if (points.isEmpty()) {
            g.dispose();
            return png(image);
        }
        int first = points.getFirst().year();
        int last = points.getLast().year();
        double left = 90;
        double right = w - 40;
        double top = 40;
        double bottom = h - 130;
        Function<Double, Double> x = year -> left + (year - first + 0.5) / (last - first + 1) * (right - left);
        Function<Double, Double> y = value -> bottom - value / MAX * (bottom - top);

        // predikat bands of each framework, labelled on the last span
        g.setFont(font(22, false));
        for (FrameworkSpan span : overview.frameworkSpans()) {
            for (PredikatBand band : span.bands()) {
                double low =
                        band.minInclusive() == null ? 0 : band.minInclusive().doubleValue();
                double high =
                        band.maxExclusive() == null ? MAX : band.maxExclusive().doubleValue();
                double x0 = x.apply(Math.max(first, span.firstYear()) - 0.5);
                double x1 = x.apply(Math.min(last, span.lastYear()) + 0.5);
                g.setColor(BAND[Math.max(0, Math.min(BAND.length - 1, band.rank() - 1))]);
                g.fill(new Rectangle2D.Double(x0, y.apply(high), x1 - x0, y.apply(low) - y.apply(high)));
                if (span == overview.frameworkSpans().getLast()) {
                    g.setColor(MUTED);
                    String name = band.name();
                    FontMetrics m = g.getFontMetrics();
                    double mid = (y.apply(low) + y.apply(high)) / 2 + m.getAscent() / 2.0 - 3;
                    g.drawString(name, (float) (x1 - m.stringWidth(name) - 8), (float) mid);
                }
            }
        }
        // axes and grid
        g.setFont(font(24, false));
        FontMetrics m = g.getFontMetrics();
        for (int v = 0; v <= MAX; v++) {
            double yy = y.apply((double) v);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, yy, right, yy));
            g.setColor(MUTED);
            String label = String.valueOf(v);
            g.drawString(label, (float) (left - 16 - m.stringWidth(label)), (float) (yy + m.getAscent() / 2.0 - 3));
        }
        for (Overview.TrendPoint p : points) {
            String label = String.valueOf(p.year());
            boolean selected = p.year() == overview.year();
            g.setFont(font(24, selected));
            m = g.getFontMetrics();
            g.setColor(selected ? TEXT : MUTED);
            g.drawString(
                    label, (float) (x.apply((double) p.year()) - m.stringWidth(label) / 2.0), (float) (bottom + 34));
        }
        // framework changes
        Stroke dashed =
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 8f}, 0);
        for (int i = 1; i < overview.frameworkSpans().size(); i++) {
            FrameworkSpan span = overview.frameworkSpans().get(i);
            double xx = x.apply(span.firstYear() - 0.5);
            g.setColor(MUTED);
            g.setStroke(dashed);
            g.draw(new Line2D.Double(xx, top, xx, bottom));
            g.setFont(font(20, false));
            int labelWidth = g.getFontMetrics().stringWidth(span.regulation());
            g.drawString(
                    span.regulation(),
                    (float) (xx + 6 + labelWidth > right ? xx - 6 - labelWidth : xx + 6),
                    (float) top + 20);
        }
        // selected year
        g.setColor(new Color(29, 79, 145, 40));
        double sx = x.apply(overview.year() - 0.45);
        g.fill(new Rectangle2D.Double(sx, top, x.apply(overview.year() + 0.45) - sx, bottom - top));

        // targets
        List<double[]> targets = new ArrayList<>();
        List<double[]> official = new ArrayList<>();
        List<double[]> other = new ArrayList<>();
        double[] lastOfficial = null;
        for (Overview.TrendPoint p : points) {
            if (p.target() != null) {
                targets.add(new double[] {p.year(), p.target().doubleValue()});
            }
            if (p.value() == null) {
                continue;
            }
            double[] point = {p.year(), p.value().doubleValue()};
            if (p.provenance() == Provenance.RESMI) {
                official.add(point);
                lastOfficial = point;
            } else {
                if (other.isEmpty() && lastOfficial != null && lastOfficial[0] == p.year() - 1) {
                    other.add(lastOfficial);
                }
                other.add(point);
            }
        }
        Stroke dotted =
                new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 8f}, 0);
        polyline(g, targets, x, y, TARGET, dotted);
        for (double[] t : targets) {
            triangle(g, x.apply(t[0]), y.apply(t[1]), TARGET);
        }
        polyline(g, other, x, y, OTHER, dashed);
        polyline(g, official, x, y, OFFICIAL, new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setFont(font(24, true));
        m = g.getFontMetrics();
        for (Overview.TrendPoint p : points) {
            if (p.value() == null) {
                continue;
            }
            double px = x.apply((double) p.year());
            double py = y.apply(p.value().doubleValue());
            Color color = p.provenance() == Provenance.RESMI ? OFFICIAL : OTHER;
            g.setColor(Color.WHITE);
            g.fill(new java.awt.geom.Ellipse2D.Double(px - 9, py - 9, 18, 18));
            g.setColor(color);
            g.setStroke(new BasicStroke(4f));
            g.draw(new java.awt.geom.Ellipse2D.Double(px - 9, py - 9, 18, 18));
            String label = TextFormat.decimal(p.value());
            g.setColor(TEXT);
            g.drawString(label, (float) (px - m.stringWidth(label) / 2.0), (float) (py - 18));
        }
        // legend
        g.setFont(font(24, false));
        m = g.getFontMetrics();
        double lx = left;
        double ly = h - 40;
        lx = legend(g, lx, ly, OFFICIAL, text.apply("chart.series.official"), false);
        lx = legend(g, lx, ly, OTHER, text.apply("chart.series.unofficial"), true);
        legend(g, lx, ly, TARGET, text.apply("chart.series.target"), true);
        g.dispose();
        return png(image);
    }

    /** Horizontal bars (0 to 5) of the year, with the previous year's bars in grey. */
    static byte[] bars(List<Bar> rows, String currentLabel, String previousLabel) {
        boolean withPrevious = previousLabel != null && rows.stream().anyMatch(r -> r.previous() != null);
        int rowHeight = withPrevious ? 90 : 64;
        int w = 1600;
        int h = 110 + rowHeight * rows.size();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        double labelWidth = 560;
        double left = labelWidth + 20;
        double right = w - 110;
        double top = 60;
        Function<Double, Double> x = v -> left + v / MAX * (right - left);
        g.setFont(font(22, false));
        FontMetrics m = g.getFontMetrics();
        for (int v = 0; v <= MAX; v++) {
            double xx = x.apply((double) v);
            g.setColor(GRID);
            g.draw(new Line2D.Double(xx, top, xx, top + rowHeight * rows.size()));
            g.setColor(MUTED);
            g.drawString(String.valueOf(v), (float) (xx - 6), (float) (top + rowHeight * rows.size() + 30));
        }
        double lx = 20;
        if (withPrevious) {
            lx = legend(g, lx, 30, PREVIOUS, previousLabel, false);
        }
        legend(g, lx, 30, OFFICIAL, currentLabel, false);
        for (int i = 0; i < rows.size(); i++) {
            Bar row = rows.get(i);
            double y0 = top + i * rowHeight + 10;
            g.setFont(font(24, false));
            m = g.getFontMetrics();
            g.setColor(TEXT);
            drawWrapped(g, row.label(), 20, y0 + m.getAscent(), labelWidth - 20, 2);
            double barHeight = withPrevious ? 32 : 40;
            double by = y0;
            if (withPrevious) {
                bar(g, x, by, barHeight, row.previous(), PREVIOUS, false);
                by += barHeight + 6;
            }
            bar(g, x, by, barHeight, row.value(), OFFICIAL, true);
        }
        g.dispose();
        return png(image);
    }

    /** Each domain's (or aspect's) part of the change, in index points, around zero. */
    static byte[] change(List<Bar> parts) {
        int rowHeight = 64;
        int w = 1600;
        int h = 80 + rowHeight * parts.size();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        double labelWidth = 560;
        double left = labelWidth + 40;
        double right = w - 40;
        double max = parts.stream()
                .map(b -> b.value() == null ? 0 : Math.abs(b.value().doubleValue()))
                .max(Double::compare)
                .orElse(0.0);
        double scale = max == 0 ? 1 : max * 1.35;
        double zero = (left + right) / 2;
        Function<Double, Double> x = v -> zero + v / scale * (right - left) / 2;
        double top = 30;
        g.setColor(MUTED);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(zero, top - 10, zero, top + rowHeight * parts.size()));
        for (int i = 0; i < parts.size(); i++) {
            Bar part = parts.get(i);
            double y0 = top + i * rowHeight + 8;
            g.setFont(font(24, false));
            FontMetrics m = g.getFontMetrics();
            g.setColor(TEXT);
            drawWrapped(g, part.label(), 20, y0 + m.getAscent(), labelWidth - 20, 2);
            if (part.value() == null) {
                continue;
            }
            double v = part.value().doubleValue();
            double x0 = Math.min(zero, x.apply(v));
            double x1 = Math.max(zero, x.apply(v));
            g.setColor(v >= 0 ? UP : DOWN);
            g.fill(new Rectangle2D.Double(x0, y0, Math.max(2, x1 - x0), 40));
            g.setFont(font(24, true));
            m = g.getFontMetrics();
            String label = TextFormat.signedPoints(part.value());
            g.setColor(TEXT);
            float tx = (float) (v >= 0 ? x1 + 10 : x0 - 10 - m.stringWidth(label));
            g.drawString(label, tx, (float) (y0 + 30));
        }
        g.dispose();
        return png(image);
    }

    private static void bar(
            Graphics2D g,
            Function<Double, Double> x,
            double y,
            double height,
            BigDecimal value,
            Color color,
            boolean bold) {
        if (value == null) {
            g.setColor(MUTED);
            g.setFont(font(22, false));
            g.drawString("–", (float) (x.apply(0.0) + 8), (float) (y + height - 8));
            return;
        }
        double x1 = x.apply(value.doubleValue());
        g.setColor(color);
        g.fill(new Rectangle2D.Double(x.apply(0.0), y, Math.max(2, x1 - x.apply(0.0)), height));
        g.setColor(TEXT);
        g.setFont(font(24, bold));
        g.drawString(TextFormat.decimal(value), (float) (x1 + 10), (float) (y + height - 8));
    }

    private static void drawWrapped(Graphics2D g, String text, double x, double y, double width, int maxLines) {
        FontMetrics m = g.getFontMetrics();
        String[] words = text.split("\\s+");
        StringBuilder line = new StringBuilder();
        int lines = 0;
        double yy = y;
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (m.stringWidth(candidate) > width && !line.isEmpty()) {
                lines++;
                if (lines == maxLines) {
                    g.drawString(line + " …", (float) x, (float) yy);
                    return;
                }
                g.drawString(line.toString(), (float) x, (float) yy);
                yy += m.getHeight();
                line = new StringBuilder(words[i]);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        g.drawString(line.toString(), (float) x, (float) yy);
    }

    private static void polyline(
            Graphics2D g,
            List<double[]> points,
            Function<Double, Double> x,
            Function<Double, Double> y,
            Color color,
            Stroke stroke) {
        g.setColor(color);
        g.setStroke(stroke);
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (b[0] - a[0] > 1.01) {
                continue;
            }
            g.draw(new Line2D.Double(x.apply(a[0]), y.apply(a[1]), x.apply(b[0]), y.apply(b[1])));
        }
    }

    private static void triangle(Graphics2D g, double x, double y, Color color) {
        g.setColor(color);
        Polygon p = new Polygon();
        p.addPoint((int) x, (int) y - 11);
        p.addPoint((int) x - 10, (int) y + 8);
        p.addPoint((int) x + 10, (int) y + 8);
        g.fill(p);
    }

    private static double legend(Graphics2D g, double x, double y, Color color, String label, boolean dashed) {
        g.setColor(color);
        g.setStroke(
                dashed
                        ? new BasicStroke(
                                4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0)
                        : new BasicStroke(6f));
        g.draw(new Line2D.Double(x, y - 8, x + 40, y - 8));
        g.setColor(TEXT);
        g.setFont(font(24, false));
        g.drawString(label, (float) (x + 50), (float) y);
        return x + 50 + g.getFontMetrics().stringWidth(label) + 40;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static Font font(int size, boolean bold) {
        return ReportFonts.chart(size, bold);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
