package app.masa.export;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a PNG one band of rows at a time, so a poster-sized map never has to sit in memory as one
 * image. Rows use the "Sub" filter (each byte minus the one a pixel to its left), which suits the
 * flat colour areas of a map, and fast compression: slides want the file quickly.
 */
final class PngStreamWriter implements AutoCloseable {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private final int width;
    private final int channels;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final ChunkBuffer idat = new ChunkBuffer();
    private final DeflaterOutputStream compressed;
    private final byte[] row;

    PngStreamWriter(OutputStream out, int width, int height, boolean alpha, double dotsPerInch) throws IOException {
        this.out = out;
        this.width = width;
        this.channels = alpha ? 4 : 3;
        this.row = new byte[1 + width * channels];
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8);
        h.writeByte(alpha ? 6 : 2);
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(0);
        chunk("IHDR", header.toByteArray());
        if (dotsPerInch > 0) {
            int perMetre = (int) Math.round(dotsPerInch / 0.0254);
            ByteArrayOutputStream phys = new ByteArrayOutputStream();
            DataOutputStream p = new DataOutputStream(phys);
            p.writeInt(perMetre);
            p.writeInt(perMetre);
            p.writeByte(1);
            chunk("pHYs", phys.toByteArray());
        }
        this.compressed = new DeflaterOutputStream(idat, deflater, CHUNK);
    }

    /** Appends rows of ARGB pixels (as {@code BufferedImage.getRGB} gives them), {@code width} per row. */
    void writeRows(int[] argb, int rows) throws IOException {
        for (int y = 0; y < rows; y++) {
            int base = y * width;
            row[0] = 1;
            int previous = 0;
            int at = 1;
            for (int x = 0; x < width; x++) {
                int p = argb[base + x];
                at = put(p >> 16, previous >> 16, at);
                at = put(p >> 8, previous >> 8, at);
                at = put(p, previous, at);
                if (channels == 4) {
                    at = put(p >>> 24, previous >>> 24, at);
                }
                previous = p;
            }
            compressed.write(row);
        }
    }

    private int put(int value, int left, int at) {
        row[at] = (byte) ((value & 0xff) - (left & 0xff));
        return at + 1;
    }

    @Override
    public void close() throws IOException {
        compressed.finish();
        idat.flushChunk();
        deflater.end();
        chunk("IEND", new byte[0]);
        out.flush();
    }

    private void chunk(String type, byte[] data) throws IOException {
        chunk(type, data, data.length);
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        d.writeInt((int) crc.getValue());
    }

    /** Collects compressed bytes and writes them out as IDAT chunks of a bounded size. */
    private final class ChunkBuffer extends OutputStream {
        private final byte[] buffer = new byte[CHUNK];
        private int size;

        @Override
        public void write(int b) throws IOException {
            if (size == buffer.length) {
                flushChunk();
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (size == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(len, buffer.length - size);
                System.arraycopy(b, off, buffer, size, n);
                size += n;
                off += n;
                len -= n;
            }
        }

        void flushChunk() throws IOException {
            if (size > 0) {
                chunk("IDAT", buffer, size);
                size = 0;
            }
        }
    }
}
