package app.masa.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Shares a table's width among its columns. When every column fits, the spare room is spread in
 * proportion; otherwise narrow columns keep their natural width and the wide ones split the rest
 * evenly, so a long text column wraps instead of squeezing the numbers beside it.
 */
final class ReportColumns {
    private ReportColumns() {
    }

    static double[] widths(double[] natural, double available) {
        int n = natural.length;
        double[] widths = new double[n];
        double total = 0;
        for (double w : natural) {
            total += w;
        }
        if (n == 0) {
            return widths;
        }
        if (total <= available) {
            for (int i = 0; i < n; i++) {
                widths[i] = total <= 0 ? available / n : natural[i] * available / total;
            }
            return widths;
        }
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            open.add(i);
        }
        double remaining = available;
        boolean settled;
        do {
            settled = false;
            double fair = remaining / open.size();
            for (int k = open.size() - 1; k >= 0; k--) {
                int i = open.get(k);
                if (natural[i] <= fair) {
                    widths[i] = natural[i];
                    remaining -= natural[i];
                    open.remove(k);
                    settled = true;
                }
            }
        } while (settled && !open.isEmpty());
        for (int i : open) {
            widths[i] = remaining / open.size();
        }
        return widths;
    }
}
