package app.masa.layout;

import java.util.ArrayList;
import java.util.List;

/** A surface that draws nothing and keeps every line of text painted on it, for tests that read what a painter wrote. */
public final class TextRecorder implements Surface {
    private final List<TextLine> lines = new ArrayList<>();

    public List<TextLine> lines() {
        return lines;
    }

    public List<String> texts() {
        return lines.stream().map(TextLine::text).toList();
    }

    @Override
    public void fillRect(Rect rect, double cornerRadius, Rgba fill) {
    }

    @Override
    public void strokeRect(Rect rect, double cornerRadius, Stroke stroke) {
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
    }

    @Override
    public void fillCircle(Point center, double radius, Rgba fill) {
    }

    @Override
    public void text(TextLine line, Rgba color) {
        lines.add(line);
    }
}
