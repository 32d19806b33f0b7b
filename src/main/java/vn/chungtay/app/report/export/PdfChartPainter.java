package vn.chungtay.app.report.export;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.report.ChartKind;
import vn.chungtay.app.report.ChartSeries;
import vn.chungtay.app.report.ReportChart;
import vn.chungtay.app.report.ReportNumbers;

/**
 * Draws a report's chart as vector graphics into a PDF template (no JavaFX in the app layer, and vectors print sharp
 * at any resolution): bars side by side or stacked per category, upright — or lying, when the categories have long
 * names such as programmes — and lines over years; with a value axis of round steps, grid lines, category labels
 * wrapped to fit, and a legend.
 */
final class PdfChartPainter {

    static final Color[] PALETTE = {new Color(0x2E, 0x6D, 0xB4), new Color(0xE0, 0x7B, 0x39),
        new Color(0x9E, 0x9E, 0x9E), new Color(0x4C, 0xAF, 0x50)};
    private static final float LABEL = 6.5f;
    private static final float TITLE = 9f;
    /** Above this many characters a category name makes the bars lie down. */
    private static final int LONG_NAME = 22;

    private final BaseFont regular;
    private final BaseFont bold;
    private final ReportNumbers numbers;

    PdfChartPainter(PdfFonts fonts, ReportNumbers numbers) {
        this.regular = fonts.regular;
        this.bold = fonts.bold;
        this.numbers = numbers;
    }

    /** Draws the chart into a new template of the given size (points). */
    PdfTemplate paint(PdfContentByte cb, ReportChart chart, float width, float height) {
        PdfTemplate t = cb.createTemplate(width, height);
        text(t, bold, TITLE, chart.title(), width / 2, height - TITLE - 2, PdfContentByte.ALIGN_CENTER);
        float legendHeight = legend(t, chart, width, height - TITLE - 8);
        float top = height - TITLE - 10 - legendHeight;
        boolean lying = chart.kind() == ChartKind.BAR
                && chart.categories().stream().anyMatch(c -> c.length() > LONG_NAME);
        if (lying) {
            lyingBars(t, chart, width, top);
        } else {
            upright(t, chart, width, top);
        }
        return t;
    }

    /** Bars or lines over categories along the bottom. */
    private void upright(PdfTemplate t, ReportChart chart, float width, float top) {
        int n = chart.categories().size();
        double max = niceMax(max(chart));
        float left = 8 + regular.getWidthPoint(tick(max, 4), LABEL) + 6;
        float right = width - 8;
        float band = (right - left) / Math.max(n, 1);
        int labelLines = 0;
        List<List<String>> labels = new ArrayList<>();
        for (String c : chart.categories()) {
            List<String> lines = wrap(c, band - 4, 3);
            labels.add(lines);
            labelLines = Math.max(labelLines, lines.size());
        }
        float bottom = 6 + labelLines * (LABEL + 1.5f) + 4;
        float plotHeight = top - bottom;
        valueAxis(t, left, right, bottom, plotHeight, max);
        for (int i = 0; i < n; i++) {
            float x = left + band * i;
            float y = bottom - LABEL - 3;
            for (String line : labels.get(i)) {
                text(t, regular, LABEL, line, x + band / 2, y, PdfContentByte.ALIGN_CENTER);
                y -= LABEL + 1.5f;
            }
        }
        if (chart.kind() == ChartKind.LINE) {
            lines(t, chart, left, band, bottom, plotHeight, max);
            return;
        }
        boolean stacked = chart.kind() == ChartKind.STACKED_BAR;
        int series = chart.series().size();
        float barWidth = stacked ? band * 0.6f : band * 0.8f / Math.max(series, 1);
        for (int i = 0; i < n; i++) {
            float x = left + band * i + (stacked ? band * 0.2f : band * 0.1f);
            double base = 0;
            for (int s = 0; s < series; s++) {
                Double v = chart.series().get(s).values().get(i);
                if (v == null) {
                    continue;
                }
                float y0 = bottom + (float) (base / max * plotHeight);
                float h = (float) (v / max * plotHeight);
                t.setColorFill(PALETTE[s % PALETTE.length]);
                t.rectangle(stacked ? x : x + barWidth * s, y0, barWidth, Math.max(h, 0.1f));
                t.fill();
                if (stacked) {
                    base += v;
                } else if (barWidth >= 9) {
                    text(t, regular, LABEL - 1, value(chart, v), x + barWidth * s + barWidth / 2, y0 + h + 1.5f,
                            PdfContentByte.ALIGN_CENTER);
                }
            }
        }
    }

    private void lines(PdfTemplate t, ReportChart chart, float left, float band, float bottom, float plotHeight,
                       double max) {
        for (int s = 0; s < chart.series().size(); s++) {
            ChartSeries series = chart.series().get(s);
            t.setColorStroke(PALETTE[s % PALETTE.length]);
            t.setColorFill(PALETTE[s % PALETTE.length]);
            t.setLineWidth(1.5f);
            boolean drawing = false;
            for (int i = 0; i < series.values().size(); i++) {
                Double v = series.values().get(i);
                if (v == null) {
                    drawing = false;
                    continue;
                }
                float x = left + band * i + band / 2;
                float y = bottom + (float) (v / max * plotHeight);
                if (drawing) {
                    t.lineTo(x, y);
                } else {
                    t.moveTo(x, y);
                    drawing = true;
                }
            }
            t.stroke();
            for (int i = 0; i < series.values().size(); i++) {
                Double v = series.values().get(i);
                if (v != null) {
                    t.setColorFill(PALETTE[s % PALETTE.length]);
                    t.circle(left + band * i + band / 2, bottom + (float) (v / max * plotHeight), 2.2f);
                    t.fill();
                }
            }
            for (int i = 0; i < series.values().size(); i++) {
                Double v = series.values().get(i);
                if (v != null) {
                    text(t, regular, LABEL - 1, value(chart, v), left + band * i + band / 2,
                            bottom + (float) (v / max * plotHeight) + 4, PdfContentByte.ALIGN_CENTER);
                }
            }
        }
        t.setLineWidth(1);
    }

    /** Bars lying along the value axis, one row per category, the names at the left. */
    private void lyingBars(PdfTemplate t, ReportChart chart, float width, float top) {
        int n = chart.categories().size();
        double max = niceMax(max(chart));
        float nameWidth = width * 0.38f;
        float left = nameWidth + 8;
        float right = width - 30;
        float bottom = LABEL + 8;
        float band = (top - bottom) / Math.max(n, 1);
        int series = chart.series().size();
        for (int k = 0; k <= 4; k++) {
            float x = left + (right - left) * k / 4;
            t.setColorStroke(new Color(0xDD, 0xDD, 0xDD));
            t.moveTo(x, bottom);
            t.lineTo(x, top);
            t.stroke();
            text(t, regular, LABEL, tick(max, k), x, bottom - LABEL - 2, PdfContentByte.ALIGN_CENTER);
        }
        for (int i = 0; i < n; i++) {
            float rowTop = top - band * i;
            List<String> lines = wrap(chart.categories().get(i), nameWidth - 4, 2);
            float y = rowTop - band / 2 + (lines.size() - 1) * (LABEL + 1) / 2 - LABEL / 3;
            for (String line : lines) {
                text(t, regular, LABEL, line, nameWidth, y, PdfContentByte.ALIGN_RIGHT);
                y -= LABEL + 1;
            }
            float barHeight = band * 0.7f / Math.max(series, 1);
            for (int s = 0; s < series; s++) {
                Double v = chart.series().get(s).values().get(i);
                if (v == null) {
                    continue;
                }
                float w = (float) (v / max * (right - left));
                float yBar = rowTop - band * 0.15f - barHeight * (s + 1);
                t.setColorFill(PALETTE[s % PALETTE.length]);
                t.rectangle(left, yBar, Math.max(w, 0.1f), barHeight);
                t.fill();
                text(t, regular, LABEL - 1, value(chart, v), left + w + 2, yBar + barHeight / 2 - 2,
                        PdfContentByte.ALIGN_LEFT);
            }
        }
        t.setColorStroke(Color.GRAY);
        t.moveTo(left, bottom);
        t.lineTo(left, top);
        t.stroke();
    }

    private void valueAxis(PdfTemplate t, float left, float right, float bottom, float plotHeight, double max) {
        for (int k = 0; k <= 4; k++) {
            float y = bottom + plotHeight * k / 4;
            t.setColorStroke(k == 0 ? Color.GRAY : new Color(0xDD, 0xDD, 0xDD));
            t.setLineWidth(k == 0 ? 0.8f : 0.5f);
            t.moveTo(left, y);
            t.lineTo(right, y);
            t.stroke();
            text(t, regular, LABEL, tick(max, k), left - 4, y - LABEL / 3, PdfContentByte.ALIGN_RIGHT);
        }
        t.setLineWidth(1);
    }

    /** The legend in one or more rows under the title; returns its height. */
    private float legend(PdfTemplate t, ReportChart chart, float width, float top) {
        float x = 8;
        float y = top - LABEL;
        float rows = 1;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            float w = 10 + regular.getWidthPoint(name, LABEL) + 12;
            if (x + w > width - 8 && x > 8) {
                x = 8;
                y -= LABEL + 4;
                rows++;
            }
            t.setColorFill(PALETTE[s % PALETTE.length]);
            t.rectangle(x, y - 1, 7, 7);
            t.fill();
            text(t, regular, LABEL, name, x + 10, y, PdfContentByte.ALIGN_LEFT);
            x += w;
        }
        return rows * (LABEL + 4) + 2;
    }

    private String value(ReportChart chart, double v) {
        return numbers.chartValue(chart.valueType(), v);
    }

    private void text(PdfTemplate t, BaseFont font, float size, String s, float x, float y, int align) {
        t.beginText();
        t.setColorFill(Color.BLACK);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }

    /** The text cut into lines of at most {@code width} points, at most {@code maxLines} (the last ends with "…"). */
    private List<String> wrap(String s, float width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (regular.getWidthPoint(candidate, LABEL) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + " …");
            return cut;
        }
        return lines;
    }

    private static double max(ReportChart chart) {
        double max = 0;
        int n = chart.categories().size();
        for (int i = 0; i < n; i++) {
            double stack = 0;
            for (ChartSeries s : chart.series()) {
                Double v = s.values().get(i);
                if (v != null) {
                    stack = chart.kind() == ChartKind.STACKED_BAR ? stack + v : Math.max(stack, v);
                }
            }
            max = Math.max(max, stack);
        }
        return max;
    }

    /**
     * The top of the value axis: four round steps (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) reaching the
     * largest value, so that every tick is a round number.
     */
    static double niceMax(double max) {
        if (max <= 0) {
            return 4;
        }
        double quarter = max / 4;
        double power = Math.pow(10, Math.floor(Math.log10(quarter)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= quarter) {
                return 4 * step * power;
            }
        }
        return 40 * power;
    }

    /** A tick of the value axis: as many decimals as its step needs (12,5), thousands grouped. */
    private String tick(double max, int k) {
        double step = max / 4;
        int decimals = step >= 1 && step == Math.rint(step) ? 0 : step * 10 == Math.rint(step * 10) ? 1 : 2;
        return numbers.decimal(step * k, decimals);
    }
}
