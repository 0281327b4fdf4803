package app.masa.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Breaks text into lines that fit a width: at spaces, at explicit line breaks, and inside a word
 * too long for a line. Results are cached by text, role and width, because the canvas lays the whole
 * map out again on every frame of a drag and almost every card is unchanged.
 */
public final class TextWrapper {
    private static final int MAX_CACHED = 100_000;

    private record Key(String text, FontRole role, long width) {
        // Written out: a record's generated equals and hashCode are linked through method handles on first
        // use, some milliseconds each in a cold command line, and this one is used on every export.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.width == width && k.role == role && k.text.equals(text);
        }

        @Override
        public int hashCode() {
            return (text.hashCode() * 31 + role.hashCode()) * 31 + Long.hashCode(width);
        }
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

    private final TextMeasurer measurer;
    private final Typography typography;
    private final Map<Key, WrappedText> cache = new ConcurrentHashMap<>();

    public TextWrapper(TextMeasurer measurer, Typography typography) {
        this.measurer = measurer;
        this.typography = typography;
    }

    public double width(String text, FontRole role) {
        return measurer.width(text, typography.face(role), typography.size(role));
    }

    public WrappedText wrap(String text, FontRole role, double maxWidth) {
        if (text == null || text.isBlank()) {
            return WrappedText.EMPTY;
        }
        Key key = new Key(text, role, Math.round(maxWidth * 16));
        WrappedText cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        WrappedText result = breakLines(text, role, maxWidth);
        cache.put(key, result);
        return result;
    }

    private WrappedText breakLines(String text, FontRole role, double maxWidth) {
        FontFace face = typography.face(role);
        double size = typography.size(role);
        double space = measurer.width(" ", face, size);
        List<String> lines = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (String paragraph : LINE_BREAK.split(text.strip(), -1)) {
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            for (String word : BLANKS.split(paragraph.trim())) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = measurer.width(word, face, size);
                double needed = line.length() == 0 ? w : lineWidth + space + w;
                if (needed <= maxWidth) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = needed;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    widths.add(lineWidth);
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (w <= maxWidth) {
                    line.append(word);
                    lineWidth = w;
                } else {
                    lineWidth = breakWord(word, face, size, maxWidth, line, lines, widths);
                }
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString());
                widths.add(lineWidth);
            }
        }
        double[] w = new double[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        return new WrappedText(lines, w);
    }

    /** Splits a word wider than the line into pieces; the last piece stays open in {@code line}. */
    private double breakWord(String word, FontFace face, double size, double maxWidth, StringBuilder line,
                             List<String> lines, List<Double> widths) {
        int start = 0;
        double width = 0;
        for (int i = 0; i < word.length(); ) {
            int next = i + Character.charCount(word.codePointAt(i));
            double charWidth = measurer.width(word.substring(i, next), face, size);
            if (width + charWidth > maxWidth && i > start) {
                lines.add(word.substring(start, i));
                widths.add(width);
                start = i;
                width = 0;
            }
            width += charWidth;
            i = next;
        }
        line.append(word, start, word.length());
        return width;
    }
}
