package app.masa.layout;

/**
 * The positions of a list of ways, shortest first and equal ways in their order, handed out one at
 * a time. A skipping arrow's channel weighs two heights for every card along its span (thousands
 * on a big map) and almost always takes one of the first few, so the positions sit in a heap, made
 * in one pass, rather than in a sorted list.
 */
final class ShortestFirst {
    private final double[] ways;
    private final int[] heap;
    private int size;

    ShortestFirst(double[] ways, int count) {
        this.ways = ways;
        this.heap = new int[count];
        for (int i = 0; i < count; i++) {
            heap[i] = i;
        }
        size = count;
        for (int k = size / 2 - 1; k >= 0; k--) {
            siftDown(k);
        }
    }

    boolean hasNext() {
        return size > 0;
    }

    int next() {
        int top = heap[0];
        heap[0] = heap[--size];
        siftDown(0);
        return top;
    }

    private void siftDown(int k) {
        int at = k;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], heap[at])) {
                return;
            }
            int swap = heap[at];
            heap[at] = heap[child];
            heap[child] = swap;
            at = child;
        }
    }

    private boolean before(int a, int b) {
        int c = Double.compare(ways[a], ways[b]);
        return c < 0 || c == 0 && a < b;
    }
}
